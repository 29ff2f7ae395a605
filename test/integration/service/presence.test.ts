import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { createStore } from '../../../src/store/index.ts';
import { startSmtpSink } from '../../support/smtp-sink.ts';
import { expectToldOnce, reviewsSettled, submitForReview } from './review-flow.ts';
import { freePort, openEvents, ownRedis, waitUntil, type EventStream } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-presence-'));
const cleanups: (() => Promise<unknown> | void)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const reviewsState = async (server: RunningServer) =>
  ((await (await fetch(`${server.url}/readyz`)).json()) as { components: { reviews?: { state: string } } }).components.reviews?.state;

describe('a review result for a page open on another instance than the one watching reviews', () => {
  it('reaches the open page at once, exactly once; a closed page gets it from the outbox when it opens', async () => {
    const redis = ownRedis(await freePort());
    await redis.start();
    cleanups.push(() => redis.stop());
    const smtp = await startSmtpSink();
    cleanups.push(() => smtp.close());
    const settings = {
      DVBOT_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: randomBytes(32).toString('hex'), REDIS_URL: redis.url, SMTP_URL: smtp.url,
      SIMULATED_REVIEW_SECONDS: '1',
    };
    const instances: RunningServer[] = [];
    for (let i = 0; i < 2; i += 1) {
      instances.push(await startServer(loadConfig(settings), createLogger('silent'), { reviewPollMs: 300 }));
      cleanups.push(() => instances[i]!.close());
    }
    await waitUntil(async () => (await Promise.all(instances.map(reviewsState))).includes('watching'));
    const states = await Promise.all(instances.map(reviewsState));
    const other = instances[states.indexOf('standby')]!; // the instance that does not poll reviews
    expect(states.filter((state) => state === 'watching')).toHaveLength(1);

    const [open, closed] = [randomUUID(), randomUUID()];
    const streams: EventStream[] = [await openEvents(other.url, open)];
    cleanups.push(() => streams.forEach((stream) => stream.close()));
    await submitForReview(settings, `web:${open}`, smtp);
    await submitForReview(settings, `web:${closed}`, smtp);
    await waitUntil(() => streams[0]!.events.flat().some((text) => text.startsWith('All done!')));

    const store = await createStore(loadConfig(settings), createLogger('silent'));
    cleanups.push(() => store.close());
    const kept = async () => ((await store.kv<{ messages: { text: string }[] }>('outbox').get(`web:${closed}`))?.messages ?? []).map((m) => m.text);
    await waitUntil(async () => (await kept()).some((text) => text.startsWith('All done!'))); // its page is closed: both results kept
    streams.push(await openEvents(other.url, closed));
    await waitUntil(() => reviewsSettled(settings));
    for (const stream of streams) expectToldOnce(stream.events.flat());
  }, 120_000);
});
