import type { Store } from '../store/types.ts';

/** How many recent message ids an envelope keeps; older retries are caught by the store's dedupe TTL entry. */
export const SEEN_IDS_KEPT = 16;

const dedupeKey = (conversationId: string, messageId: string) => `${conversationId}\n${messageId}`;

/** True when this message id was already handled in this conversation (envelope first, then the TTL entry). */
export async function isDuplicate(store: Store, conversationId: string, messageId: string, seenIds: readonly string[]): Promise<boolean> {
  return seenIds.includes(messageId) || store.dedupe.has(dedupeKey(conversationId, messageId));
}

/** Records a handled message id in the store's dedupe namespace (the envelope's copy is `withSeenId`). */
export async function markHandled(store: Store, conversationId: string, messageId: string): Promise<void> {
  await store.dedupe.add(dedupeKey(conversationId, messageId));
}

/** The envelope's id list with `messageId` appended, bounded to SEEN_IDS_KEPT. */
export function withSeenId(seenIds: readonly string[], messageId: string): string[] {
  const next = seenIds.length >= SEEN_IDS_KEPT ? seenIds.slice(seenIds.length - SEEN_IDS_KEPT + 1) : seenIds.slice();
  next.push(messageId);
  return next;
}
