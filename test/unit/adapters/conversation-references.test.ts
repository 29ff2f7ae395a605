import { describe, expect, it } from 'vitest';
import type { SlackConversationRef } from '../../../adapters/slack/normalize.ts';
import { createCachedReferenceStore, createReferenceStore, type ReferenceStore } from '../../../src/conversation/references.ts';
import { createMemoryStore } from '../../../src/store/index.ts';

type Ref = { channel: string; locale?: string };

function countingStore() {
  const saved = new Map<string, Ref>();
  const writes: string[] = [];
  let failNext = false;
  const store: ReferenceStore<Ref> = {
    save: async (id, ref) => {
      if (failNext) { failNext = false; throw new Error('store down'); }
      writes.push(`${id}=${JSON.stringify(ref)}`);
      saved.set(id, ref);
    },
    load: async (id) => saved.get(id),
  };
  return { store, saved, writes, failNextSave: () => { failNext = true; } };
}

describe('createReferenceStore', () => {
  it("keeps references in the store's ref namespace until deleted", async () => {
    const store = await createMemoryStore();
    const references: ReferenceStore<SlackConversationRef> = createReferenceStore(store.kv('ref'));
    await references.save('slack:T1:D1', { team: 'T1', channel: 'D1', user: 'U1' });
    expect(await references.load('slack:T1:D1')).toEqual({ team: 'T1', channel: 'D1', user: 'U1' });
    expect(await store.kv('ref').get('slack:T1:D1')).toEqual({ team: 'T1', channel: 'D1', user: 'U1' });
    expect(await references.load('slack:T1:D2')).toBeUndefined();
    await store.close();
  });
});

describe('createCachedReferenceStore', () => {
  it('writes a reference when it is new or changed, not when it is the same again', async () => {
    const { store, writes } = countingStore();
    const references = createCachedReferenceStore(store);
    for (const ref of [{ channel: 'D1' }, { channel: 'D1' }, { channel: 'D1', locale: 'zh-CN' }, { channel: 'D1', locale: 'zh-CN' }]) {
      await references.save('c1', ref);
    }
    await references.save('c2', { channel: 'D2' });
    expect(writes).toEqual(['c1={"channel":"D1"}', 'c1={"channel":"D1","locale":"zh-CN"}', 'c2={"channel":"D2"}']);
  });

  it('reads through to the store, and writes again after the ttl so a lost reference comes back', async () => {
    let now = 0;
    const { store, saved, writes } = countingStore();
    const references = createCachedReferenceStore(store, { ttlMs: 1000, now: () => now });
    await references.save('c1', { channel: 'D1' });
    saved.delete('c1');
    expect(await references.load('c1')).toBeUndefined();
    await references.save('c1', { channel: 'D1' });
    now = 1000;
    await references.save('c1', { channel: 'D1' });
    expect(await references.load('c1')).toEqual({ channel: 'D1' });
    expect(writes).toHaveLength(2);
  });

  it('does not remember a failed write, and forgets the least recently saved beyond maxEntries', async () => {
    const { store, writes, failNextSave } = countingStore();
    const references = createCachedReferenceStore(store, { maxEntries: 2 });
    failNextSave();
    await expect(references.save('c1', { channel: 'D1' })).rejects.toThrow('store down');
    await references.save('c1', { channel: 'D1' });
    await references.save('c2', { channel: 'D2' });
    await references.save('c3', { channel: 'D3' });
    await references.save('c2', { channel: 'D2' });
    await references.save('c1', { channel: 'D1' });
    expect(writes.map((w) => w.split('=')[0])).toEqual(['c1', 'c2', 'c3', 'c1']);
  });
});
