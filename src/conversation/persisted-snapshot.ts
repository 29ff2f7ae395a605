import type { AnyActorRef, Snapshot } from 'xstate';

/** The parts of a machine snapshot that a snapshot waiting for the next turn is persisted from. */
type WaitingSnapshot = {
  status: string;
  value: unknown;
  context: unknown;
  children: Record<string, unknown>;
  historyValue: Record<string, { id: string }[]>;
};

/**
 * The snapshot to persist after a turn, the same JSON as `actor.getPersistedSnapshot()`. A dialog that waits for
 * the user (active, nothing invoked) is built here directly: xstate's generic form copies every field of the
 * snapshot and walks the whole context looking for actor references, on every turn, for a dialog whose context is
 * plain data (it is stored as JSON). Anything else (invoked work running, a finished or failed dialog) goes through
 * xstate, which persists children, output and error too.
 * @example await store.conversations.save(id, { ...envelope, snapshot: toPersistedSnapshot(actor) });
 */
export function toPersistedSnapshot(actor: AnyActorRef): Snapshot<unknown> {
  const snapshot = actor.getSnapshot() as WaitingSnapshot;
  if (snapshot.status !== 'active' || hasKeys(snapshot.children)) return actor.getPersistedSnapshot();
  const { status, value, context } = snapshot;
  return { status, value, historyValue: historyIds(snapshot.historyValue), context, children: {} } as unknown as Snapshot<unknown>;
}

/** A history state's remembered state nodes, by id (what xstate persists and restores them from). */
function historyIds(history: WaitingSnapshot['historyValue']): Record<string, { id: string }[]> {
  const ids: Record<string, { id: string }[]> = {};
  for (const key in history) {
    const nodes = history[key];
    if (Array.isArray(nodes)) ids[key] = nodes.map((node) => ({ id: node.id }));
  }
  return ids;
}

function hasKeys(record: object): boolean {
  for (const _ in record) return true;
  return false;
}
