import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RedisClientType } from '@keyv/redis';
import { AppError } from '../errors.ts';
import { guard } from './build-store.ts';
import type { DistributedLocks } from './types.ts';

// Deletes the lock only if it still holds our token, so a lock that expired and was taken by another instance survives.
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * Locks with `SET key token NX PX ttl`, polled with backoff until `waitMs`, released by token.
 * @example const release = await locks.acquire('conv-1', { ttlMs: 35_000, waitMs: 35_000 }); try { … } finally { await release(); }
 */
export function createRedisLocks(client: RedisClientType, prefix: string): DistributedLocks {
  return {
    async acquire(key, { ttlMs, waitMs }) {
      const lockKey = `${prefix}lock::${key}`;
      const token = randomUUID();
      const deadline = Date.now() + waitMs;
      for (let delay = 2; ; delay = Math.min(delay * 2, 100)) {
        const taken = await guard(() => client.set(lockKey, token, { condition: 'NX', expiration: { type: 'PX', value: ttlMs } }));
        if (taken === 'OK') {
          return async () => void (await guard(() => client.eval(RELEASE, { keys: [lockKey], arguments: [token] })));
        }
        if (Date.now() + delay > deadline) {
          throw new AppError('turn_timeout', `conversation is busy on another instance (waited ${waitMs} ms)`);
        }
        await sleep(delay);
      }
    },
  };
}
