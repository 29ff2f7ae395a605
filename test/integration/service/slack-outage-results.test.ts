import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server } from 'node:http';
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
let hanging: Server | undefined;
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
  // A long proactive timeout: a hanging Slack stays hung for as long as the test looks at it.
  const slackOptions = { slackApiUrl: slack.apiUrl, retry: { firstDelayMs: 50, maxDelayMs: 200 }, proactiveTimeoutMs: 120_000 };
  server = await startServer(config, logger, { reviewPollMs: 200, slack: slackOptions });
});

afterAll(async () => {
  page?.close();
  hanging?.closeAllConnections();
  hanging?.close();
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

/** A Slack that takes connections on `port` and never answers; `requests` are the calls it holds, with whether they are still open. */
async function startHangingSlack(port: number): Promise<{ server: Server; requests: { method: string; text: string; open: () => boolean }[] }> {
  const requests: { method: string; text: string; open: () => boolean }[] = [];
  const server = createServer((req: IncomingMessage) => {
    let body = '';
    let open = true;
    req.socket.once('close', () => (open = false));
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8'))).on('end', () => {
      const params = req.headers['content-type']?.includes('json') ? (JSON.parse(body) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(body));
      requests.push({ method: (req.url ?? '').replace('/api/', ''), text: String(params.text), open: () => open });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, requests };
}

const outageWarnings = () => logs.filter((l) => l.channel === 'slack' && l.msg.startsWith('Slack unreachable'));

describe('review results while Slack is away', () => {
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

  it('a web user is told while a Slack send hangs; the hung result is never told twice', async () => {
    await waitUntil(settled);
    await createReferenceStore(server.bot.store.kv<Record<string, unknown>>('ref')).save('slack:T1:D3', { team: 'T1', channel: 'D3', user: 'UD3' });
    await slack!.close();
    const stuck = await startHangingSlack(slackPort); // Slack takes the connection and never answers
    hanging = stuck.server;
    await submit('slack:T1:D3', 'slack-hangs.cn');
    await waitUntil(() => stuck.requests.some((r) => r.method === 'chat.postMessage'));

    const web = randomUUID();
    const second = await openEvents(server.url, web);
    await submit(`web:${web}`, 'web-while-slack-hangs.cn');
    await waitUntil(() => second.events.flat().some(allDone('web-while-slack-hangs.cn')));
    second.close();
    // the web result came while the Slack send was still waiting for its answer
    expect(stuck.requests.filter((r) => r.method === 'chat.postMessage').map((r) => r.open())).toEqual([true]);

    stuck.server.closeAllConnections(); // the hung send fails: it may have reached Slack, so it is not sent again
    await new Promise<void>((resolve) => stuck.server.close(() => resolve()));
    hanging = undefined;
    slack = await startFakeSlackApi(TOKEN, slackPort);
    await waitUntil(() => slackTexts('D3').some(allDone('slack-hangs.cn')));
    await waitUntil(settled);
    const told = [...stuck.requests.filter((r) => r.method === 'chat.postMessage').map((r) => r.text), ...slackTexts('D3')];
    expectToldOnce(told, 'slack-hangs.cn');
  }, 150_000);
});
