import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { startServe } from '../../support/serve-process.ts';
import { expectToldOnce, reviewsSettled, reviewsState, submitForReview } from '../../support/review-flow.ts';

/** Each user verifies a domain of their own. */
const domainOf = (user: string) => `u${user.slice(0, 8)}.cn`;
import { openEvents, startReviewRig, waitUntil, type EventStream, type ReviewRig } from './support.ts';

let rig: ReviewRig;
afterAll(() => rig?.close());

describe('the instance holding the review lease is killed', () => {
  it('the other takes over and each user gets their review result exactly once', async () => {
    rig = await startReviewRig('lease-kill', { SIMULATED_REVIEW_SECONDS: '4' }); // polled every 2 s, so the lease lives 6 s
    const { settings, dir, smtp, cleanups } = rig;
    const instances = [await startServe(settings, dir), await startServe(settings, dir)];
    cleanups.push(...instances.map((server) => () => server.stop('SIGKILL')));
    await waitUntil(async () => (await Promise.all(instances.map((server) => reviewsState(server.url)))).includes('watching'));
    const states = await Promise.all(instances.map((server) => reviewsState(server.url)));
    const holder = instances[states.indexOf('watching')]!;
    const survivor = instances.find((server) => server !== holder)!;
    expect(states.filter((state) => state === 'watching')).toHaveLength(1);
    expect(await holder.stop('SIGKILL')).toBe('SIGKILL'); // no release: the lease runs out on its own

    // Two users submit (through the shared store) after the holder died; their pages are open on the survivor.
    const users = [randomUUID(), randomUUID()];
    const streams: EventStream[] = [];
    for (const user of users) {
      streams.push(await openEvents(survivor.url, user));
      await submitForReview(settings, `web:${user}`, smtp, domainOf(user));
    }
    cleanups.push(() => streams.forEach((stream) => stream.close()));
    await waitUntil(async () => (await reviewsState(survivor.url)) === 'watching');
    await waitUntil(() => streams.every((stream) => stream.events.length > 0));
    await waitUntil(() => reviewsSettled(settings)); // nothing followed, nothing waiting in the outbox

    streams.forEach((stream, i) => expectToldOnce(stream.events.flat(), domainOf(users[i]!)));
  }, 120_000);
});
