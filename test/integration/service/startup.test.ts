import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { signSlackRequest, startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.ts';
import { freePort, ownRedis, waitUntil, webTurn, type OwnRedis } from './support.ts';

const TOKEN = 'xoxb-startup-test';
const SECRET = 'startup-signing-secret';
const dirs: string[] = [];
const cleanups: (() => Promise<void>)[] = [];
const logger = createLogger('silent');

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function settings(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dvbot-startup-'));
  dirs.push(dir);
  return loadConfig({ DVBOT_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: randomBytes(32).toString('hex'), ...extra });
}

async function readyz(server: RunningServer) {
  const response = await fetch(`${server.url}/readyz`);
  return { status: response.status, body: await response.json() as { ready: boolean; components: Record<string, { ok: boolean; state: string }> } };
}

async function slackEvent(server: RunningServer, text: string): Promise<number> {
  const body = JSON.stringify({
    token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${randomUUID()}`, event_time: 1700000000,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', ts: `${Math.floor(Date.now() / 1000)}.000100`, event_ts: '1', text },
  });
  const response = await fetch(`${server.url}/slack/events`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signSlackRequest(SECRET, body) } });
  return response.status;
}

describe('start-up does not wait on Slack', () => {
  it('serves the web chat and /healthz while Slack is unreachable, and takes Slack events once Slack is back', async () => {
    const slackPort = await freePort();
    const server = await startServer(settings({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET }), logger, {
      slack: { slackApiUrl: `http://127.0.0.1:${slackPort}/api/`, retry: { firstDelayMs: 50, maxDelayMs: 200 } },
    });
    cleanups.push(() => server.close());
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const turn = await webTurn(server.url, randomUUID(), 'hello');
    expect(turn.status).toBe(200);
    expect(turn.body.messages?.length).toBeGreaterThan(0);
    const before = await readyz(server);
    expect(before.status).toBe(200); // the store answers: ready, with Slack reported as not started
    expect(before.body.components.slack).toMatchObject({ ok: false });
    expect(before.body.components.store).toMatchObject({ ok: true });
    expect(await slackEvent(server, 'hi')).toBe(503);

    const fake: FakeSlackApi = await startFakeSlackApi(TOKEN, slackPort);
    cleanups.push(() => fake.close());
    await waitUntil(async () => (await readyz(server)).body.components.slack?.ok === true);
    expect(await slackEvent(server, 'hello')).toBe(200);
    const [reply] = await fake.waitFor('chat.postMessage', 1);
    expect(reply?.params.channel).toBe('D1');
  });
});

describe('start-up does not wait on Redis', () => {
  let redis: OwnRedis;

  it('reports not ready and answers turns with 503 while Redis is down, then recovers without a restart', async () => {
    redis = ownRedis(await freePort());
    cleanups.push(() => redis.stop());
    const server = await startServer(settings({ REDIS_URL: redis.url }), logger); // resolves: the store reconnects in the background
    cleanups.push(() => server.close());
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const down = await readyz(server);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ ready: false, components: { store: { ok: false, state: 'unavailable' } } });
    const conversation = randomUUID();
    expect(await webTurn(server.url, conversation, 'hello')).toMatchObject({ status: 503, body: { error: { code: 'store_unavailable' } } });

    await redis.start();
    await waitUntil(async () => (await readyz(server)).status === 200);
    const turn = await webTurn(server.url, conversation, 'hello');
    expect(turn.status).toBe(200);
    expect(turn.body.messages?.length).toBeGreaterThan(0);
  });
});
