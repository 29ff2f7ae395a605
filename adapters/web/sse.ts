import type { IncomingMessage, ServerResponse } from 'node:http';
import { BASE_HEADERS } from '../../src/http/respond.ts';

/** One server-sent event. */
export type SseEvent = { id?: string; event: string; data: string };

/**
 * Starts a server-sent event stream with a keep-alive comment; `onClose` runs once when the client goes away.
 * @example openSse(req, res, 25_000, () => streams.delete(res)); writeSse(res, { event: 'queue', data: '{}' });
 */
export function openSse(req: IncomingMessage, res: ServerResponse, keepAliveMs: number, onClose: () => void): void {
  res.writeHead(200, {
    ...BASE_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no', // tell reverse proxies not to buffer the stream
  });
  res.write('retry: 3000\n\n');
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
  req.on('close', () => {
    clearInterval(keepAlive);
    onClose();
  });
}

/** Writes one event; `data` must be a single line (JSON is). */
export function writeSse(res: ServerResponse, event: SseEvent): void {
  res.write(`${event.id ? `id: ${event.id}\n` : ''}event: ${event.event}\ndata: ${event.data}\n\n`);
}
