import type { AnyActorRef } from 'xstate';
import type { Envelope } from '../store/types.ts';
import type { OutboundMessage } from './messages.ts';

/** A conversation's actor kept running after its turn, with the envelope its last turn saved. */
export type LiveActor = {
  actor: AnyActorRef;
  /** The object `store.conversations.save` last received: the store hands it back only while the stored record is unchanged. */
  envelope?: Envelope;
  /** Where the actor's `say` events go during the current turn. */
  replies: OutboundMessage[];
};

/** Actors of recently active conversations, least recently used dropped (and stopped) first. */
export type LiveActors = {
  /** The live actor for this conversation if `stored` is exactly what it saved; otherwise any stale one is stopped. */
  take(conversationId: string, stored: Envelope | undefined): LiveActor | undefined;
  keep(conversationId: string, live: LiveActor): void;
};

/**
 * Keeping an actor alive skips restoring the snapshot and re-creating the actor on every turn. It is only reused
 * when the store returns the identical envelope object it saved (the bytes stored are still this process's last
 * write), so a turn taken by another instance, a restart or an expiry always restores from the store instead.
 * @example const live = createLiveActors(1_000); const kept = live.take(id, await store.conversations.load(id));
 */
export function createLiveActors(capacity: number): LiveActors {
  const actors = new Map<string, LiveActor>();
  return {
    take(conversationId, stored) {
      const live = actors.get(conversationId);
      if (!live) return undefined;
      actors.delete(conversationId); // a running turn owns it; `keep` puts it back afterwards
      if (stored !== undefined && live.envelope === stored) return live;
      live.actor.stop();
      return undefined;
    },
    keep(conversationId, live) {
      actors.set(conversationId, live);
      if (actors.size <= capacity) return;
      const [oldest, dropped] = actors.entries().next().value as [string, LiveActor];
      actors.delete(oldest);
      dropped.actor.stop();
    },
  };
}
