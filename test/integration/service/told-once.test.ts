import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { createStore } from '../../../src/store/index.ts';
import { startFakeBotConnector } from '../../support/fake-bot-connector.ts';
import { startServe, type ServeProcess } from '../../support/serve-process.ts';
import { expectToldOnce, reviewsSettled, reviewsState, submitForReview, teamsReference } from '../../support/review-flow.ts';
import { openEvents, startReviewRig, waitUntil, type ReviewRig } from './support.ts';

let rig: ReviewRig | undefined;
afterEach(async () => { await rig?.close(); rig = undefined; });

/** Starts the rig and two `dvbot serve`: the lease holder, which kills itself right after a channel took a review result (before that is recorded), and the survivor. */
async function holderAndSurvivor(name: string): Promise<{ rig: ReviewRig; holder: ServeProcess; survivor: ServeProcess }> {
  rig = await startReviewRig(name, { SIMULATED_REVIEW_SECONDS: '4', TEAMS_LOCAL_MODE: 'true' }); // polled every 2 s, so the lease lives 6 s
  const start = async (extra: Record<string, string> = {}) => {
    const server = await startServe({ ...rig!.settings, ...extra }, rig!.dir);
    rig!.cleanups.push(() => server.stop('SIGKILL'));
    return server;
  };
  const holder = await start({ DVBOT_TEST_CRASH_AT: 'review-result-sent' });
  await waitUntil(async () => (await reviewsState(holder.url)) === 'watching');
  const survivor = await start();
  expect(await reviewsState(survivor.url)).toBe('standby');
  return { rig, holder, survivor };
}

/** The texts still waiting in the shared outbox for `conversationId`. */
async function waiting(settings: Record<string, string>, conversationId: string): Promise<string[]> {
  const store = await createStore(loadConfig(settings), createLogger('silent'));
  try {
    return ((await store.kv<{ messages: { text: string }[] }>('outbox').get(conversationId))?.messages ?? []).map((m) => m.text);
  } finally {
    await store.close();
  }
}

const PROFILE_PASSED = 'Good news: your registrant profile passed identity verification';

describe('the lease holder dies after sending a review result, before recording that it did', () => {
  it('web chat: the instance taking over delivers it again with the same ids, and the page shows it once', async () => {
    const { holder, survivor } = await holderAndSurvivor('told-once-web');
    const user = randomUUID();
    const stream = await openEvents(survivor.url, user); // the page is open on the survivor
    rig!.cleanups.push(() => stream.close());
    await submitForReview(rig!.settings, `web:${user}`, rig!.smtp, `u${user.slice(0, 8)}.cn`);
    expect(await holder.exited).toBe('SIGKILL');
    // pushed (the crash point comes after the bus took it) and still in the outbox: the survivor delivers it again
    expect((await waiting(rig!.settings, `web:${user}`)).some((text) => text.startsWith(PROFILE_PASSED))).toBe(true);

    await waitUntil(() => stream.events.flat().some((text) => text.startsWith('All done!')));
    await waitUntil(() => reviewsSettled(rig!.settings));
    expectToldOnce(stream.events.flat(), `u${user.slice(0, 8)}.cn`);
  }, 120_000);

  it('Teams: the instance taking over does not post again what the dead one posted; the rest arrives once', async () => {
    const connector = await startFakeBotConnector();
    const { holder } = await holderAndSurvivor('told-once-teams');
    rig!.cleanups.push(() => connector.close());
    const conversation = `a:${randomUUID()}`;
    await submitForReview(rig!.settings, `teams:${conversation}`, rig!.smtp, 'teams-once.cn', teamsReference(connector.url, conversation));
    expect(await holder.exited).toBe('SIGKILL');
    const posted = () => connector.posts.filter((p) => p.conversationId === conversation).map((p) => String(p.activity.text));
    expect(posted()).toHaveLength(1); // the dead holder's one send
    expect(await waiting(rig!.settings, `teams:${conversation}`)).toContain(posted()[0]); // not cleared from the outbox

    await waitUntil(() => posted().some((text) => text.startsWith('All done!')));
    await waitUntil(() => reviewsSettled(rig!.settings));
    expectToldOnce(posted(), 'teams-once.cn');
  }, 120_000);
});
