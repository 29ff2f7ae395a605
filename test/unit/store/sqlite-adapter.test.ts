import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteFile, type SqliteFile } from '../../../src/store/sqlite-adapter.ts';

describe('sqlite keyv adapter', () => {
  let dir: string;
  let file: SqliteFile;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dvbot-adapter-'));
    file = openSqliteFile(join(dir, 'kv.sqlite'));
  });
  afterEach(() => {
    file.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores, replaces and deletes raw values', async () => {
    const conv = file.adapter('conv');
    await conv.set('conv:a', 'one');
    await conv.set('conv:a', 'two');
    expect(await conv.get('conv:a')).toBe('two');
    expect(await conv.delete('conv:a')).toBe(true);
    expect(await conv.get('conv:a')).toBeUndefined();
  });

  it('honours the expiry column', async () => {
    const conv = file.adapter('conv');
    await conv.set('conv:short', 'x', 20);
    await conv.set('conv:long', 'y', 60_000);
    await sleep(40);
    expect(await conv.get('conv:short')).toBeUndefined();
    expect(await conv.has('conv:long')).toBe(true);
  });

  it('clears and iterates one namespace only, treating LIKE wildcards literally', async () => {
    const [a, b] = [file.adapter('a_b'), file.adapter('axb')];
    await a.set('a_b:1', 'A');
    await b.set('axb:1', 'B');
    const seen: [string, string][] = [];
    for await (const entry of a.iterator()) seen.push(entry);
    expect(seen).toEqual([['a_b:1', 'A']]);
    await a.clear();
    expect(await a.get('a_b:1')).toBeUndefined();
    expect(await b.get('axb:1')).toBe('B');
  });
});
