import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BASE_HEADERS } from '../../src/http/respond.ts';
import type { WebMessage } from './render.ts';

/** Limits of the in-memory event log kept per conversation for pages that are closed or reconnecting. */
export type EventHubOptions = { keepPerConversation?: number; maxConversations?: number; ttlMs?: number; keepAliveMs?: number; now?: () => number };

/** Server-Sent Events for proactive messages, with a replay log so a page that was closed catches up on connect. */
export type EventHub = {
  open(browserId: string, since: string | undefined, req: IncomingMessage, res: ServerResponse): void;
  push(browserId: string, messages: WebMessage[]): 'live' | 'queued';
  isConnected(browserId: string): boolean;
  close(): void;
};

type LoggedEvent = { id: string; seq: number; at: number; data: string };

/**
 * Creates the hub. Event ids are `<epoch>.<seq>`: the epoch changes when the process restarts, so a page that saw
 * events from an earlier process gets everything logged since (a bounded, in-memory log: not durable across restarts
 * and not shared between instances).
 */
export function createEventHub(options: EventHubOptions = {}): EventHub {
  const { keepPerConversation = 20, maxConversations = 5000, ttlMs = 24 * 3600_000, keepAliveMs = 25_000, now = Date.now } = options;
  const epoch = randomBytes(4).toString('hex');
  let seq = 0;
  const logs = new Map<string, LoggedEvent[]>();
  const streams = new Map<string, Set<ServerResponse>>();

  const record = (browserId: string, data: string): LoggedEvent => {
    const event = { id: `${epoch}.${++seq}`, seq, at: now(), data };
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

  return {
    open(browserId, since, req, res) {
      res.writeHead(200, {
        ...BASE_HEADERS,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no', // tell reverse proxies not to buffer the stream
      });
      res.write('retry: 3000\n\n');
      for (const event of missed(browserId, since)) write(res, event);
      const set = streams.get(browserId) ?? new Set();
      set.add(res);
      streams.set(browserId, set);
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
      req.on('close', () => {
        clearInterval(keepAlive);
        set.delete(res);
        if (!set.size) streams.delete(browserId);
      });
    },
    push(browserId, messages) {
      const event = record(browserId, JSON.stringify({ messages }));
      const open = streams.get(browserId);
      for (const res of open ?? []) write(res, event);
      return open?.size ? 'live' : 'queued';
    },
    isConnected: (browserId) => Boolean(streams.get(browserId)?.size),
    close() {
      for (const set of streams.values()) for (const res of set) res.end();
      streams.clear();
    },
  };
}

function write(res: ServerResponse, event: LoggedEvent): void {
  res.write(`id: ${event.id}\nevent: messages\ndata: ${event.data}\n\n`);
}
