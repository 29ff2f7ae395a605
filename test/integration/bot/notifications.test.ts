import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { loadConfig, type Config } from '../../../src/config.ts';
import { createBot, type Bot } from '../../../src/main.ts';
import { createStore } from '../../../src/store/index.ts';
import { createSimulatedRegistrar } from '../../../src/registrar/simulated.ts';
import type { OutboundMessage } from '../../../src/conversation/messages.ts';
import { driveToSubmission, type Send } from '../../support/review-flow.ts';
import { startSmtpSink } from '../../support/smtp-sink.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-notify-'));
const logger = pino({ level: 'silent' });
let now = Date.now();
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

afterAll(async () => {
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A bot on the shared SQLite file whose simulated registrar reads the test's clock. */
async function startBot(config: Config): Promise<Bot & { closeAll(): Promise<void> }> {
  const store = await createStore(config, logger);
  const registrar = createSimulatedRegistrar({ kv: store.kv('registrar'), reviewSeconds: 60, now: () => now });
  const bot = await createBot(config, logger, { store, registrar });
  return Object.assign(bot, { async closeAll() { await bot.close(); await store.close(); } });
}

describe('a review that finishes while the bot is down', () => {
  it('produces exactly one message per change after the restart', async () => {
    smtp = await startSmtpSink();
    const config = loadConfig({ DVBOT_DATA_DIR: dir, SMTP_URL: smtp.url, LOG_LEVEL: 'silent' });
    const first = await startBot(config);
    let n = 0;
    const send: Send = (msg) => first.runner.handle({ id: `m${(n += 1)}`, channel: 'web', conversationId: 'web:notify', userId: 'web:notify', ...msg });
    await driveToSubmission(send, smtp.messages);
    await first.closeAll();

    now += 120_000; // the profile review finishes while nothing runs
    const second = await startBot(config);
    const delivered: { conversationId: string; messages: OutboundMessage[] }[] = [];
    let online = false; // the first attempt finds the user's channel unreachable: the result must wait, not vanish
    const watcher = second.watchReviews(async (conversationId, messages) => {
      if (!online) return false;
      delivered.push({ conversationId, messages });
      return true;
    }, { intervalMs: 3_600_000, accepts: (id) => id.startsWith('web:') });
    await watcher.tick();
    expect(delivered).toHaveLength(0);
    const waiting = (await second.store.kv<{ messages: OutboundMessage[] }>('outbox').get('web:notify'))?.messages;
    expect(waiting?.map((m) => m.text).join('\n')).toContain('passed identity verification');
    online = true;
    await watcher.tick();
    await watcher.tick();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.messages).toHaveLength(waiting!.length);
    expect(await second.store.kv('outbox').get('web:notify')).toMatchObject({ messages: [] }); // told: only where it came from is kept
    expect(delivered[0]!.conversationId).toBe('web:notify');
    expect(delivered[0]!.messages.map((m) => m.text).join('\n')).toContain('passed identity verification');

    now += 120_000; // the domain review finishes
    await watcher.tick();
    await watcher.tick();
    expect(delivered).toHaveLength(2);
    expect(delivered[1]!.messages.at(-1)!.text).toContain('All done');
    expect(await second.store.kv('watch').get('web:notify')).toBeUndefined();
    await second.closeAll();
  });
});
