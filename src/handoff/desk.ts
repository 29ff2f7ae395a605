import { randomUUID } from 'node:crypto';
import type { Snapshot } from 'xstate';
import type { Bus } from '../bus/types.ts';
import type { InboundMessage, OutboundMessage } from '../conversation/messages.ts';
import type { ChannelName } from '../conversation/messages.ts';
import { fill, t } from '../i18n/localized.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/types.ts';
import { createCaseStore } from './case-store.ts';
import { checkAgentField } from './field-check.ts';
import { deskCopy, type DeskErrorCode } from './copy.ts';
import { formatOpening, nextOpening, type SupportHours } from './support-hours.ts';
import { DESK_TOPIC, type AgentDialogEvent, type DeskEvent, type HandoffCase, type HandoffRequest, type TranscriptEntry } from './types.ts';

/** Sends messages to a user in their own channel; false (or a throw) when that channel cannot be reached now. */
export type Deliver = (conversationId: string, messages: OutboundMessage[]) => Promise<boolean>;

/** Readies a held photo an agent accepts for the registrar, or says why it cannot be (English, for the agent). */
export type PreparePhoto = (blobId: string) => Promise<{ ok: true; converted: boolean } | { ok: false; why: string }>;

/** The part of the runner the desk drives: agent actions become trusted turns of the user's dialog. */
export type DeskRunner = { handle(msg: InboundMessage): Promise<OutboundMessage[]>; peek(conversationId: string): Promise<Snapshot<unknown> | undefined> };

/** A desk action's outcome: refusals are values with a code the API maps to 404/403/409/502. */
export type DeskResult<T = object> = ({ ok: true } & T) | { ok: false; code: DeskErrorCode; claimedBy?: string; detail?: string };

/** Told about desk changes on this instance (the Slack desk posts from here, so each change is posted once). */
export type DeskObserver = {
  opened?(c: HandoffCase): void | Promise<void>;
  claimed?(c: HandoffCase): void | Promise<void>;
  requeued?(c: HandoffCase): void | Promise<void>;
  entry?(c: HandoffCase, entry: TranscriptEntry): void | Promise<void>;
  closed?(c: HandoffCase, how: 'released' | 'cancelled'): void | Promise<void>;
};

/** What the desk needs; `runner` and `deliver` are attached once the channels exist. */
export type DeskDeps = { store: Store; bus: Bus; logger: Logger; ttlMs: number; hours?: SupportHours; waitMs: number; now?: () => number };

/**
 * Who acts at the desk: a stable id (a console agent's name, which is its record's key; `slack:U…` for a Slack user;
 * the hub's name) and the name people see. A bare string is both.
 */
export type DeskAgent = string | { id: string; name: string };
const agentOf = (a: DeskAgent) => (typeof a === 'string' ? { id: a, name: a } : a);

/** Where the user stands after sending something while handed off. */
export type UserRelay = { state: 'waiting' | 'claimed' | 'gone'; position?: number; claimedBy?: string };

const channelOf = (id: string) => id.split(':')[0] as ChannelName;

/** The name people see for whoever holds a case. */
export const holderName = (c: HandoffCase) => c.claimedByName ?? c.claimedBy ?? '';

/**
 * The agent desk's core, shared by the web console, the Slack desk and the Teams hub: queue, claims (one winner across
 * instances), transcript, messages both ways, hand-back, dialog actions, audited reveals and the wait timeout.
 * @example const desk = createDesk({ store, bus, logger, ttlMs, waitMs: 600_000 }); desk.attach({ runner, deliver });
 */
export function createDesk(deps: DeskDeps) {
  const cases = createCaseStore(deps.store, deps.ttlMs);
  const now = deps.now ?? Date.now;
  const trusted = new WeakMap<InboundMessage, AgentDialogEvent>();
  const observers = new Set<DeskObserver>();
  const terminalCounts = new Map<string, number>(); // transcript lengths last seen by pollTerminalLines
  let runner: DeskRunner | undefined;
  let deliver: Deliver = async () => false;
  let preparePhoto: PreparePhoto = async () => ({ ok: false, why: 'photos cannot be accepted here' });

  const publish = (event: DeskEvent) => deps.bus.publish(DESK_TOPIC, event).catch((err: unknown) => deps.logger.warn({ err }, 'desk event not published'));
  const notify = async (call: (o: DeskObserver) => void | Promise<void>) => {
    for (const o of observers) await Promise.resolve(call(o)).catch((err: unknown) => deps.logger.error({ err }, 'desk observer failed'));
  };
  const record = async (c: HandoffCase, entry: TranscriptEntry) => {
    await cases.append(c.id, entry);
    await publish({ type: 'entry', id: c.id, from: entry.from, at: entry.at, ...(c.claimedBy ? { claimedBy: c.claimedBy } : {}) });
    await notify((o) => o.entry?.(c, entry));
  };
  const safeDeliver = async (id: string, messages: OutboundMessage[]) => {
    if (!messages.length) return true;
    try {
      return await deliver(id, messages);
    } catch (err) {
      deps.logger.warn({ err, conversationId: id }, 'delivery to the user failed');
      return false;
    }
  };
  const position = async (c: HandoffCase) => (await cases.all()).filter((x) => x.state === 'waiting').findIndex((x) => x.id === c.id) + 1;

  /** Runs an agent action as a turn of the user's dialog and delivers what the bot says. */
  async function drive(c: HandoffCase, event: AgentDialogEvent): Promise<boolean> {
    if (!runner) throw new Error('desk used before attach()');
    const msg: InboundMessage = { id: `desk:${randomUUID()}`, channel: c.channel, conversationId: c.id, userId: 'desk' };
    trusted.set(msg, event);
    const replies = await runner.handle(msg);
    const at = new Date(now()).toISOString();
    await cases.locked(c.id, () => cases.append(c.id, ...replies.map((reply) => ({ from: 'bot' as const, text: reply.text, at }))));
    return safeDeliver(c.id, replies);
  }

  /** Loads a case and checks the agent holds it. */
  async function held(id: string, agent: DeskAgent): Promise<DeskResult<{ c: HandoffCase }>> {
    const c = await cases.get(id);
    if (!c) return { ok: false, code: 'not_found' };
    if (c.state !== 'claimed') return { ok: false, code: 'not_claimed' };
    if (c.claimedBy !== agentOf(agent).id) return { ok: false, code: 'claimed_by_other', claimedBy: holderName(c) };
    return { ok: true, c };
  }

  return {
    /** Gives the desk the runner and the channels (they are built after the dialog that needs the desk). */
    attach(parts: { runner?: DeskRunner; deliver?: Deliver; preparePhoto?: PreparePhoto }) {
      if (parts.runner) runner = parts.runner;
      if (parts.preparePhoto) preparePhoto = parts.preparePhoto;
      if (parts.deliver) deliver = parts.deliver;
    },
    /** The agent action carried by a message the desk itself created; undefined for every message from a user. */
    dialogEventOf: (msg: InboundMessage): AgentDialogEvent | undefined => trusted.get(msg),
    observe(observer: DeskObserver): () => void {
      observers.add(observer);
      return () => void observers.delete(observer);
    },

    /** Opens (or finds, when a restored turn asks again) the case of a conversation; says where it is in the queue. */
    async open(request: HandoffRequest): Promise<{ position: number; opensAt?: string }> {
      const opened = await cases.locked(request.conversationId, async () => {
        const known = await cases.get(request.conversationId);
        if (known) return { c: known, fresh: false };
        const c: HandoffCase = {
          id: request.conversationId, channel: channelOf(request.conversationId), lang: request.lang, state: 'waiting',
          waitingSince: new Date(now()).toISOString(), reason: request.reason ?? (request.failures >= 3 ? 'failures' : 'asked'),
          step: request.step ?? 'unknown', summary: request.summary,
        };
        await cases.put(c);
        return { c, fresh: true };
      });
      if (opened.fresh) {
        deps.logger.info({ conversationId: opened.c.id, reason: opened.c.reason }, 'handoff requested');
        await publish({ type: 'queue' });
        await notify((o) => o.opened?.(opened.c));
      }
      const opensAt = nextOpening(deps.hours, now());
      return { position: await position(opened.c), ...(opensAt !== undefined && deps.hours ? { opensAt: formatOpening(deps.hours, opensAt) } : {}) };
    },
    queue: () => cases.all(),
    get: (id: string) => cases.get(id),
    transcript: (id: string) => cases.transcript(id),
    reveals: (id: string) => cases.reveals(id),
    /**
     * Keeps a turn for the transcript agents read, from the conversation's first line on: what the user sent (unless
     * the dialog already relayed it to the desk) and what the bot answered. Turns the desk drives record themselves.
     */
    async recordTurn(msg: InboundMessage, replies: OutboundMessage[], relayed: boolean): Promise<void> {
      if (trusted.has(msg)) return;
      const at = new Date(now()).toISOString();
      const said = msg.text ?? (msg.attachments?.length ? `(sent ${msg.attachments.length} file${msg.attachments.length > 1 ? 's' : ''})` : undefined);
      const fromUser: TranscriptEntry[] = relayed || msg.action?.id.startsWith('system.') || said === undefined ? [] : [{ from: 'user', text: said, at }];
      const entries = [...fromUser, ...replies.map((reply) => ({ from: 'bot' as const, text: reply.text, at }))];
      if (entries.length) await cases.locked(msg.conversationId, () => cases.append(msg.conversationId, ...entries));
    },
    /** Records where the Slack desk posted a case (its thread is where the agent talks). */
    async setSlackThread(id: string, slack: { channel: string; ts: string }) {
      await cases.locked(id, async () => {
        const c = await cases.get(id);
        if (c) await cases.put({ ...c, slack });
      });
    },

    /** Claims a waiting conversation; exactly one of several agents claiming at once (on any instance) wins. */
    async claim(id: string, who: DeskAgent): Promise<DeskResult<{ claimedBy: string }>> {
      const agent = agentOf(who);
      const outcome = await cases.locked(id, async (): Promise<DeskResult<{ c: HandoffCase; fresh: boolean }>> => {
        const c = await cases.get(id);
        if (!c) return { ok: false, code: 'not_found' };
        if (c.claimedBy && c.claimedBy !== agent.id) return { ok: false, code: 'claimed_by_other', claimedBy: holderName(c) };
        const claimed: HandoffCase = { ...c, state: 'claimed', claimedBy: agent.id, claimedByName: agent.name };
        if (!c.claimedBy) await cases.put(claimed);
        return { ok: true, c: claimed, fresh: !c.claimedBy };
      });
      if (!outcome.ok) return outcome;
      if (!outcome.fresh) return { ok: true, claimedBy: agent.name };
      deps.logger.info({ conversationId: id, agent: agent.id }, 'handoff claimed');
      await publish({ type: 'case', id, state: 'claimed', claimedBy: agent.id });
      await publish({ type: 'queue' });
      await notify((o) => o.claimed?.(outcome.c));
      const text = t(fill(deskCopy.agentJoined, { agent: agent.name }), outcome.c.lang);
      await cases.locked(id, () => cases.append(id, { from: 'bot', text, at: new Date(now()).toISOString() }));
      await safeDeliver(id, [{ text }]);
      return { ok: true, claimedBy: agent.name };
    },

    /** The holder gives a case up without handing it back (a hub that failed): it waits for an agent again. */
    async requeue(id: string, agent: DeskAgent): Promise<DeskResult> {
      const outcome = await cases.locked(id, async (): Promise<DeskResult<{ c: HandoffCase }>> => {
        const check = await held(id, agent);
        if (!check.ok) return check;
        const { claimedBy: _id, claimedByName: _name, ...rest } = check.c;
        const waiting: HandoffCase = { ...rest, state: 'waiting' };
        await cases.put(waiting);
        return { ok: true, c: waiting };
      });
      if (!outcome.ok) return outcome;
      deps.logger.info({ conversationId: id, agent: agentOf(agent).id }, 'handoff back in the queue');
      await publish({ type: 'case', id, state: 'waiting' });
      await publish({ type: 'queue' });
      await notify((o) => o.requeued?.(outcome.c));
      return { ok: true };
    },

    /** An agent writes to the user; kept in the transcript even when the user's channel cannot be reached. */
    async say(id: string, who: DeskAgent, text: string): Promise<DeskResult> {
      const check = await held(id, who);
      if (!check.ok) return check;
      const delivered = await safeDeliver(id, [{ text }]);
      const entry: TranscriptEntry = { from: 'agent', agent: agentOf(who).name, text, at: new Date(now()).toISOString(), ...(delivered ? {} : { undelivered: true }) };
      await cases.locked(id, () => record(check.c, entry));
      return delivered ? { ok: true } : { ok: false, code: 'user_unreachable' };
    },

    /** What the user sent while handed off (called from the dialog's I/O): kept for the agent, pushed live. */
    async fromUser(id: string, entry: Omit<TranscriptEntry, 'from' | 'at'>): Promise<UserRelay> {
      return cases.locked(id, async () => {
        const c = await cases.get(id);
        if (!c) return { state: 'gone' as const };
        await record(c, { ...entry, from: 'user', at: new Date(now()).toISOString() });
        return c.state === 'claimed' ? { state: 'claimed' as const, claimedBy: c.claimedBy! } : { state: 'waiting' as const, position: await position(c) };
      });
    },

    /** Hands the conversation back: the bot tells the user (with the agent's note) and re-asks its question. */
    async release(id: string, agent: DeskAgent, note?: string): Promise<DeskResult> {
      const check = await held(id, agent);
      if (!check.ok) return check;
      await cases.delete(id);
      await drive(check.c, { type: 'agent.release', ...(note ? { note } : {}) });
      deps.logger.info({ conversationId: id, agent: agentOf(agent).id }, 'handoff released');
      await publish({ type: 'case', id, state: 'released' });
      await publish({ type: 'queue' });
      await notify((o) => o.closed?.(check.c, 'released'));
      return { ok: true };
    },

    /** An agent acts on the dialog (accept a flagged photo, correct a field, re-send the code, go back to a step). */
    async act(id: string, who: DeskAgent, event: AgentDialogEvent): Promise<DeskResult> {
      const agent = agentOf(who);
      const check = await held(id, who);
      if (!check.ok) return check;
      if (event.type === 'agent.field.set') {
        const verdict = checkAgentField(await runner?.peek(id), event.field, event.value);
        if (!verdict.ok) return { ok: false, code: verdict.code, ...(verdict.detail ? { detail: verdict.detail } : {}) };
      }
      const listed = event.type !== 'agent.photo.accept' || (await cases.transcript(id)).some((e) => e.photo?.blobId === event.blobId);
      if (!listed) return { ok: false, code: 'photo_not_acceptable', detail: 'no such photo in this conversation' };
      const prepared = event.type === 'agent.photo.accept' ? await preparePhoto(event.blobId) : undefined;
      if (prepared && !prepared.ok) return { ok: false, code: 'photo_not_acceptable', detail: prepared.why };
      deps.logger.info({ conversationId: id, agent: agent.id, action: event.type }, 'agent acted on the dialog');
      if (event.type === 'agent.photo.accept') {
        const how = prepared?.ok && prepared.converted ? ', converted to a JPEG within the registrar limits' : '';
        await cases.locked(id, () => record(check.c, { from: 'agent', agent: agent.name, text: `(accepted a flagged photo as an agent override${how}: ${event.reason})`, at: new Date(now()).toISOString() }));
      }
      await drive(check.c, event);
      // The dialog moves there at hand-back (the agent may still correct fields first); the console says so meanwhile.
      if (event.type === 'agent.goto') await cases.locked(id, async () => { const c = await cases.get(id); if (c) await cases.put({ ...c, resumeAt: event.step }); });
      return { ok: true };
    },

    /** The user went back to the bot (from the dialog's I/O); the case closes and agents are told. */
    async cancel(id: string): Promise<void> {
      const c = await cases.get(id);
      if (!c) return;
      await cases.delete(id);
      await cases.locked(id, () => cases.append(id, { from: 'bot', text: '(the user went back to the bot)', at: new Date(now()).toISOString() }));
      await publish({ type: 'case', id, state: 'released' });
      await publish({ type: 'queue' });
      await notify((o) => o.closed?.(c, 'cancelled'));
    },

    /** The real value of a masked profile field, for the agent holding the conversation; every reveal is recorded. */
    async reveal(id: string, who: DeskAgent, field: string): Promise<DeskResult<{ value: string }>> {
      const agent = agentOf(who);
      const check = await held(id, who);
      if (!check.ok) return check;
      // The dialog keeps the profile in its context; the desk reads it from the persisted snapshot, never from a copy.
      const snapshot = (await runner?.peek(id)) as { context?: { profile?: Record<string, unknown> } } | undefined;
      const value = snapshot?.context?.profile?.[field];
      if (typeof value !== 'string') return { ok: false, code: 'no_value' };
      await cases.recordReveal(id, { agent: agent.id, field, at: new Date(now()).toISOString() });
      deps.logger.info({ conversationId: id, agent: agent.id, field }, 'masked value revealed');
      return { ok: true, value };
    },

    /**
     * Tells this instance's consoles about lines another process wrote: a `dvbot chat` user's messages land in the
     * shared store, but without Redis its pushes stay in its own process. Call periodically; returns how many cases moved.
     */
    async pollTerminalLines(): Promise<number> {
      let moved = 0;
      for (const c of await cases.all()) {
        if (c.channel !== 'terminal') continue;
        const count = await cases.appended(c.id);
        const known = terminalCounts.get(c.id);
        terminalCounts.set(c.id, count);
        if (known === undefined || known === count) continue;
        const last = (await cases.transcript(c.id)).at(-1);
        if (!last) continue;
        moved++;
        await publish({ type: 'entry', id: c.id, from: last.from, at: last.at, ...(c.claimedBy ? { claimedBy: c.claimedBy } : {}) });
      }
      return moved;
    },

    /** Offers the choice to users who waited past HANDOFF_WAIT_MINUTES with no agent (once per case, any instance). */
    async sweep(): Promise<number> {
      let offered = 0;
      for (const c of await cases.all()) {
        if (c.state !== 'waiting' || c.waitOffered || now() - Date.parse(c.waitingSince) < deps.waitMs) continue;
        const due = await cases.locked(c.id, async () => {
          const fresh = await cases.get(c.id);
          if (!fresh || fresh.state !== 'waiting' || fresh.waitOffered) return false;
          await cases.put({ ...fresh, waitOffered: true });
          return true;
        });
        if (due && (await drive(c, { type: 'handoff.wait_expired' }))) offered++;
      }
      return offered;
    },
  };
}

/** The agent desk. */
export type Desk = ReturnType<typeof createDesk>;
