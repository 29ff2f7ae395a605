import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer } from '../../../src/main.ts';
import { waitUntil } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-warm-up-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function faqState(url: string): Promise<{ status: number; faq: unknown }> {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, faq: ((await response.json()) as { components: Record<string, unknown> }).components.faq };
}

describe('start-up trains the question classifier without holding up the server', () => {
  it('answers /healthz and /readyz while the classifier trains, and reports it trained afterwards', async () => {
    // This file's process has not trained the shared classifier yet: the server starts it right after it listens.
    const config = loadConfig({ DVBOT_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: randomBytes(32).toString('hex') });
    const server = await startServer(config, createLogger('silent'));
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(await faqState(server.url)).toEqual({ status: 200, faq: { ok: true, state: 'training', required: false } });
      await waitUntil(async () => ((await faqState(server.url)).faq as { state: string }).state === 'ready');
      expect(await faqState(server.url)).toEqual({ status: 200, faq: { ok: true, state: 'ready', required: false } });
    } finally {
      await server.close();
    }
  });
});
