import { randomUUID } from 'node:crypto';

/** Reads a server-sent event stream into a list, for waiting on what arrives. */
export type EventReader = { events: { event: string; data: unknown }[]; waitFor(match: (e: { event: string; data: unknown }) => boolean): Promise<{ event: string; data: unknown }>; close(): void };

/** Opens an SSE stream (web chat or agent desk) and parses its events. */
export async function readEvents(url: string, headers: Record<string, string> = {}): Promise<EventReader> {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  if (!response.ok) throw new Error(`event stream refused: ${response.status}`);
  const events: { event: string; data: unknown }[] = [];
  const waiters: (() => void)[] = [];
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      const reader = response.body!.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
          waiters.splice(0).forEach((w) => w());
        }
      }
    } catch { /* aborted by close() */ }
  })();
  return {
    events,
    async waitFor(match) {
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    close: () => controller.abort(),
  };
}

/** A web chat user talking to a running server over its HTTP API. */
export function webUser(baseUrl: string, browserId: string = randomUUID()) {
  // Each user comes from an address of their own, as people do; a server that trusts 127.0.0.1 as its proxy reads it.
  const forwardedFor = { 'x-forwarded-for': `198.51.100.${parseInt(browserId.slice(0, 2), 16) || 1}` };
  const post = async (body: Record<string, unknown>) => {
    const res = await fetch(`${baseUrl}/web/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...forwardedFor }, body: JSON.stringify({ conversationId: browserId, id: randomUUID().replace(/-/g, ''), ...body }) });
    return ((await res.json()) as { messages: { text: string }[] }).messages.map((m) => m.text);
  };
  return {
    id: `web:${browserId}`,
    say: (text: string) => post({ text }),
    choose: (id: string) => post({ action: { id } }),
    async upload(bytes: Buffer, name: string) {
      const res = await fetch(`${baseUrl}/web/api/upload?conversationId=${browserId}&id=${randomUUID().replace(/-/g, '')}&name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': 'image/jpeg', ...forwardedFor }, body: new Uint8Array(bytes) });
      return ((await res.json()) as { messages: { text: string }[] }).messages.map((m) => m.text);
    },
    events: () => readEvents(`${baseUrl}/web/api/events?conversationId=${browserId}`),
  };
}

/** An agent calling the console API with a bearer token. */
export function agentClient(baseUrl: string, token: string) {
  const call = async (method: string, path: string, body?: unknown, raw?: string) => {
    const res = await fetch(`${baseUrl}/agent/api/${path}`, {
      method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(raw !== undefined ? { body: raw } : body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const conv = (id: string) => `conversations/${encodeURIComponent(id)}`;
  return {
    call,
    queue: () => call('GET', 'queue'),
    get: (id: string) => call('GET', conv(id)),
    claim: (id: string) => call('POST', `${conv(id)}/claim`),
    send: (id: string, text: string) => call('POST', `${conv(id)}/messages`, { text }),
    release: (id: string, note?: string) => call('POST', `${conv(id)}/release`, note ? { note } : {}),
    act: (id: string, verb: string, body: unknown) => call('POST', `${conv(id)}/${verb}`, body),
    events: () => readEvents(`${baseUrl}/agent/api/events`, { authorization: `Bearer ${token}` }),
  };
}

/** The first steps of the web chat to mid-profile: an individual in the mainland, two answers given. */
export async function toMidProfile(user: ReturnType<typeof webUser>): Promise<void> {
  await user.say('hello');
  await user.choose('kind.individual_mainland');
  await user.say('example.cn');
  await user.choose('checklist.ready');
  for (const answer of ['1', '11010519491231002X', '张三']) await user.say(answer);
}
