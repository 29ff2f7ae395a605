import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer } from '../../../src/main.ts';
import { webTurn } from './support.ts';

describe('GET /metrics', () => {
  it('counts turns by channel and outcome and times them, in the Prometheus text format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvbot-metrics-'));
    const server = await startServer(loadConfig({ DVBOT_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: randomBytes(32).toString('hex') }), createLogger('silent'));
    try {
      const conversation = randomUUID();
      expect((await webTurn(server.url, conversation, 'hello')).status).toBe(200);
      expect((await webTurn(server.url, conversation, 'hello again')).status).toBe(200);
      const response = await fetch(`${server.url}/metrics`);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      expect(text).toContain('dvbot_turns_total{channel="web",outcome="ok"} 2');
      expect(text).toContain('dvbot_turn_seconds_count{channel="web"} 2');
      expect(text).toContain('# TYPE dvbot_dialog_io_seconds histogram');
      expect(text).toContain('dvbot_store_errors_total 0');
      expect(text).toContain('dvbot_handoffs{state="waiting"} 0');
      expect((await webTurn(server.url, conversation, 'I want to talk to a person')).status).toBe(200);
      const after = await (await fetch(`${server.url}/metrics`)).text();
      expect(after).toContain('dvbot_handoffs{state="waiting"} 1');
      expect(after).toMatch(/^dvbot_handoff_longest_wait_seconds \d/m);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
