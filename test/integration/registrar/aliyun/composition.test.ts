import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config.ts';
import { createLogger } from '../../../../src/logger.ts';
import { createBot } from '../../../../src/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-registrar-choice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the registrar setting', () => {
  it.each([
    [{ REGISTRAR: 'aliyun', ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI-test', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret-test' }, 'aliyun'],
    [{}, 'simulated'],
  ] as const)('%o gives the bot the %s registrar', async (settings, name) => {
    const config = loadConfig({ DVBOT_DATA_DIR: mkdtempSync(join(dir, 'bot-')), LOG_LEVEL: 'silent', DVBOT_DATA_KEY: randomBytes(32).toString('hex'), ...settings });
    const bot = await createBot(config, createLogger('silent'));
    try {
      expect(bot.registrar.name).toBe(name);
    } finally {
      await bot.close();
    }
  });
});
