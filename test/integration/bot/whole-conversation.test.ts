import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { loadConfig } from '../../../src/config.ts';
import { createBot, type Bot } from '../../../src/main.ts';
import type { InboundMessage, OutboundMessage } from '../../../src/conversation/messages.ts';
import { shoot } from '../../fixtures/photos/scene.ts';
import { VALID_ANSWERS } from '../../dialogs/answers.ts';
import { lastCode, startSmtpSink } from '../../support/smtp-sink.ts';
import { toDocumentStep } from '../../support/to-document-step.ts';

let dir: string;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let bot: Bot;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dvbot-e2e-'));
  smtp = await startSmtpSink();
  const config = loadConfig({ DVBOT_DATA_DIR: dir, SMTP_URL: smtp.url, SIMULATED_REVIEW_SECONDS: '0', LOG_LEVEL: 'silent' });
  bot = await createBot(config, pino({ level: 'silent' }));
});

afterAll(async () => {
  await bot?.close();
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

function chat(conversationId: string) {
  let n = 0;
  const send = (msg: Partial<InboundMessage>): Promise<OutboundMessage[]> =>
    bot.runner.handle({ id: `${conversationId}:${(n += 1)}`, channel: 'web', conversationId, userId: conversationId, ...msg });
  return { say: (text: string) => send({ text }), choose: (id: string) => send({ action: { id } }), send };
}

describe('the real bot: SQLite store, simulated registrar, SMTP, photo checks', () => {
  it('takes a mainland resident from 你好 to a verified domain', async () => {
    const c = chat('web:e2e-zh');
    expect((await c.say('你好'))[0]!.text).toContain('您好');
    await c.choose('kind.individual_mainland');
    await c.say('example.cn');
    await c.choose('checklist.ready');
    const answers = VALID_ANSWERS.individual_mainland;
    for (const field of ['documentType', 'idNumber', 'name', 'region', 'city', 'address', 'postalCode', 'phone', 'email'] as const) await c.say(answers[field]!);
    await c.choose('english.accept');
    const [sent] = await c.choose('summary.confirm');
    expect(sent!.text).toContain('z***@example.com');
    expect(smtp.messages.at(-1)!.to).toEqual(['zhang.san@example.com']);
    expect((await c.say(lastCode(smtp.messages)))[0]!.text).toBe('邮箱验证成功。');

    const photo = await shoot();
    const checked = await c.send({ attachments: [{ name: 'IMG_0001.jpg', contentType: 'image/jpeg', read: async () => photo }] });
    expect(checked.map((m) => m.text).join('\n')).toContain('照片已通过检查');
    const submitted = await c.choose('submit.now');
    expect(submitted.map((m) => m.text).join('\n')).toContain('已提交');
    const verified = await c.say('状态');
    expect(verified.map((m) => m.text).join('\n')).toContain('已通过实名认证');
    const done = await c.say('状态');
    expect(done.at(-1)!.text).toContain('全部完成');

    expect(await bot.registrar.getDomain('example.cn')).toMatchObject({ domainStatus: 'Normal', eppStatuses: ['ok'] });

    const { photos } = (await bot.runner.peek('web:e2e-zh') as unknown as { context: { photos: { front: { blobId: string } } } }).context;
    expect(await bot.store.blobs.get(photos.front.blobId)).toBeDefined();
    await c.say('删除我的证件');
    expect(await bot.store.blobs.get(photos.front.blobId)).toBeUndefined();
  });

  it('refuses a file that is not a photo, saying what it is, and keeps the place', async () => {
    const c = chat('web:e2e-pdf');
    await toDocumentStep(c, smtp.messages, { kind: 'individual_foreign', domain: 'example.com' });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
    const [reply] = await c.send({ attachments: [{ name: 'passport.jpg', read: async () => pdf }] });
    expect(reply!.text).toMatch(/PDF/);
    const again = await c.send({ attachments: [{ name: 'passport.jpg', read: async () => pdf }] });
    expect(again.map((m) => m.text).join('\n')).toMatch(/PDF/);
    const envelope = await bot.runner.peek('web:e2e-pdf') as unknown as { value: unknown; context: { profile: Record<string, string> } };
    expect(envelope.value).toEqual({ flow: 'collectingDocuments' });
    expect(envelope.context.profile.idNumber).toBe('X1234567');
  });

  it('keeps ID numbers, phones and emails out of the SQLite file in plain text', () => {
    const files = readdirSync(dir).filter((f) => f.startsWith('dvbot.sqlite'));
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
    for (const secret of ['11010519491231002X', 'zhang.san@example.com', '13812345678', 'X1234567']) expect(bytes.includes(secret)).toBe(false);
  });
});
