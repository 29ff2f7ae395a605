import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@keyv/redis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { assign, emit, fromPromise, setup } from 'xstate';
import { DialogCrashedError } from '../../../src/errors.ts';
import { createLogger } from '../../../src/logger.ts';
import { createRunner, type Runner } from '../../../src/conversation/runner.ts';
import type { InboundMessage, OutboundMessage } from '../../../src/conversation/messages.ts';
import { createMemoryStore, createStore, type Envelope, type Store } from '../../../src/store/index.ts';

type FormEvent = { type: 'user.text'; text: string } | { type: 'user.action'; id: string };

const say = (text: string) => ({ type: 'say' as const, params: { text } });

/** A small form: greet, ask a name, ask an email (re-prompting), with a slow check, a stalled check and a crash. */
function formMachine(slowMs = 30) {
  return setup({
    types: { context: {} as { name?: string; email?: string }, events: {} as FormEvent, emitted: {} as { type: 'say'; message: OutboundMessage } },
    actions: { say: emit((_, params: { text: string }) => ({ type: 'say' as const, message: { text: params.text } })) },
    actors: {
      slowCheck: fromPromise(async () => new Promise<string>((resolve) => setTimeout(() => resolve('checked'), slowMs))),
      stalled: fromPromise(async ({ signal }) => new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)))),
    },
    guards: { isEmail: ({ event }) => event.type === 'user.text' && /^\S+@\S+\.\S+$/.test(event.text) },
  }).createMachine({
    id: 'test-form',
    initial: 'greeting',
    context: {},
    on: {
      'user.action': [
        { guard: ({ event }) => event.id === 'crash', actions: () => { throw new Error('boom'); } },
        { guard: ({ event }) => event.id === 'stall', target: '.stalling' },
        { guard: ({ event }) => event.id === 'review-done', actions: say('Your review finished.') },
      ],
    },
    states: {
      greeting: { on: { 'user.text': { target: 'askingName', actions: say('Hi! What is your name?') } } },
      askingName: {
        on: { 'user.text': { target: 'checkingName', actions: assign({ name: ({ event }) => (event.type === 'user.text' ? event.text : '') }) } },
      },
      checkingName: {
        tags: 'busy',
        invoke: { src: 'slowCheck', onDone: { target: 'askingEmail', actions: { type: 'say', params: ({ context }) => ({ text: `Thanks ${context.name}. Your email?` }) } } },
      },
      askingEmail: {
        on: {
          'user.text': [
            { guard: 'isEmail', target: 'finished', actions: [assign({ email: ({ event }) => (event.type === 'user.text' ? event.text : '') }), say('All set.')] },
            { actions: say('That is not an email, e.g. ana@example.com.') },
          ],
        },
      },
      stalling: { tags: 'busy', invoke: { src: 'stalled' } },
      finished: { type: 'final' },
    },
  });
}

const toEvent = (msg: InboundMessage): FormEvent =>
  msg.action ? { type: 'user.action', id: msg.action.id } : { type: 'user.text', text: msg.text ?? '' };
const logger = createLogger('silent');
let seq = 0;
const text = (t: string, conversationId = 'c1', id = `m${++seq}`): InboundMessage => ({ id, channel: 'terminal', conversationId, userId: 'u1', text: t });
const action = (a: string, conversationId = 'c1'): InboundMessage => ({ id: `m${++seq}`, channel: 'terminal', conversationId, userId: 'u1', action: { id: a } });
const texts = (replies: OutboundMessage[]) => replies.map((r) => r.text);
const runnerOver = (store: Store, extra: Partial<Parameters<typeof createRunner>[0]> = {}): Runner =>
  createRunner({ store, machine: formMachine(), toEvent, logger, dialogVersion: '1', ...extra });

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvbot-runner-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const sqliteConfig = (dir: string) => ({ DVBOT_DATA_DIR: dir, DVBOT_DATA_KEY: undefined, REDIS_URL: undefined, STATE_TTL_HOURS: 1 });

describe('runner', () => {
  it('answers text turns, waiting for busy work, and re-prompts', async () => {
    const runner = runnerOver(await createMemoryStore());
    expect(texts(await runner.handle(text('hello')))).toEqual(['Hi! What is your name?']);
    expect(texts(await runner.handle(text('Ana')))).toEqual(['Thanks Ana. Your email?']);
    expect(texts(await runner.handle(text('nope')))).toEqual(['That is not an email, e.g. ana@example.com.']);
    expect((await runner.peek('c1'))).toMatchObject({ value: 'askingEmail', context: { name: 'Ana' } });
  });

  it('keeps the conversation across a restart over the same SQLite file, encrypted', async () => {
    const dir = tempDir();
    const first = await createStore(sqliteConfig(dir));
    const before = runnerOver(first);
    await before.handle(text('hello'));
    await before.handle(text('Wang Xiaoming'));
    await first.close();
    const second = await createStore(sqliteConfig(dir));
    expect(texts(await runnerOver(second).handle(text('wang.xiaoming@example.cn')))).toEqual(['All set.']);
    const raw = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1')).join('');
    expect(raw).not.toContain('Wang Xiaoming');
    expect(raw).not.toContain('wang.xiaoming@example.cn');
    await second.close();
  });

  it('handles a duplicate id once, even after the envelope forgot it', async () => {
    const store = await createMemoryStore();
    const runner = runnerOver(store);
    const first = text('hello');
    expect(texts(await runner.handle(first))).toEqual(['Hi! What is your name?']);
    expect(await runner.handle(first)).toEqual([]);
    await runner.handle(text('Ana'));
    for (let i = 0; i < 20; i++) await runner.handle(text('still not an email'));
    expect((await runner.inspect('c1'))?.seenIds).not.toContain(first.id);
    const saved = await runner.inspect('c1');
    expect(await runner.handle(first)).toEqual([]);
    expect(await runner.inspect('c1')).toEqual(saved);
  });

  it('runs concurrent messages of one conversation in order', async () => {
    const runner = runnerOver(await createMemoryStore());
    await runner.handle(text('hello'));
    const [a, b] = await Promise.all([runner.handle(text('Ana')), runner.handle(text('ana@example.com'))]);
    expect(texts(a)).toEqual(['Thanks Ana. Your email?']);
    expect(texts(b)).toEqual(['All set.']);
  });

  it('throws DialogCrashedError for a throwing action and saves nothing', async () => {
    const runner = runnerOver(await createMemoryStore());
    await runner.handle(text('hello'));
    const saved = await runner.inspect('c1');
    const crash = action('crash');
    await expect(runner.handle(crash)).rejects.toBeInstanceOf(DialogCrashedError);
    expect(await runner.inspect('c1')).toEqual(saved);
    expect(texts(await runner.handle(text('Ana')))).toEqual(['Thanks Ana. Your email?']);
  });

  it('times out a turn that stays busy, saves nothing, and carries on from the last state', async () => {
    const runner = runnerOver(await createMemoryStore(), { turnTimeoutMs: 50 });
    await runner.handle(text('hello'));
    await expect(runner.handle(action('stall'))).rejects.toMatchObject({ code: 'turn_timeout' });
    expect(await runner.peek('c1')).toMatchObject({ value: 'askingName' });
    expect(texts(await runner.handle(text('Ana')))).toEqual(['Thanks Ana. Your email?']);
  });

  it('handles synthetic scheduler input through the same entry point', async () => {
    const runner = runnerOver(await createMemoryStore());
    await runner.handle(text('hello'));
    expect(texts(await runner.handle(action('review-done')))).toEqual(['Your review finished.']);
    expect(await runner.peek('c1')).toMatchObject({ value: 'askingName' });
  });

  it('restarts a conversation saved by another dialog version, keeping its seen ids', async () => {
    const store = await createMemoryStore();
    const old = text('hello');
    await runnerOver(store).handle(old);
    await runnerOver(store).handle(text('Ana'));
    const v2 = runnerOver(store, { dialogVersion: '2' });
    expect(await v2.peek('c1')).toBeUndefined();
    expect(await v2.handle(old)).toEqual([]);
    expect(texts(await v2.handle(text('hello again')))).toEqual(['Hi! What is your name?']);
  });

  it('migrates a conversation saved by another dialog version when told how', async () => {
    const store = await createMemoryStore();
    await runnerOver(store).handle(text('hello'));
    const migrate = (e: Envelope): Envelope => ({ ...e, version: '2' });
    const v2 = runnerOver(store, { dialogVersion: '2', migrate });
    expect(texts(await v2.handle(text('Ana')))).toEqual(['Thanks Ana. Your email?']);
    expect((await v2.inspect('c1'))?.version).toBe('2');
  });

  it('passes every turn\'s actor to the inspection observer', async () => {
    const states: unknown[] = [];
    const runner = runnerOver(await createMemoryStore(), {
      inspect: (e) => void (e.type === '@xstate.snapshot' && e.actorRef.sessionId === e.rootId && states.push((e.snapshot as { value?: unknown }).value)),
    });
    await runner.handle(text('hello'));
    await runner.handle(text('Ana'));
    expect(states.filter((v, i) => v !== states[i - 1])).toEqual(['greeting', 'askingName', 'checkingName', 'askingEmail']);
  });

  it('keeps a conversation\'s actor between turns instead of restoring it each time', async () => {
    const created = (live?: number) => {
      let count = 0;
      const runner = runnerOver(store, { ...(live === undefined ? {} : { liveActors: live }), inspect: (e) => void (e.type === '@xstate.actor' && e.actorRef.sessionId === e.rootId && count++) });
      return { runner, count: () => count };
    };
    const store = await createMemoryStore();
    const kept = created();
    for (const t of ['hello', 'Ana', 'nope']) await kept.runner.handle(text(t, 'kept'));
    expect(kept.count()).toBe(1);
    const restored = created(0);
    for (const t of ['hello', 'Ana', 'nope']) await restored.runner.handle(text(t, 'restored'));
    expect(restored.count()).toBe(3);
  });

  it('restores from the store when another process took a turn since (a kept actor is never stale)', async () => {
    const dir = tempDir();
    const [storeA, storeB] = [await createStore(sqliteConfig(dir)), await createStore(sqliteConfig(dir))];
    const [a, b] = [runnerOver(storeA), runnerOver(storeB)];
    await a.handle(text('hello'));
    expect(texts(await b.handle(text('Ana')))).toEqual(['Thanks Ana. Your email?']);
    // A's kept actor still waits for a name: used as is, it would thank "ana@example.com" for her name.
    expect(texts(await a.handle(text('ana@example.com')))).toEqual(['All set.']);
    await Promise.all([storeA.close(), storeB.close()]);
  });

  it('starts over after the dialog reached its final state', async () => {
    const runner = runnerOver(await createMemoryStore());
    for (const t of ['hello', 'Ana', 'ana@example.com']) await runner.handle(text(t));
    expect(texts(await runner.handle(text('hi again')))).toEqual(['Hi! What is your name?']);
  });
});

describe('runner over Redis with two instances', () => {
  const prefix = `dvbot-test-${randomUUID()}:`;
  afterAll(async () => {
    const client = createClient({ url: 'redis://127.0.0.1:6379' });
    await client.connect();
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*` })) if (keys.length) await client.del(keys);
    await client.close();
  });

  it('serialises turns of one conversation across instances', async () => {
    const config = { DVBOT_DATA_DIR: tempDir(), DVBOT_DATA_KEY: 'd'.repeat(64), REDIS_URL: 'redis://127.0.0.1:6379', STATE_TTL_HOURS: 1 };
    const [storeA, storeB] = [await createStore(config, logger, { keyPrefix: prefix }), await createStore(config, logger, { keyPrefix: prefix })];
    const [a, b] = [runnerOver(storeA), runnerOver(storeB)];
    await a.handle(text('hello', 'shared'));
    const [ra, rb] = await Promise.all([a.handle(text('Ana', 'shared')), b.handle(text('ana@example.com', 'shared'))]);
    const aFirst = [['Thanks Ana. Your email?'], ['All set.']];
    const bFirst = [['That is not an email, e.g. ana@example.com.'], ['Thanks ana@example.com. Your email?']];
    expect([aFirst, bFirst]).toContainEqual([texts(ra), texts(rb)]); // interleaved turns would both answer "Thanks …"
    await Promise.all([storeA.close(), storeB.close()]);
  });
});
