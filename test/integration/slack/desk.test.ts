import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { blur, shoot } from '../../fixtures/photos/scene.ts';
import { signSlackRequest, startFakeSlackApi, type FakeSlackApi, type SlackApiCall } from '../../support/fake-slack-api.ts';
import { agentClient, toMidProfile, webUser } from '../../support/handoff-clients.ts';
import { createAgents } from '../../../src/handoff/agents.ts';

const TOKEN = 'xoxb-desk-token';
const SECRET = 'desk-signing-secret';
const SUPPORT = 'CSUPPORT1';
const dir = mkdtempSync(join(tmpdir(), 'dvbot-slack-desk-'));
let fake: FakeSlackApi;
let server: RunningServer;
let env: Record<string, string>;
const start = () => startServer(loadConfig(env), createLogger('silent'), { slack: { slackApiUrl: fake.apiUrl } });
let seq = 0;

beforeAll(async () => {
  fake = await startFakeSlackApi(TOKEN);
  fake.addUser('UAGENT1', 'Li Na');
  fake.addUser('UAGENT2', 'Wang Wei');
  fake.addUser('UAGENT3', 'Li Na'); // another person with the same display name
  env = {
    DVBOT_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: 'e'.repeat(64),
    SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_SUPPORT_CHANNEL: SUPPORT,
  };
  server = await start();
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A signed request to /slack/events, as Slack sends it; repeated while the adapter is still starting (503). */
async function post(payload: unknown, options: { form?: boolean; secret?: string } = {}): Promise<number> {
  const body = options.form ? new URLSearchParams({ payload: JSON.stringify(payload) }).toString() : JSON.stringify(payload);
  for (;;) {
    const response = await fetch(`${server.url}/slack/events`, {
      method: 'POST', body,
      headers: { 'content-type': options.form ? 'application/x-www-form-urlencoded' : 'application/json', ...signSlackRequest(options.secret ?? SECRET, body) },
    });
    await response.arrayBuffer();
    if (response.status !== 503) return response.status;
    await sleep(20);
  }
}
const click = (user: string, actionId: string, value: string, ts: string, threadTs?: string) => ({
  type: 'block_actions', user: { id: user, team_id: 'T1' }, team: { id: 'T1' }, api_app_id: 'A1', channel: { id: SUPPORT }, trigger_id: `trig-${++seq}`,
  container: { type: 'message', channel_id: SUPPORT, message_ts: ts }, message: { ts, ...(threadTs ? { thread_ts: threadTs } : {}) },
  actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: `1700000100.${++seq}` }],
});
const threadReply = (user: string, threadTs: string, text: string) => ({
  token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `EvDesk${++seq}`, event_time: 1700000000,
  authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
  event: { type: 'message', channel: SUPPORT, channel_type: 'channel', user, text, ts: `1700000200.${String(++seq).padStart(6, '0')}`, thread_ts: threadTs, event_ts: '1' },
});
const handbackSubmission = (user: string, id: string, note: string) => ({
  type: 'view_submission', team: { id: 'T1' }, user: { id: user, team_id: 'T1' }, api_app_id: 'A1', trigger_id: `trig-${++seq}`,
  view: {
    id: 'V1', type: 'modal', callback_id: 'dvbot_desk_handback_note', private_metadata: id, team_id: 'T1', app_id: 'A1', bot_id: 'BBOT', hash: 'h',
    state: { values: { note: { note: { type: 'plain_text_input', value: note } } } },
  },
});
/** The first recorded call of `method` after `from` that matches. */
async function called(method: string, match: (c: SlackApiCall) => boolean, from = 0): Promise<SlackApiCall> {
  for (let count = 1; ; count++) {
    const found = (await fake.waitFor(method, count)).find((c) => fake.calls.indexOf(c) >= from && match(c));
    if (found) return found;
  }
}
/** The ts of the case's message in the support channel, once the desk recorded it (just after Slack answered the post). */
async function threadOf(id: string): Promise<string> {
  for (;;) {
    const ts = (await server.bot.desk.get(id))?.slack?.ts;
    if (ts) return ts;
    await sleep(10);
  }
}
const inThread = (ts: string, part: string) => (c: SlackApiCall) => c.params.thread_ts === ts && JSON.stringify(c.params).includes(part);

describe('the Slack desk', () => {
  it('posts a handoff, lets one Slack user take it, relays the thread both ways with a photo, and hands back', async () => {
    const user = webUser(server.url);
    await toMidProfile(user);
    const page = await user.events();
    expect((await user.say('human'))[0]).toMatch(/number 1 in the queue/);

    const root = await called('chat.postMessage', (c) => c.params.channel === SUPPORT && !c.params.thread_ts);
    const blocks = JSON.stringify(root.params.blocks);
    expect(blocks).toContain('1101**********002X');
    expect(blocks).not.toContain('11010519491231002X');
    expect(blocks).toContain('"action_id":"dvbot_desk_take"');
    const rootTs = await threadOf(user.id);
    expect(root.params).toMatchObject({ channel: SUPPORT });

    // two agents click at once: exactly one wins, the other is told who has it
    const [a, b] = await Promise.all([post(click('UAGENT1', 'dvbot_desk_take', user.id, rootTs), { form: true }), post(click('UAGENT2', 'dvbot_desk_take', user.id, rootTs), { form: true })]);
    expect([a, b]).toEqual([200, 200]);
    const holder = (await server.bot.desk.get(user.id))?.claimedByName;
    expect(['Li Na', 'Wang Wei']).toContain(holder);
    const [winner, loser] = holder === 'Li Na' ? ['UAGENT1', 'UAGENT2'] : ['UAGENT2', 'UAGENT1'];
    const told = await called('chat.postEphemeral', (c) => c.params.user === loser);
    expect(told.params.text).toBe(`${holder} has this conversation.`);
    await page.waitFor((e) => JSON.stringify(e.data).includes(`${holder} from the support team`));
    const updated = await called('chat.update', (c) => c.params.ts === rootTs);
    expect(JSON.stringify(updated.params.blocks)).toContain(`Taken by ${holder}`);
    expect(JSON.stringify(updated.params.blocks)).not.toContain('dvbot_desk_take');
    await called('chat.postMessage', inThread(rootTs, 'dvbot_desk_handback'));
    const mark = fake.calls.length;
    expect(await post(click(winner, 'dvbot_desk_take', user.id, rootTs), { form: true })).toBe(200);
    expect((await called('chat.postEphemeral', (c) => c.params.user === winner, mark)).params.text).toMatch(/^You already have this conversation/);
    expect(page.events.filter((e) => JSON.stringify(e.data).includes('from the support team'))).toHaveLength(1);

    // agent → user: a thread reply reaches the web chat; a reply from the other Slack user does not
    expect(await post(threadReply(winner, rootTs, 'Hi, I am here &lt;b&gt;to help&lt;/b&gt;'))).toBe(200);
    await page.waitFor((e) => JSON.stringify(e.data).includes('Hi, I am here <b>to help</b>'));
    expect(await post(threadReply(loser, rootTs, 'me too'))).toBe(200);
    expect((await called('chat.postEphemeral', (c) => c.params.user === loser && c.params.thread_ts === rootTs)).params.text).toBe(`${holder} has this conversation.`);

    // user → thread: text masked and escaped, a photo uploaded into the thread with the checks' verdict
    expect(await user.say('my phone is 13812345678 @here <!channel>')).toEqual([]);
    const line = await called('chat.postMessage', inThread(rootTs, '138******78'));
    expect(line.params.text).toBe('*User:* my phone is 138******78 @\u2060here &lt;!channel&gt;');
    const photo = await shoot({}, blur(6));
    await user.upload(photo, 'IMG_0001.jpg');
    const upload = await called('files.completeUploadExternal', (c) => c.params.thread_ts === rootTs);
    expect(upload.params).toMatchObject({ channel_id: SUPPORT, initial_comment: expect.stringMatching(/^User sent a photo \(refused: .+\)\. Photo id: held:/) });
    expect(fake.uploads.some((bytes) => bytes.equals(photo))).toBe(true);
    expect((await server.bot.desk.transcript(user.id)).map((e) => e.text)).not.toContain('me too');

    // Hand back: the button opens the note modal; submitting it releases, the bot tells the user and resumes
    expect(await post(click(winner, 'dvbot_desk_handback', user.id, `${rootTs}9`, rootTs), { form: true })).toBe(200);
    const modal = await called('views.open', () => true);
    expect(modal.params.view).toMatchObject({ callback_id: 'dvbot_desk_handback_note', private_metadata: user.id });
    expect(await post(handbackSubmission(winner, user.id, 'Please go on with the bot'), { form: true })).toBe(200);
    await page.waitFor((e) => JSON.stringify(e.data).includes('Note from the support agent: Please go on with the bot'));
    expect(await server.bot.desk.get(user.id)).toBeUndefined();
    const closed = await called('chat.update', (c) => c.params.ts === rootTs && JSON.stringify(c.params.blocks).includes('Handed back to the bot'));
    expect(JSON.stringify(closed.params.blocks)).toContain(`by ${holder}`);
    expect((await user.say('浙江'))[0]).toMatch(/city/i);
    page.close();
  });

  it('ignores unsigned or forged interactions', async () => {
    const user = webUser(server.url);
    await toMidProfile(user);
    await user.say('human');
    await called('chat.postMessage', (c) => c.params.channel === SUPPORT && !c.params.thread_ts && JSON.stringify(c.params).includes(user.id));
    const ts = await threadOf(user.id);
    expect(await post(click('UAGENT1', 'dvbot_desk_take', user.id, ts), { form: true, secret: 'forged' })).toBe(401);
    expect(await post(threadReply('UAGENT1', ts, 'forged'), { secret: 'forged' })).toBe(401);
    expect(await server.bot.desk.get(user.id)).toMatchObject({ state: 'waiting' });
    expect((await server.bot.desk.transcript(user.id)).map((e) => e.text)).not.toContain('forged');
  });

  it('keeps the case, its thread and its holder across a restart', async () => {
    const user = webUser(server.url);
    await toMidProfile(user);
    await user.say('human');
    const ts = await threadOf(user.id);
    const mark = fake.calls.length;
    expect(await post(click('UAGENT2', 'dvbot_desk_take', user.id, ts), { form: true })).toBe(200);
    await called('chat.postMessage', inThread(ts, 'dvbot_desk_handback'), mark);
    await server.close();
    server = await start();
    expect(await post(threadReply('UAGENT2', ts, 'Back after a restart'))).toBe(200);
    for (;;) {
      const said = (await server.bot.desk.transcript(user.id)).find((e) => e.text === 'Back after a restart');
      if (said) return expect(said).toMatchObject({ from: 'agent', agent: 'Wang Wei' });
      await sleep(10);
    }
  });

  it('updates the channel message when a console agent takes the case and hands it back', async () => {
    const { token } = await createAgents(server.bot.store).add('Zhou Min');
    const console = agentClient(server.url, token);
    const user = webUser(server.url);
    await toMidProfile(user);
    await user.say('human');
    const ts = await threadOf(user.id);
    const mark = fake.calls.length;
    expect((await console.claim(user.id)).status).toBe(200);
    const taken = await called('chat.update', (c) => c.params.ts === ts, mark);
    expect(JSON.stringify(taken.params.blocks)).toContain('Taken by Zhou Min (outside Slack)');
    expect(JSON.stringify(taken.params.blocks)).not.toContain('dvbot_desk_take');
    expect((await called('chat.postMessage', inThread(ts, 'Zhou Min'), mark)).params.text).toMatch(/outside Slack; replies in this thread do not reach the user/);
    // a Slack user clicking the stale button is told who has it
    expect(await post(click('UAGENT1', 'dvbot_desk_take', user.id, ts), { form: true })).toBe(200);
    expect((await called('chat.postEphemeral', (c) => c.params.user === 'UAGENT1', mark)).params.text).toBe('Zhou Min has this conversation.');
    expect((await console.release(user.id)).status).toBe(200);
    const back = await called('chat.update', (c) => c.params.ts === ts && JSON.stringify(c.params.blocks).includes('Handed back to the bot'), mark);
    expect(JSON.stringify(back.params.blocks)).toContain('by Zhou Min');
  });

  it('restores *Take it* when a holder outside Slack gives the case back to the queue', async () => {
    const user = webUser(server.url);
    await toMidProfile(user);
    await user.say('human');
    const ts = await threadOf(user.id);
    const mark = fake.calls.length;
    expect(await server.bot.desk.claim(user.id, 'Teams agent hub')).toMatchObject({ ok: true });
    await called('chat.update', (c) => c.params.ts === ts && JSON.stringify(c.params.blocks).includes('Taken by Teams agent hub'), mark);
    expect(await server.bot.desk.requeue(user.id, 'Teams agent hub')).toEqual({ ok: true });
    const restored = await called('chat.update', (c) => c.params.ts === ts && JSON.stringify(c.params.blocks).includes('dvbot_desk_take'), mark);
    expect(JSON.stringify(restored.params.blocks)).not.toContain('Taken by');
    await called('chat.postMessage', inThread(ts, 'Waiting for an agent again'), mark);
  });

  it('tells two Slack users with the same display name apart', async () => {
    const user = webUser(server.url);
    await toMidProfile(user);
    await user.say('human');
    const ts = await threadOf(user.id);
    const mark = fake.calls.length;
    expect(await post(click('UAGENT1', 'dvbot_desk_take', user.id, ts), { form: true })).toBe(200);
    await called('chat.postMessage', inThread(ts, 'dvbot_desk_handback'), mark);
    expect(await server.bot.desk.get(user.id)).toMatchObject({ claimedBy: 'slack:UAGENT1', claimedByName: 'Li Na' });
    // the other "Li Na" is another agent: her reply does not reach the user, and she cannot hand back
    expect(await post(threadReply('UAGENT3', ts, 'I am Li Na too'))).toBe(200);
    expect((await called('chat.postEphemeral', (c) => c.params.user === 'UAGENT3', mark)).params.text).toBe('Li Na has this conversation.');
    expect(await post(threadReply('UAGENT1', ts, 'The real holder'))).toBe(200);
    for (;;) {
      const texts = (await server.bot.desk.transcript(user.id)).map((e) => e.text);
      if (texts.includes('The real holder')) return expect(texts).not.toContain('I am Li Na too');
      await sleep(10);
    }
  });

  it('posts a handoff made while Slack is unreachable once Slack answers again', async () => {
    const port = Number(new URL(fake.apiUrl).port);
    await fake.close();
    const user = webUser(server.url);
    await toMidProfile(user);
    expect((await user.say('human'))[0]).toMatch(/number \d+ in the queue/);
    await sleep(300); // the first attempt has failed by now; Slack comes back on the same address
    fake = await startFakeSlackApi(TOKEN, port);
    const root = await called('chat.postMessage', (c) => c.params.channel === SUPPORT && !c.params.thread_ts && JSON.stringify(c.params).includes(user.id));
    expect(JSON.stringify(root.params.blocks)).toContain('"action_id":"dvbot_desk_take"');
    expect(await threadOf(user.id)).toMatch(/\d/);
  });
});
