import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createAgents } from '../../../src/handoff/agents.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { agentClient, toMidProfile, webUser } from '../../support/handoff-clients.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-desk-sec-'));
const logs: string[] = [];
const sink = new Writable({ write(chunk, _enc, done) { logs.push(String(chunk)); done(); } });
let server: RunningServer;
let token = '';

beforeAll(async () => {
  server = await startServer(loadConfig({ DVBOT_DATA_DIR: dir, DVBOT_DATA_KEY: 'a'.repeat(64), PORT: '0', LOG_LEVEL: 'debug' }), createLogger('debug', sink));
  token = (await createAgents(server.bot.store).add('Li Na')).token;
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('signs in once to an HttpOnly, SameSite=Strict, expiring cookie and refuses a state change without the CSRF header', async () => {
  const signIn = await fetch(`${server.url}/agent/api/session`, { method: 'POST', body: JSON.stringify({ token }) });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.get('set-cookie')!;
  expect(cookie).toMatch(/^dvbot_agent=[\w-]+; Path=\/agent; HttpOnly; SameSite=Strict; Max-Age=28800$/);
  const { csrf } = (await signIn.json()) as { csrf: string };
  const session = cookie.split(';')[0]!;
  expect((await fetch(`${server.url}/agent/api/queue`, { headers: { cookie: session } })).status).toBe(200);
  const user = webUser(server.url);
  await user.say('hello');
  await user.say('human');
  const claim = (headers: Record<string, string>) => fetch(`${server.url}/agent/api/conversations/${encodeURIComponent(user.id)}/claim`, { method: 'POST', headers: { cookie: session, ...headers } });
  expect((await claim({})).status).toBe(401);
  expect((await claim({ 'x-csrf-token': 'forged' })).status).toBe(401);
  expect((await claim({ 'x-csrf-token': csrf })).status).toBe(200);
  expect((await fetch(`${server.url}/agent/api/session`, { method: 'DELETE', headers: { cookie: session, 'x-csrf-token': csrf } })).status).toBe(200);
  expect((await fetch(`${server.url}/agent/api/queue`, { headers: { cookie: session } })).status).toBe(401);
  const wrong = await fetch(`${server.url}/agent/api/session`, { method: 'POST', body: JSON.stringify({ token: 'dva_wrong' }) });
  expect(wrong.status).toBe(401);
  expect(wrong.headers.get('set-cookie')).toBeNull();
});

it('keeps the transcript encrypted at rest and the logs free of message text and ID numbers', async () => {
  const user = webUser(server.url);
  const agent = agentClient(server.url, token);
  await toMidProfile(user);
  await user.say('human');
  await agent.claim(user.id);
  await user.say('secret-user-words-4711');
  await agent.send(user.id, 'secret-agent-words-0815');
  const { body } = await agent.get(user.id);
  expect(body.transcript.map((e: { text?: string }) => e.text)).toEqual(expect.arrayContaining(['secret-user-words-4711', 'secret-agent-words-0815']));
  await server.close();
  const file = ['dvbot.sqlite', 'dvbot.sqlite-wal'].map((f) => join(dir, f)).filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('');
  for (const secret of ['secret-user-words-4711', 'secret-agent-words-0815', '11010519491231002X']) {
    expect(file).not.toContain(secret);
    expect(logs.join('')).not.toContain(secret);
  }
  expect(logs.join('')).toContain('handoff claimed');
  server = await startServer(loadConfig({ DVBOT_DATA_DIR: dir, DVBOT_DATA_KEY: 'a'.repeat(64), PORT: '0', LOG_LEVEL: 'silent' }), createLogger('silent'));
});
