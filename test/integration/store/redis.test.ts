import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, connect, type Socket } from 'node:net';
import { createClient } from '@keyv/redis';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../src/errors.ts';
import { createStore } from '../../../src/store/index.ts';
import { storeContract } from './store-contract.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';
const runPrefix = `dvbot-test-${randomUUID()}:`;
const dataDir = mkdtempSync(join(tmpdir(), 'dvbot-redis-'));
const config = { DVBOT_DATA_DIR: dataDir, DVBOT_DATA_KEY: 'c'.repeat(64), REDIS_URL, STATE_TTL_HOURS: 1 };
let n = 0;
const open = () => createStore(config, undefined, { keyPrefix: `${runPrefix}${n++}:` });

afterAll(async () => {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${runPrefix}*` })) if (keys.length) await client.del(keys);
  await client.close();
  rmSync(dataDir, { recursive: true, force: true });
});

storeContract('redis', async () => {
  const store = await open();
  return { store, dispose: () => store.close() };
});

describe('redis store', () => {
  it('isolates stores with different key prefixes', async () => {
    const [a, b] = [await open(), await open()];
    await a.kv('ref').set('k', 'from a');
    expect(await b.kv('ref').get('k')).toBeUndefined();
    await Promise.all([a.close(), b.close()]);
  });

  it('gives one holder a lock at a time and releases it by token', async () => {
    const store = await open();
    const release = await store.locks!.acquire('c1', { ttlMs: 5_000, waitMs: 5_000 });
    await expect(store.locks!.acquire('c1', { ttlMs: 5_000, waitMs: 30 })).rejects.toMatchObject({ code: 'turn_timeout' });
    await release();
    const again = await store.locks!.acquire('c1', { ttlMs: 5_000, waitMs: 30 });
    await again();
    await store.close();
  });

  it('starts while Redis cannot be reached, fails every operation meanwhile, and works once Redis answers', async () => {
    const port = await freePort();
    const store = await createStore({ ...config, REDIS_URL: `redis://127.0.0.1:${port}` }, undefined, { keyPrefix: `${runPrefix}${n++}:` });
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.conversations.load('c1')).rejects.toBeInstanceOf(StoreUnavailableError);
    const proxy = await startProxy(6379, port);
    await waitUntil(() => store.ping().then(() => true, () => false));
    await store.kv('ref').set('a', 1);
    expect(await store.kv('ref').get('a')).toBe(1);
    await store.close();
    await proxy.stop();
  });

  it('throws StoreUnavailableError, never undefined, when Redis goes away', async () => {
    const proxy = await startProxy(6379);
    const store = await createStore({ ...config, REDIS_URL: `redis://127.0.0.1:${proxy.port}` }, undefined, { keyPrefix: `${runPrefix}${n++}:` });
    await store.conversations.delete('c1');
    await proxy.stop();
    await expect(store.conversations.load('c1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.kv('ref').set('a', 1)).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close().catch(() => {});
  });
});

/** A TCP proxy to Redis that can be cut, to simulate an outage of a running server. */
async function startProxy(target: number, listenPort = 0): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    }),
  };
}

/** A port nothing listens on (bound once by the OS, then released). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 50));
}
