import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createReferenceStore } from '../../../src/conversation/references.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.ts';
import { driveToSubmission, expectToldOnce, type Send } from '../../support/review-flow.ts';
import { startSmtpSink } from '../../support/smtp-sink.ts';
import { freePort, openEvents, waitUntil, type EventStream } from './support.ts';

const TOKEN = 'xoxb-results-outage-test';
const dir = mkdtempSync(join(tmpdir(), 'dvbot-slack-outage-results-'));
let server: RunningServer;
let slackPort: number;
let slack: FakeSlackApi | undefined;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let page: EventStream | undefined;
const logs: { msg: string; level: number; channel?: string; conversationId?: string }[] = [];

beforeAll(async () => {
  slackPort = await freePort();
  smtp = await startSmtpSink();
  slack = await startFakeSlackApi(TOKEN, slackPort);
  const config = loadConfig({
    DVBOT_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: randomBytes(32).toString('hex'), SMTP_URL: smtp.url, SIMULATED_REVIEW_SECONDS: '1',
    SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: 'results-outage-secret',
  });
  const logger = createLogger('info', new Writable({ write(chunk, _enc, done) { for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line)); done(); } }));
  server = await startServer(config, logger, { reviewPollMs: 200, slack: { slackApiUrl: `${slack.apiUrl}`, retry: { firstDelayMs: 50, maxDelayMs: 200 } } });
});

afterAll(async () => {
  page?.close();
  await server?.close();
  await slack?.close();
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Drives `conversationId` to a submitted profile for `domain` through the server's own runner. */
async function submit(conversationId: string, domain: string): Promise<void> {
  const channel = conversationId.startsWith('slack:') ? 'slack' : 'web';
  let n = 0;
  const send: Send = (msg) => server.bot.runner.handle({ id: `${conversationId}:${(n += 1)}`, channel, conversationId, userId: conversationId, ...msg });
  await driveToSubmission(send, smtp.messages, domain);
}

const slackReady = async () => ((await (await fetch(`${server.url}/readyz`)).json()) as { components: { slack: { ok: boolean } } }).components.slack.ok;
const slackTexts = (channel: string) => slack!.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === channel).map((c) => String(c.params.text));
const allDone = (domain: string) => (text: string) => text.startsWith(`All done! ${domain} passed identity verification`);
/** Whether no review is followed and no result waits in the outbox any more. */
async function settled(): Promise<boolean> {
  for await (const _ of server.bot.store.kv('watch').entries()) return false;
  for await (const [, box] of server.bot.store.kv<{ messages: unknown[] }>('outbox').entries()) if (box.messages.length) return false;
  return true;
}

const outageWarnings = () => logs.filter((l) => l.channel === 'slack' && l.msg.startsWith('Slack unreachable'));

describe('review results while Slack is unreachable', () => {
  it('a web user is told while Slack sends fail; Slack users are told exactly once when Slack is back, and the outage is logged once', async () => {
    await waitUntil(slackReady);
    const references = createReferenceStore(server.bot.store.kv<Record<string, unknown>>('ref'));
    for (const dm of ['D1', 'D2']) await references.save(`slack:T1:${dm}`, { team: 'T1', channel: dm, user: `U${dm}` });

    await slack!.close(); // Slack goes away mid-run, before any result is ready
    await submit('slack:T1:D1', 'slack-down-1.cn');
    await submit('slack:T1:D2', 'slack-down-2.cn');
    await waitUntil(() => outageWarnings().length > 0); // a Slack result's send failed
    const web = randomUUID();
    page = await openEvents(server.url, web);
    await submit(`web:${web}`, 'web-while-slack-down.cn');

    // the web result arrives although both Slack results are still failing to send (Slack is not back yet)
    await waitUntil(() => page!.events.flat().some(allDone('web-while-slack-down.cn')));
    expectToldOnce(page!.events.flat(), 'web-while-slack-down.cn');

    slack = await startFakeSlackApi(TOKEN, slackPort); // Slack is back where it was
    await waitUntil(() => slackTexts('D1').some(allDone('slack-down-1.cn')) && slackTexts('D2').some(allDone('slack-down-2.cn')));
    await waitUntil(settled); // nothing followed, nothing kept: no later round can tell anything again
    expectToldOnce(slackTexts('D1'), 'slack-down-1.cn');
    expectToldOnce(slackTexts('D2'), 'slack-down-2.cn');
    expect(outageWarnings()).toHaveLength(1); // one warning for the whole outage, not one per message or round
    expect(logs.filter((l) => l.channel === 'slack' && l.msg.startsWith('Slack reachable again'))).toHaveLength(1);
  }, 150_000);
});
