import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_AGENT } from '../../../adapters/teams/handoff.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { VALID_ANSWERS } from '../../dialogs/answers.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../../support/fake-bot-connector.ts';

// A Teams user on the real bot (local mode), a Bot Framework agent hub behind the local connector.
const dir = mkdtempSync(join(tmpdir(), 'dvbot-teams-hub-'));
const answers = VALID_ANSWERS.individual_mainland;
let fake: FakeBotConnector;
let server: RunningServer;
let seq = 0;

beforeAll(async () => {
  fake = await startFakeBotConnector();
  const env = { DVBOT_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'silent', TEAMS_LOCAL_MODE: 'true', DVBOT_DATA_KEY: 'f'.repeat(64) };
  server = await startServer(loadConfig(env), createLogger('silent'));
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

const activity = (conversation: string, fields: Record<string, unknown>) => ({
  type: 'message', id: `act-${++seq}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: `${fake.url}/`,
  from: { id: '29:user-1', aadObjectId: 'aad-1', name: 'Ana' }, recipient: { id: '28:bot', name: 'dvbot' },
  conversation: { id: conversation, conversationType: 'personal', tenantId: 'tenant-1' }, locale: 'en-US', ...fields,
});

async function post(body: unknown): Promise<number> {
  const response = await fetch(`${server.url}/api/messages`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  await response.arrayBuffer();
  return response.status;
}

/** What the hub sends back: `handoff.status` as botbuilder's EventFactory.createHandoffStatus builds it. */
const status = (conversation: string, state: string) =>
  post({ ...activity(conversation, {}), type: 'event', name: 'handoff.status', value: { state, ...(state === 'failed' ? { message: 'no agents' } : {}) } });

const say = (conversation: string, text: string) => post(activity(conversation, { text }));
const choose = (conversation: string, id: string) => post(activity(conversation, { value: { dvbotChoice: id } }));

/** Drives a Teams conversation to mid-profile (ID number and name given) and asks for a person. */
async function toHandoff(conversation: string): Promise<void> {
  await say(conversation, 'hello');
  await choose(conversation, 'kind.individual_mainland');
  await say(conversation, 'example.cn');
  await choose(conversation, 'checklist.ready');
  for (const answer of ['1', answers.idNumber!, answers.name!, 'human']) await say(conversation, answer);
}

const postsTo = (conversation: string) => fake.posts.filter((p) => p.conversationId === conversation);
const handoffEvents = (conversation: string) => postsTo(conversation).filter((p) => p.activity.type === 'event');

describe('Teams handoff to a Bot Framework agent hub', () => {
  it('sends handoff.initiate with the masked summary and the transcript when the user asks for a person', async () => {
    await toHandoff('a:hub-1');
    const [initiate, ...more] = handoffEvents('a:hub-1');
    expect(more).toEqual([]);
    expect(initiate!.activity).toMatchObject({
      type: 'event', name: 'handoff.initiate', channelId: 'msteams', conversation: { id: 'a:hub-1' },
      value: { reason: 'asked', lang: 'en', step: 'collectingProfile', summary: expect.any(Array) },
      relatesTo: { conversation: { id: 'a:hub-1' }, serviceUrl: `${fake.url}/` },
      attachments: [{ contentType: 'application/json', name: 'Transcript', content: { activities: expect.any(Array) } }],
    });
    // The conversation before the handoff, in order, the user's ID number masked.
    const lines = ((initiate!.activity as { attachments: { content: unknown }[] }).attachments[0]!.content as { activities: { from: { role: string }; text?: string }[] }).activities;
    expect(lines[0]).toMatchObject({ from: { role: 'user' }, text: 'hello' });
    expect(lines.some((a) => a.from.role === 'bot' && /ID number/i.test(a.text ?? ''))).toBe(true);
    expect(lines.map((a) => a.text)).toContain('110*************2X');
    expect(JSON.stringify(lines)).not.toContain(answers.idNumber);
    expect((initiate!.activity.value as { summary: unknown }).summary).toContainEqual({ label: 'ID number (18 digits)', value: '1101**********002X' });
    expect(JSON.stringify(initiate!.activity)).not.toContain(answers.idNumber);
    expect((await server.bot.desk.get('teams:a:hub-1'))).toMatchObject({ state: 'waiting' });
  });

  it('accepted claims the conversation for the hub; failed leaves it waiting; completed hands back to the same question', async () => {
    await toHandoff('a:hub-2');
    expect(await status('a:hub-2', 'failed')).toBe(200);
    expect(await server.bot.desk.get('teams:a:hub-2')).toMatchObject({ state: 'waiting' });
    expect(await server.bot.desk.get('teams:a:hub-2')).not.toHaveProperty('claimedBy');

    const before = postsTo('a:hub-2').length;
    expect(await status('a:hub-2', 'accepted')).toBe(200);
    expect(await server.bot.desk.get('teams:a:hub-2')).toMatchObject({ state: 'claimed', claimedBy: HUB_AGENT });
    expect(postsTo('a:hub-2').slice(before).map((p) => p.activity.text)).toContain(`${HUB_AGENT} from the support team is here and can see our conversation.`);

    await say('a:hub-2', 'I am still here');
    expect((await server.bot.desk.transcript('teams:a:hub-2')).map((e) => e.text)).toContain('I am still here');

    const handedBack = postsTo('a:hub-2').length;
    expect(await status('a:hub-2', 'completed')).toBe(200);
    expect(await server.bot.desk.get('teams:a:hub-2')).toBeUndefined();
    expect(postsTo('a:hub-2').slice(handedBack).map((p) => p.activity.text).join('\n')).toMatch(/province/i);
    const next = postsTo('a:hub-2').length;
    await say('a:hub-2', answers.region!);
    expect(postsTo('a:hub-2').slice(next).map((p) => p.activity.text).join('\n')).toMatch(/^Which city/);
  });

  it('a hub that fails after accepting puts the conversation back in the queue for a console agent', async () => {
    await toHandoff('a:hub-5');
    expect(await status('a:hub-5', 'accepted')).toBe(200);
    expect(await status('a:hub-5', 'failed')).toBe(200);
    const back = await server.bot.desk.get('teams:a:hub-5');
    expect(back).toMatchObject({ state: 'waiting' });
    expect(back).not.toHaveProperty('claimedBy');
    expect(await server.bot.desk.claim('teams:a:hub-5', 'Li Na')).toMatchObject({ ok: true, claimedBy: 'Li Na' });
    expect(await status('a:hub-5', 'failed')).toBe(200); // not the hub's any more: nothing changes
    expect(await server.bot.desk.get('teams:a:hub-5')).toMatchObject({ state: 'claimed', claimedBy: 'Li Na' });
  });

  it('a hub accepting a conversation a console agent already holds changes nothing', async () => {
    await toHandoff('a:hub-4');
    expect(await server.bot.desk.claim('teams:a:hub-4', 'Li Na')).toMatchObject({ ok: true });
    expect(await status('a:hub-4', 'accepted')).toBe(200);
    expect(await status('a:hub-4', 'completed')).toBe(200);
    expect(await server.bot.desk.get('teams:a:hub-4')).toMatchObject({ state: 'claimed', claimedBy: 'Li Na' });
  });

  it('ignores a status with an unknown state and a completed status for a conversation nobody holds', async () => {
    expect(await status('a:hub-3', 'maybe')).toBe(200);
    expect(await status('a:hub-3', 'completed')).toBe(200);
    expect(await server.bot.desk.get('teams:a:hub-3')).toBeUndefined();
    expect(postsTo('a:hub-3')).toEqual([]);
  });
});
