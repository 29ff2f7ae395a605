import { randomUUID } from 'node:crypto';
import type { OutboundMessage } from '../../src/conversation/messages.ts';
import type { Store } from '../../src/store/types.ts';

/** How often a running terminal chat looks for messages, and how long its presence lasts without a renewal. */
export const TERMINAL_POLL_MS = 500;
const PRESENCE_TTL_MS = 15_000;
const PRESENCE_RENEW_MS = 5_000;

/** A running terminal chat's subscription; `close` stops it and says the terminal is gone. */
export type InboxListener = { close(): Promise<void> };

/**
 * Messages for a terminal chat from the server (an agent's message, a hand-back). `dvbot chat` is its own process, so
 * they go through the one thing both processes share — the store, SQLite or Redis — rather than the bus, which is
 * in-process without Redis. Each message batch is its own entry (`id|time-seq-uuid`): the server only adds and the
 * terminal only takes, so neither can overwrite the other. A terminal that is not running keeps its entries until it
 * starts again; the server knows whether one runs from the presence it renews.
 * @example server: await inbox.deliver('terminal:ana', [{ text: 'Hi' }]) // true while `dvbot chat --session ana` runs
 *          terminal: const listener = inbox.listen('terminal:ana', print); … await listener.close();
 */
export function createTerminalInbox(store: Store, options: { ttlMs: number; pollMs?: number }) {
  const entries = store.kv<OutboundMessage[]>('terminal-inbox', { ttlMs: options.ttlMs });
  const presence = store.kv<{ since: string }>('terminal-presence', { ttlMs: PRESENCE_TTL_MS });
  let seq = 0;

  /** Takes the waiting batches of one conversation, oldest first. */
  async function take(conversationId: string): Promise<OutboundMessage[]> {
    const found: [string, OutboundMessage[]][] = [];
    for await (const [key, messages] of entries.entries()) if (key.startsWith(`${conversationId}|`)) found.push([key, messages]);
    found.sort(([a], [b]) => a.localeCompare(b));
    for (const [key] of found) await entries.delete(key);
    return found.flatMap(([, messages]) => messages);
  }

  return {
    /** Keeps messages for the terminal; true when a terminal chat of this conversation is running to print them now. */
    async deliver(conversationId: string, messages: OutboundMessage[]): Promise<boolean> {
      const key = `${conversationId}|${String(Date.now()).padStart(15, '0')}-${String(seq++).padStart(6, '0')}-${randomUUID()}`;
      await entries.set(key, messages.map(({ image, ...rest }) => rest)); // images are not printed in a terminal
      return (await presence.get(conversationId)) !== undefined;
    },
    /** Says this terminal runs, prints what waits (also from before it started), and keeps looking until closed. */
    listen(conversationId: string, show: (messages: OutboundMessage[]) => void, onError: (err: unknown) => void = () => {}): InboxListener {
      let lastRenew = 0;
      const round = async () => {
        if (Date.now() - lastRenew >= PRESENCE_RENEW_MS) {
          await presence.set(conversationId, { since: new Date().toISOString() });
          lastRenew = Date.now();
        }
        const messages = await take(conversationId);
        if (messages.length) show(messages);
      };
      let running = round().catch(onError);
      const timer = setInterval(() => { running = running.then(round).catch(onError); }, options.pollMs ?? TERMINAL_POLL_MS);
      timer.unref();
      return {
        async close() {
          clearInterval(timer);
          await running;
          await presence.delete(conversationId).catch(onError);
        },
      };
    },
  };
}

/** The terminal inbox. */
export type TerminalInbox = ReturnType<typeof createTerminalInbox>;
