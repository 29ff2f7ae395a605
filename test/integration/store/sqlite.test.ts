import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../src/errors.ts';
import { createStore, DataKeyError, type Envelope } from '../../../src/store/index.ts';
import { storeContract } from './store-contract.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvbot-store-'));
  dirs.push(dir);
  return join(dir, 'data');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const config = (dir: string, key?: string) => ({ DVBOT_DATA_DIR: dir, DVBOT_DATA_KEY: key, REDIS_URL: undefined, STATE_TTL_HOURS: 1 });

storeContract('sqlite', async () => {
  const store = await createStore(config(tempDir()));
  return { store, dispose: () => store.close() };
});

const ID_NUMBER = '11010519491231002X';
const EMAIL = 'wang.xiaoming@example.cn';
const secretEnvelope: Envelope = {
  dialogId: 'test', version: '1', seenIds: ['m1'], updatedAt: '2025-01-01T00:00:00.000Z',
  snapshot: { status: 'active', value: 'askingPhone', context: { idNumber: ID_NUMBER, email: EMAIL } } as unknown as Envelope['snapshot'],
};

describe('sqlite store file', () => {
  it('keeps data across a reopen and writes no personal data in plain text', async () => {
    const dir = tempDir();
    const first = await createStore(config(dir));
    await first.conversations.save('c1', secretEnvelope);
    await first.blobs.put('b1', Buffer.from(`scan of ${ID_NUMBER}`), { contentType: 'text/plain' });
    await first.kv('ref').set('r1', { email: EMAIL });
    const raw = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1')).join('');
    expect(raw).not.toContain(ID_NUMBER);
    expect(raw).not.toContain(EMAIL);
    expect(raw).not.toContain(Buffer.from(ID_NUMBER).toString('base64').slice(0, 16));
    await first.close();
    const second = await createStore(config(dir));
    expect(await second.conversations.load('c1')).toEqual(secretEnvelope);
    expect(await second.kv('ref').get('r1')).toEqual({ email: EMAIL });
    await second.close();
  });

  it('generates the data key once, private, and reuses it', async () => {
    const dir = tempDir();
    await (await createStore(config(dir))).close();
    const key = readFileSync(join(dir, 'data.key'), 'utf8');
    expect(key).toMatch(/^[0-9a-f]{64}\n$/);
    expect(statSync(join(dir, 'data.key')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'dvbot.sqlite')).mode & 0o777).toBe(0o600);
    await (await createStore(config(dir))).close();
    expect(readFileSync(join(dir, 'data.key'), 'utf8')).toBe(key);
  });

  it('refuses to open data written with another key', async () => {
    const dir = tempDir();
    const store = await createStore(config(dir, 'a'.repeat(64)));
    await store.conversations.save('c1', secretEnvelope);
    await store.close();
    const opening = createStore(config(dir, 'b'.repeat(64)));
    await expect(opening).rejects.toBeInstanceOf(DataKeyError);
    await expect(opening).rejects.toMatchObject({ code: 'store_unavailable' });
  });

  it('throws StoreUnavailableError, never undefined, when the file is gone', async () => {
    const store = await createStore(config(tempDir()));
    await store.close();
    await expect(store.conversations.load('c1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.kv('ref').set('a', 1)).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
