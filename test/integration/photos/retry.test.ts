import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import type { InboundMessage, OutboundMessage } from '../../../src/conversation/messages.ts';
import { createLogger } from '../../../src/logger.ts';
import { createBot, type Bot } from '../../../src/main.ts';
import { createPhotoInspector, type PhotoInspector } from '../../../src/photos/inspector.ts';
import { shoot } from '../../fixtures/photos/scene.ts';
import { startSmtpSink } from '../../support/smtp-sink.ts';
import { toDocumentStep } from '../../support/to-document-step.ts';

// A photo check cut short by the worker pool's time limit keeps the upload: "try again" checks the same file again.
// Two real worker pools stand behind the bot's inspector: one whose limit (1 ms) no check can meet, then a normal one.
const dirs: string[] = [];
const bots: Bot[] = [];
const pools: PhotoInspector[] = [];
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let photo: Buffer;

beforeAll(async () => {
  smtp = await startSmtpSink();
  photo = await shoot({ width: 1200, height: 900, cardWidth: 760 });
});
afterAll(async () => {
  for (const bot of bots) await bot.close();
  for (const pool of pools) await pool.close();
  await smtp?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function openBot() {
  const dir = mkdtempSync(join(tmpdir(), 'dvbot-photo-retry-'));
  dirs.push(dir);
  const hurried = createPhotoInspector({ workers: 1, timeoutMs: 1 });
  const normal = createPhotoInspector({ workers: 1 });
  pools.push(hurried, normal);
  let pool = hurried;
  const inspector = { inspect: (...a: Parameters<PhotoInspector['inspect']>) => pool.inspect(...a), merge: (...a: Parameters<PhotoInspector['merge']>) => pool.merge(...a) };
  const bot = await createBot(loadConfig({ DVBOT_DATA_DIR: dir, SMTP_URL: smtp.url, LOG_LEVEL: 'silent' }), createLogger('silent'), { inspector });
  bots.push(bot);
  return { bot, dir, unhurry: () => { pool = normal; } };
}

function chat(bot: Bot, conversationId: string) {
  let n = 0;
  const send = (msg: Partial<InboundMessage>): Promise<OutboundMessage[]> =>
    bot.runner.handle({ id: `${conversationId}:${(n += 1)}`, channel: 'web', conversationId, userId: conversationId, ...msg });
  return {
    say: (text: string) => send({ text }),
    choose: (id: string) => send({ action: { id } }),
    upload: (bytes: Buffer) => send({ attachments: [{ name: 'IMG_0001.jpg', contentType: 'image/jpeg', read: async () => bytes }] }),
  };
}

/** When each raw upload still stored in the SQLite store expires. */
function uploadExpiries(dir: string): (number | null)[] {
  const db = new Database(join(dir, 'dvbot.sqlite'), { readonly: true });
  try {
    return db.prepare<[], { expires: number | null }>("SELECT expires FROM kv WHERE key LIKE 'blob:upload:%'").all().map((r) => r.expires);
  } finally {
    db.close();
  }
}
const keptUploads = (dir: string) => uploadExpiries(dir).length;

const texts = (replies: OutboundMessage[]) => replies.map((m) => m.text).join('\n');
const choiceIds = (replies: OutboundMessage[]) => replies.flatMap((m) => m.choices?.map((c) => c.id) ?? []);

describe('a photo check cut short by its time limit', () => {
  it('keeps the upload, offers "Try again", and a typed "try again" checks the same file to the end', async () => {
    const { bot, dir, unhurry } = await openBot();
    const c = chat(bot, 'web:retry-en');
    await toDocumentStep(c, smtp.messages);
    const cut = await c.upload(photo);
    expect(texts(cut)).toContain('This photo took too long to check (the file itself looks fine). I have kept it');
    expect(texts(cut)).not.toContain('damaged');
    expect(choiceIds(cut)).toContain('photo.retry');
    expect(keptUploads(dir)).toBe(1);
    unhurry();
    const retried = await c.say('try again');
    expect(texts(retried)).not.toContain('took too long');
    expect(texts(retried)).toContain('Photo accepted.');
    expect(keptUploads(dir)).toBe(0);
    expect((await bot.runner.inspect('web:retry-en'))?.snapshot).toMatchObject({ context: { photos: { front: { blobId: expect.stringMatching(/^doc:/) } } } });
  }, 120_000);

  it('in Chinese: the button label and typed words work, and "delete my documents" deletes the kept upload', async () => {
    const { bot, dir } = await openBot();
    const c = chat(bot, 'web:retry-zh');
    await toDocumentStep(c, smtp.messages, { greeting: '你好' });
    const cut = await c.upload(photo);
    expect(texts(cut)).toContain('这张照片检查耗时过长');
    expect(cut.flatMap((m) => m.choices ?? []).find((choice) => choice.id === 'photo.retry')?.label).toBe('再试一次');
    const again = await c.say('重试');  // still too slow: the same upload stays kept, nothing is lost
    expect(texts(again)).toContain('这张照片检查耗时过长');
    // Retention: the kept upload expires with every other upload, a day after it was sent.
    const [expires] = uploadExpiries(dir);
    expect(expires).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000);
    const deleted = await c.say('删除我的证件');
    expect(texts(deleted)).toContain('您的证件照片已从 dvbot 删除');
    expect(keptUploads(dir)).toBe(0);
    const nothingKept = await c.choose('photo.retry');
    expect(texts(nothingKept)).toContain('这里需要一张照片');
  }, 120_000);
});
