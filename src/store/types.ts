import type { Snapshot } from 'xstate';
import type { SharedLimiterFactory } from './shared-limiter.ts';

/** The persisted state of one conversation: the dialog snapshot plus what the runner needs around it. */
export type Envelope = {
  dialogId: string;
  version: string;
  snapshot: Snapshot<unknown>;
  /** Most recent inbound message ids, newest last (dedupe without a second read). */
  seenIds: string[];
  updatedAt: string;
};

/** A JSON key-value namespace; values are encrypted at rest like everything else in the store. */
export type KvMap<T = unknown> = {
  get(key: string): Promise<T | undefined>;
  /** `ttlMs` overrides the namespace default; 0 keeps the value until deleted. */
  set(key: string, value: T, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  /** Every live entry of the namespace (unordered); meant for small namespaces such as pending reviews. */
  entries(): AsyncGenerator<[string, T], void>;
};

/** What is known about a stored document besides its bytes. */
export type BlobMeta = { contentType: string; name?: string; [key: string]: unknown };

/** Encrypted document storage. */
export type BlobStore = {
  put(id: string, bytes: Buffer, meta: BlobMeta, options?: { ttlMs?: number }): Promise<void>;
  get(id: string): Promise<{ bytes: Buffer; meta: BlobMeta } | undefined>;
  delete(id: string): Promise<boolean>;
};

/** Conversation envelopes, kept for STATE_TTL_HOURS after the last save. */
export type ConversationStore = {
  load(conversationId: string): Promise<Envelope | undefined>;
  save(conversationId: string, envelope: Envelope): Promise<void>;
  delete(conversationId: string): Promise<boolean>;
};

/** Message ids already handled, kept for a bounded time. */
export type DedupeStore = {
  has(key: string): Promise<boolean>;
  add(key: string, ttlMs?: number): Promise<void>;
};

/** Cross-instance mutual exclusion (Redis only): resolves to a release function. */
export type DistributedLocks = {
  acquire(key: string, options: { ttlMs: number; waitMs: number }): Promise<() => Promise<void>>;
};

/** Leases across instances (Redis only): `hold` takes or renews one for `ttlMs`, false while another instance has it. */
export type Leases = {
  hold(name: string, ttlMs: number): Promise<boolean>;
  release(name: string): Promise<void>;
};

/** The one store of the bot. Every failing read or write throws StoreUnavailableError (or DataKeyError). */
export type Store = {
  readonly kind: 'sqlite' | 'redis' | 'memory';
  readonly conversations: ConversationStore;
  readonly dedupe: DedupeStore;
  readonly blobs: BlobStore;
  /** A JSON namespace such as `ref`, `handoff`, `registrar`, `outbox` (lower-case letters, digits, dashes). */
  kv<T = unknown>(namespace: string, options?: { ttlMs?: number }): KvMap<T>;
  /** Resolves when the backend answers a read (and the data key fits); throws StoreUnavailableError or DataKeyError. */
  ping(): Promise<void>;
  /** Present when several instances may share the store. */
  readonly locks?: DistributedLocks;
  /** Present when several instances may share the store: background work takes a lease. */
  readonly leases?: Leases;
  /** Present when several instances may share the store: rate limits counted for all of them. */
  readonly limiters?: SharedLimiterFactory;
  close(): Promise<void>;
};
