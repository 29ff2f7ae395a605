import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@keyv/redis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBus } from '../../../src/bus/index.ts';
import { loadConfig } from '../../../src/config.ts';
import { createAgents } from '../../../src/handoff/agents.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { createStore } from '../../../src/store/index.ts';
import { agentClient, toMidProfile, webUser } from '../../support/handoff-clients.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';
const prefix = `dvbot-test-${randomUUID()}:`;
const dir = mkdtempSync(join(tmpdir(), 'dvbot-desk-redis-'));
const config = loadConfig({ DVBOT_DATA_DIR: dir, DVBOT_DATA_KEY: 'e'.repeat(64), REDIS_URL, PORT: '0', LOG_LEVEL: 'silent' });
let a: RunningServer;
let b: RunningServer;
const tokens: string[] = [];

const instance = async () => {
  const store = await createStore(config, undefined, { keyPrefix: prefix });
  const bus = await createBus(config, undefined, { prefix });
  const server = await startServer(config, createLogger('silent'), { store, bus });
  return { ...server, close: async () => { await server.close(); await store.close(); await bus.close(); } };
};

beforeAll(async () => {
  [a, b] = [await instance(), await instance()];
  const agents = createAgents(a.bot.store);
  for (const name of ['Li Na', 'Wang Wei']) tokens.push((await agents.add(name)).token);
});

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*` })) if (keys.length) await client.del(keys);
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

it('lets exactly one of two agents claiming at once on different instances win', async () => {
  const user = webUser(a.url);
  await user.say('hello');
  await user.say('human');
  const [fromA, fromB] = await Promise.all([agentClient(a.url, tokens[0]!).claim(user.id), agentClient(b.url, tokens[1]!).claim(user.id)]);
  expect([fromA.status, fromB.status].sort()).toEqual([200, 409]);
  const lost = fromA.status === 409 ? fromA : fromB;
  expect(lost.body.error.claimedBy).toBe(fromA.status === 200 ? 'Li Na' : 'Wang Wei');
});

it('carries messages both ways between a user on one instance and an agent on the other', async () => {
  const user = webUser(a.url);
  await toMidProfile(user);
  const page = await user.events();
  await user.say('human');
  const agent = agentClient(b.url, tokens[1]!);
  const desk = await agent.events();
  expect((await agent.claim(user.id)).status).toBe(200);

  expect((await agent.send(user.id, 'Hi from the other instance')).status).toBe(200);
  await page.waitFor((e) => JSON.stringify(e.data).includes('Hi from the other instance'));

  expect(await user.say('I am not sure about the region')).toEqual([]);
  await desk.waitFor((e) => e.event === 'entry' && (e.data as { id: string }).id === user.id && (e.data as { from: string }).from === 'user');
  const { body } = await agent.get(user.id);
  expect(body.transcript.map((e: { text?: string }) => e.text)).toContain('I am not sure about the region');

  expect((await agent.release(user.id)).status).toBe(200);
  await page.waitFor((e) => JSON.stringify(e.data).includes('handed you back'));
  expect((await user.say('浙江'))[0]).toMatch(/city/i);
  page.close();
  desk.close();
});
