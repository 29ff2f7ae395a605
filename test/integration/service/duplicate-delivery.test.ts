import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { signSlackRequest, startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.ts';
import { freePort, ownRedis, turnsCounted, waitUntil, webTurn, type OwnRedis } from './support.ts';

const TOKEN = 'xoxb-duplicate-test';
const SECRET = 'duplicate-signing-secret';
const dir = mkdtempSync(join(tmpdir(), 'dvbot-duplicates-'));
let redis: OwnRedis;
let slack: FakeSlackApi;
let instances: RunningServer[] = [];

beforeAll(async () => {
  redis = ownRedis(await freePort());
  await redis.start();
  slack = await startFakeSlackApi(TOKEN);
  const config = loadConfig({
    DVBOT_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: randomBytes(32).toString('hex'), REDIS_URL: redis.url,
    SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET,
  });
  const start = () => startServer(config, createLogger('silent'), { slack: { slackApiUrl: slack.apiUrl } });
  instances = [await start(), await start()];
  for (const instance of instances) await waitUntil(async () => (await (await fetch(`${instance.url}/readyz`)).json() as { components: { slack: { ok: boolean } } }).components.slack.ok);
});

afterAll(async () => {
  for (const instance of instances) await instance.close().catch(() => {});
  await slack?.close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the same message delivered to two instances at once', () => {
  it('web: one instance answers it, the other answers nothing, and the conversation moves on once', async () => {
    const conversation = randomUUID();
    const id = randomUUID();
    const [a, b] = await Promise.all(instances.map((instance) => webTurn(instance.url, conversation, 'hello', id)));
    expect([a!.status, b!.status]).toEqual([200, 200]);
    const answered = [a!, b!].filter((turn) => turn.body.messages?.length);
    expect(answered).toHaveLength(1);
    expect([a!, b!].find((turn) => turn !== answered[0])?.body.messages).toEqual([]);
    const envelope = await instances[0]!.bot.runner.inspect(`web:${conversation}`);
    expect(envelope?.seenIds.filter((seen) => seen.endsWith(id))).toHaveLength(1);
  });

  it('Slack: a retry landing on the other instance gets no second reply', async () => {
    const ts = `${Math.floor(Date.now() / 1000)}.000200`;
    const body = JSON.stringify({
      token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${randomUUID()}`, event_time: 1700000000,
      authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
      event: { type: 'message', channel: 'DDUP', channel_type: 'im', user: 'U1', ts, event_ts: ts, text: 'hello' },
    });
    const before = await Promise.all(instances.map((instance) => turnsCounted(instance.url, 'slack')));
    const statuses = await Promise.all(instances.map(async (instance, attempt) => (await fetch(`${instance.url}/slack/events`, {
      method: 'POST', body, headers: { 'content-type': 'application/json', ...signSlackRequest(SECRET, body), ...(attempt ? { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } : {}) },
    })).status));
    expect(statuses).toEqual([200, 200]);
    // both instances ran the turn through the runner (one answered, one found the id already handled)
    await waitUntil(async () => (await Promise.all(instances.map((instance, i) => turnsCounted(instance.url, 'slack').then((n) => n - before[i]!)))).every((n) => n === 1));
    const replies = slack.calls.filter((call) => call.method === 'chat.postMessage' && call.params.channel === 'DDUP');
    expect(replies.length).toBeGreaterThan(0); // the greeting (one or more messages of one turn)
    const greeting = (await instances[0]!.bot.runner.inspect('slack:T1:DDUP'))?.seenIds ?? [];
    expect(greeting).toHaveLength(1);
    expect(new Set(replies.map((r) => r.params.text)).size).toBe(replies.length); // no message said twice
  });
});
