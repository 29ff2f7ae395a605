import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError } from '../../../src/errors.ts';
import { createTestDialog, startWebChat, type RunningWebChat } from './harness.ts';

const conversationId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const uuid = () => crypto.randomUUID();
let chat: RunningWebChat;
const dialog = createTestDialog();

beforeAll(async () => { chat = await startWebChat(dialog.handle, { uploadLimitBytes: 1024 }); });
afterAll(async () => { await chat.close(); });

const postJson = (path: string, body: unknown) =>
  fetch(`${chat.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const upload = (query: Record<string, string>, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${chat.url}/web/api/upload?${new URLSearchParams(query)}`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('generic HTTP server', () => {
  it('answers /healthz, 404 for unknown paths and 405 with Allow for a wrong method', async () => {
    expect(await (await fetch(`${chat.url}/healthz`)).json()).toEqual({ ok: true });
    const missing = await fetch(`${chat.url}/nope`);
    expect([missing.status, await missing.json()]).toEqual([404, { error: { code: 'not_found' } }]);
    const wrong = await fetch(`${chat.url}/web/api/messages`);
    expect([wrong.status, wrong.headers.get('allow')]).toEqual([405, 'POST']);
  });

  it('refuses to mount the same route twice', () => {
    expect(() => chat.http.mount([{ method: 'GET', path: '/healthz', handler: () => {} }])).toThrow('GET /healthz is already mounted');
  });
});

describe('page', () => {
  it('serves the page with a strict CSP, the upload limit, and ETag revalidation', async () => {
    const page = await fetch(`${chat.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('data-upload-limit="1024"');
    const again = await fetch(`${chat.url}/`, { headers: { 'if-none-match': page.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${chat.url}/chat.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });
});

describe('POST /web/api/messages', () => {
  it('runs a turn and returns the rendered replies', async () => {
    const res = await postJson('/web/api/messages', { conversationId, id: uuid(), text: 'hello', locale: 'en' });
    expect(await res.json()).toEqual({ messages: [{ text: 'You said: hello (message 1)' }] });
    expect(dialog.received.at(-1)).toMatchObject({ channel: 'web', conversationId: `web:${conversationId}`, text: 'hello', locale: 'en' });
  });

  it('answers malformed bodies with 400 and a message in both languages', async () => {
    const notJson = await fetch(`${chat.url}/web/api/messages`, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    const bad = await postJson('/web/api/messages', { conversationId: '1234', id: uuid(), text: 'x' });
    const body = await bad.json();
    expect([bad.status, body.error.code, body.error.detail]).toEqual([400, 'bad_request', '✖ conversationId must be a random UUID (v4)\n  → at conversationId']);
    expect(Object.keys(body.error.message)).toEqual(['en', 'zh']);
  });
});

describe('POST /web/api/upload', () => {
  it('hands the buffered bytes to the dialog, recording (not trusting) the content type', async () => {
    const bytes = Buffer.from('GIF89a not a jpeg');
    const res = await upload({ conversationId, id: uuid(), name: 'scan.jpg' }, bytes, { 'content-type': 'image/jpeg' });
    expect(await res.json()).toEqual({ messages: [{ text: 'Sorry, "scan.jpg" is not a photo I can read. Please send a JPEG.' }] });
    const attachment = dialog.received.at(-1)?.attachments?.[0];
    expect([attachment?.name, attachment?.contentType, attachment?.size]).toEqual(['scan.jpg', 'image/jpeg', bytes.length]);
  });

  it('refuses a body over the cap with 413 and a clear message, declared or streamed', async () => {
    const declared = await upload({ conversationId, id: uuid() }, Buffer.alloc(5000));
    const streamed = await upload({ conversationId, id: uuid() }, new Blob([Buffer.alloc(5000)]).stream());
    for (const res of [declared, streamed]) {
      const body = await res.json();
      expect([res.status, body.error.code]).toEqual([413, 'too_large']);
      expect(body.error.message.en).toMatch(/^That file is larger than 0 MB/);
    }
  });

  it('refuses an empty upload', async () => {
    const res = await upload({ conversationId, id: uuid() }, Buffer.alloc(0));
    expect([res.status, (await res.json()).error.code]).toEqual([400, 'empty_upload']);
  });
});

describe('turn failures', () => {
  it('maps a store outage to 503 and anything else to 500, both with a message for the user', async () => {
    const failing = [new StoreUnavailableError(new Error('ECONNREFUSED')), new Error('bug')];
    const other = await startWebChat(async () => { throw failing.shift(); });
    try {
      const send = () => fetch(`${other.url}/web/api/messages`, { method: 'POST', body: JSON.stringify({ conversationId, id: uuid(), text: 'x' }) });
      const [outage, bug] = [await send(), await send()];
      expect([outage.status, (await outage.json()).error.message.en]).toEqual([503, expect.stringMatching(/^We can't reach our storage/)]);
      expect([bug.status, (await bug.json()).error.code]).toEqual([500, 'failed']);
    } finally { await other.close(); }
  });
});

describe('rate limit', () => {
  it('answers 429 once a conversation is over its budget', async () => {
    const limited = await startWebChat(dialog.handle, { rateLimit: { burst: 2, perSecond: 0 } });
    try {
      const send = () => fetch(`${limited.url}/web/api/messages`, { method: 'POST', body: JSON.stringify({ conversationId, id: uuid(), text: 'x' }) });
      const statuses = [(await send()).status, (await send()).status, (await send()).status];
      expect(statuses).toEqual([200, 200, 429]);
    } finally { await limited.close(); }
  });

  it('gives a new conversation id no fresh budget: one address shares a larger one', async () => {
    const limited = await startWebChat(dialog.handle, { rateLimit: { burst: 2, perSecond: 0 }, addressRateLimit: { burst: 3, perSecond: 0 } });
    try {
      const send = () => fetch(`${limited.url}/web/api/messages`, { method: 'POST', body: JSON.stringify({ conversationId: uuid(), id: uuid(), text: 'x' }) });
      const statuses = [(await send()).status, (await send()).status, (await send()).status, (await send()).status];
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally { await limited.close(); }
  });

  it('charges an upload (a photo check) more of the address budget than a message', async () => {
    const limited = await startWebChat(dialog.handle, { addressRateLimit: { burst: 6, perSecond: 0 } });
    try {
      const send = async (path: string, body: BodyInit) => (await fetch(`${limited.url}${path}`, { method: 'POST', body })).status;
      const photo = () => send(`/web/api/upload?${new URLSearchParams({ conversationId: uuid(), id: uuid(), name: 'id.jpg' })}`, Buffer.from([0xff, 0xd8, 0xff, 1]));
      const text = () => send('/web/api/messages', JSON.stringify({ conversationId: uuid(), id: uuid(), text: 'x' }));
      expect([await photo(), await photo(), await text(), await text()]).toEqual([200, 429, 200, 429]);
    } finally { await limited.close(); }
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const budget = { addressRateLimit: { burst: 1, perSecond: 0 } };
    const direct = await startWebChat(dialog.handle, budget);
    const proxied = await startWebChat(dialog.handle, { ...budget, trustedProxies: ['127.0.0.1'] });
    const send = async (chat: RunningWebChat, forwardedFor: string) => (await fetch(`${chat.url}/web/api/messages`, {
      method: 'POST', headers: { 'x-forwarded-for': forwardedFor }, body: JSON.stringify({ conversationId: uuid(), id: uuid(), text: 'x' }),
    })).status;
    try {
      expect([await send(direct, '198.51.100.1'), await send(direct, '198.51.100.2')]).toEqual([200, 429]);
      const viaProxy = [
        await send(proxied, '198.51.100.1'), await send(proxied, '203.0.113.9, 198.51.100.2'),
        await send(proxied, '198.51.100.1'), await send(proxied, '198.51.100.2, 127.0.0.1'),
      ];
      expect(viaProxy).toEqual([200, 200, 429, 429]);
    } finally { await Promise.all([direct.close(), proxied.close()]); }
  });
});

describe('GET /web/api/events', () => {
  it('delivers a push live, and replays what was pushed while no page was open', async () => {
    const id = uuid();
    const live = await openEvents(id);
    expect(chat.web.isConnected(`web:${id}`)).toBe(true);
    expect(chat.web.push(`web:${id}`, [{ text: 'Your profile was approved.' }])).toBe('live');
    const first = await live.next();
    expect(first.data).toEqual({ messages: [{ text: 'Your profile was approved.' }] });
    await live.close();
    await vi.waitFor(() => expect(chat.web.isConnected(`web:${id}`)).toBe(false));
    expect(chat.web.push(`web:${id}`, [{ text: 'example.cn is now verified.' }])).toBe('queued');
    const since = await openEvents(id, first.id);
    expect((await since.next()).data).toEqual({ messages: [{ text: 'example.cn is now verified.' }] });
    await since.close();
    const fresh = await openEvents(id, 'deadbeef.99'); // from an earlier server process: replay the whole log
    expect([(await fresh.next()).data, (await fresh.next()).data].map((d) => d.messages[0].text))
      .toEqual(['Your profile was approved.', 'example.cn is now verified.']);
    await fresh.close();
  });

  it('refuses a push to a conversation of another channel', () => {
    expect(() => chat.web.push('slack:T1:C1:U1', [{ text: 'x' }])).toThrow(expect.objectContaining({ code: 'channel_send_failed' }));
  });
});

async function openEvents(id: string, since?: string) {
  const controller = new AbortController();
  const res = await fetch(`${chat.url}/web/api/events?${new URLSearchParams({ conversationId: id, ...(since ? { since } : {}) })}`, { signal: controller.signal });
  expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    async next(): Promise<{ id: string; data: any }> {
      for (;;) {
        const match = /id: (\S+)\nevent: messages\ndata: (.*)\n\n/.exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return { id: match[1]!, data: JSON.parse(match[2]!) };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('event stream ended');
        buffer += value;
      }
    },
    async close() { controller.abort(); await reader.cancel().catch(() => {}); },
  };
}
