import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { failedServe, startServe, type ServeProcess } from '../../support/serve-process.ts';
import { freePort, ownRedis, PROFILE_TURNS, webTurn, type OwnRedis } from './support.ts';

const dirs: string[] = [];
const running: ServeProcess[] = [];
let redis: OwnRedis | undefined;

afterAll(async () => {
  for (const server of running) await server.stop('SIGKILL');
  await redis?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Gives a few answers, restarts with another key (refused), then with the first key: the answers are all there. */
async function changeKeyBetweenRestarts(settings: Record<string, string>, dir: string): Promise<void> {
  const key = randomBytes(32).toString('hex');
  const conversation = randomUUID();
  const first = await startServe({ ...settings, DVBOT_DATA_KEY: key }, dir);
  running.push(first);
  for (const input of PROFILE_TURNS.slice(0, 7)) expect((await webTurn(first.url, conversation, input)).status).toBe(200); // up to the name
  expect(await first.stop()).toBe(0);

  const refused = await failedServe({ ...settings, DVBOT_DATA_KEY: randomBytes(32).toString('hex') }, dir);
  expect(refused.code).toBe(1);
  expect(refused.err).toContain('DVBOT_DATA_KEY');
  expect(refused.err).toMatch(/cannot be decrypted/);

  const again = await startServe({ ...settings, DVBOT_DATA_KEY: key }, dir);
  running.push(again);
  const next = await webTurn(again.url, conversation, PROFILE_TURNS[7]!); // the province: the dialog is where it was
  expect(next.status).toBe(200);
  expect(next.body.messages?.[0]?.text).toMatch(/Which city/);
  expect(await again.stop()).toBe(0);
}

describe('the data key changed between restarts', () => {
  it('SQLite: start-up stops naming DVBOT_DATA_KEY, and the stored conversation is kept for the right key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvbot-key-sqlite-'));
    dirs.push(dir);
    await changeKeyBetweenRestarts({ DVBOT_DATA_DIR: join(dir, 'data') }, dir);
  }, 60_000);

  it('Redis: the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvbot-key-redis-'));
    dirs.push(dir);
    redis = ownRedis(await freePort());
    await redis.start();
    await changeKeyBetweenRestarts({ DVBOT_DATA_DIR: join(dir, 'data'), REDIS_URL: redis.url }, dir);
  }, 60_000);
});
