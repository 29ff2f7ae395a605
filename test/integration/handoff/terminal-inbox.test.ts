import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@keyv/redis';
import { afterAll, describe, expect, it } from 'vitest';
import { createTerminalInbox } from '../../../adapters/terminal/inbox.ts';
import type { OutboundMessage } from '../../../src/conversation/messages.ts';
import { loadConfig } from '../../../src/config.ts';
import { createStore, type Store } from '../../../src/store/index.ts';

// The terminal inbox on both stores a `dvbot chat` can share with `dvbot serve`; two handles stand for the two processes.
const REDIS_URL = 'redis://127.0.0.1:6379';
const prefix = `dvbot-test-${randomUUID()}:`;
const dir = mkdtempSync(join(tmpdir(), 'dvbot-terminal-inbox-'));
const stores: Store[] = [];
const open = async (redis: boolean) => {
  const config = loadConfig({ DVBOT_DATA_DIR: dir, DVBOT_DATA_KEY: 'd'.repeat(64), ...(redis ? { REDIS_URL } : {}) });
  const store = await createStore(config, undefined, redis ? { keyPrefix: prefix } : {});
  stores.push(store);
  return store;
};
afterAll(async () => {
  for (const store of stores) await store.close();
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*` })) if (keys.length) await client.del(keys);
  await client.quit();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([['SQLite', false], ['Redis', true]] as const)('the terminal inbox on %s', (_name, redis) => {
  it('keeps messages while no terminal runs, prints them in order once one does, and says when one runs', async () => {
    const server = createTerminalInbox(await open(redis), { ttlMs: 60_000 });
    const terminal = createTerminalInbox(await open(redis), { ttlMs: 60_000, pollMs: 20 });
    const id = `terminal:${randomUUID()}`;
    expect(await server.deliver(id, [{ text: 'first' }])).toBe(false);
    expect(await server.deliver(id, [{ text: 'second' }, { text: 'third', choices: [{ id: 'a', label: 'A' }] }])).toBe(false);
    expect(await server.deliver('terminal:someone-else', [{ text: 'not yours' }])).toBe(false);
    const shown: OutboundMessage[] = [];
    let arrived: () => void = () => {};
    const listener = terminal.listen(id, (messages) => { shown.push(...messages); arrived(); });
    while (shown.length < 3) await new Promise<void>((resolve) => { arrived = resolve; });
    expect(shown.map((m) => m.text)).toEqual(['first', 'second', 'third']);
    expect(await server.deliver(id, [{ text: 'live' }])).toBe(true);
    while (shown.length < 4) await new Promise<void>((resolve) => { arrived = resolve; });
    expect(shown.at(-1)?.text).toBe('live');
    await listener.close();
    expect(await server.deliver(id, [{ text: 'after' }])).toBe(false);
    expect(shown.map((m) => m.text)).not.toContain('not yours');
  });
});
