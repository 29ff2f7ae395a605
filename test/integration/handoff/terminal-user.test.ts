import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createAgents } from '../../../src/handoff/agents.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { agentClient } from '../../support/handoff-clients.ts';

// `dvbot serve` in this process, the user in a real `dvbot chat` child process; the two share only the SQLite store.
const dir = mkdtempSync(join(tmpdir(), 'dvbot-terminal-desk-'));
const env = { DVBOT_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: 'c'.repeat(64) };
const ID = 'terminal:ana';
let server: RunningServer;
let token: string;

beforeAll(async () => {
  server = await startServer(loadConfig(env), createLogger('silent'));
  ({ token } = await createAgents(server.bot.store).add('Li Na'));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `dvbot chat --session ana`, typed into line by line; `seen` waits for its output to match, from a mark on. */
function chat() {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['bin/dvbot.js', 'chat', '--session', 'ana'], { env: { ...process.env, ...env } });
  let out = '';
  const waiters = new Set<() => void>();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { out += chunk; waiters.forEach((w) => w()); });
  child.stderr.resume();
  return {
    type: (line: string) => child.stdin.write(`${line}\n`),
    mark: () => out.length,
    async seen(pattern: RegExp, from = 0): Promise<string> {
      while (!pattern.test(out.slice(from))) await new Promise<void>((resolve) => { const w = () => { waiters.delete(w); resolve(); }; waiters.add(w); });
      return out.slice(from);
    },
    async quit(): Promise<number | null> {
      child.stdin.end();
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}

it('brings agent messages and the hand-back to a terminal user, and keeps them while no terminal runs', async () => {
  const agent = agentClient(server.url, token);
  const first = chat();
  first.type('hello');
  await first.seen(/Who is the registrant/);
  first.type('human');
  await first.seen(/number 1 in the queue/);
  expect(await first.quit()).toBe(0);

  // No terminal runs now: the agent is told, and what they write waits for the user.
  expect((await agent.claim(ID)).status).toBe(200);
  expect(await agent.send(ID, 'Hello from Li Na, are you there?')).toMatchObject({ status: 502, body: { error: { code: 'user_unreachable' } } });

  const second = chat();
  const kept = await second.seen(/Hello from Li Na, are you there\?/);
  expect(kept).toContain('Li Na from the support team is here');
  const mark = second.mark();
  expect((await agent.send(ID, 'Which registrant type are you?')).status).toBe(200);
  await second.seen(/Which registrant type are you\?/, mark);
  // the user's line reaches the agent's live stream, though it was written by the other process
  const desk = await agent.events();
  second.type('a person in mainland China, ID 11010519491231002X');
  await desk.waitFor((e) => e.event === 'entry' && (e.data as { id: string; from: string }).id === ID && (e.data as { from: string }).from === 'user');
  desk.close();
  const lines = (await agent.get(ID)).body.transcript.map((e: { text?: string }) => e.text);
  expect(lines).toContain('a person in mainland China, ID 110*************2X');
  const before = second.mark();
  expect((await agent.release(ID, 'Choose the first option')).status).toBe(200);
  const back = await second.seen(/Note from the support agent: Choose the first option[\s\S]*1\) /, before);
  expect(back).toMatch(/handed you back/);
  // the re-asked question's numbered choices answer the next line
  const picked = second.mark();
  second.type('1');
  await second.seen(/domain/i, picked);
  expect(await second.quit()).toBe(0);
}, 120_000); // two `dvbot chat` processes start on a loaded 2-core machine
