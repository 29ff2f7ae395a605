import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer } from '../../../src/main.ts';
import { freePort, ownRedis, PROFILE_TURNS, waitUntil, webTurn } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-redis-outage-'));
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

describe('Redis stopped mid-conversation', () => {
  it('tells the user the service is briefly unavailable, keeps every answer, and recovers without a restart', async () => {
    const redis = ownRedis(await freePort(), { appendOnlyDir: dir }); // killed below: only what Redis had on disk survives
    await redis.start();
    cleanups.push(() => redis.stop());
    const config = loadConfig({ DVBOT_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: randomBytes(32).toString('hex'), REDIS_URL: redis.url });
    const server = await startServer(config, createLogger('silent'));
    cleanups.push(() => server.close());
    const conversation = randomUUID();
    const [before, after] = [PROFILE_TURNS.slice(0, 7), PROFILE_TURNS.slice(7, 13)]; // up to the name; then from the province
    for (const input of before) expect((await webTurn(server.url, conversation, input)).status).toBe(200);

    await redis.stop(); // SIGKILL, mid-conversation
    const refused = await webTurn(server.url, conversation, after[0]!);
    expect(refused).toMatchObject({ status: 503, body: { error: { code: 'store_unavailable' } } });
    expect(refused.body.error?.message?.en).toMatch(/Nothing you sent before is lost; please try again in a minute/);
    expect(refused.body.error?.message?.zh).toMatch(/不会丢失/);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200); // alive: not a reason to restart it

    await redis.start();
    await waitUntil(async () => (await fetch(`${server.url}/readyz`)).status === 200);
    for (const input of after) expect((await webTurn(server.url, conversation, input)).status).toBe(200); // the refused answer again, then on
    const summary = await webTurn(server.url, conversation, { action: 'english.accept' });
    expect(summary.status).toBe(200);
    const shown = JSON.stringify(summary.body);
    for (const given of ['11010519491231002X', '张三', 'Zhejiang', '310012', '+86 138 1234 5678', 'zhang.san@example.com']) expect(shown).toContain(given);
  }, 60_000);
});
