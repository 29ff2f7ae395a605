import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/metrics/metrics.ts';

describe('metrics before prom-client is loaded', () => {
  it('keeps what was counted and shows it on the first scrape', async () => {
    const metrics = createMetrics();
    await metrics.turn('web', async () => 'ok');
    await expect(metrics.turn('web', async () => { throw Object.assign(new Error('down'), { code: 'store_unavailable' }); })).rejects.toThrow('down');
    await expect(metrics.io('sendEmailCode', async () => { throw new Error('smtp'); })).rejects.toThrow('smtp');
    const route = metrics.routes[0]!;
    const server = createServer((req, res) => void route.handler(req, res, {} as never));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const text = await (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`)).text();
      expect(text).toContain('dvbot_turns_total{channel="web",outcome="ok"} 1');
      expect(text).toContain('dvbot_turns_total{channel="web",outcome="store_unavailable"} 1');
      expect(text).toContain('dvbot_store_errors_total 1');
      expect(text).toContain('dvbot_dialog_io_errors_total{actor="sendEmailCode"} 1');
      expect(text).toContain('dvbot_turn_seconds_count{channel="web"} 2');
    } finally {
      server.close();
    }
  });
});
