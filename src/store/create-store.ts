import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import KeyvRedis, { createClient, type RedisClientType } from '@keyv/redis';
import { Keyv } from 'keyv';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { buildStore, type Backend, type KeyvFactory } from './build-store.ts';
import { createCipher, loadDataKey } from './cipher.ts';
import { createRedisLocks } from './redis-locks.ts';
import { createRedisLeases } from '../leases/redis-leases.ts';
import { createRedisLimiters } from './shared-limiter.ts';
import { openSqliteFile } from './sqlite-adapter.ts';
import type { Store } from './types.ts';

/** The settings the store reads. */
export type StoreConfig = Pick<Config, 'DVBOT_DATA_DIR' | 'DVBOT_DATA_KEY' | 'REDIS_URL' | 'STATE_TTL_HOURS'>;

/** `keyPrefix` isolates several stores in one Redis database (tests, staging next to production). */
export type StoreOptions = { keyPrefix?: string };

const hours = (h: number) => h * 3_600_000;
const CONNECT_TIMEOUT_MS = 5_000;
/** How long start-up waits for Redis before serving anyway (not ready, reconnecting in the background). */
const STARTUP_WAIT_MS = 1_000;

/**
 * The one store factory: Redis when REDIS_URL is set, else the SQLite file `<DVBOT_DATA_DIR>/dvbot.sqlite`.
 * Throws DataKeyError when the data key does not fit. Redis that does not answer within a second is not fatal: the
 * store is returned, every operation throws StoreUnavailableError (and `ping` fails) until the client, retrying in the
 * background, connects; the data key is then checked before the first operation.
 * @example const store = await createStore(loadConfig(), logger);
 */
export async function createStore(config: StoreConfig, logger?: Logger, options: StoreOptions = {}): Promise<Store> {
  const cipher = createCipher(loadDataKey(config));
  const stateTtlMs = hours(config.STATE_TTL_HOURS);
  if (config.REDIS_URL) {
    if (!config.DVBOT_DATA_KEY) logger?.warn('REDIS_URL without DVBOT_DATA_KEY: every instance must share the same data key');
    const backend = await redisBackend(config.REDIS_URL, options.keyPrefix ?? '', logger);
    return closeOnFailure(buildStore({ ...backend, cipher, stateTtlMs }), backend.close);
  }
  const file = openSqliteFile(join(config.DVBOT_DATA_DIR, 'dvbot.sqlite'));
  const prefix = options.keyPrefix ?? '';
  const makeKeyv: KeyvFactory = (namespace, o) =>
    new Keyv({ store: file.adapter(prefix + namespace), namespace: prefix + namespace, ttl: o.ttlMs, serialize: o.serialize, deserialize: o.deserialize, throwOnErrors: true });
  return closeOnFailure(buildStore({ kind: 'sqlite', makeKeyv, cipher, stateTtlMs, close: async () => file.close() }), async () => file.close());
}

/**
 * An in-process store (a Map per namespace) for tests and the benchmark; values are plain JSON since nothing is at rest.
 * @example const store = await createMemoryStore();
 */
export function createMemoryStore(options: { stateTtlHours?: number } = {}): Promise<Store> {
  const makeKeyv: KeyvFactory = (namespace, o) =>
    new Keyv({ store: new Map(), namespace, ttl: o.ttlMs, serialize: o.serialize, deserialize: o.deserialize, throwOnErrors: true });
  return buildStore({ kind: 'memory', makeKeyv, stateTtlMs: hours(options.stateTtlHours ?? 24 * 30), close: async () => {} });
}

async function closeOnFailure(store: Promise<Store>, close: () => Promise<void>): Promise<Store> {
  try {
    return await store;
  } catch (error) {
    await close();
    throw error;
  }
}

async function redisBackend(url: string, prefix: string, logger?: Logger): Promise<Omit<Backend, 'cipher' | 'stateTtlMs'>> {
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
