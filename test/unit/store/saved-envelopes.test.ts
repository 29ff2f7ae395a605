import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type Envelope } from '../../../src/store/index.ts';

const envelope = (name: string): Envelope => ({
  dialogId: 'd', version: '1', snapshot: { status: 'active', output: undefined, error: undefined, context: { profile: { name } } } as never,
  seenIds: ['m1'], updatedAt: new Date(0).toISOString(),
});

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const openStore = (dir: string) => createStore({ DVBOT_DATA_DIR: dir, DVBOT_DATA_KEY: 'e'.repeat(64), REDIS_URL: undefined, STATE_TTL_HOURS: 1 });

describe('conversation envelopes read back after a save', () => {
  it('are the very object saved, frozen, while the stored record is unchanged; another writer\'s record is read anew', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvbot-saved-'));
    dirs.push(dir);
    const [mine, other] = [await openStore(dir), await openStore(dir)];
    const saved = envelope('Ana');
    await mine.conversations.save('c1', saved);
    const loaded = await mine.conversations.load('c1');
    expect(loaded).toBe(saved);
    expect(Object.isFrozen((saved.snapshot as unknown as { context: { profile: object } }).context.profile)).toBe(true);
    await other.conversations.save('c1', envelope('Bo'));
    const reread = await mine.conversations.load('c1');
    expect(reread).not.toBe(saved);
    expect(reread).toMatchObject({ snapshot: { context: { profile: { name: 'Bo' } } } });
    await mine.conversations.delete('c1');
    expect(await mine.conversations.load('c1')).toBeUndefined();
    await Promise.all([mine.close(), other.close()]);
  });
});
