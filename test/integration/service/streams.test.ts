import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStreamLimits, openFileLimit } from '../../../adapters/web/stream-limits.ts';
import { createLogger } from '../../../src/logger.ts';
import { startWebChat, type RunningWebChat } from '../web/harness.ts';
import { waitUntil } from './support.ts';

let chat: RunningWebChat;
const open: AbortController[] = [];

beforeAll(async () => {
  chat = await startWebChat(async () => [], { streams: { perAddress: 3, perConversation: 2, total: 4 }, addressRateLimit: { burst: 1000, perSecond: 100 } });
});
afterAll(async () => {
  for (const controller of open) controller.abort();
  await chat.close();
});

async function stream(conversationId: string): Promise<{ status: number; body?: { error: { code: string; message: { en: string; zh: string } } }; abort(): void }> {
  const controller = new AbortController();
  const response = await fetch(`${chat.url}/web/api/events?conversationId=${conversationId}`, { signal: controller.signal });
  if (response.status === 200) {
    open.push(controller);
    return { status: 200, abort: () => controller.abort() };
  }
  return { status: response.status, body: await response.json(), abort: () => {} };
}

describe('open event streams are capped', () => {
  it('refuses a third stream of one conversation and a fourth of one address with a clear 503, and keeps serving', async () => {
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    expect((await stream(a)).status).toBe(200);
    const second = await stream(a);
    expect(second.status).toBe(200);
    const third = await stream(a);
    expect(third).toMatchObject({ status: 503, body: { error: { code: 'too_many_streams' } } });
    expect(third.body!.error.message.en).toContain('Too many chat windows');
    expect(third.body!.error.message.zh).toContain('聊天窗口过多');
    expect((await stream(b)).status).toBe(200);
    expect((await stream(crypto.randomUUID())).status).toBe(503); // the address has 3 open
    expect((await fetch(`${chat.url}/healthz`)).status).toBe(200);

    second.abort(); // a closed stream gives its place back
    await waitUntil(async () => {
      const again = await stream(a);
      return again.status === 200;
    });
  });

  it('caps the total over all addresses, and a release counts once', () => {
    const limits = createStreamLimits({ total: 2, logger: createLogger('silent') });
    const first = limits.admit('10.0.0.1', 'c1');
    expect(limits.admit('10.0.0.2', 'c2')).toHaveProperty('release');
    expect(limits.admit('10.0.0.3', 'c3')).toEqual({ refused: 'total' });
    if ('release' in first) { first.release(); first.release(); }
    expect(limits.admit('10.0.0.3', 'c3')).toHaveProperty('release');
    expect(limits.admit('10.0.0.4', 'c4')).toEqual({ refused: 'total' });
  });

  it('reads the soft open-file limit of the process', () => {
    expect(openFileLimit(() => 'Limit  Soft Limit  Hard Limit  Units\nMax open files            1024                 524288               files\n')).toBe(1024);
    expect(openFileLimit(() => { throw new Error('no /proc'); })).toBe(1024);
    expect(openFileLimit()).toBeGreaterThan(0);
  });
});
