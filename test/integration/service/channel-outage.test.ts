import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { createReferenceStore } from '../../../src/conversation/references.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../../support/fake-bot-connector.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.ts';
import { slackDm } from '../../support/slack-dm.ts';
import { driveToSubmission, expectToldOnce, teamsReference, type Send } from '../../support/review-flow.ts';
import { startSmtpSink } from '../../support/smtp-sink.ts';
import { freePort, waitUntil, webTurn } from './support.ts';

const TOKEN = 'xoxb-outage-test';
const SECRET = 'outage-signing-secret';
const dir = mkdtempSync(join(tmpdir(), 'dvbot-channel-outage-'));
let server: RunningServer;
let slackPort: number;
let connectorPort: number;
let slack: FakeSlackApi | undefined;
let connector: FakeBotConnector | undefined;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
const warnings: { msg: string; channel?: string }[] = [];

beforeAll(async () => {
  [slackPort, connectorPort] = [await freePort(), await freePort()];
  smtp = await startSmtpSink();
  const config = loadConfig({
    DVBOT_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: randomBytes(32).toString('hex'), SMTP_URL: smtp.url, SIMULATED_REVIEW_SECONDS: '1',
    SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, TEAMS_LOCAL_MODE: 'true',
  });
  // The bot's warnings are read to see a review result's delivery fail while the connector is away.
  const logger = createLogger('warn', new Writable({ write(chunk, _enc, done) { for (const line of String(chunk).split('\n').filter(Boolean)) warnings.push(JSON.parse(line)); done(); } }));
  // Neither Slack nor the Bot Framework connector answers while the bot starts.
  server = await startServer(config, logger, { reviewPollMs: 300, slack: { slackApiUrl: `http://127.0.0.1:${slackPort}/api/`, retry: { firstDelayMs: 50, maxDelayMs: 200 } } });
});

afterAll(async () => {
  await server?.close();
  await slack?.close();
  await connector?.close();
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Drives a Teams conversation to a submitted profile through the server's own runner; its results go to the connector. */
async function submitTeamsReview(conversation: string, domain: string): Promise<void> {
  const conversationId = `teams:${conversation}`;
  await createReferenceStore(server.bot.store.kv<Record<string, unknown>>('ref')).save(conversationId, teamsReference(`http://127.0.0.1:${connectorPort}`, conversation));
  let n = 0;
  const send: Send = (msg) => server.bot.runner.handle({ id: `${conversationId}:${(n += 1)}`, channel: 'teams', conversationId, userId: conversationId, ...msg });
  await driveToSubmission(send, smtp.messages, domain);
}

const slackReady = async () => ((await (await fetch(`${server.url}/readyz`)).json()) as { components: { slack: { ok: boolean } } }).components.slack.ok;

const slackEvent = (channel: string, text: string) => slackDm(server.url, SECRET, channel).say(text);

async function teamsActivity(conversation: string, text: string): Promise<number> {
  const activity = {
    type: 'message', id: `act-${randomUUID()}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: `http://127.0.0.1:${connectorPort}/`,
    from: { id: '29:user-1', aadObjectId: 'aad-1', name: 'Ana' }, recipient: { id: '28:bot', name: 'dvbot' },
    conversation: { id: conversation, conversationType: 'personal', tenantId: 'tenant-1' }, locale: 'en-US', text,
  };
  const response = await fetch(`${server.url}/api/messages`, { method: 'POST', body: JSON.stringify(activity), headers: { 'content-type': 'application/json' } });
  await response.arrayBuffer();
  return response.status;
}

/** The web chat answers a whole turn, whatever the other channels are doing. */
async function webChatWorks(): Promise<void> {
  const turn = await webTurn(server.url, randomUUID(), 'hello');
  expect(turn.status).toBe(200);
  expect(turn.body.messages?.length).toBeGreaterThan(0);
}

const slackRepliesTo = (channel: string) => slack!.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === channel);
const teamsRepliesTo = (conversation: string) => connector!.posts.filter((p) => p.conversationId === conversation);

describe('Slack and the Bot Framework connector unreachable at start-up and mid-run', () => {
  it('the web chat works throughout; Slack and Teams answer again once they are back, and a Teams review result kept meanwhile arrives once', async () => {
    await webChatWorks(); // at start-up, with both away
    await teamsActivity('a:before', 'hello'); // its reply cannot be sent
    await webChatWorks();

    slack = await startFakeSlackApi(TOKEN, slackPort);
    connector = await startFakeBotConnector(connectorPort);
    await waitUntil(slackReady);
    expect(await slackEvent('D1', 'hello')).toBe(200);
    await waitUntil(() => slackRepliesTo('D1').length > 0);
    expect(await teamsActivity('a:up', 'hello')).toBe(200);
    expect(teamsRepliesTo('a:up').length).toBeGreaterThan(0);

    await slack.close(); // both go away mid-run
    await connector.close();
    await submitTeamsReview('a:review', 'teams-outage.cn'); // its review finishes while the connector is away
    await waitUntil(() => warnings.some((w) => w.msg.startsWith('Teams unreachable') && w.channel === 'teams')); // its result could not be sent
    await webChatWorks();
    await slackEvent('D2', 'hello'); // acknowledged or not, its reply cannot reach Slack
    await teamsActivity('a:down', 'hello');
    await webChatWorks();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(((await (await fetch(`${server.url}/readyz`)).json()) as { ready: boolean }).ready).toBe(true); // the store answers: still ready

    slack = await startFakeSlackApi(TOKEN, slackPort); // and come back where they were
    connector = await startFakeBotConnector(connectorPort);
    await waitUntil(async () => (await slackEvent('D3', 'hello')) === 200 && (await waitUntil(() => slackRepliesTo('D3').length > 0).then(() => true)));
    expect(slackRepliesTo('D3')[0]?.params.text).toEqual(expect.any(String));
    expect(await teamsActivity('a:back', 'hello')).toBe(200);
    expect(teamsRepliesTo('a:back').length).toBeGreaterThan(0);
    await webChatWorks();
    // the review result kept during the outage reaches the Teams chat once the connector is back, and only once
    await waitUntil(() => teamsRepliesTo('a:review').some((p) => String(p.activity.text).startsWith('All done!')));
    expectToldOnce(teamsRepliesTo('a:review').map((p) => String(p.activity.text)), 'teams-outage.cn');
  }, 150_000);
});
