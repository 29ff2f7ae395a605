import { z } from 'zod';
import type { InboundMessage } from '../../src/conversation/messages.ts';

/** A browser-generated random UUID (v4 layout); anything else is refused so ids cannot be guessed or forged. */
export const ConversationId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, {
  error: 'conversationId must be a random UUID (v4)',
});

const MessageId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'id must be 8-64 letters, digits, - or _' });
const Locale = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, { error: 'locale must look like en or zh-CN' });

/** Body of `POST /web/api/messages`: exactly one of `text` or `action`. */
export const WebMessageBody = z.strictObject({
  conversationId: ConversationId,
  id: MessageId,
  locale: Locale.optional(),
  text: z.string().max(4000, { error: 'text is limited to 4000 characters' }).optional(),
  action: z.strictObject({ id: z.string().min(1).max(100), value: z.string().max(1000).optional() }).optional(),
}).refine((b) => (b.text === undefined) !== (b.action === undefined), { error: 'send either text or action' });

/** A parsed message body. */
export type WebMessageBody = z.infer<typeof WebMessageBody>;

/** Query string of `POST /web/api/upload` (the body is the raw file). */
export const WebUploadQuery = z.strictObject({
  conversationId: ConversationId,
  id: MessageId,
  locale: Locale.optional(),
  name: z.string().max(200).optional(),
});

/** A parsed upload query. */
export type WebUploadQuery = z.infer<typeof WebUploadQuery>;

/** A fully received upload: the query, the bytes, and the content type the browser claimed (recorded, never trusted). */
export type WebUpload = { query: WebUploadQuery; bytes: Buffer; contentType?: string };

/** The runner's conversation id for a browser's conversation id (channel-prefixed so ids never collide across channels). */
export const toConversationId = (browserId: string): string => `web:${browserId}`;

/** The browser's id inside a runner conversation id, or undefined when it is not a web conversation. */
export function fromConversationId(conversationId: string): string | undefined {
  const browserId = conversationId.startsWith('web:') ? conversationId.slice(4) : '';
  return ConversationId.safeParse(browserId).success ? browserId : undefined;
}

/** Turns a validated message body into an InboundMessage. Pure. */
export function toInbound(body: WebMessageBody): InboundMessage {
  const conversationId = toConversationId(body.conversationId);
  return {
    id: `web:${body.conversationId}:${body.id}`,
    channel: 'web',
    conversationId,
    userId: conversationId,
    ...(body.locale ? { locale: body.locale } : {}),
    ...(body.text !== undefined ? { text: body.text } : {}),
    ...(body.action ? { action: { ...body.action } } : {}),
    attachments: [],
  };
}

/** Turns a received upload into an InboundMessage with one attachment whose `read()` returns the buffered bytes. Pure. */
export function toInboundUpload(upload: WebUpload): InboundMessage {
  const { query, bytes } = upload;
  const conversationId = toConversationId(query.conversationId);
  return {
    id: `web:${query.conversationId}:${query.id}`,
    channel: 'web',
    conversationId,
    userId: conversationId,
    ...(query.locale ? { locale: query.locale } : {}),
    attachments: [{
      name: cleanFileName(query.name),
      ...(upload.contentType ? { contentType: upload.contentType } : {}),
      size: bytes.length,
      read: async () => bytes,
    }],
  };
}

// The name is only shown back to the user; strip paths and control characters a browser or client might send.
function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned || 'upload';
}
