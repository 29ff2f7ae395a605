import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/app.ts';
import type { SlackConversationRef } from '../../../adapters/slack/normalize.ts';
import { createHttpServer, type HttpServer } from '../../../src/http/server.ts';
import { createLogger } from '../../../src/logger.ts';
import { createEchoDialog } from '../../support/echo-dialog.ts';
import { signSlackRequest, startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.ts';

const TOKEN = 'xoxb-test-token';
const SECRET = 'test-signing-secret';
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]);
const logger = createLogger('silent');

const { handle, handled, hold } = createEchoDialog(PHOTO);

const refs = new Map<string, SlackConversationRef>();
const refSaves: string[] = [];
let fake: FakeSlackApi;
let slack: SlackAdapter;
let http: HttpServer;
let baseUrl: string;
let seq = 0;

beforeAll(async () => {
  fake = await startFakeSlackApi(TOKEN);
  slack = createSlackAdapter({
    botToken: TOKEN, signingSecret: SECRET, handle, logger, slackApiUrl: fake.apiUrl,
    references: { save: async (id, ref) => { refSaves.push(id); refs.set(id, ref); }, load: async (id) => refs.get(id) },
    attachments: { extraOrigins: [fake.url] },
  });
  http = createHttpServer({ host: '127.0.0.1', port: 0, routes: slack.routes, logger });
  baseUrl = (await http.listen()).url;
  await slack.ready; // the token is verified in the background
});

afterAll(async () => {
  await slack?.close();
  await http?.close();
  await fake?.close();
});

const dm = (fields: Record<string, unknown>) => {
  seq += 1;
  return { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', ts: `1700000000.${String(seq).padStart(6, '0')}`, event_ts: '1', ...fields };
};
const envelope = (event: unknown, eventId = `Ev${++seq}`) => ({
  token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1700000000,
  authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }], event,
});

type PostOptions = { timestamp?: number; secret?: string; headers?: Record<string, string>; form?: boolean };
async function post(payload: unknown, options: PostOptions = {}): Promise<number> {
  const body = options.form ? new URLSearchParams({ payload: JSON.stringify(payload) }).toString() : JSON.stringify(payload);
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    body,
    headers: {
      'content-type': options.form ? 'application/x-www-form-urlencoded' : 'application/json',
      ...signSlackRequest(options.secret ?? SECRET, body, options.timestamp),
      ...options.headers,
    },
  });
  await response.arrayBuffer();
  return response.status;
}

const CHECKING = 'Checking your photo…\n正在检查您的照片……';
/** The bot's replies, without the "checking your photo" notices posted before each photo's reply. */
const posted = async (count: number) => {
  for (let calls = count; ; calls += 1) {
    const replies = (await fake.waitFor('chat.postMessage', calls)).map((c) => c.params).filter((p) => p.text !== CHECKING);
    if (replies.length >= count) return replies;
  }
};
const replyCount = () => fake.calls.filter((c) => c.method === 'chat.postMessage' && c.params.text !== CHECKING).length;
const notices = () => fake.calls.filter((c) => c.method === 'chat.postMessage' && c.params.text === CHECKING).length;

describe('Slack adapter over the real Bolt app', () => {
  it('runs a whole conversation: text, a choice button, a photo, a Slack Connect file', async () => {
    expect(await post(envelope(dm({ text: 'start' })))).toBe(200);
    const [ask] = await posted(1);
    expect(ask).toMatchObject({ channel: 'D1', text: 'Who is the registrant?' });
    expect(ask?.blocks).toMatchObject([
      { type: 'section', text: { type: 'mrkdwn', text: 'Who is the registrant?' } },
      { type: 'actions', elements: [{ value: 'person' }, { action_id: 'dvbot_choice_1', value: 'passport', text: { text: 'Passport' } }] },
    ]);

    const click = {
      type: 'block_actions', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' }, api_app_id: 'A1', channel: { id: 'D1' },
      container: { type: 'message', channel_id: 'D1', message_ts: '1700000000.000001' }, trigger_id: 'trig',
      actions: [{ type: 'button', action_id: 'dvbot_choice_1', block_id: 'dvbot_choices_0', value: 'passport', action_ts: '1700000001.000001' }],
    };
    expect(await post(click, { form: true })).toBe(200);
    expect((await posted(2))[1]?.text).toBe('You chose passport');

    const file = { id: 'F1', name: 'id-front.jpg', mimetype: 'image/jpeg', bytes: PHOTO };
    const { url_private_download } = fake.addFile(file);
    const photo = dm({ subtype: 'file_share', text: '', files: [{ id: 'F1', name: 'id-front.jpg', mimetype: 'image/jpeg', size: PHOTO.length, url_private_download }] });
    expect(await post(envelope(photo))).toBe(200);
    expect((await posted(3))[2]?.text).toBe(`Got id-front.jpg (${PHOTO.length} bytes)`);
    expect(notices()).toBe(1);

    fake.addFile({ ...file, id: 'F2', name: 'passport.jpg' });
    const connect = dm({ subtype: 'file_share', text: '', files: [{ id: 'F2', mode: 'file_access', file_access: 'check_file_info' }] });
    expect(await post(envelope(connect))).toBe(200);
    expect((await posted(4))[3]?.text).toBe(`Got undefined (${PHOTO.length} bytes)`);
    expect(fake.calls.filter((c) => c.method === 'files.info').map((c) => [c.params.file, c.token])).toEqual([['F2', TOKEN]]);
    expect(handled.map((m) => m.conversationId)).toEqual(Array(4).fill('slack:T1:D1'));
    expect(refs.get('slack:T1:D1')).toEqual({ team: 'T1', channel: 'D1', user: 'U1' });
    expect(refSaves).toEqual(['slack:T1:D1']); // three messages, one unchanged reference: saved once
  });

  it('escapes echoed user text so it cannot ping or inject links', async () => {
    const before = replyCount();
    await post(envelope(dm({ text: '&lt;!channel&gt; hi @here <http://evil.example|click>' })));
    const reply = (await posted(before + 1))[before];
    expect(handled.at(-1)?.text).toBe('<!channel> hi @here click');
    expect(reply?.text).toBe('You said: &lt;!channel&gt; hi @\u2060here click');
    expect(String(reply?.link_names)).toBe('false');
  });

  it('acknowledges the event before the turn finishes', async () => {
    const before = replyCount();
    const open = hold();
    expect(await post(envelope(dm({ text: 'slow' })))).toBe(200);
    expect(replyCount()).toBe(before);
    open();
    expect((await posted(before + 1))[before]?.text).toBe('You said: slow');
  });

  it('handles a retried delivery once', async () => {
    const before = replyCount();
    const event = envelope(dm({ text: 'only once' }), 'EvRetry1');
    expect(await post(event)).toBe(200);
    expect(await post(event, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).toBe(200);
    await post(envelope(dm({ text: 'after the retry' })));
    const texts = (await posted(before + 2)).slice(before).map((p) => p.text);
    expect(texts).toEqual(['You said: only once', 'You said: after the retry']);
    expect(handled.filter((m) => m.text === 'only once')).toHaveLength(1);
  });

  it('rejects a bad signature and a stale timestamp without running a turn', async () => {
    const count = handled.length;
    expect(await post(envelope(dm({ text: 'forged' })), { secret: 'wrong-secret' })).toBe(401);
    expect(await post(envelope(dm({ text: 'replayed' })), { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).toBe(401);
    const unsigned = await fetch(`${baseUrl}/slack/events`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(unsigned.status).toBe(401);
    expect(handled).toHaveLength(count);
  });

  it('answers the url_verification challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'legacy' });
    const response = await fetch(`${baseUrl}/slack/events`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signSlackRequest(SECRET, body) } });
    expect(await response.json()).toEqual({ challenge: 'abc123' });
  });

  it('refuses a file URL on another host and an HTML login page', async () => {
    const before = replyCount();
    const evil = dm({ subtype: 'file_share', text: '', files: [{ id: 'F9', name: 'x.jpg', mimetype: 'image/jpeg', url_private_download: 'https://evil.example.com/x.jpg' }] });
    await post(envelope(evil));
    const { url_private_download } = fake.addFile({ id: 'F8', name: 'y.jpg', mimetype: 'image/jpeg', bytes: PHOTO, loginPageOnly: true });
    const login = dm({ subtype: 'file_share', text: '', files: [{ id: 'F8', name: 'y.jpg', mimetype: 'image/jpeg', url_private_download }] });
    await post(envelope(login));
    expect((await posted(before + 2)).slice(before).map((p) => p.text)).toEqual(['Photo failed: attachment_refused', 'Photo failed: attachment_fetch_failed']);
  });

  it('answers an @mention in a channel with a link to the direct message', async () => {
    const before = replyCount();
    await post(envelope({ type: 'app_mention', channel: 'C1', user: 'U2', text: '<@UBOT> help', ts: '1700000100.000100', event_ts: '1' }));
    const [reply] = (await posted(before + 1)).slice(before);
    expect(reply).toMatchObject({ channel: 'C1', thread_ts: '1700000100.000100' });
    expect(reply?.text).toBe([
      'I help with domain name verification in a direct message: <https://slack.com/app_redirect?app=A1&team=T1|open a chat with me>',
      '请在私信中与我对话，办理域名实名认证： <https://slack.com/app_redirect?app=A1&team=T1|打开私信>',
    ].join('\n'));
  });

  it('ignores an @mention whose envelope does not parse, without posting', async () => {
    const [before, replies] = [fake.calls.length, replyCount()];
    const mention = { type: 'app_mention', user: 'U2', text: '<@UBOT> help', ts: '1700000100.000200', event_ts: '1' };
    await post(envelope(mention)); // no channel
    await post({ ...envelope({ ...mention, channel: 'C1' }), api_app_id: 'A1>|<https://evil.example' });
    await post(envelope(dm({ text: 'after the mentions' })));
    await posted(replies + 1);
    expect(fake.calls.slice(before).map((c) => [c.method, c.params.channel, c.params.text])).toEqual([['chat.postMessage', 'D1', 'You said: after the mentions']]);
  });

  it('uploads an outbound image and sends proactive messages to a stored conversation', async () => {
    const before = replyCount();
    await post(envelope(dm({ text: 'show me' })));
    await fake.waitFor('files.completeUploadExternal', 1);
    expect(Buffer.compare(fake.uploads[0]!, PHOTO)).toBe(0);
    expect(fake.calls.find((c) => c.method === 'files.completeUploadExternal')?.params.channel_id).toBe('D1');

    expect(await slack.sendProactive('slack:T1:D1', [{ text: 'Your profile was approved.' }])).toBe(true);
    expect(await slack.sendProactive('slack:T1:DX', [{ text: 'nobody' }])).toBe(false);
    const texts = (await posted(before + 2)).slice(before).map((p) => [p.channel, p.text]);
    expect(texts).toEqual([['D1', 'Here it is'], ['D1', 'Your profile was approved.']]);
  });
});
