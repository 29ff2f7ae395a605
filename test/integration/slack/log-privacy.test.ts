import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/app.ts';
import type { InboundMessage, OutboundMessage } from '../../../src/conversation/messages.ts';
import { createHttpServer, type HttpServer } from '../../../src/http/server.ts';
import { createLogger } from '../../../src/logger.ts';
import { signSlackRequest, startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.ts';

const TOKEN = 'xoxb-log-test';
const SECRET = 'log-test-secret';
const ID_NUMBER = '110101199003071234';
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]);
const lines: string[] = [];
const logger = createLogger('debug', new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } }));

// Echoes the text and reads any photo, so the person's words travel through Bolt and the Web API both ways.
async function handle(msg: InboundMessage): Promise<OutboundMessage[]> {
  const file = msg.attachments?.[0];
  if (file) return [{ text: `Got ${(await file.read()).length} bytes` }];
  return [{ text: `You said: ${msg.text}` }];
}

let fake: FakeSlackApi;
let slack: SlackAdapter;
let http: HttpServer;
let baseUrl = '';

beforeAll(async () => {
  fake = await startFakeSlackApi(TOKEN);
  slack = createSlackAdapter({
    botToken: TOKEN, signingSecret: SECRET, handle, logger, slackApiUrl: fake.apiUrl,
    references: { save: async () => {}, load: async () => undefined }, attachments: { extraOrigins: [fake.url] },
  });
  http = createHttpServer({ host: '127.0.0.1', port: 0, routes: slack.routes, logger: createLogger('silent') });
  baseUrl = (await http.listen()).url;
  await slack.ready; // the token is verified in the background
});

afterAll(async () => {
  await slack?.close();
  await http?.close();
  await fake?.close();
});

async function post(event: Record<string, unknown>, eventId: string): Promise<void> {
  const body = JSON.stringify({ team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1700000000, event });
  await (await fetch(`${baseUrl}/slack/events`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...signSlackRequest(SECRET, body) } })).arrayBuffer();
}

describe('Slack adapter logs at debug level', () => {
  it('never contain what the person wrote, nor a file URL', async () => {
    const dm = { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', event_ts: '1' };
    await post({ ...dm, ts: '1700000000.000001', text: `my id is ${ID_NUMBER}` }, 'EvLog1');
    const { url_private_download } = fake.addFile({ id: 'F1', name: 'id-front.jpg', mimetype: 'image/jpeg', bytes: PHOTO });
    const files = [{ id: 'F1', name: 'id-front.jpg', mimetype: 'image/jpeg', size: PHOTO.length, url_private_download }];
    await post({ ...dm, ts: '1700000000.000002', subtype: 'file_share', text: '', files }, 'EvLog2');
    const replies = await fake.waitFor('chat.postMessage', 3);
    expect(replies.map((c) => c.params.text)).toContain(`Got ${PHOTO.length} bytes`);
    const logged = lines.join('');
    expect(lines.length).toBeGreaterThan(5); // Bolt and the Web API client did log at debug level
    expect(logged).not.toContain(ID_NUMBER);
    expect(logged).not.toContain(new URL(url_private_download).pathname);
    expect(logged).not.toContain('files-pri');
  });
});
