import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamsAdapter, type TeamsAdapter, type TeamsConversationRef } from '../../../adapters/teams/app.ts';
import { ConfigError } from '../../../src/errors.ts';
import { createHttpServer, type HttpServer } from '../../../src/http/server.ts';
import { createLogger } from '../../../src/logger.ts';
import { createEchoDialog } from '../../support/echo-dialog.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../../support/fake-bot-connector.ts';

const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3000, 9)]);
const logger = createLogger('silent');

const { handle, handled } = createEchoDialog(PHOTO);

const refs = new Map<string, TeamsConversationRef>();
const refSaves: string[] = [];
const references = {
  save: async (id: string, ref: TeamsConversationRef) => { refSaves.push(id); refs.set(id, ref); },
  load: async (id: string) => refs.get(id),
};
let fake: FakeBotConnector;
let teams: TeamsAdapter;
let http: HttpServer;
let baseUrl: string;
let seq = 0;

beforeAll(async () => {
  fake = await startFakeBotConnector();
  teams = createTeamsAdapter({ auth: {}, allowUnauthenticated: true, handle, references, logger, attachments: { extraOrigins: [fake.url] } });
  http = createHttpServer({ host: '127.0.0.1', port: 0, routes: teams.routes, logger });
  baseUrl = (await http.listen()).url;
});

afterAll(async () => {
  await http?.close();
  await fake?.close();
});

const activity = (fields: Record<string, unknown>, conversationType = 'personal') => ({
  type: 'message', id: `act-${++seq}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: `${fake.url}/`,
  from: { id: '29:user-1', aadObjectId: 'aad-1', name: 'Ana' }, recipient: { id: '28:bot', name: 'dvbot' },
  conversation: { id: 'a:conv-1', conversationType, tenantId: 'tenant-1' }, locale: 'en-US', ...fields,
});

async function post(body: unknown, headers: Record<string, string> = {}, base = baseUrl): Promise<number> {
  const response = await fetch(`${base}/api/messages`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
  await response.arrayBuffer();
  return response.status;
}

const replyTexts = (from: number) => fake.posts.slice(from).map((p) => p.activity.text);

describe('Teams adapter over the real CloudAdapter (local mode)', () => {
  it('replies in the conversation to the activity, as plain text', async () => {
    const first = activity({ text: '**hi** <b>there</b>' });
    expect(await post(first)).toBe(200);
    const [reply] = await fake.waitFor(1);
    expect(reply).toMatchObject({ conversationId: 'a:conv-1', replyToId: first.id, activity: { type: 'message', text: 'You said: **hi** <b>there</b>', textFormat: 'plain' } });
    expect(handled.at(-1)).toMatchObject({ id: `teams:a:conv-1:${first.id}`, conversationId: 'teams:a:conv-1', userId: 'teams:aad-1', locale: 'en-US' });
    expect(refs.get('teams:a:conv-1')).toMatchObject({ conversation: { id: 'a:conv-1' }, serviceUrl: `${fake.url}/`, channelId: 'msteams' });
  });

  it('offers choices on an Adaptive Card and takes the submitted choice', async () => {
    const before = fake.posts.length;
    await post(activity({ text: 'start' }));
    const [ask] = (await fake.waitFor(before + 1)).slice(before);
    expect(ask?.activity.attachments).toMatchObject([{
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', body: [{ type: 'ActionSet', actions: [{ title: 'An individual', data: { dvbotChoice: 'person' } }, { title: 'Passport', data: { dvbotChoice: 'passport' } }] }] },
    }]);
    await post(activity({ value: { dvbotChoice: 'passport' } }));
    await fake.waitFor(before + 2);
    expect(replyTexts(before + 1)).toEqual(['You chose passport']);
  });

  it('downloads a file sent with the paperclip without the bot token, and a pasted image', async () => {
    const before = fake.posts.length;
    const typingBefore = fake.typing.length;
    const downloadUrl = fake.serve({ path: '/personal/ana/id-front.jpg', bytes: PHOTO, contentType: 'image/jpeg' });
    await post(activity({ attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', contentUrl: 'https://contoso.sharepoint.com/x', name: 'id-front.jpg', content: { downloadUrl, uniqueId: 'u1', fileType: 'jpg' } }] }));
    await fake.waitFor(before + 1);
    const contentUrl = fake.serve({ path: '/v3/attachments/img-1/views/original', bytes: PHOTO, contentType: 'image/png' });
    await post(activity({ text: '', attachments: [{ contentType: 'image/*', contentUrl }, { contentType: 'text/html', content: '<div><img></div>' }] }));
    await fake.waitFor(before + 2);
    expect(replyTexts(before)).toEqual([`Got id-front.jpg (${PHOTO.length} bytes)`, `Got undefined (${PHOTO.length} bytes)`]);
    expect(fake.typing.length - typingBefore).toBe(2); // a typing indicator while each photo is checked
    expect(fake.downloads.map((d) => [d.path, d.authorization])).toEqual([['/personal/ana/id-front.jpg', undefined], ['/v3/attachments/img-1/views/original', undefined]]);
  });

  it('asks for a file when a pasted image cannot be fetched, after one retry', async () => {
    const before = fake.posts.length;
    const count = handled.length;
    const contentUrl = fake.serve({ path: '/v3/attachments/img-2/views/original', bytes: PHOTO, contentType: 'image/jpeg', status: 403 });
    await post(activity({ attachments: [{ contentType: 'image/jpeg', contentUrl }] }));
    await post(activity({ text: 'next' }));
    await fake.waitFor(before + 2);
    expect(replyTexts(before)).toEqual([
      "I couldn't open the pasted image. Please send it as a file instead: paperclip → Upload from this device.",
      'You said: next',
    ]);
    expect(fake.downloads.filter((d) => d.path.includes('img-2'))).toHaveLength(2);
    expect(handled.slice(count).map((m) => m.text)).toEqual(['next']);
  });

  it('refuses an attachment URL on another host', async () => {
    const before = fake.posts.length;
    await post(activity({ attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'x.jpg', content: { downloadUrl: 'https://evil.example.com/x.jpg' } }] }));
    await fake.waitFor(before + 1);
    expect(replyTexts(before)).toEqual(['Photo failed: attachment_refused']);
  });

  it('points group chats to the personal chat, in the user language', async () => {
    const before = fake.posts.length;
    await post(activity({ text: 'hi', locale: 'zh-CN' }, 'groupChat'));
    await fake.waitFor(before + 1);
    expect(replyTexts(before)).toEqual(['请在与我的私聊中办理域名实名认证：打开与我的聊天并打个招呼。']);
  });

  it('sends proactive messages with the stored reference', async () => {
    const before = fake.posts.length;
    expect(await teams.sendProactive('teams:a:conv-1', [{ text: 'Your profile was approved.' }])).toBe(true);
    expect(await teams.sendProactive('teams:a:unknown', [{ text: 'nobody' }])).toBe(false);
    const [sent] = (await fake.waitFor(before + 1)).slice(before);
    expect(sent).toMatchObject({ conversationId: 'a:conv-1', activity: { text: 'Your profile was approved.' } });
  });

  it('saves the conversation reference only when it is new or changed', async () => {
    expect(refSaves).toEqual(['teams:a:conv-1']); // every message so far came with the same reference
    const before = fake.posts.length;
    await post(activity({ text: 'hi', locale: 'zh-CN' }));
    await post(activity({ text: 'again', locale: 'zh-CN' }));
    await fake.waitFor(before + 2);
    expect(refSaves).toEqual(['teams:a:conv-1', 'teams:a:conv-1']);
    expect(refs.get('teams:a:conv-1')).toMatchObject({ locale: 'zh-CN', conversation: { id: 'a:conv-1' } });
    expect(refs.get('teams:a:conv-1')).not.toHaveProperty('activityId');
  });

  it('answers a malformed body with 400', async () => {
    const response = await fetch(`${baseUrl}/api/messages`, { method: 'POST', body: '{not json', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
  });
});

describe('Teams adapter with an app id', () => {
  it('rejects a request without a valid Bot Framework token', async () => {
    const count = handled.length;
    const secured = createTeamsAdapter({ auth: { appId: '00000000-0000-0000-0000-000000000001', appPassword: 'secret', appType: 'MultiTenant' }, handle, references, logger });
    const server = createHttpServer({ host: '127.0.0.1', port: 0, routes: secured.routes, logger });
    const { url } = await server.listen();
    try {
      expect(await post(activity({ text: 'unsigned' }), {}, url)).toBe(401);
      expect(handled).toHaveLength(count);
    } finally {
      await server.close();
    }
  });

  it('refuses to start without an app id unless local mode is explicit, and never both', () => {
    expect(() => createTeamsAdapter({ auth: {}, handle, references, logger })).toThrow(ConfigError);
    expect(() => createTeamsAdapter({ auth: { appId: 'x' }, allowUnauthenticated: true, handle, references, logger })).toThrow(ConfigError);
  });
});
