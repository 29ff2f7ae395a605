import { randomUUID } from 'node:crypto';
import type { RedisClientType } from '@keyv/redis';
import { guard } from '../store/build-store.ts';
import type { Leases } from '../store/types.ts';

// Renews the lease when this holder has it, takes it when nobody has it, else leaves it: one round trip, atomic.
const HOLD = `local v = redis.call('get', KEYS[1])
if v == ARGV[1] then redis.call('pexpire', KEYS[1], ARGV[2]) return 1 end
if not v then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0`;
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * Leases in Redis (`SET key holder PX ttl`, renewed by the holder): background work that must run on one instance at
 * a time. A holder that dies stops renewing, and another instance takes the lease over once it expires.
 * @example if (await leases.hold('review-watcher', 10_000)) await tick();
 */
export function createRedisLeases(client: RedisClientType, prefix: string): Leases {
  const holder = randomUUID(); // one per process: a restarted instance is a new holder
  const keyOf = (name: string) => `${prefix}lease::${name}`;
  return {
    hold: async (name, ttlMs) => (await guard(() => client.eval(HOLD, { keys: [keyOf(name)], arguments: [holder, String(ttlMs)] }))) === 1,
    release: async (name) => void (await guard(() => client.eval(RELEASE, { keys: [keyOf(name)], arguments: [holder] }))),
  };
}
