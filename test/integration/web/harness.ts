import type { InboundMessage, OutboundMessage } from '../../../src/conversation/messages.ts';
import { createHttpServer, type HttpServer } from '../../../src/http/server.ts';
import { createLogger } from '../../../src/logger.ts';
import { createWebChat, type WebChat, type WebChatOptions } from '../../../adapters/web/app.ts';

/** A running web chat on a random local port. */
export type RunningWebChat = { url: string; web: WebChat; http: HttpServer; close(): Promise<void> };

/** Starts the web chat over any `handle` (a test dialog here, the real runner in end-to-end tests). */
export async function startWebChat(
  handle: (msg: InboundMessage) => Promise<OutboundMessage[]>,
  options: Omit<WebChatOptions, 'handle' | 'logger'> = {},
): Promise<RunningWebChat> {
  const logger = createLogger('silent');
  const web = createWebChat({ handle, logger, ...options });
  const http = createHttpServer({ host: '127.0.0.1', port: 0, routes: web.routes, logger });
  const { url } = await http.listen();
  return { url, web, http, close: async () => { web.close(); await http.close(); } };
}

const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * A tiny stand-in dialog: greets with two choices, echoes text with a per-conversation counter (state lives on the
 * server, so a reloaded page continues it), answers a choice with a checklist and summary, and accepts JPEG uploads
 * (echoing the photo back) while rejecting anything else; the text `boom` makes it throw. `holdUploads()` parks uploads until released.
 */
export function createTestDialog() {
  const counts = new Map<string, number>();
  const received: InboundMessage[] = [];
  let gate: Promise<void> | undefined;
  const handle = async (msg: InboundMessage): Promise<OutboundMessage[]> => {
    received.push(msg);
    const n = (counts.get(msg.conversationId) ?? 0) + 1;
    counts.set(msg.conversationId, n);
    const file = msg.attachments?.[0];
    if (file) {
      await gate;
      const bytes = await file.read();
      if (!bytes.subarray(0, 3).equals(JPEG)) return [{ text: `Sorry, "${file.name}" is not a photo I can read. Please send a JPEG.` }];
      return [{ text: `Thanks, your photo looks sharp (${bytes.length} bytes).`, image: { bytes, contentType: 'image/jpeg', name: 'id-card.jpg' } }];
    }
    if (msg.action?.id === 'start') return [GREETING];
    if (msg.action) return choiceReply(msg.action.id);
    if (msg.text === 'boom') throw new Error('test dialog failure');
    return [{ text: `You said: ${msg.text} (message ${n})` }];
  };
  return {
    handle,
    received,
    holdUploads() {
      let release!: () => void;
      gate = new Promise((resolve) => { release = resolve; });
      return () => { gate = undefined; release(); };
    },
  };
}

const GREETING: OutboundMessage = {
  text: 'Hello! I can help you verify your domain name. Who is the registrant?',
  choices: [{ id: 'individual', label: 'An individual' }, { id: 'enterprise', label: 'A company' }],
};

function choiceReply(id: string): OutboundMessage[] {
  return [{
    text: `You chose ${id}. Here is what you will need:`,
    checklist: [
      { id: 'id-card', title: 'ID card, front and back', detail: 'Colour photo, all four corners visible, no glare', group: 'document' },
      { id: 'trademark', title: 'Trademark registration certificate', detail: 'Only for .trademark domains', group: 'qualification' },
      { id: 'size', title: 'JPG or BMP, 55 KB to 5 MB', group: 'photo_rule' },
    ],
    summary: [{ field: 'kind', label: 'Registrant', value: id }, { field: 'email', label: 'Email', value: 'a***@example.com' }],
  }];
}
