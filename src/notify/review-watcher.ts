import { createHash } from 'node:crypto';
import type { ChannelName, OutboundMessage } from '../conversation/messages.ts';
import type { Runner } from '../conversation/runner.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/types.ts';
import { createLanes } from './channel-lanes.ts';
import { crashPoint } from './crash-point.ts';

/**
 * Sends messages the user did not ask for (a review finished); resolves false when they could not be delivered now.
 * `ids[i]` names `messages[i]` the same on every attempt, so a channel can tell a message it already delivered.
 */
export type Deliver = (conversationId: string, messages: OutboundMessage[], ids: readonly string[]) => Promise<boolean>;

/** How often pending reviews are looked at, how many per round, and which conversations this process serves. */
export type WatchOptions = {
  intervalMs?: number;
  maxPerTick?: number;
  isWaiting: (snapshot: unknown) => boolean;
  /** Conversations another process delivers to (e.g. a terminal chat's) are left alone. */
  accepts?: (conversationId: string) => boolean;
  /** Life of the lease instances sharing Redis take before a round (renewed before each conversation). Default 3 intervals. */
  leaseMs?: number;
  /** Deliveries of one channel under way at once. Default 4. */
  perChannel?: number;
};

const LEASE = 'review-watcher';

type Watched = { since: string };

/** Results not delivered yet with their ids, and the states they came from (a poll re-run from one of them adds nothing). */
type Outbox = { messages: OutboundMessage[]; ids: string[]; keptFrom: string[] };
const KEPT_FROM_MAX = 20;
const TOLD_TTL_MS = 24 * 3_600_000;

const WATCH_NAMESPACE = 'watch';

/** The id of the `index`th message a poll from state `from` said: the same if that poll is ever re-run or re-delivered. */
const resultId = (conversationId: string, from: string, index: number) =>
  createHash('sha256').update(`${conversationId}\n${from}\n${index}`).digest('base64url').slice(0, 22);

/** Starts following a conversation whose review is pending (called when the profile is submitted). */
export async function followReview(store: Store, conversationId: string): Promise<void> {
  await store.kv<Watched>(WATCH_NAMESPACE).set(conversationId, { since: new Date().toISOString() }, 0);
}

const CHANNELS: readonly ChannelName[] = ['slack', 'teams', 'web', 'terminal'];
const channelOf = (conversationId: string): ChannelName => CHANNELS.find((c) => conversationId.startsWith(`${c}:`)) ?? 'web';

/**
 * Follows submitted reviews and tells users, unprompted, when one finishes. The list of conversations to follow lives in
 * the store, so it survives restarts and is shared by instances. Each poll is a normal turn (`system.poll`) through the
 * runner: the dialog decides what changed and says it once, because its state moves on in the same turn. The poll turn
 * writes what it says to the store's `outbox` before it saves its state, and delivery reads it from there: an instance
 * that dies in between leaves the result for the next round, and a poll re-run because its save never happened adds
 * nothing (the outbox knows which state each result came from). Each kept message gets an id from the state it came
 * from, and delivery hands the ids on: dying after sending but before clearing the outbox delivers the same ids again,
 * which the channel's delivery drops (see result-delivery.ts). What cannot be delivered now (page closed, channel down)
 * waits in the outbox too.
 * Each channel's deliveries are worked on their own, a few conversations at a time: a channel whose sends are slow or
 * failing delays neither the other channels' results nor their next rounds (its own conversations, polls included,
 * wait until it is done, so a conversation is never polled while its outbox is being delivered).
 * With several instances on Redis only the holder of the store's `review-watcher` lease works a round (outbox delivery
 * included); it renews the lease before each conversation, and when it dies another instance takes over once the lease
 * expires. A poll is a locked turn whose state moves on with what it says, so a result is produced once.
 */
export function createReviewWatcher(deps: { store: Store; runner: Runner; deliver: Deliver; logger: Logger }, options: WatchOptions) {
  const watched = deps.store.kv<Watched>(WATCH_NAMESPACE);
  const outbox = deps.store.kv<Outbox | Omit<Outbox, 'ids'> | OutboundMessage[]>('outbox');
  const intervalMs = options.intervalMs ?? 30_000;
  const maxPerTick = options.maxPerTick ?? 50;
  const accepts = options.accepts ?? (() => true);
  const leaseMs = options.leaseMs ?? Math.max(1_000, intervalMs * 3);
  let holding = false; // as of the last check: shown in /readyz, so an operator sees which instance does the work
  const holdsLease = async () => (holding = !deps.store.leases || (await deps.store.leases.hold(LEASE, leaseMs)));
  const lanes = createLanes(options.perChannel ?? 4);
  let timer: NodeJS.Timeout | undefined;
  let starting: Promise<unknown> | undefined;

  const readOutbox = async (conversationId: string): Promise<Outbox> => {
    const value = await outbox.get(conversationId);
    if (!value) return { messages: [], ids: [], keptFrom: [] };
    // Older entries: an array was written before results carried their origin, and neither carried ids.
    const kept: Omit<Outbox, 'ids'> & { ids?: string[] } = Array.isArray(value) ? { messages: value, keptFrom: [] } : value;
    return { ...kept, ids: kept.ids ?? kept.messages.map((_, i) => resultId(conversationId, 'kept before ids', i)) };
  };

  /** Called by the poll turn before its save: a crash after the save finds the result here, not lost. True when it kept something. */
  async function keep(conversationId: string, replies: OutboundMessage[], startedFrom: string | undefined): Promise<boolean> {
    if (!replies.length) return false;
    const box = await readOutbox(conversationId);
    const from = startedFrom ?? 'new';
    if (box.keptFrom.includes(from)) return false; // the same poll, re-run because its save never happened: kept already
    const ids = replies.map((_, i) => resultId(conversationId, from, i));
    await outbox.set(conversationId, { messages: [...box.messages, ...replies], ids: [...box.ids, ...ids], keptFrom: [...box.keptFrom, from].slice(-KEPT_FROM_MAX) }, 0);
    return true;
  }

  async function deliverKept(conversationId: string): Promise<void> {
    const box = await readOutbox(conversationId);
    if (!box.messages.length) return;
    const delivered = await deps.deliver(conversationId, box.messages, box.ids).catch((err: unknown) => {
      deps.logger.warn({ conversationId, err }, 'review result not delivered; kept for the next round');
      return false;
    });
    // The messages go; their origins stay a day, so a poll re-run from a state whose result was told adds nothing.
    if (delivered) await outbox.set(conversationId, { messages: [], ids: [], keptFrom: box.keptFrom }, TOLD_TTL_MS);
  }

  async function pollOne(conversationId: string): Promise<void> {
    const poll = { id: `poll:${conversationId}:${Date.now()}`, channel: channelOf(conversationId), conversationId, userId: conversationId, action: { id: 'system.poll' } };
    let kept = false;
    await deps.runner.handle(poll, { beforeSave: async (replies, startedFrom) => { kept = await keep(conversationId, replies, startedFrom); } });
    if (kept) crashPoint('review-result-saved'); // a fault test's kill: the result is saved, not delivered yet
    if (!options.isWaiting(await deps.runner.peek(conversationId))) await watched.delete(conversationId); // what it said waits in the outbox
  }

  /** Ids of a namespace this process serves, on a channel not still delivering, that `wanted` picks; collected first, since polling deletes finished entries. */
  async function idsOf<T>(kv: { entries(): AsyncGenerator<[string, T], void> }, wanted: (value: T) => boolean = () => true): Promise<string[]> {
    const ids: string[] = [];
    for await (const [id, value] of kv.entries()) if (accepts(id) && !lanes.busy(channelOf(id)) && wanted(value) && ids.push(id) >= maxPerTick) break;
    return ids;
  }

  /** Delivers what waits in one conversation's outbox; false once the lease is lost (its lane stops). */
  async function deliverOne(conversationId: string): Promise<boolean> {
    if (!(await holdsLease())) return false;
    await deliverKept(conversationId).catch((err: unknown) => deps.logger.warn({ conversationId, err }, 'outbox retry failed'));
    return true;
  }

  /**
   * Starts a round: polls the followed conversations one after the other (a poll is a local turn, and the registrar
   * gets one association at a time), then delivers every outbox per channel; a failure on one never stops the others.
   */
  async function startRound(): Promise<{ done: Promise<void> }> {
    const nothing = { done: Promise.resolve() };
    if (!(await holdsLease().catch(() => (holding = false)))) return nothing;
    const pending = new Set(await idsOf(outbox, (box) => (Array.isArray(box) ? box : box.messages).length > 0));
    for (const conversationId of await idsOf(watched)) {
      if (!(await holdsLease())) return nothing;
      await pollOne(conversationId)
        .then(() => pending.add(conversationId))
        .catch((err: unknown) => deps.logger.warn({ conversationId, err }, 'review poll failed; retrying next round'));
    }
    return lanes.run([...pending], channelOf, deliverOne);
  }

  /** One round, resolved once all it started is done. */
  async function tick(): Promise<void> {
    await (await startRound()).done;
  }

  // The next round is timed from when this one started its lanes, not from when they finish: a lane still busy is
  // simply left out of it.
  function schedule(): void {
    const jitter = Math.round(intervalMs * 0.2 * Math.random()); // instances sharing Redis drift apart instead of polling in lockstep
    timer = setTimeout(() => {
      starting = startRound()
        .catch((err: unknown) => deps.logger.warn({ err }, 'review round failed; retrying next round'))
        .finally(() => { starting = undefined; if (timer) schedule(); });
    }, intervalMs + jitter);
    timer.unref();
  }

  return {
    tick,
    /** Whether this instance held the lease at its last round (always, without shared leases). */
    holding: () => holding,
    start(): void { if (!timer) schedule(); },
    /** Stops the timer and waits for the work in progress. */
    async stop(): Promise<void> {
      clearTimeout(timer);
      timer = undefined;
      await starting;
      await lanes.idle();
      holding = false;
      await deps.store.leases?.release(LEASE).catch(() => {}); // hand over at once instead of after the lease expires
    },
  };
}

/** The review watcher's API. */
export type ReviewWatcher = ReturnType<typeof createReviewWatcher>;
