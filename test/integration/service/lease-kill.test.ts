import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { createStore } from '../../../src/store/index.ts';
import { startServe, type ServeProcess } from '../../support/serve-process.ts';
import { expectToldOnce, reviewsSettled, reviewsState, submitForReview } from '../../support/review-flow.ts';
import { openEvents, startReviewRig, waitUntil, type EventStream, type ReviewRig } from './support.ts';

/** Each user verifies a domain of their own. */
const domainOf = (user: string) => `u${user.slice(0, 8)}.cn`;

let rig: ReviewRig;
afterAll(() => rig?.close());

/** Starts `dvbot serve` on the rig, killed (if still running) when the test ends. */
async function instance(extra: Record<string, string> = {}): Promise<ServeProcess> {
  const server = await startServe({ ...rig.settings, ...extra }, rig.dir);
  rig.cleanups.push(() => server.stop('SIGKILL'));
  return server;
}

/** Texts waiting in the shared outbox, per conversation. */
async function waitingInOutbox(): Promise<Record<string, string[]>> {
  const store = await createStore(loadConfig(rig.settings), createLogger('silent'));
  try {
    const waiting: Record<string, string[]> = {};
    for await (const [id, box] of store.kv<{ messages: { text: string }[] }>('outbox').entries()) if (box.messages.length) waiting[id] = box.messages.map((m) => m.text);
    return waiting;
  } finally {
    await store.close();
  }
}

describe('the instance holding the review lease is killed while it follows submitted reviews', () => {
  it('dies with a result saved but not delivered; the other takes over and each user gets each result exactly once', async () => {
    rig = await startReviewRig('lease-kill', { SIMULATED_REVIEW_SECONDS: '4' }); // polled every 2 s, so the lease lives 6 s
    // The holder dies (SIGKILL, no lease release) right after a poll turn saved the first result it produced.
    const holder = await instance({ DVBOT_TEST_CRASH_AT: 'review-result-saved' });
    await waitUntil(async () => (await reviewsState(holder.url)) === 'watching');
    const survivor = await instance();
    expect(await reviewsState(survivor.url)).toBe('standby');

    // Two users submit while the holder follows reviews; their pages are open on the survivor.
    const users = [randomUUID(), randomUUID()];
    const streams: EventStream[] = [];
    rig.cleanups.push(() => streams.forEach((stream) => stream.close()));
    for (const user of users) streams.push(await openEvents(survivor.url, user));
    // Looked at the moment the holder dies: the survivor cannot take over before its lease runs out (seconds later).
    const atDeath = holder.exited.then(async (how) => ({ how, shown: streams.map((stream) => stream.events.length), waiting: Object.values(await waitingInOutbox()).flat() }));
    for (const user of users) await submitForReview(rig.settings, `web:${user}`, rig.smtp, domainOf(user));
    const { how, shown, waiting } = await atDeath;
    expect(how).toBe('SIGKILL');
    expect(shown).toEqual([0, 0]); // the result was produced and saved, not delivered
    expect(waiting.filter((text) => text.startsWith('Good news: your registrant profile passed identity verification'))).toHaveLength(1);

    await waitUntil(async () => (await reviewsState(survivor.url)) === 'watching');
    await waitUntil(() => streams.every((stream) => stream.events.flat().some((text) => text.startsWith('All done!'))));
    await waitUntil(() => reviewsSettled(rig.settings)); // nothing followed, nothing waiting in the outbox
    streams.forEach((stream, i) => expectToldOnce(stream.events.flat(), domainOf(users[i]!)));
  }, 120_000);
});
