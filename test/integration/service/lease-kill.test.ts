import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../../support/serve-process.ts';
import { startSmtpSink } from '../../support/smtp-sink.ts';
import { expectToldOnce, reviewsSettled, submitForReview } from './review-flow.ts';
import { freePort, openEvents, ownRedis, waitUntil, type EventStream } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-lease-kill-'));
const cleanups: (() => Promise<unknown> | void)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

type Readyz = { components: { reviews?: { state: string } } };
const reviewsState = async (server: ServeProcess) => ((await (await fetch(`${server.url}/readyz`)).json()) as Readyz).components.reviews?.state;

describe('the instance holding the review lease is killed', () => {
  it('the other takes over and each user gets their review result exactly once', async () => {
    const redis = ownRedis(await freePort());
    await redis.start();
    cleanups.push(() => redis.stop());
    const smtp = await startSmtpSink();
    cleanups.push(() => smtp.close());
    const settings = {
      DVBOT_DATA_DIR: join(dir, 'data'), DVBOT_DATA_KEY: randomBytes(32).toString('hex'), REDIS_URL: redis.url, SMTP_URL: smtp.url,
      SIMULATED_REVIEW_SECONDS: '4', // polled every 2 s, so the lease lives 6 s
    };
    const instances = [await startServe(settings, dir), await startServe(settings, dir)];
    cleanups.push(...instances.map((server) => () => server.stop('SIGKILL')));
    await waitUntil(async () => (await Promise.all(instances.map(reviewsState))).includes('watching'));
    const states = await Promise.all(instances.map(reviewsState));
    const holder = instances[states.indexOf('watching')]!;
    const survivor = instances.find((server) => server !== holder)!;
    expect(states.filter((state) => state === 'watching')).toHaveLength(1);
    expect(await holder.stop('SIGKILL')).toBe('SIGKILL'); // no release: the lease runs out on its own

    // Two users submit (through the shared store) after the holder died; their pages are open on the survivor.
    const users = [randomUUID(), randomUUID()];
    const streams: EventStream[] = [];
    for (const user of users) {
      streams.push(await openEvents(survivor.url, user));
      await submitForReview(settings, `web:${user}`, smtp);
    }
    cleanups.push(() => streams.forEach((stream) => stream.close()));
    await waitUntil(async () => (await reviewsState(survivor)) === 'watching');
    await waitUntil(() => streams.every((stream) => stream.events.length > 0));
    await waitUntil(() => reviewsSettled(settings)); // nothing followed, nothing waiting in the outbox

    for (const stream of streams) expectToldOnce(stream.events.flat());
  }, 120_000);
});
