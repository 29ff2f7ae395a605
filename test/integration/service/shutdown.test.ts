import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../../support/serve-process.ts';
import { lastCode, startHeldSmtp } from '../../support/smtp-sink.ts';
import { PROFILE_TURNS, waitUntil, webTurn } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-shutdown-'));
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

describe('SIGTERM with a turn in flight', () => {
  it('finishes and saves the turn, takes no new ones meanwhile, closes the store and exits 0', async () => {
    const smtp = await startHeldSmtp(); // the email-code turn waits on the mail server until released
    cleanups.push(() => smtp.close());
    const settings = { DVBOT_DATA_DIR: join(dir, 'data'), DVBOT_DATA_KEY: randomBytes(32).toString('hex'), SMTP_URL: smtp.url };
    const server: ServeProcess = await startServe(settings, dir);
    cleanups.push(() => server.stop('SIGKILL'));
    const conversation = randomUUID();
    for (const input of PROFILE_TURNS.slice(0, -1)) expect((await webTurn(server.url, conversation, input)).status).toBe(200);

    const inFlight = webTurn(server.url, conversation, PROFILE_TURNS.at(-1)!); // confirms the profile: the code is mailed
    await waitUntil(() => smtp.received());
    server.child.kill('SIGTERM');
    await waitUntil(async () => (await fetch(`${server.url}/healthz`).then(() => 'open', () => 'refused')) === 'refused');
    await expect(webTurn(server.url, randomUUID(), 'hello')).rejects.toThrow(); // no new turns while the last one finishes
    smtp.release();
    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(finished.body.messages?.[0]?.text).toMatch(/I sent a 6-digit code/);
    expect(await server.exited).toBe(0);
    expect(existsSync(join(dir, 'data', 'dvbot.sqlite-wal'))).toBe(false); // SQLite closed cleanly: its log folded back into the file

    const again = await startServe(settings, dir);
    cleanups.push(() => again.stop('SIGKILL'));
    const verified = await webTurn(again.url, conversation, lastCode(smtp.messages)); // the saved turn expects this code
    expect(verified.status).toBe(200);
    expect(verified.body.messages?.[0]?.text).toBe('Email verified.');
  }, 90_000);
});
