import { Keyv } from 'keyv';
import { AppError, StoreUnavailableError } from '../errors.ts';
import type { Cipher } from './cipher.ts';
import { rememberSaved, type Serializer } from './saved-envelopes.ts';
import type { SharedLimiterFactory } from './shared-limiter.ts';
import type { BlobMeta, BlobStore, ConversationStore, DedupeStore, DistributedLocks, Envelope, KvMap, Leases, Store } from './types.ts';

/** Default time a handled message id is remembered (channels retry within minutes; Slack for up to an hour). */
export const DEDUPE_TTL_MS = 24 * 3_600_000;

const RESERVED = new Set(['conv', 'dedupe', 'blob', 'meta', 'lock']);
const NAMESPACE = /^[a-z][a-z0-9-]{0,31}$/;
const KEY_CHECK = 'dvbot-key-check';

/** Creates the keyv instance of one namespace; the backend decides where its data lives. */
export type KeyvFactory = (namespace: string, options: { ttlMs?: number; serialize: (data: unknown) => string; deserialize: (raw: string) => never }) => Keyv;

/** What a backend hands to `buildStore`. */
/** `cipher` is absent only for the in-memory store, where nothing is at rest. */
/** `checkKeyNow: false` defers the data-key check to first use (a backend still connecting). */
export type Backend = {
  kind: Store['kind']; makeKeyv: KeyvFactory; cipher?: Cipher; stateTtlMs: number; locks?: DistributedLocks; leases?: Leases; limiters?: SharedLimiterFactory; checkKeyNow?: boolean; close(): Promise<void>;
};

/** Runs a store operation; anything but our own errors becomes StoreUnavailableError. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw error instanceof AppError ? error : new StoreUnavailableError(error);
  }
}

/**
 * Builds the typed store over a backend. The data key is checked against what is already stored before the first
 * operation: now when the backend answers, else (Redis still connecting) on first use, so nothing is read or written
 * with a key that does not fit.
 */
export async function buildStore(backend: Backend): Promise<Store> {
  const { cipher } = backend;
  // JSON is markedly faster than keyv's default serializer; sealing here encrypts every backend the same way.
  const plain = { serialize: (data: unknown) => JSON.stringify(data), deserialize: (raw: string) => JSON.parse(raw) as never };
  const sealed = cipher
    ? { serialize: (data: unknown) => cipher.seal(JSON.stringify(data)), deserialize: (raw: string) => JSON.parse(cipher.open(raw)) as never }
    : plain;
  const open = (namespace: string, ttlMs?: number) => backend.makeKeyv(namespace, { ttlMs, ...sealed });
  const meta = open('meta');
  const run = keyCheckedRunner(meta, Boolean(cipher));
  if (backend.checkKeyNow ?? true) await run(async () => undefined);
  const named = new Map<string, KvMap>();
  return {
    kind: backend.kind,
    conversations: conversationStore((serializer) => backend.makeKeyv('conv', { ttlMs: backend.stateTtlMs, ...serializer }), sealed, run),
    dedupe: dedupeStore(backend.makeKeyv('dedupe', { ttlMs: DEDUPE_TTL_MS, ...plain }), run), // the value is a constant: nothing to hide
    blobs: blobStore(open('blob'), run),
    kv<T>(namespace: string, options?: { ttlMs?: number }): KvMap<T> {
      if (!NAMESPACE.test(namespace) || RESERVED.has(namespace)) {
        throw new AppError('usage', `store namespace ${JSON.stringify(namespace)} must match ${NAMESPACE} and not be one of ${[...RESERVED].join(', ')}`);
      }
      const id = `${namespace}\0${options?.ttlMs ?? ''}`;
      if (!named.has(id)) named.set(id, kvMap(open(namespace, options?.ttlMs), run));
      return named.get(id) as KvMap<T>;
    },
    ping: () => run(() => meta.get('key-check')).then(() => undefined),
    ...(backend.locks ? { locks: backend.locks } : {}),
    ...(backend.leases ? { leases: backend.leases } : {}),
    ...(backend.limiters ? { limiters: backend.limiters } : {}),
    close: () => backend.close(),
  };
}

/** Runs store operations through `guard`, once the data key is known to open the stored data (checked until it succeeds). */
type Run = <T>(operation: () => Promise<T>) => Promise<T>;

function keyCheckedRunner(meta: Keyv, sealed: boolean): Run {
  let checked = !sealed;
  let checking: Promise<void> | undefined;
  const check = () => (checking ??= checkKey(meta).then(() => { checked = true; }, (error: unknown) => { checking = undefined; throw error; }));
  return (operation) => (checked ? guard(operation) : check().then(() => guard(operation)));
}

async function checkKey(meta: Keyv): Promise<void> {
  const found = await guard(() => meta.get<string>('key-check')); // throws DataKeyError when sealed with another key
  if (found === undefined) await guard(() => meta.set('key-check', KEY_CHECK));
  else if (found !== KEY_CHECK) throw new AppError('store_unavailable', 'key check record of the store is damaged');
}

/** Envelopes, with the last one saved per conversation remembered (see rememberSaved). */
function conversationStore(open: (serializer: Serializer) => Keyv, serializer: Serializer, run: Run): ConversationStore {
  const memo = rememberSaved(serializer);
  const keyv = open({ serialize: memo.serialize, deserialize: memo.deserialize });
  return {
    load: (id) => memo.reading(id, () => run(() => keyv.get<Envelope>(id))),
    async save(id, envelope) {
      memo.forget(id); // until this write is known to have landed, what is stored may be either record
      const writing = run(() => keyv.set(id, envelope));
      const written = memo.written(envelope);
      await writing;
      memo.saved(id, written);
    },
    delete: (id) => run(() => { memo.forget(id); return keyv.delete(id); }),
  };
}

function dedupeStore(keyv: Keyv, run: Run): DedupeStore {
  return {
    has: async (key) => (await run(() => keyv.get<1>(key))) !== undefined,
    add: async (key, ttlMs) => void (await run(() => keyv.set(key, 1, ttlMs))),
  };
}

type StoredBlob = { meta: BlobMeta; data: string };

function blobStore(keyv: Keyv, run: Run): BlobStore {
  return {
    put: async (id, bytes, meta, options) =>
      void (await run(() => keyv.set(id, { meta, data: bytes.toString('base64') } satisfies StoredBlob, options?.ttlMs))),
    async get(id) {
      const stored = await run(() => keyv.get<StoredBlob>(id));
      return stored && { bytes: Buffer.from(stored.data, 'base64'), meta: stored.meta };
    },
    delete: (id) => run(() => keyv.delete(id)),
  };
}

function kvMap<T>(keyv: Keyv, run: Run): KvMap<T> {
  return {
    get: (key) => run(() => keyv.get<T>(key)),
    set: async (key, value, ttlMs) => void (await run(() => keyv.set(key, value, ttlMs))),
    delete: (key) => run(() => keyv.delete(key)),
    async *entries() {
      const iterate = keyv.iterator;
      if (!iterate) throw new AppError('store_unavailable', 'this store backend cannot list entries');
      await run(async () => undefined);
      try {
        for await (const [key, value] of iterate(keyv.namespace)) yield [key as string, value as T];
      } catch (error) {
        throw error instanceof AppError ? error : new StoreUnavailableError(error);
      }
    },
  };
}
