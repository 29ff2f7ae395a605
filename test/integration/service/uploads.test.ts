import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import type { InboundMessage, OutboundMessage } from '../../../src/conversation/messages.ts';
import { createLogger } from '../../../src/logger.ts';
import { createBot, type Bot } from '../../../src/main.ts';
import { startWebChat } from '../web/harness.ts';
import { UploadRefusedError } from '../../../src/store/upload-budget.ts';
import { startSmtpSink } from '../../support/smtp-sink.ts';
import { toDocumentStep } from '../../support/to-document-step.ts';

const dirs: string[] = [];
const bots: Bot[] = [];
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => { smtp = await startSmtpSink(); });
afterAll(async () => {
  for (const bot of bots) await bot.close();
  await smtp?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function openBot(settings: Record<string, string> = {}): Promise<{ bot: Bot; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'dvbot-uploads-'));
  dirs.push(dir);
  const bot = await createBot(loadConfig({ DVBOT_DATA_DIR: dir, SMTP_URL: smtp.url, LOG_LEVEL: 'silent', ...settings }), createLogger('silent'));
  bots.push(bot);
  return { bot, dir };
}

function chat(bot: Bot, conversationId: string) {
  let n = 0;
  const send = (msg: Partial<InboundMessage>): Promise<OutboundMessage[]> =>
    bot.runner.handle({ id: `${conversationId}:${(n += 1)}`, channel: 'web', conversationId, userId: conversationId, ...msg });
  const upload = (bytes: Buffer) => send({ attachments: [{ name: 'IMG_0001.jpg', contentType: 'image/jpeg', read: async () => bytes }] });
  return { say: (text: string) => send({ text }), choose: (id: string) => send({ action: { id } }), upload };
}

function storedBlobs(dir: string): number {
  const db = new Database(join(dir, 'dvbot.sqlite'), { readonly: true });
  try {
    return db.prepare<[], { n: number }>("SELECT count(*) AS n FROM kv WHERE key LIKE 'blob:%'").get()!.n;
  } finally {
    db.close();
  }
}

const photo = Buffer.alloc(64 * 1024, 1);

describe('uploads are stored only where the dialog takes one, within budgets', () => {
  it('does not store (or even read) an upload at a step that wants no photo', async () => {
    const { bot, dir } = await openBot();
    const c = chat(bot, 'web:uploads-early');
    await c.say('hello');
    let reads = 0;
    const replies = await bot.runner.handle({
      id: 'early-1', channel: 'web', conversationId: 'web:uploads-early', userId: 'u',
      attachments: [{ name: 'a.jpg', contentType: 'image/jpeg', read: async () => { reads += 1; return photo; } }],
    });
    expect(replies[0]!.text).toContain("I don't need a photo at this step yet");
    expect(reads).toBe(0);
    expect(storedBlobs(dir)).toBe(0);
  });

  it('refuses an upload over the conversation budget at the document step, storing nothing, and keeps the place', async () => {
    const { bot, dir } = await openBot({ UPLOAD_BUDGET_MB_PER_CONVERSATION: '0.1' }); // 100 KiB: one 64 KiB file fits, two do not
    const c = chat(bot, 'web:uploads-budget');
    await toDocumentStep(c, smtp.messages);
    const used = () => bot.store.kv<number>('upload-bytes').get('web:uploads-budget');
    const checked = await c.upload(photo); // fits: stored and checked (it is no photo, so the checks turn it down and drop it)
    expect(checked.map((m) => m.text).join('\n')).not.toContain("I don't need a photo");
    expect(await used()).toBe(photo.length);
    const before = await bot.runner.inspect('web:uploads-budget');
    await expect(c.upload(photo)).rejects.toMatchObject({ code: 'attachment_refused', reason: 'conversation_budget' });
    expect(await used()).toBe(photo.length);
    expect(storedBlobs(dir)).toBe(0);
    expect((await bot.runner.inspect('web:uploads-budget'))?.snapshot).toEqual(before?.snapshot);
  });

  it('refuses to store an upload when free disk space is below the reserve', async () => {
    const { bot, dir } = await openBot({ DISK_RESERVE_MB: String(Number.MAX_SAFE_INTEGER / 2 ** 21) });
    const c = chat(bot, 'web:uploads-disk');
    await toDocumentStep(c, smtp.messages);
    await expect(c.upload(photo)).rejects.toBeInstanceOf(UploadRefusedError);
    await expect(c.upload(photo)).rejects.toMatchObject({ reason: 'disk_low' });
    expect(storedBlobs(dir)).toBe(0);
  });
});

describe('web chat answers for refused uploads', () => {
  it('says in both languages why, with 507 for a full disk and 429 for a used-up budget', async () => {
    let reason: 'disk_low' | 'conversation_budget' = 'disk_low';
    const web = await startWebChat(async () => { throw new UploadRefusedError(reason, 'refused'); }, { uploadBytesPerAddressHour: 10 * 1024 });
    const post = () => fetch(`${web.url}/web/api/upload?${new URLSearchParams({ conversationId: crypto.randomUUID(), id: crypto.randomUUID() })}`, {
      method: 'POST', body: Buffer.alloc(3 * 1024, 1), headers: { 'content-type': 'image/jpeg' },
    });
    try {
      const disk = await post();
      expect(disk.status).toBe(507);
      expect((await disk.json()).error).toMatchObject({ code: 'disk_low', message: { en: expect.stringContaining('storage is nearly full'), zh: expect.any(String) } });
      reason = 'conversation_budget';
      const budget = await post();
      expect([budget.status, (await budget.json()).error.code]).toEqual([429, 'upload_budget']);
      await post(); // 9 KiB of the address's 10 KiB an hour
      const address = await post();
      expect(address.status).toBe(429);
      expect((await address.json()).error.message.en).toContain('from your network');
    } finally {
      await web.close();
    }
  });
});
