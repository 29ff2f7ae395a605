import { randomUUID } from 'node:crypto';
import type { KvMap } from '../../src/store/types.ts';

/** Which conversations have a page open on some instance: recorded in the shared store with a TTL refreshed while open. */
export type Presence = {
  /** This instance has an open stream of `browserId` (call again for each: counts are kept here). */
  opened(browserId: string): void;
  closed(browserId: string): void;
  /** Whether a stream of `browserId` is open here or was recently on another instance. */
  isOpen(browserId: string): Promise<boolean>;
  close(): void;
};

/** How long a record outlives an instance that died without removing it, and how often a live one is renewed. */
export type PresenceOptions = { ttlMs?: number; refreshMs?: number };

/**
 * Creates the presence records of this instance in `kv` (a namespace of the store; with Redis every instance sees
 * them). A record names its instance, so closing the last stream here does not remove one that another instance wrote
 * since. Failures to write are ignored: presence only decides whether a result is pushed now or kept in the outbox.
 * @example const presence = createPresence(store.kv('web-presence')); presence.opened(id); await presence.isOpen(id);
 */
export function createPresence(kv: KvMap<string>, options: PresenceOptions = {}): Presence {
  const { ttlMs = 60_000, refreshMs = 20_000 } = options;
  const instance = randomUUID();
  const open = new Map<string, number>();
  const record = (browserId: string) => void kv.set(browserId, instance, ttlMs).catch(() => {});
  const refresh = setInterval(() => { for (const browserId of open.keys()) record(browserId); }, refreshMs);
  refresh.unref();
  return {
    opened(browserId) {
      open.set(browserId, (open.get(browserId) ?? 0) + 1);
      record(browserId);
    },
    closed(browserId) {
      const left = (open.get(browserId) ?? 1) - 1;
      if (left > 0) return void open.set(browserId, left);
      open.delete(browserId);
      void (async () => { if ((await kv.get(browserId)) === instance) await kv.delete(browserId); })().catch(() => {});
    },
    async isOpen(browserId) {
      return open.has(browserId) || (await kv.get(browserId).catch(() => undefined)) !== undefined;
    },
    close() {
      clearInterval(refresh);
      for (const browserId of [...open.keys()]) { open.set(browserId, 1); this.closed(browserId); }
    },
  };
}
