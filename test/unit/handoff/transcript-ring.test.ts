import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createCaseStore, TRANSCRIPT_LINES, TRANSCRIPT_SLOTS } from '../../../src/handoff/case-store.ts';
import { createStore, type Store } from '../../../src/store/index.ts';

// The SQLite store: its namespaces are shared between kv() handles, as the desk's are in production.
const opened: { store: Store; dir: string }[] = [];
async function sqliteStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'dvbot-ring-'));
  const store = await createStore(loadConfig({ DVBOT_DATA_DIR: dir, DVBOT_DATA_KEY: 'b'.repeat(64) }));
  opened.push({ store, dir });
  return store;
}
afterEach(async () => {
  for (const { store, dir } of opened.splice(0)) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

it('keeps the latest lines of a long conversation, in order, in a ring of fixed size', async () => {
  const store = await sqliteStore();
  const cases = createCaseStore(store, 60_000);
  const at = '2026-12-03T10:00:00.000Z';
  for (let i = 0; i < TRANSCRIPT_SLOTS + 50; i++) await cases.append('web:long', { from: 'user', text: `line ${i}`, at }, { from: 'bot', text: `reply ${i}`, at });
  const lines = await cases.transcript('web:long');
  expect(lines).toHaveLength(TRANSCRIPT_LINES);
  expect(lines.at(-1)).toMatchObject({ from: 'bot', text: `reply ${TRANSCRIPT_SLOTS + 49}` });
  expect(lines[0]).toMatchObject({ text: `line ${TRANSCRIPT_SLOTS + 50 - TRANSCRIPT_LINES / 2}` });
  // the ring never grows past its slots, however long the conversation
  let slots = 0;
  for await (const _ of store.kv('handoff-line').entries()) slots++;
  expect(slots).toBe(TRANSCRIPT_SLOTS);
  expect(await cases.transcript('web:other')).toEqual([]);
});

it('still shows a transcript stored whole before the ring, followed by newer lines', async () => {
  const store = await sqliteStore();
  await store.kv('handoff-log').set('web:old', [{ from: 'user', text: 'from before', at: '2026-12-01T00:00:00Z' }]);
  const cases = createCaseStore(store, 60_000);
  await cases.append('web:old', { from: 'agent', agent: 'Li Na', text: 'newer', at: '2026-12-03T00:00:00Z' });
  expect((await cases.transcript('web:old')).map((e) => e.text)).toEqual(['from before', 'newer']);
});
