import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  fromConversationId, toConversationId, toInbound, toInboundUpload, WebMessageBody, WebUploadQuery,
} from '../../../../adapters/web/normalize.ts';

const conversationId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const problems = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? 'valid' : z.prettifyError(parsed.error);
};

describe('web message body', () => {
  it('turns text into an InboundMessage keyed by conversation and message id', () => {
    expect(toInbound(WebMessageBody.parse({ conversationId, id: 'abcdefgh', text: '你好', locale: 'zh' }))).toMatchInlineSnapshot(`
      {
        "attachments": [],
        "channel": "web",
        "conversationId": "web:0f8fad5b-d9cb-469f-a165-70867728950e",
        "id": "web:0f8fad5b-d9cb-469f-a165-70867728950e:abcdefgh",
        "locale": "zh",
        "text": "你好",
        "userId": "web:0f8fad5b-d9cb-469f-a165-70867728950e",
      }
    `);
  });

  it('refuses conversation ids that are not random UUIDs', () => {
    expect(problems(WebMessageBody, { conversationId: 'user-1', id: 'abcdefgh', text: 'x' })).toMatchInlineSnapshot(`
      "✖ conversationId must be a random UUID (v4)
        → at conversationId"
    `);
  });

  it('requires exactly one of text or action', () => {
    expect(problems(WebMessageBody, { conversationId, id: 'abcdefgh' })).toMatchInlineSnapshot(`"✖ send either text or action"`);
    expect(problems(WebMessageBody, { conversationId, id: 'abcdefgh', text: 'a', action: { id: 'b' } }))
      .toMatchInlineSnapshot(`"✖ send either text or action"`);
  });

  it('refuses unknown fields, bad ids and oversized text', () => {
    expect(problems(WebMessageBody, { conversationId, id: 'a b', text: 'x'.repeat(4001), extra: 1 })).toMatchInlineSnapshot(`
      "✖ Unrecognized key: "extra"
      ✖ id must be 8-64 letters, digits, - or _
        → at id
      ✖ text is limited to 4000 characters
        → at text"
    `);
  });
});

describe('web upload', () => {
  it('records the claimed content type and serves the buffered bytes', async () => {
    const bytes = Buffer.from('not really a jpeg');
    const query = WebUploadQuery.parse({ conversationId, id: 'upload-1', name: 'C:\\fakepath\\id\u0007.jpg' });
    const msg = toInboundUpload({ query, bytes, contentType: 'image/jpeg' });
    expect(msg.attachments?.map(({ read: _read, ...rest }) => rest)).toEqual([{ name: 'id.jpg', contentType: 'image/jpeg', size: 17 }]);
    expect(await msg.attachments?.[0]?.read()).toBe(bytes);
    expect(msg.text).toBeUndefined();
  });

  it('names a nameless upload "upload"', () => {
    const msg = toInboundUpload({ query: WebUploadQuery.parse({ conversationId, id: 'upload-2' }), bytes: Buffer.alloc(1) });
    expect(msg.attachments?.[0]?.name).toBe('upload');
  });
});

describe('conversation ids', () => {
  it('round-trips a browser id through the runner id, and rejects other channels', () => {
    expect(fromConversationId(toConversationId(conversationId))).toBe(conversationId);
    expect(fromConversationId(`slack:${conversationId}`)).toBeUndefined();
    expect(fromConversationId('web:not-a-uuid')).toBeUndefined();
  });
});
