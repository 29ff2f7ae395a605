import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { startSmtpSink } from '../../support/smtp-sink.ts';

/** A port nothing listens on right now (bound once by the OS, then released). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Polls `condition` until it holds (the test's own timeout bounds the wait). */
export async function waitUntil(condition: () => Promise<boolean> | boolean, everyMs = 50): Promise<void> {
  while (!(await condition())) await sleep(everyMs);
}

/** A redis-server of the test's own, on its own port, without persistence; `stop` kills it, `start` brings it back. */
export type OwnRedis = { port: number; url: string; start(): Promise<void>; stop(): Promise<void> };

/**
 * Creates (not yet started) a private redis-server on `port`. With `appendOnlyDir` every write is on disk before it is
 * acknowledged (`appendfsync always`), so a killed and restarted server keeps its data, as a production Redis would.
 */
export function ownRedis(port: number, options: { appendOnlyDir?: string } = {}): OwnRedis {
  let child: ChildProcess | undefined;
  const url = `redis://127.0.0.1:${port}`;
  const persistence = options.appendOnlyDir
    ? ['--dir', options.appendOnlyDir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always']
    : ['--save', '', '--appendonly', 'no'];
  return {
    port, url,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', ...persistence], { stdio: 'ignore' });
      await waitUntil(() => canConnect(port));
    },
    async stop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(port);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** What a web turn answers: the replies, or an error with its code and message in both languages. */
export type WebTurnBody = { messages?: { text: string }[]; error?: { code: string; message?: { en: string; zh: string } } };

/** Posts one web chat turn (a text, or a button's `{ action }`); returns the status and the JSON body. */
export async function webTurn(baseUrl: string, conversationId: string, input: WebInput, id = randomUUID()): Promise<{ status: number; body: WebTurnBody }> {
  const content = typeof input === 'string' ? { text: input } : { action: { id: input.action } };
  const response = await fetch(`${baseUrl}/web/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ conversationId, id, ...content }),
  });
  return { status: response.status, body: await response.json() };
}

/** A web chat turn: a text, or a button. */
export type WebInput = string | { action: string };

/** The web turns from "hello" to the emailed code for a mainland individual (valid answers, see test/dialogs/answers.ts). */
export const PROFILE_TURNS: readonly WebInput[] = [
  'hello', { action: 'kind.individual_mainland' }, 'example.cn', { action: 'checklist.ready' },
  '1', '11010519491231002X', '张三', '浙江', '杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'zhang.san@example.com',
  { action: 'english.accept' }, { action: 'summary.confirm' },
];

/** How many turns of `channel` a server counted (`dvbot_turns_total` in /metrics), whatever their outcome. */
export async function turnsCounted(baseUrl: string, channel: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const lines = text.split('\n').filter((line) => line.startsWith('dvbot_turns_total{') && line.includes(`channel="${channel}"`));
  return lines.reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

/** An open `/web/api/events` stream: the texts of each `messages` event received so far. */
export type EventStream = { events: string[][]; close(): void };

/** Opens the web chat's event stream of a conversation (as the page does) and collects what it pushes. */
export async function openEvents(baseUrl: string, conversationId: string): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/web/api/events?conversationId=${conversationId}`, { signal: controller.signal });
  if (response.status !== 200 || !response.body) throw new Error(`event stream refused: ${response.status}`);
  const events: string[][] = [];
  void (async () => {
    let buffer = '';
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      buffer += read.value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (/^event: messages$/m.test(block) && data) events.push((JSON.parse(data) as { messages: { text: string }[] }).messages.map((m) => m.text));
      }
    }
  })().catch(() => {}); // aborted, or the instance went away
  return { events, close: () => controller.abort() };
}

/** What the review tests share: a temp folder, their own redis-server and SMTP sink, and cleanups run by `close`. */
export type ReviewRig = {
  dir: string; redis: OwnRedis; smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  /** Settings every instance of the test uses (one data key, the rig's Redis and mail). */
  settings: Record<string, string>;
  cleanups: (() => Promise<unknown> | void)[];
  close(): Promise<void>;
};

/** Starts the rig; register `rig.close` with afterAll. */
export async function startReviewRig(name: string, extra: Record<string, string>): Promise<ReviewRig> {
  const dir = mkdtempSync(join(tmpdir(), `dvbot-${name}-`));
  const redis = ownRedis(await freePort());
  await redis.start();
  const smtp = await startSmtpSink();
  const cleanups: ReviewRig['cleanups'] = [];
  const settings = { DVBOT_DATA_DIR: join(dir, 'data'), DVBOT_DATA_KEY: randomBytes(32).toString('hex'), REDIS_URL: redis.url, SMTP_URL: smtp.url, ...extra };
  return {
    dir, redis, smtp, settings, cleanups,
    async close() {
      for (const cleanup of cleanups.reverse()) await cleanup();
      await smtp.close();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
