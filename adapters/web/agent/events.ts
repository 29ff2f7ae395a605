import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bus } from '../../../src/bus/types.ts';
import { DESK_TOPIC, type DeskEvent } from '../../../src/handoff/types.ts';
import { openSse, writeSse } from '../sse.ts';

/**
 * The console's live stream (`GET /agent/api/events`): queue changes for everyone, and new transcript lines of the
 * conversations this agent holds. Events carry ids and times only; the page fetches the content it is allowed to see.
 */
export async function openDeskStream(bus: Bus, agent: string, req: IncomingMessage, res: ServerResponse, keepAliveMs = 25_000): Promise<void> {
  let stop: (() => Promise<void>) | undefined;
  let closed = false;
  openSse(req, res, keepAliveMs, () => {
    closed = true;
    void stop?.();
  });
  const listener = (payload: unknown) => {
    const event = payload as DeskEvent;
    if (event.type === 'entry' && event.claimedBy !== agent) return;
    writeSse(res, { event: event.type, data: JSON.stringify(event) });
  };
  stop = await bus.subscribe(DESK_TOPIC, listener);
  if (closed) await stop();
  else writeSse(res, { event: 'ready', data: JSON.stringify({ agent }) });
}
