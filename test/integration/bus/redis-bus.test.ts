import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { expect, it } from 'vitest';
import { createRedisBus } from '../../../src/bus/redis-bus.ts';
import { StoreUnavailableError } from '../../../src/errors.ts';
import { createEventHub } from '../../../adapters/web/events.ts';
import { busContract } from '../../support/bus-contract.ts';
import { freePort, ownRedis, waitUntil } from '../service/support.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';
const pair = async (prefix = `dvbot-test-${randomUUID()}:`) => {
  const a = await createRedisBus({ url: REDIS_URL, prefix });
  const b = await createRedisBus({ url: REDIS_URL, prefix });
  return { a, b, dispose: async () => void (await Promise.all([a.close(), b.close()])) };
};

busContract('redis', () => pair());

it('never delivers across prefixes (two bots on one Redis)', async () => {
  const one = await pair();
  const other = await pair();
  const heard: unknown[] = [];
  await other.b.subscribe('t', (p) => heard.push(p));
  await one.b.subscribe('t', (p) => heard.push(['one', p]));
  await one.a.publish('t', 1);
  for (let i = 0; i < 100 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
  await other.a.publish('t', 2);
  for (let i = 0; i < 100 && heard.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
  expect(heard).toEqual([['one', 1], 2]);
  await Promise.all([one.dispose(), other.dispose()]);
});

it('starts while Redis is down, fails publishes as unavailable, and delivers once Redis answers', async () => {
  const redis = ownRedis(await freePort());
  const bus = await createRedisBus({ url: redis.url, prefix: `dvbot-test:${randomUUID()}:` });
  try {
    const heard: unknown[] = [];
    await bus.subscribe('topic', (payload) => heard.push(payload));
    await expect(bus.publish('topic', 1)).rejects.toBeInstanceOf(StoreUnavailableError);
    await redis.start();
    await waitUntil(async () => bus.publish('topic', 2).then(() => heard.length > 0, () => false));
    expect(heard[0]).toBe(2);
  } finally {
    await bus.close();
    await redis.stop();
  }
});

it("carries a web chat push to the page's event stream on another instance", async () => {
  const { a, b, dispose } = await pair();
  const hubA = createEventHub({ bus: a });
  const hubB = createEventHub({ bus: b });
  await Promise.all([hubA.ready(), hubB.ready()]);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => hubB.open('browser-1', undefined, req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const controller = new AbortController();
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { signal: controller.signal });
  const reader = response.body!.getReader();
  expect(hubA.isConnected('browser-1')).toBe(false);
  expect(hubA.push('browser-1', [{ text: 'from the other instance' }])).toBe('queued');
  let text = '';
  while (!text.includes('from the other instance')) text += new TextDecoder().decode((await reader.read()).value);
  expect(text).toMatch(/event: messages\ndata: \{"messages":\[\{"text":"from the other instance"\}\]\}/);
  controller.abort();
  hubA.close();
  hubB.close();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await dispose();
});
