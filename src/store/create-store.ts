import { join } from 'node:path';
import KeyvRedis, { createClient, type RedisClientType } from '@keyv/redis';
import { Keyv } from 'keyv';
import type { Config } from '../config.ts';
import { StoreUnavailableError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { buildStore, type Backend, type KeyvFactory } from './build-store.ts';
import { createCipher, loadDataKey } from './cipher.ts';
import { createRedisLocks } from './redis-locks.ts';
import { openSqliteFile } from './sqlite-adapter.ts';
import type { Store } from './types.ts';

/** The settings the store reads. */
export type StoreConfig = Pick<Config, 'DVBOT_DATA_DIR' | 'DVBOT_DATA_KEY' | 'REDIS_URL' | 'STATE_TTL_HOURS'>;

/** `keyPrefix` isolates several stores in one Redis database (tests, staging next to production). */
export type StoreOptions = { keyPrefix?: string };

const hours = (h: number) => h * 3_600_000;
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * The one store factory: Redis when REDIS_URL is set, else the SQLite file `<DVBOT_DATA_DIR>/dvbot.sqlite`.
 * Throws StoreUnavailableError when the backend cannot be reached, DataKeyError when the data key does not fit.
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
  let connected = false;
  const client = createClient({
    url,
    disableOfflineQueue: true, // fail fast during an outage instead of queueing a user's turn forever
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number, cause: Error) => (connected ? Math.min(50 * 2 ** retries, 2_000) : cause),
    },
  }) as RedisClientType;
  client.on('error', (err: unknown) => logger?.warn({ err }, 'redis connection problem'));
  client.setMaxListeners(64); // @keyv/redis adds four listeners per namespace to the shared client; the store has more than ten namespaces
  try {
    await client.connect();
    connected = true;
  } catch (error) {
    throw new StoreUnavailableError(error);
  }
  const makeKeyv: KeyvFactory = (namespace, o) => {
    const adapter = new KeyvRedis(client, { namespace: prefix + namespace, throwOnErrors: true, throwOnConnectError: true });
    return new Keyv({ store: adapter, namespace: prefix + namespace, useKeyPrefix: false, ttl: o.ttlMs, serialize: o.serialize, deserialize: o.deserialize, throwOnErrors: true });
  };
  const close = async () => void (client.isOpen && (await client.close()));
  const locks = createRedisLocks(client, prefix);
  return { kind: 'redis', makeKeyv, locks, close };
}
