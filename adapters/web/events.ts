import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bus } from '../../src/bus/types.ts';
import { createMemoryBus } from '../../src/bus/memory-bus.ts';
import type { WebMessage } from './render.ts';
import type { Presence } from './presence.ts';
import { openSse, writeSse } from './sse.ts';

/** Limits of the in-memory event log kept per conversation for pages that are closed or reconnecting. */
export type EventHubOptions = {
  keepPerConversation?: number; maxConversations?: number; ttlMs?: number; keepAliveMs?: number; now?: () => number;
  /** Where pushes travel; default in-process. With the Redis bus a push reaches the page on whichever instance it is open. */
  bus?: Bus;
  /** Open pages of every instance (with Redis); without it only this instance's pages count as open. */
  presence?: Presence;
};

/** Server-Sent Events for proactive messages, with a replay log so a page that was closed catches up on connect. */
export type EventHub = {
  open(browserId: string, since: string | undefined, req: IncomingMessage, res: ServerResponse): void;
  /** 'live' when a page of this conversation is open on this instance (pages on other instances get it over the bus). */
  push(browserId: string, messages: WebMessage[]): 'live' | 'queued';
  /**
   * Pushes messages that carry stable ids, resolving once the bus took them (rejecting if it did not). A message whose
   * id this conversation's log already holds is dropped on every instance, and the page drops an id it already showed.
   */
  pushOnce(browserId: string, messages: WebMessage[], ids: readonly string[]): Promise<void>;
  isConnected(browserId: string): boolean;
  /** Whether a page of this conversation is open on this or (with shared presence) another instance. */
  isOpenAnywhere(browserId: string): Promise<boolean>;
  /** Resolves once the hub listens on the bus (immediate in-process). */
  ready(): Promise<void>;
  close(): void;
};

type LoggedEvent = { id: string; seq: number; at: number; data: string; messageIds?: string[] };
type Pushed = { browserId: string; messages: WebMessage[]; ids?: readonly string[] };

const TOPIC = 'web';

/**
 * Creates the hub. Event ids are `<epoch>.<seq>`: the epoch changes when the process restarts, so a page that saw
 * events from an earlier process gets everything logged since. Every instance logs every push it hears on the bus, so
 * a page that reconnects to another instance still catches up (a bounded, in-memory log: not durable across restarts).
 */
export function createEventHub(options: EventHubOptions = {}): EventHub {
  const { keepPerConversation = 20, maxConversations = 5000, ttlMs = 24 * 3600_000, keepAliveMs = 25_000, now = Date.now } = options;
  const bus = options.bus ?? createMemoryBus();
  const epoch = randomBytes(4).toString('hex');
  let seq = 0;
  const logs = new Map<string, LoggedEvent[]>();
  const streams = new Map<string, Set<ServerResponse>>();

  const record = (browserId: string, data: string, messageIds?: string[]): LoggedEvent => {
    const event = { id: `${epoch}.${++seq}`, seq, at: now(), data, ...(messageIds ? { messageIds } : {}) };
    const log = (logs.get(browserId) ?? []).filter((e) => now() - e.at < ttlMs);
    log.push(event);
    logs.delete(browserId);
    logs.set(browserId, log.slice(-keepPerConversation));
    if (logs.size > maxConversations) logs.delete(logs.keys().next().value as string);
    return event;
  };

  const missed = (browserId: string, since: string | undefined): LoggedEvent[] => {
    const [sinceEpoch, sinceSeq] = (since ?? '').split('.');
    const after = sinceEpoch === epoch ? Number(sinceSeq) || 0 : 0;
    return (logs.get(browserId) ?? []).filter((e) => e.seq > after && now() - e.at < ttlMs);
  };

  const logged = (browserId: string) => new Set((logs.get(browserId) ?? []).flatMap((e) => e.messageIds ?? []));
  const deliver = ({ browserId, messages, ids }: Pushed) => {
    const known = ids ? logged(browserId) : new Set<string>();
    const fresh = messages.map((m, i) => (ids?.[i] ? { ...m, id: ids[i] } : m)).filter((m) => !m.id || !known.has(m.id));
    if (!fresh.length) return; // every message of a re-delivered result was logged (and shown) already
    const messageIds = fresh.flatMap((m) => (m.id ? [m.id] : []));
    const event = record(browserId, JSON.stringify({ messages: fresh }), messageIds.length ? messageIds : undefined);
    for (const res of streams.get(browserId) ?? []) write(res, event);
  };
  const subscribed = bus.subscribe(TOPIC, (payload) => deliver(payload as Pushed));
  const isConnected = (browserId: string) => Boolean(streams.get(browserId)?.size);

  return {
    open(browserId, since, req, res) {
      const set = streams.get(browserId) ?? new Set();
      openSse(req, res, keepAliveMs, () => {
        if (set.delete(res)) options.presence?.closed(browserId);
        if (!set.size && streams.get(browserId) === set) streams.delete(browserId);
      });
      for (const event of missed(browserId, since)) write(res, event);
      set.add(res);
      streams.set(browserId, set);
      options.presence?.opened(browserId);
    },
    push(browserId, messages) {
      const live = isConnected(browserId);
      void bus.publish(TOPIC, { browserId, messages } satisfies Pushed).catch(() => {}); // the outbox keeps what matters
      return live ? 'live' : 'queued';
    },
    pushOnce: (browserId, messages, ids) => bus.publish(TOPIC, { browserId, messages, ids } satisfies Pushed),
    isConnected,
    isOpenAnywhere: async (browserId) => isConnected(browserId) || Boolean(await options.presence?.isOpen(browserId)),
    ready: async () => void (await subscribed),
    close() {
      void subscribed.then((stop) => stop());
      options.presence?.close();
      for (const set of streams.values()) for (const res of set) res.end();
      streams.clear();
    },
  };
}

function write(res: ServerResponse, event: LoggedEvent): void {
  writeSse(res, { id: event.id, event: 'messages', data: event.data });
}
