/** Durable conversation references (where to reach a person later), by runner conversation id, for proactive messages. */
export type ReferenceStore<R> = { save(conversationId: string, ref: R): Promise<void>; load(conversationId: string): Promise<R | undefined> };

/** The part of a store key-value namespace (`store.kv('ref')`) a reference store needs. */
export type ReferenceKv<R> = { get(key: string): Promise<R | undefined>; set(key: string, value: R, ttlMs?: number): Promise<void> };

/**
 * Creates a reference store over a key-value namespace; references are kept until deleted (ttl 0), since a review
 * may finish long after the person's last message.
 * @example const references = createReferenceStore(store.kv('ref'));
 */
export function createReferenceStore<R>(kv: ReferenceKv<R>): ReferenceStore<R> {
  return { save: (conversationId, ref) => kv.set(conversationId, ref, 0), load: (conversationId) => kv.get(conversationId) };
}

/** How many conversations the save cache remembers, and for how long it trusts that the store still holds a reference. */
export type ReferenceCacheOptions = { maxEntries?: number; ttlMs?: number; now?: () => number };

/**
 * Wraps a reference store so `save` writes only a reference that is new or changed since this process last saved it
 * (channels call it on every message). The store stays the source of truth: `load` always reads it, and a remembered
 * save is forgotten after `ttlMs` (default 1 h), so a reference lost from the store comes back with the next message.
 * @example const references = createCachedReferenceStore(options.references);
 *          await references.save(conversationId, ref); // a store write only the first time, or when `ref` changed
 */
export function createCachedReferenceStore<R>(store: ReferenceStore<R>, options: ReferenceCacheOptions = {}): ReferenceStore<R> {
  const { maxEntries = 5_000, ttlMs = 60 * 60 * 1000, now = Date.now } = options;
  const saved = new Map<string, { json: string; at: number }>();
  return {
    async save(conversationId, ref) {
      const json = JSON.stringify(ref);
      const last = saved.get(conversationId);
      if (last && last.json === json && now() - last.at < ttlMs) return;
      await store.save(conversationId, ref);
      saved.delete(conversationId); // re-insert so Map order is least-recently-saved first
      saved.set(conversationId, { json, at: now() });
      if (saved.size > maxEntries) saved.delete(saved.keys().next().value as string);
    },
    load: (conversationId) => store.load(conversationId),
  };
}
