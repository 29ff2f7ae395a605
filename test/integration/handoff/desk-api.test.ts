import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { agentClient, toMidProfile, webUser } from '../../support/handoff-clients.ts';
import { blur, shoot } from '../../fixtures/photos/scene.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-desk-'));
// The users are many people, each at their own address behind the local proxy, so one address's rate limit is not theirs.
const env = { DVBOT_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: 'd'.repeat(64), TRUSTED_PROXIES: '127.0.0.1,::1' };
let server: RunningServer;
const tokens: Record<string, string> = {};

const dvbot = async (...args: string[]) => {
  const { stdout } = await promisify(execFile)(process.execPath, ['bin/dvbot.js', ...args], { env: { ...process.env, ...env } });
  return stdout;
};
const start = () => startServer(loadConfig(env), createLogger('silent'));

beforeAll(async () => {
  for (const name of ['Li Na', 'Wang Wei']) tokens[name] = (JSON.parse(await dvbot('agents', 'add', name, '--json')) as { token: string }).token;
  server = await start();
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the agents command', () => {
  it('lists agents without their tokens and refuses a duplicate name with usage exit 2', async () => {
    const listed = JSON.parse(await dvbot('agents', 'list', '--json')) as { agents: { name: string }[] };
    expect(listed.agents.map((a) => a.name)).toEqual(['Li Na', 'Wang Wei']);
    expect(JSON.stringify(listed)).not.toContain('dva_');
    await expect(dvbot('agents', 'add', 'Li Na')).rejects.toMatchObject({ code: 2 });
  });
});

describe('a web chat user and an agent on the console API', () => {
  it('queues, claims once, relays both ways, and hands back to the same field with the answers intact', async () => {
    const user = webUser(server.url);
    const li = agentClient(server.url, tokens['Li Na']!);
    const wang = agentClient(server.url, tokens['Wang Wei']!);
    await toMidProfile(user);
    const page = await user.events();
    const desk = await li.events();
    expect((await user.say('human'))[0]).toMatch(/number 1 in the queue/);
    const { body: queue } = await li.queue();
    const item = queue.conversations.find((c: { id: string }) => c.id === user.id);
    expect(item).toMatchObject({ channel: 'web', lang: 'en', state: 'waiting', reason: 'asked' });
    expect(JSON.stringify(item.summary)).toContain('1101**********002X');
    expect(JSON.stringify(item.summary)).not.toContain('11010519491231002X');

    const [first, second] = await Promise.all([li.claim(user.id), wang.claim(user.id)]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const winner = first.status === 200 ? li : wang;
    const loser = first.status === 200 ? wang : li;
    const winnerName = first.status === 200 ? 'Li Na' : 'Wang Wei';
    expect((first.status === 200 ? second : first).body.error).toMatchObject({ code: 'claimed_by_other', claimedBy: winnerName });
    await page.waitFor((e) => JSON.stringify(e.data).includes(`${winnerName} from the support team`));

    expect((await winner.send(user.id, 'Hello <b>there</b>, what is your region?')).status).toBe(200);
    await page.waitFor((e) => JSON.stringify(e.data).includes('Hello <b>there</b>'));
    expect(await user.say('浙江, my phone is 13812345678')).toEqual([]);
    if (winner === li) await desk.waitFor((e) => e.event === 'entry' && (e.data as { from: string }).from === 'user');
    const { body: conversation } = await winner.get(user.id);
    expect(conversation).toMatchObject({ state: 'claimed', claimedBy: winnerName, step: 'collectingProfile' });
    const texts = conversation.transcript.map((e: { from: string; text?: string }) => `${e.from}: ${e.text}`);
    expect(texts).toContain('agent: Hello <b>there</b>, what is your region?');
    expect(texts).toContain('user: 浙江, my phone is 138******78');
    // what was said before the handoff is there too, from the first line, masked the same way
    expect(texts.slice(0, 2)).toEqual(['user: hello', expect.stringMatching(/^bot: /)]);
    expect(texts).toContain('user: example.cn');
    expect(texts).toContain('user: 110*************2X');
    expect(texts).toContain('user: human');

    expect((await loser.send(user.id, 'me too')).status).toBe(403);
    expect((await winner.release(user.id, 'Please go on with the bot')).status).toBe(200);
    await page.waitFor((e) => JSON.stringify(e.data).includes('Note from the support agent: Please go on with the bot'));
    const resumed = page.events.map((e) => JSON.stringify(e.data)).join('\n');
    expect(resumed).toMatch(/province/i);
    expect((await winner.get(user.id)).status).toBe(404);
    expect((await user.say('浙江'))[0]).toMatch(/city/i);
    page.close();
    desk.close();
  });
});

describe('the summary an agent reads first', () => {
  it('has human labels and the last refused answers with their reason, masked', async () => {
    const user = webUser(server.url);
    const li = agentClient(server.url, tokens['Li Na']!);
    await user.say('hello');
    await user.choose('kind.individual_mainland');
    await user.say('example.cn');
    await user.choose('checklist.ready');
    await user.say('1');
    for (const wrong of ['110105194912310021', '110105194912310022', '110105194912310023']) await user.say(wrong);
    await user.choose('human.request');
    const { body } = await li.queue();
    const item = body.conversations.find((c: { id: string }) => c.id === user.id);
    expect(item).toMatchObject({ reason: 'failures', labels: { reason: 'three failed answers', lang: 'English (en)', channel: 'web chat', step: expect.stringContaining('entering the profile') } });
    const rows = item.summary as { label: string; value: string }[];
    expect(rows.map((r) => r.label)).toEqual(expect.arrayContaining(['Registrant type', 'Domains']));
    const refused = rows.filter((r) => r.label === 'Refused answer').map((r) => r.value);
    expect(refused).toHaveLength(3);
    expect(refused[2]).toMatch(/^ID number \(18 digits\) "110\*+23": The number 110\*+23 fails its check/);
    expect(JSON.stringify(rows)).not.toMatch(/11010519491231002[123]/);
    expect((await li.claim(user.id)).status).toBe(200);
    expect((await li.release(user.id)).status).toBe(200);
  });
});

describe('moving the dialog back to a named step', () => {
  it('shows where the dialog will resume, and resumes there at hand-back with the answers kept', async () => {
    const user = webUser(server.url);
    const li = agentClient(server.url, tokens['Li Na']!);
    await toMidProfile(user);
    await user.say('human');
    await li.claim(user.id);
    expect((await li.get(user.id)).body).toMatchObject({ step: 'collectingProfile', resumesAt: 'collectingProfile', labels: { resumesAt: 'entering the profile (collectingProfile)' } });
    expect((await li.act(user.id, 'goto', { step: 'nowhere' })).status).toBe(400);
    expect((await li.act(user.id, 'goto', { step: 'askingDomains' })).status).toBe(200);
    const { body } = await li.get(user.id);
    expect(body).toMatchObject({ step: 'collectingProfile', resumesAt: 'askingDomains', labels: { resumesAt: 'entering the domains (askingDomains)' } });
    expect(body.moveBackTo).toContainEqual({ step: 'askingDomains', label: 'entering the domains (askingDomains)' });
    const page = await user.events();
    expect((await li.release(user.id)).status).toBe(200);
    await page.waitFor((e) => /domain/i.test(JSON.stringify(e.data)) && /handed you back/.test(JSON.stringify(page.events.map((x) => x.data))));
    page.close();
    expect((await user.say('example.cn, example.com.cn'))[0]).toMatch(/example\.com\.cn/);
    expect(JSON.stringify((await server.bot.runner.peek(user.id)))).toContain('11010519491231002X');
  });
});

describe('a photo the bot refused', () => {
  it('is checked at once, shown to the agent, accepted by the agent as an override; reveals are audited', async () => {
    const user = webUser(server.url);
    const li = agentClient(server.url, tokens['Li Na']!);
    await toMidProfile(user);
    await user.say('human');
    await li.claim(user.id);
    const checked = await user.upload(await shoot({}, blur(6)), 'IMG_0001.jpg');
    expect(checked.join('\n')).toMatch(/support agent can see this photo/);
    const { body } = await li.get(user.id);
    const photo = body.transcript.find((e: { photo?: unknown }) => e.photo).photo as { blobId: string; ok: boolean; problems: string[] };
    expect(photo).toMatchObject({ ok: false, blobId: expect.stringMatching(/^held:/) });
    expect(photo.problems.length).toBeGreaterThan(0);
    const image = await fetch(`${server.url}/agent/api/conversations/${encodeURIComponent(user.id)}/photos/${encodeURIComponent(photo.blobId)}`, { headers: { authorization: `Bearer ${tokens['Li Na']}` } });
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect((await li.act(user.id, 'accept-photo', { blobId: 'held:not-a-photo', reason: 'x' })).body.error.code).toBe('photo_not_acceptable');
    expect((await li.act(user.id, 'accept-photo', { blobId: photo.blobId, reason: 'the blur does not hide the number' })).status).toBe(200);
    const after = (await li.get(user.id)).body.transcript.map((e: { text?: string }) => e.text);
    expect(after).toContain('(accepted a flagged photo as an agent override: the blur does not hide the number)');
    expect(after).toContain('The support agent accepted your document photo.');
    const revealed = await li.act(user.id, 'reveal', { field: 'idNumber' });
    expect(revealed).toMatchObject({ status: 200, body: { field: 'idNumber', value: '11010519491231002X' } });
    expect(await server.bot.desk.reveals(user.id)).toMatchObject([{ agent: 'Li Na', field: 'idNumber', at: expect.any(String) }]);
    expect((await li.act(user.id, 'reveal', { field: 'phone' })).body.error.code).toBe('no_value');
    expect((await li.release(user.id)).status).toBe(200);
  });
});

describe('accepting a refused photo that is not registrar-ready', () => {
  it('converts it with the photo pipeline, and answers 422 with why only when no acceptable file can be made', async () => {
    const user = webUser(server.url);
    const li = agentClient(server.url, tokens['Li Na']!);
    await toMidProfile(user);
    await user.say('human');
    await li.claim(user.id);
    const png = await sharp(await shoot({}, blur(6))).png().toBuffer();
    await user.upload(png, 'scan.png');
    await user.upload(Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), randomBytes(4000)]), 'broken.png');
    const photos = (await li.get(user.id)).body.transcript.filter((e: { photo?: unknown }) => e.photo).map((e: { photo: { blobId: string; ok: boolean } }) => e.photo);
    expect(photos.map((p: { ok: boolean }) => p.ok)).toEqual([false, false]);
    const broken = await li.act(user.id, 'accept-photo', { blobId: photos[1].blobId, reason: 'looks fine to me' });
    expect(broken).toMatchObject({ status: 422, body: { error: { code: 'photo_not_acceptable', detail: 'the png file cannot be decoded (damaged or cut off)' } } });
    expect((await li.act(user.id, 'accept-photo', { blobId: photos[0].blobId, reason: 'the number is readable' })).status).toBe(200);
    const lines = (await li.get(user.id)).body.transcript.map((e: { text?: string }) => e.text);
    expect(lines).toContain('(accepted a flagged photo as an agent override, converted to a JPEG within the registrar limits: the number is readable)');
    const stored = await server.bot.store.blobs.get(photos[0].blobId.replace(/^held:/, 'doc:override:'));
    expect(stored?.meta).toMatchObject({ contentType: 'image/jpeg', override: 'the number is readable' });
    expect(stored!.bytes.subarray(0, 3).toString('hex')).toBe('ffd8ff');
    expect(stored!.bytes.length).toBeLessThanOrEqual(server.bot.registrar.imageLimits.maxBytes);
    expect((await li.release(user.id)).status).toBe(200);
  });
});

describe('bad input on the console API', () => {
  it('refuses a release of an unclaimed conversation, a 10 MB message, and keeps a message the user cannot receive', async () => {
    const li = agentClient(server.url, tokens['Li Na']!);
    await server.bot.runner.handle({ id: 't1', channel: 'terminal', conversationId: 'terminal:desk-test', userId: 'u', text: 'hello' });
    await server.bot.runner.handle({ id: 't2', channel: 'terminal', conversationId: 'terminal:desk-test', userId: 'u', text: 'human' });
    expect((await li.release('terminal:desk-test')).body.error.code).toBe('not_claimed');
    expect((await li.release('terminal:desk-test')).status).toBe(409);
    expect((await li.claim('terminal:desk-test')).status).toBe(200);
    const huge = await li.call('POST', `conversations/${encodeURIComponent('terminal:desk-test')}/messages`, undefined, JSON.stringify({ text: 'x'.repeat(10 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    const unreachable = await li.send('terminal:desk-test', 'are you there?');
    expect(unreachable).toMatchObject({ status: 502, body: { error: { code: 'user_unreachable' } } });
    const { body } = await li.get('terminal:desk-test');
    expect(body.transcript.at(-1)).toMatchObject({ from: 'agent', text: 'are you there?', undelivered: true });
    expect((await li.call('GET', 'conversations/web%3Anobody')).status).toBe(404);
  });
});

describe('a restart in the middle of a handoff', () => {
  it('keeps the queue, the claim, the transcript and the dialog place', async () => {
    const user = webUser(server.url);
    const li = agentClient(server.url, tokens['Li Na']!);
    await toMidProfile(user);
    await user.say('人工');
    await li.claim(user.id);
    await user.say('我需要帮助');
    await server.close();
    server = await start();
    const again = agentClient(server.url, tokens['Li Na']!);
    const { body } = await again.get(user.id);
    expect(body).toMatchObject({ state: 'claimed', claimedBy: 'Li Na', step: 'collectingProfile' });
    expect(body.transcript.map((e: { text?: string }) => e.text)).toContain('我需要帮助');
    expect((await again.release(user.id)).status).toBe(200);
    expect((await webUser(server.url, user.id.slice('web:'.length)).say('浙江'))[0]).toMatch(/city/i);
  });
});

describe('sign-in failures', () => {
  it('gives a missing and a forged token the same 401, and limits repeated failures', async () => {
    const none = await fetch(`${server.url}/agent/api/queue`);
    const forged = await agentClient(server.url, 'dva_forged').queue();
    expect(none.status).toBe(401);
    expect(forged.status).toBe(401);
    expect(await none.json()).toEqual(forged.body);
    let last = 0;
    for (let i = 0; i < 12; i++) last = (await agentClient(server.url, `dva_guess${i}`).queue()).status;
    expect(last).toBe(429);
  });
});
