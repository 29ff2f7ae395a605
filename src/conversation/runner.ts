import { createActor, waitFor, type AnyStateMachine, type EventObject, type InspectionEvent, type Observer, type Snapshot } from 'xstate';
import { AppError, DialogCrashedError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Envelope, Store } from '../store/types.ts';
import { isDuplicate, keepEvicted, withSeenId } from './dedupe.ts';
import { resume, type Migrate } from './envelope.ts';
import { createTurnLock } from './locks.ts';
import { createLiveActors, type LiveActor } from './live-actors.ts';
import { toPersistedSnapshot } from './persisted-snapshot.ts';
import type { InboundMessage, OutboundMessage } from './messages.ts';

/** A dialog: emits `{ type: 'say', message: OutboundMessage }` and carries the tag `busy` while invoked work runs. */
export type DialogMachine = AnyStateMachine;

/** Receives xstate inspection events of every turn's actor. */
export type InspectionObserver = Observer<InspectionEvent> | ((event: InspectionEvent) => void);

/** What the runner needs; `turnTimeoutMs` defaults to 30 s. */
export type RunnerDeps = {
  store: Store;
  machine: DialogMachine;
  /** Maps every inbound message (user text, button, synthetic scheduler event) to one dialog event; `snapshot` is where the conversation is. */
  toEvent: (msg: InboundMessage, turn: { snapshot: Snapshot<unknown> | undefined }) => EventObject | Promise<EventObject>;
  logger: Logger;
  turnTimeoutMs?: number;
  /** Bumped whenever a machine change breaks old snapshots. */
  dialogVersion: string;
  migrate?: Migrate;
  /** xstate inspection of every turn's actor (tests use it to prove every state is reached). */
  inspect?: InspectionObserver;
  /** How many idle conversations keep their actor running between turns (default 1,000; 0 restores every turn). */
  liveActors?: number;
};

/**
 * Options of one turn. `beforeSave` gets the replies and when the state the turn started from was saved (undefined for
 * a new conversation), under the turn's lock and before its save: what it writes survives a crash after the save, and
 * a turn re-run from the same state (its save never happened) can tell it wrote it already.
 */
export type TurnOptions = { beforeSave?: (replies: OutboundMessage[], startedFrom: string | undefined) => Promise<void> };

/** Handles turns one at a time per conversation and reads persisted state. */
export type Runner = {
  /** Runs one turn; a message id seen before returns [] and changes nothing. */
  handle(msg: InboundMessage, options?: TurnOptions): Promise<OutboundMessage[]>;
  /** The persisted snapshot of the current dialog version, without taking the lock. */
  peek(conversationId: string): Promise<Snapshot<unknown> | undefined>;
  /** The stored envelope as is (snapshot, version, seen ids, last update), e.g. for status pages. */
  inspect(conversationId: string): Promise<Envelope | undefined>;
};

type SayEvent = { type: 'say'; message: OutboundMessage };

// The lock must outlive the whole turn, not only the settle: `toEvent` downloads attachments first (bounded by the
// channels' 20 s download limit), then the store is read and written. 30 s on top of the settle timeout covers both.
const LOCK_MARGIN_MS = 30_000;
const LIVE_ACTORS = 1_000;

/**
 * Creates the conversation runner: dedupe → per-conversation lock → load → event → settle → persist → replies.
 * @example const runner = createRunner({ store, machine, toEvent, logger, dialogVersion: '1' }); await runner.handle(msg);
 */
export function createRunner(deps: RunnerDeps): Runner {
  const { store, machine, dialogVersion, migrate } = deps;
  const timeoutMs = deps.turnTimeoutMs ?? 30_000;
  const lock = createTurnLock(store.locks, timeoutMs + LOCK_MARGIN_MS);

  const live = createLiveActors(deps.liveActors ?? LIVE_ACTORS);

  async function turn(msg: InboundMessage, options?: TurnOptions): Promise<OutboundMessage[]> {
    const id = msg.conversationId;
    const stored = await store.conversations.load(id);
    const start = resume(stored, machine.id, dialogVersion, migrate);
    if (await isDuplicate(store, id, msg.id, start.seenIds)) return [];
    if (start.restarted) deps.logger.info({ conversationId: id, reason: start.restarted }, 'conversation restarted from the initial state');
    const event = await deps.toEvent(msg, { snapshot: start.snapshot });
    const running = live.take(id, start.snapshot ? stored : undefined) ?? startActor(machine, start.snapshot, deps.inspect);
    try {
      const snapshot = await settle(running, event, id, timeoutMs, deps.logger);
      await options?.beforeSave?.(running.replies, stored?.updatedAt);
      await keepEvicted(store, id, start.seenIds); // before the save, so a crash between the two never forgets an id
      const envelope = { dialogId: machine.id, version: dialogVersion, snapshot, seenIds: withSeenId(start.seenIds, msg.id), updatedAt: new Date().toISOString() };
      await store.conversations.save(id, envelope);
      const { replies } = running;
      if (isIdle(running)) live.keep(id, Object.assign(running, { envelope, replies: [] }));
      else running.actor.stop();
      return replies;
    } catch (error) {
      running.actor.stop(); // also aborts a still-running invoked promise through its signal
      throw error;
    }
  }

  return {
    handle: (msg, options) => lock.run(msg.conversationId, () => turn(msg, options)),
    peek: async (conversationId) => resume(await store.conversations.load(conversationId), machine.id, dialogVersion, migrate).snapshot,
    inspect: (conversationId) => store.conversations.load(conversationId),
  };
}

/** Creates and starts an actor from a persisted snapshot (none: the initial state), collecting what it says. */
function startActor(machine: DialogMachine, snapshot: Snapshot<unknown> | undefined, inspect?: InspectionObserver): LiveActor {
  const actor = createActor(machine, { ...(snapshot ? { snapshot } : {}), ...(inspect ? { inspect } : {}) });
  const running = { actor, replies: [] as OutboundMessage[] };
  actor.on('say', (e: SayEvent) => void running.replies.push(e.message));
  actor.subscribe({ error: () => {} }); // without an error observer a throwing action becomes an uncaughtException
  actor.start();
  return running;
}

/**
 * True when the actor may wait for the next turn as it is: nothing invoked and no delayed event pending, so between
 * turns it does nothing at all and what it would resume from is exactly the snapshot just saved.
 */
function isIdle({ actor }: LiveActor): boolean {
  const snapshot = actor.getSnapshot();
  return snapshot.status === 'active' && Object.keys(snapshot.children).length === 0
    && Object.keys(actor.system.getSnapshot()._scheduledEvents).length === 0;
}

/** Runs one event to a settled (not busy) state and returns the snapshot to persist; replies land in `running.replies`. */
async function settle(
  { actor }: LiveActor, event: EventObject, conversationId: string, timeoutMs: number, logger: Logger,
): Promise<Snapshot<unknown>> {
  actor.send(event);
  let settled = actor.getSnapshot();
  if (settled.status === 'active' && settled.hasTag('busy')) {
    settled = await waitFor(actor, (s) => !s.hasTag('busy'), { timeout: timeoutMs }).catch(() => actor.getSnapshot());
  }
  if (settled.status === 'error') { // waitFor resolves when an action throws synchronously: check before saving
    logger.error({ conversationId, err: settled.error }, 'dialog crashed; turn not saved');
    throw new DialogCrashedError(conversationId, settled.error);
  }
  if (settled.status === 'active' && settled.hasTag('busy')) {
    throw new AppError('turn_timeout', `turn in conversation ${conversationId} did not settle within ${timeoutMs} ms`);
  }
  return toPersistedSnapshot(actor);
}
