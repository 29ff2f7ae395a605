import { Keyv } from 'keyv';
import { AppError, StoreUnavailableError } from '../errors.ts';
import type { Cipher } from './cipher.ts';
import type { BlobMeta, BlobStore, ConversationStore, DedupeStore, DistributedLocks, Envelope, KvMap, Store } from './types.ts';

/** Default time a handled message id is remembered (channels retry within minutes; Slack for up to an hour). */
export const DEDUPE_TTL_MS = 24 * 3_600_000;

const RESERVED = new Set(['conv', 'dedupe', 'blob', 'meta', 'lock']);
const NAMESPACE = /^[a-z][a-z0-9-]{0,31}$/;
const KEY_CHECK = 'dvbot-key-check';

/** Creates the keyv instance of one namespace; the backend decides where its data lives. */
export type KeyvFactory = (namespace: string, options: { ttlMs?: number; serialize: (data: unknown) => string; deserialize: (raw: string) => never }) => Keyv;

/** What a backend hands to `buildStore`. */
/** `cipher` is absent only for the in-memory store, where nothing is at rest. */
export type Backend = { kind: Store['kind']; makeKeyv: KeyvFactory; cipher?: Cipher; stateTtlMs: number; locks?: DistributedLocks; close(): Promise<void> };

/** Runs a store operation; anything but our own errors becomes StoreUnavailableError. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw error instanceof AppError ? error : new StoreUnavailableError(error);
  }
}

/** Builds the typed store over a backend and checks that the data key opens what is already stored. */
export async function buildStore(backend: Backend): Promise<Store> {
  const { cipher } = backend;
  // JSON is markedly faster than keyv's default serializer; sealing here encrypts every backend the same way.
  const plain = { serialize: (data: unknown) => JSON.stringify(data), deserialize: (raw: string) => JSON.parse(raw) as never };
  const sealed = cipher
    ? { serialize: (data: unknown) => cipher.seal(JSON.stringify(data)), deserialize: (raw: string) => JSON.parse(cipher.open(raw)) as never }
    : plain;
  const open = (namespace: string, ttlMs?: number) => backend.makeKeyv(namespace, { ttlMs, ...sealed });
  if (cipher) await checkKey(open('meta'));
  const named = new Map<string, KvMap>();
  return {
    kind: backend.kind,
    conversations: conversationStore(open('conv', backend.stateTtlMs)),
    dedupe: dedupeStore(backend.makeKeyv('dedupe', { ttlMs: DEDUPE_TTL_MS, ...plain })), // the value is a constant: nothing to hide
    blobs: blobStore(open('blob')),
    kv<T>(namespace: string, options?: { ttlMs?: number }): KvMap<T> {
      if (!NAMESPACE.test(namespace) || RESERVED.has(namespace)) {
        throw new AppError('usage', `store namespace ${JSON.stringify(namespace)} must match ${NAMESPACE} and not be one of ${[...RESERVED].join(', ')}`);
      }
      const id = `${namespace}\0${options?.ttlMs ?? ''}`;
      if (!named.has(id)) named.set(id, kvMap(open(namespace, options?.ttlMs)));
      return named.get(id) as KvMap<T>;
    },
    ...(backend.locks ? { locks: backend.locks } : {}),
    close: () => backend.close(),
  };
}

async function checkKey(meta: Keyv): Promise<void> {
  const found = await guard(() => meta.get<string>('key-check')); // throws DataKeyError when sealed with another key
  if (found === undefined) await guard(() => meta.set('key-check', KEY_CHECK));
  else if (found !== KEY_CHECK) throw new AppError('store_unavailable', 'key check record of the store is damaged');
}

function conversationStore(keyv: Keyv): ConversationStore {
  return {
    load: (id) => guard(() => keyv.get<Envelope>(id)),
    save: async (id, envelope) => void (await guard(() => keyv.set(id, envelope))),
    delete: (id) => guard(() => keyv.delete(id)),
  };
}

function dedupeStore(keyv: Keyv): DedupeStore {
  return {
    has: async (key) => (await guard(() => keyv.get<1>(key))) !== undefined,
    add: async (key, ttlMs) => void (await guard(() => keyv.set(key, 1, ttlMs))),
  };
}

type StoredBlob = { meta: BlobMeta; data: string };

function blobStore(keyv: Keyv): BlobStore {
  return {
    put: async (id, bytes, meta, options) =>
      void (await guard(() => keyv.set(id, { meta, data: bytes.toString('base64') } satisfies StoredBlob, options?.ttlMs))),
    async get(id) {
      const stored = await guard(() => keyv.get<StoredBlob>(id));
      return stored && { bytes: Buffer.from(stored.data, 'base64'), meta: stored.meta };
    },
    delete: (id) => guard(() => keyv.delete(id)),
  };
}

function kvMap<T>(keyv: Keyv): KvMap<T> {
  return {
    get: (key) => guard(() => keyv.get<T>(key)),
    set: async (key, value, ttlMs) => void (await guard(() => keyv.set(key, value, ttlMs))),
    delete: (key) => guard(() => keyv.delete(key)),
    async *entries() {
      const iterate = keyv.iterator;
      if (!iterate) throw new AppError('store_unavailable', 'this store backend cannot list entries');
      try {
        for await (const [key, value] of iterate(keyv.namespace)) yield [key as string, value as T];
      } catch (error) {
        throw error instanceof AppError ? error : new StoreUnavailableError(error);
      }
    },
  };
}
