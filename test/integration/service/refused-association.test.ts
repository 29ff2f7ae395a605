import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { createBot } from '../../../src/main.ts';
import { createSimulatedRegistrar } from '../../../src/registrar/simulated.ts';
import { createStore } from '../../../src/store/index.ts';
import { driveToSubmission, type Send } from '../../support/review-flow.ts';
import { startSmtpSink } from '../../support/smtp-sink.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-refused-association-'));
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('a conversation whose domain was refused because another profile has it in review', () => {
  it('leaves the review watcher with the refusal told once, and is not polled again', async () => {
    const smtp = await startSmtpSink();
    cleanups.push(() => smtp.close());
    const logger = createLogger('silent');
    const store = await createStore(loadConfig({ DVBOT_DATA_DIR: dir, SMTP_URL: smtp.url }), logger);
    cleanups.push(() => store.close());
    let now = Date.now();
    const registrar = createSimulatedRegistrar({ kv: store.kv('registrar'), reviewSeconds: 60, now: () => now });
    const bot = await createBot(loadConfig({ DVBOT_DATA_DIR: dir, SMTP_URL: smtp.url }), logger, { store, registrar });
    cleanups.push(() => bot.close());
    const users = ['web:first', 'web:second'];
    for (const conversationId of users) {
      let n = 0;
      const send: Send = (msg) => bot.runner.handle({ id: `${conversationId}:${(n += 1)}`, channel: 'web', conversationId, userId: conversationId, ...msg });
      await driveToSubmission(send, smtp.messages, 'shared.cn'); // both ask for the same domain
    }
    const told: { conversationId: string; texts: string[] }[] = [];
    const watcher = bot.watchReviews(async (conversationId, messages) => {
      told.push({ conversationId, texts: messages.map((m) => m.text) });
      return true;
    }, { intervalMs: 3_600_000 });

    now += 120_000; // both profiles pass: the first association takes the domain, the second is refused
    await watcher.tick();
    const followed = async () => { const ids: string[] = []; for await (const [id] of store.kv('watch').entries()) ids.push(id); return ids; };
    const refusedOne = told.find((t) => t.texts.some((text) => text.includes('already in review')))?.conversationId;
    expect(refusedOne).toBeDefined();
    expect(await followed()).toEqual(users.filter((id) => id !== refusedOne)); // the accepted one is still followed
    const savedAfterRefusal = (await bot.runner.inspect(refusedOne!))?.updatedAt;

    now += 120_000; // the domain review of the other profile finishes
    await watcher.tick();
    await watcher.tick();
    expect(await followed()).toEqual([]);
    expect((await bot.runner.inspect(refusedOne!))?.updatedAt).toBe(savedAfterRefusal); // no poll turn ran on it since
    const toldRefused = told.filter((t) => t.conversationId === refusedOne).flatMap((t) => t.texts);
    expect(toldRefused.filter((text) => text.includes('already in review'))).toHaveLength(1);
  }, 60_000);
});
