import type { Store } from '../store/types.ts';

/** How many recent message ids an envelope keeps; older retries are caught by the store's dedupe TTL entry. */
export const SEEN_IDS_KEPT = 16;

const dedupeKey = (conversationId: string, messageId: string) => `${conversationId}\n${messageId}`;

/**
 * True when this message id was already handled in this conversation: the envelope's recent ids first, then the TTL
 * entries of ids that left the envelope. While the envelope has never dropped an id there is nothing to look up.
 */
export async function isDuplicate(store: Store, conversationId: string, messageId: string, seenIds: readonly string[]): Promise<boolean> {
  if (seenIds.includes(messageId)) return true;
  return seenIds.length >= SEEN_IDS_KEPT && store.dedupe.has(dedupeKey(conversationId, messageId));
}

/** Moves the ids that `withSeenId` is about to drop from the envelope into the store's dedupe TTL entries. */
export async function keepEvicted(store: Store, conversationId: string, seenIds: readonly string[]): Promise<void> {
  if (seenIds.length < SEEN_IDS_KEPT) return; // nothing leaves the envelope yet (most turns): nothing to write
  const evicted = seenIds.slice(0, seenIds.length - SEEN_IDS_KEPT + 1);
  await Promise.all(evicted.map((id) => store.dedupe.add(dedupeKey(conversationId, id))));
}

/** The envelope's id list with `messageId` appended, bounded to SEEN_IDS_KEPT. */
export function withSeenId(seenIds: readonly string[], messageId: string): string[] {
  // Copied by index: the ids come from a saved (deep-frozen) envelope, and V8 slices a frozen array on its slow path,
  // several times slower than this loop.
  const next: string[] = [];
  for (let i = Math.max(0, seenIds.length - SEEN_IDS_KEPT + 1); i < seenIds.length; i++) next.push(seenIds[i]!);
  next.push(messageId);
  return next;
}
