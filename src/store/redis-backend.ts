import { setTimeout as sleep } from 'node:timers/promises';
import KeyvRedis, { createClient, type RedisClientType } from '@keyv/redis';
import { Keyv } from 'keyv';
import type { Logger } from '../logger.ts';
import type { Backend, KeyvFactory } from './build-store.ts';
import { createRedisLocks } from './redis-locks.ts';
import { createRedisLeases } from '../leases/redis-leases.ts';
import { createRedisLimiters } from './shared-limiter.ts';

const CONNECT_TIMEOUT_MS = 5_000;
/** How long start-up waits for Redis before serving anyway (not ready, reconnecting in the background). */
const STARTUP_WAIT_MS = 1_000;

/** The Redis side of the store: one client that never gives up reconnecting, keyv namespaces, locks, leases, limiters. */
export async function redisBackend(url: string, prefix: string, logger?: Logger): Promise<Omit<Backend, 'cipher' | 'stateTtlMs'>> {
  const client = createClient({
    url,
    disableOfflineQueue: true, // fail fast during an outage instead of queueing a user's turn forever
    // Never give up, at start-up too: an instance started while Redis is down serves "not ready" until it is back.
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2_000) },
  }) as RedisClientType;
  client.on('error', (err: unknown) => logger?.warn({ err }, 'redis connection problem'));
  client.setMaxListeners(64); // @keyv/redis adds four listeners per namespace to the shared client; the store has more than ten namespaces
  const connecting = client.connect().then(() => true, () => false);
  const connected = await Promise.race([connecting, sleep(STARTUP_WAIT_MS, undefined, { ref: false }).then(() => false)]);
  if (!connected) logger?.warn('redis not answering at start-up; serving as not ready and retrying in the background');
  const makeKeyv: KeyvFactory = (namespace, o) => {
    const adapter = new KeyvRedis(client, { namespace: prefix + namespace, throwOnErrors: true, throwOnConnectError: true });
    return new Keyv({ store: adapter, namespace: prefix + namespace, useKeyPrefix: false, ttl: o.ttlMs, serialize: o.serialize, deserialize: o.deserialize, throwOnErrors: true });
  };
  const close = async () => {
    if (client.isReady) await client.close();
    else if (client.isOpen) client.destroy(); // still reconnecting: QUIT could not be sent
  };
  const locks = createRedisLocks(client, prefix);
  return { kind: 'redis', makeKeyv, locks, leases: createRedisLeases(client, prefix), limiters: createRedisLimiters(client, prefix), close, checkKeyNow: connected };
}
