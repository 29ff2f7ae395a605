import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { createStore, type Store } from '../../../src/store/index.ts';
import { startWebChat, type RunningWebChat } from '../web/harness.ts';

const prefix = `dvbot-rate-test:${randomUUID()}:`;
const config = { DVBOT_DATA_DIR: '/nonexistent', DVBOT_DATA_KEY: 'd'.repeat(64), REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', STATE_TTL_HOURS: 1 };
const stores: Store[] = [];
const chats: RunningWebChat[] = [];

afterAll(async () => {
  for (const chat of chats) await chat.close();
  for (const store of stores) await store.close();
});

async function instance(): Promise<RunningWebChat> {
  const store = await createStore(config, createLogger('silent'), { keyPrefix: prefix });
  stores.push(store);
  const chat = await startWebChat(async () => [{ text: 'ok' }], { sharedLimiters: store.limiters!, rateLimit: { burst: 3, perSecond: 0.01 } });
  chats.push(chat);
  return chat;
}

const turn = (chat: RunningWebChat, conversationId: string) => fetch(`${chat.url}/web/api/messages`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId, id: randomUUID(), text: 'hi' }),
}).then((r) => r.status);

describe('rate limits are shared by instances on one Redis', () => {
  it('gives a conversation one budget across two instances, not one each', async () => {
    const [a, b] = [await instance(), await instance()];
    const conversation = randomUUID();
    expect([await turn(a, conversation), await turn(b, conversation), await turn(a, conversation)]).toEqual([200, 200, 200]);
    expect(await turn(b, conversation)).toBe(429);
    expect(await turn(a, conversation)).toBe(429);
    expect(await turn(b, randomUUID())).toBe(200); // another conversation has its own budget
  });
});
