import type { Snapshot } from 'xstate';
import type { Envelope } from '../store/types.ts';

/** Turns a stored envelope into an envelope of the current dialog version, or `undefined` when none fits. */
export type Migrate = (envelope: Envelope) => Envelope | undefined;

/** What a turn starts from: the snapshot to restore (none = a fresh dialog) and the recent message ids. */
export type Resumable = { snapshot?: Snapshot<unknown>; seenIds: string[]; restarted?: 'version' | 'done' };

/**
 * Reads a stored envelope for the current dialog. An envelope of another dialog id or version goes through
 * `migrate`; without one (or when it returns undefined), and after a dialog that reached its final state, the
 * conversation starts fresh. Only `seenIds` survive a restart: they keep a retried message from being answered
 * twice, while the old snapshot cannot be trusted against a machine that no longer has its states.
 */
export function resume(stored: Envelope | undefined, dialogId: string, version: string, migrate?: Migrate): Resumable {
  if (!stored) return { seenIds: [] };
  const current = stored.dialogId === dialogId && stored.version === version ? stored : migrate?.(stored);
  if (!current || current.dialogId !== dialogId || current.version !== version) {
    return { seenIds: stored.seenIds, restarted: 'version' };
  }
  if (current.snapshot.status === 'done') return { seenIds: current.seenIds, restarted: 'done' };
  return { snapshot: current.snapshot, seenIds: current.seenIds };
}
