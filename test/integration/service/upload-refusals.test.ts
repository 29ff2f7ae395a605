import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/app.ts';
import { createTeamsAdapter, type TeamsAdapter } from '../../../adapters/teams/app.ts';
import type { InboundMessage, OutboundMessage } from '../../../src/conversation/messages.ts';
import { createHttpServer, type HttpServer } from '../../../src/http/server.ts';
import { uploadRefusals } from '../../../src/i18n/upload-refusals.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMemoryStore } from '../../../src/store/index.ts';
import { createUploadBudget } from '../../../src/store/upload-budget.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../../support/fake-bot-connector.ts';
import { signSlackRequest, startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.ts';
import { waitUntil } from './support.ts';

const TOKEN = 'xoxb-refusal-test';
const SECRET = 'refusal-signing-secret';
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4000, 3)]);
const logger = createLogger('silent');
const store = await createMemoryStore();

// The bot's own budgets, as `createBot` charges them before an upload is written: a conversation whose day's budget
// is smaller than one photo, and a disk whose free space is always under the reserve.
const overBudget = createUploadBudget({ used: store.kv('upload-bytes'), perConversationBytes: 1_000, windowMs: 60_000, minFreeBytes: 0 });
const diskLow = createUploadBudget({ used: store.kv('upload-bytes'), perConversationBytes: 1 << 30, windowMs: 60_000, dataDir: '/', minFreeBytes: Number.MAX_SAFE_INTEGER });

/** Reads each upload and charges it to `budget`, as the bot's upload step does; text is echoed. */
const chargingHandle = (budget: ReturnType<typeof createUploadBudget>) => async (msg: InboundMessage): Promise<OutboundMessage[]> => {
  for (const attachment of msg.attachments ?? []) await budget.charge(msg.conversationId, (await attachment.read()).length);
  return [{ text: msg.attachments?.length ? 'stored' : `You said: ${msg.text}` }];
};

const servers: { close(): Promise<unknown> }[] = [];
afterAll(async () => { for (const server of servers.reverse()) await server.close(); });

describe('Slack tells the user why an upload was refused', () => {
  let fake: FakeSlackApi;
  const adapters: Record<string, string> = {};

  beforeAll(async () => {
    fake = await startFakeSlackApi(TOKEN);
    servers.push(fake);
    for (const [name, budget] of [['budget', overBudget], ['disk', diskLow]] as const) {
      const slack: SlackAdapter = createSlackAdapter({
        botToken: TOKEN, signingSecret: SECRET, handle: chargingHandle(budget), logger, slackApiUrl: fake.apiUrl,
        references: { save: async () => {}, load: async () => undefined }, attachments: { extraOrigins: [fake.url] },
      });
      const http: HttpServer = createHttpServer({ host: '127.0.0.1', port: 0, routes: slack.routes, logger });
      adapters[name] = (await http.listen()).url;
      servers.push({ close: () => slack.close() }, http);
      await slack.ready;
    }
  });

  async function sendPhoto(base: string, channel: string): Promise<string | undefined> {
    const { url_private_download } = fake.addFile({ id: `F${channel}`, name: 'id.jpg', mimetype: 'image/jpeg', bytes: PHOTO });
    const event = {
      type: 'message', subtype: 'file_share', channel, channel_type: 'im', user: 'U1', ts: '1700000000.000100', event_ts: '1', text: '',
      files: [{ id: `F${channel}`, name: 'id.jpg', mimetype: 'image/jpeg', size: PHOTO.length, url_private_download }],
    };
    const body = JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${channel}`, event_time: 1700000000, authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }], event });
    const response = await fetch(`${base}/slack/events`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signSlackRequest(SECRET, body) } });
    expect(response.status).toBe(200);
    const postedTo = () => fake.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === channel);
    await waitUntil(() => postedTo().length >= 2); // "checking your photo", then the answer
    return postedTo()[1]?.params.text as string | undefined;
  }

  it('says the conversation used its upload budget, in both languages', async () => {
    expect(await sendPhoto(adapters.budget!, 'D1')).toBe(`${uploadRefusals.conversation_budget.en}\n${uploadRefusals.conversation_budget.zh}`);
  });

  it('says storage is nearly full when the disk is low', async () => {
    expect(await sendPhoto(adapters.disk!, 'D2')).toBe(`${uploadRefusals.disk_low.en}\n${uploadRefusals.disk_low.zh}`);
  });
});

describe('Teams tells the user why an upload was refused, in the language of their client', () => {
  let fake: FakeBotConnector;
  const adapters: Record<string, string> = {};

  beforeAll(async () => {
    fake = await startFakeBotConnector();
    servers.push(fake);
    for (const [name, budget] of [['budget', overBudget], ['disk', diskLow]] as const) {
      const teams: TeamsAdapter = createTeamsAdapter({
        auth: {}, allowUnauthenticated: true, handle: chargingHandle(budget), logger,
        references: { save: async () => {}, load: async () => undefined }, attachments: { extraOrigins: [fake.url] },
      });
      const http = createHttpServer({ host: '127.0.0.1', port: 0, routes: teams.routes, logger });
      adapters[name] = (await http.listen()).url;
      servers.push(http);
    }
  });

  async function sendPhoto(base: string, conversation: string, locale: string): Promise<unknown> {
    const contentUrl = fake.serve({ path: `/v3/attachments/${conversation}/views/original`, bytes: PHOTO, contentType: 'image/jpeg' });
    const activity = {
      type: 'message', id: `act-${conversation}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: `${fake.url}/`,
      from: { id: '29:user-1', aadObjectId: 'aad-1', name: 'Ana' }, recipient: { id: '28:bot', name: 'dvbot' },
      conversation: { id: conversation, conversationType: 'personal', tenantId: 'tenant-1' }, locale, text: '', attachments: [{ contentType: 'image/*', contentUrl }],
    };
    const before = fake.posts.length;
    const response = await fetch(`${base}/api/messages`, { method: 'POST', body: JSON.stringify(activity), headers: { 'content-type': 'application/json' } });
    await response.arrayBuffer();
    await fake.waitFor(before + 1);
    return fake.posts.slice(before).find((p) => p.conversationId === conversation)?.activity.text;
  }

  it('says the conversation used its upload budget, in Chinese for a zh-CN client', async () => {
    expect(await sendPhoto(adapters.budget!, 'a:budget', 'zh-CN')).toBe(uploadRefusals.conversation_budget.zh);
  });

  it('says storage is nearly full, in English for an en-US client', async () => {
    expect(await sendPhoto(adapters.disk!, 'a:disk', 'en-US')).toBe(uploadRefusals.disk_low.en);
  });
});
