/** The store: one factory, a typed API, encrypted values. */
export { createStore, createMemoryStore, type StoreConfig, type StoreOptions } from './create-store.ts';
export { DataKeyError } from './cipher.ts';
export { DEDUPE_TTL_MS } from './build-store.ts';
export type { BlobMeta, BlobStore, ConversationStore, DedupeStore, DistributedLocks, Envelope, KvMap, Leases, Store } from './types.ts';
