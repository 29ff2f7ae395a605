import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { startFakeSlackApi } from '../../support/fake-slack-api.ts';
import { slackDm } from '../../support/slack-dm.ts';
import { lastCode, startHeldSmtp } from '../../support/smtp-sink.ts';
import { PROFILE_TURNS, turnsCounted, waitUntil, type WebInput } from './support.ts';

const TOKEN = 'xoxb-shutdown-test';
const SECRET = 'shutdown-signing-secret';
const dir = mkdtempSync(join(tmpdir(), 'dvbot-slack-shutdown-'));
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

// In-process, since only a test can point the Slack adapter at a local Slack: `close()` is what SIGTERM runs in `dvbot serve`.
describe('shutdown with a Slack turn in flight (acked to Slack, still running)', () => {
  it('waits for the turn, whose reply reaches Slack, and saves it before the store closes', async () => {
    const slack = await startFakeSlackApi(TOKEN);
    const smtp = await startHeldSmtp(); // the email-code turn waits on the mail server until released
    cleanups.push(() => slack.close(), () => smtp.close());
    const config = loadConfig({
      DVBOT_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: randomBytes(32).toString('hex'), SMTP_URL: smtp.url,
      SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET,
    });
    const start = async () => {
      const server = await startServer(config, createLogger('silent'), { slack: { slackApiUrl: slack.apiUrl } });
      cleanups.push(() => server.close());
      await waitUntil(async () => ((await (await fetch(`${server.url}/readyz`)).json()) as { components: { slack: { ok: boolean } } }).components.slack.ok);
      return server;
    };
    const server: RunningServer = await start();
    const user = slackDm(server.url, SECRET, 'DSHUT');
    const send = (input: WebInput) => (typeof input === 'string' ? user.say(input) : user.press(input.action));
    const turnsDone = () => turnsCounted(server.url, 'slack');
    for (const input of PROFILE_TURNS.slice(0, -1)) {
      const before = await turnsDone();
      expect(await send(input)).toBe(200);
      await waitUntil(async () => (await turnsDone()) > before);
    }
    const replies = () => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === 'DSHUT').map((c) => String(c.params.text));
    const repliedBefore = replies().length;

    expect(await send(PROFILE_TURNS.at(-1)!)).toBe(200); // confirms the profile, so the code is mailed; acked at once
    await waitUntil(() => smtp.received()); // the turn is running
    let closed = false;
    const closing = server.close().then(() => { closed = true; });
    await waitUntil(async () => (await fetch(`${server.url}/healthz`).then(() => 'open', () => 'refused')) === 'refused');
    expect(closed).toBe(false); // still waiting for the turn
    smtp.release();
    await closing;
    expect(replies().slice(repliedBefore).join('\n')).toMatch(/I sent a 6-digit code/);

    const again = await start(); // the turn was saved: the code it mailed is what the dialog expects now
    const before = replies().length;
    expect(await slackDm(again.url, SECRET, 'DSHUT').say(lastCode(smtp.messages))).toBe(200);
    await waitUntil(() => replies().length > before);
    expect(replies()[before]).toBe('Email verified.');
  }, 90_000);
});
