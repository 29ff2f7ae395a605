import { join } from 'node:path';
import { Keyv } from 'keyv';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { buildStore, type KeyvFactory } from './build-store.ts';
import { createCipher, loadDataKey } from './cipher.ts';
import { openSqliteFile } from './sqlite-adapter.ts';
import type { Store } from './types.ts';

/** The settings the store reads. */
export type StoreConfig = Pick<Config, 'DVBOT_DATA_DIR' | 'DVBOT_DATA_KEY' | 'REDIS_URL' | 'STATE_TTL_HOURS'>;

/** `keyPrefix` isolates several stores in one Redis database (tests, staging next to production). */
export type StoreOptions = { keyPrefix?: string };

const hours = (h: number) => h * 3_600_000;

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
    // Loaded only with REDIS_URL: the Redis client and its helpers cost ~0.3 s of start-up that the SQLite default never needs.
    const { redisBackend } = await import('./redis-backend.ts');
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
