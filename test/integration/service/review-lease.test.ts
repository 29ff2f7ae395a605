import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { assign, emit, setup } from 'xstate';
import { createRunner } from '../../../src/conversation/runner.ts';
import { createLogger } from '../../../src/logger.ts';
import { createReviewWatcher, followReview, type ReviewWatcher } from '../../../src/notify/review-watcher.ts';
import { createStore, type Store } from '../../../src/store/index.ts';
import { waitUntil } from './support.ts';

// A review that finishes on the first poll: says the result once and moves on, as the verification dialog does.
const reviewDialog = setup({ types: { events: {} as { type: 'system.poll' } | { type: 'user.text' }, context: {} as { polls: number }, emitted: {} as { type: 'say'; message: { text: string } } } }).createMachine({
  id: 'review-test', initial: 'waiting', context: { polls: 0 },
  states: {
    waiting: { on: { 'system.poll': { actions: [assign({ polls: ({ context }) => context.polls + 1 }), emit({ type: 'say', message: { text: 'approved' } })], target: 'told' } } },
    told: {},
  },
});

const logger = createLogger('silent');
const prefix = `dvbot-lease-test:${randomUUID()}:`;
const config = { DVBOT_DATA_DIR: '/nonexistent', DVBOT_DATA_KEY: 'c'.repeat(64), REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', STATE_TTL_HOURS: 1 };
const watchers: ReviewWatcher[] = [];
const stores: Store[] = [];

afterAll(async () => {
  for (const watcher of watchers) await watcher.stop();
  for (const store of stores) await store.close().catch(() => {});
});

type Delivery = { instance: string; conversationId: string; texts: string[] };

/** An instance whose delivery is recorded; `stuck` makes it start delivering and never finish, as a process that died then. */
async function instance(name: string, deliveries: Delivery[], stuck?: Promise<boolean>, keyPrefix = prefix) {
  const store = await createStore(config, logger, { keyPrefix });
  stores.push(store);
  const runner = createRunner({ store, machine: reviewDialog, logger, dialogVersion: '1', toEvent: (msg) => (msg.action?.id === 'system.poll' ? { type: 'system.poll' } : { type: 'user.text' }) });
  const watcher = createReviewWatcher({
    store, runner, logger,
    deliver: async (conversationId, messages) => {
      deliveries.push({ instance: name, conversationId, texts: messages.map((m) => m.text) });
      return stuck ?? true;
    },
  }, { intervalMs: 100, leaseMs: 700, isWaiting: (snapshot) => (snapshot as { value?: unknown } | undefined)?.value === 'waiting' });
  watchers.push(watcher);
  return { name, store, runner, watcher };
}

async function submit(store: Store, runner: Awaited<ReturnType<typeof instance>>['runner'], conversationId: string) {
  await runner.handle({ id: randomUUID(), channel: 'web', conversationId, userId: 'u', text: 'submit' });
  await followReview(store, conversationId);
}

describe('the review watcher across instances on one Redis', () => {
  it('runs on one instance at a time, is taken over when the holder dies, and tells each user once', async () => {
    const deliveries: Delivery[] = [];
    const [a, b] = [await instance('a', deliveries), await instance('b', deliveries)];
    await submit(a.store, a.runner, 'web:first');
    a.watcher.start();
    b.watcher.start();
    await waitUntil(() => deliveries.some((d) => d.conversationId === 'web:first'));
    const holder = deliveries[0]!.instance === 'a' ? a : b;
    const survivor = holder === a ? b : a;

    await holder.store.close(); // the holder dies: it never renews nor releases its lease
    // @keyv/redis reconnects a closed client on its next use, which a round in flight may make: stop its timer too
    // (the release it tries may then hand over early). A real SIGKILL of a `dvbot serve` is in lease-kill.test.ts.
    await holder.watcher.stop();
    await submit(survivor.store, survivor.runner, 'web:second');
    await waitUntil(() => deliveries.some((d) => d.conversationId === 'web:second'));
    await waitUntil(async () => (await survivor.runner.peek('web:second') as { value?: unknown }).value === 'told');

    expect(deliveries.filter((d) => d.conversationId === 'web:first')).toEqual([{ instance: holder.name, conversationId: 'web:first', texts: ['approved'] }]);
    expect(deliveries.filter((d) => d.conversationId === 'web:second')).toEqual([{ instance: survivor.name, conversationId: 'web:second', texts: ['approved'] }]);
    expect(await survivor.store.leases!.hold('review-watcher', 700)).toBe(true); // the survivor holds it now
  });
});

describe('an instance that dies after saving a poll turn, before delivering its result', () => {
  it('leaves the result in the outbox, and the instance taking over delivers it once', async () => {
    let revive: (delivered: boolean) => void = () => {};
    const stuck = new Promise<boolean>((resolve) => { revive = resolve; });
    const attempts: Delivery[] = [];
    const deliveries: Delivery[] = [];
    const ownPrefix = `${prefix}dies:`; // a lease of its own: the instances of the test above still hold theirs
    const dying = await instance('dying', attempts, stuck, ownPrefix);
    onTestFinished(() => revive(false)); // lets its watcher stop
    await submit(dying.store, dying.runner, 'web:third');
    dying.watcher.start();
    await waitUntil(() => attempts.length > 0); // its poll turn is saved and delivery has begun: it dies now
    await dying.store.close();
    expect((await (await instance('reader', [], undefined, ownPrefix)).runner.peek('web:third') as { value?: unknown }).value).toBe('told'); // the turn was saved

    const taking = await instance('taking', deliveries, undefined, ownPrefix);
    taking.watcher.start();
    await waitUntil(() => deliveries.some((d) => d.conversationId === 'web:third'));
    await taking.watcher.tick(); // another round: nothing more to say
    expect(deliveries).toEqual([{ instance: 'taking', conversationId: 'web:third', texts: ['approved'] }]);
  });
});
