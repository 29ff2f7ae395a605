import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { createStore } from '../../../src/store/index.ts';
import { expectToldOnce, reviewsSettled, reviewsState, submitForReview } from '../../support/review-flow.ts';

/** Each user verifies a domain of their own. */
const domainOf = (user: string) => `u${user.slice(0, 8)}.cn`;
import { openEvents, startReviewRig, waitUntil, type EventStream, type ReviewRig } from './support.ts';

let rig: ReviewRig;
afterAll(() => rig?.close());

describe('a review result for a page open on another instance than the one watching reviews', () => {
  it('reaches the open page at once, exactly once; a closed page gets it from the outbox when it opens', async () => {
    rig = await startReviewRig('presence', { PORT: '0', LOG_LEVEL: 'silent', SIMULATED_REVIEW_SECONDS: '1' });
    const { settings, smtp, cleanups } = rig;
    const instances: RunningServer[] = [];
    for (let i = 0; i < 2; i += 1) {
      instances.push(await startServer(loadConfig(settings), createLogger('silent'), { reviewPollMs: 300 }));
      cleanups.push(() => instances[i]!.close());
    }
    await waitUntil(async () => (await Promise.all(instances.map((server) => reviewsState(server.url)))).includes('watching'));
    const states = await Promise.all(instances.map((server) => reviewsState(server.url)));
    const other = instances[states.indexOf('standby')]!; // the instance that does not poll reviews
    expect(states.filter((state) => state === 'watching')).toHaveLength(1);

    const [open, closed] = [randomUUID(), randomUUID()];
    const streams: EventStream[] = [await openEvents(other.url, open)];
    cleanups.push(() => streams.forEach((stream) => stream.close()));
    await submitForReview(settings, `web:${open}`, smtp, domainOf(open));
    await submitForReview(settings, `web:${closed}`, smtp, domainOf(closed));
    await waitUntil(() => streams[0]!.events.flat().some((text) => text.startsWith('All done!')));

    const store = await createStore(loadConfig(settings), createLogger('silent'));
    cleanups.push(() => store.close());
    const kept = async () => ((await store.kv<{ messages: { text: string }[] }>('outbox').get(`web:${closed}`))?.messages ?? []).map((m) => m.text);
    await waitUntil(async () => (await kept()).some((text) => text.startsWith('All done!'))); // its page is closed: both results kept
    streams.push(await openEvents(other.url, closed));
    await waitUntil(() => reviewsSettled(settings));
    expectToldOnce(streams[0]!.events.flat(), domainOf(open));
    expectToldOnce(streams[1]!.events.flat(), domainOf(closed));
  }, 120_000);
});
