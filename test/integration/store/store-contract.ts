import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, Store } from '../../../src/store/index.ts';

/** A store under test plus how to dispose of it (and of anything it left behind). */
export type StoreUnderTest = { store: Store; dispose(): Promise<void> };

const envelope = (step: string, seenIds: string[] = []): Envelope => ({
  dialogId: 'test',
  version: '1',
  snapshot: { status: 'active', output: undefined, error: undefined, value: step, context: { name: '王小明·Ana', idNumber: '11010519491231002X' } } as unknown as Envelope['snapshot'],
  seenIds,
  updatedAt: '2025-01-02T03:04:05.000Z',
});

/** The behaviour every store backend must have; called once per backend. */
export function storeContract(name: string, make: () => Promise<StoreUnderTest>) {
  describe(`${name} store contract`, () => {
    let subject: StoreUnderTest;
    let store: Store;
    beforeEach(async () => {
      subject = await make();
      store = subject.store;
    });
    afterEach(async () => subject.dispose());

    it('returns undefined for a conversation never saved', async () => {
      expect(await store.conversations.load('nobody')).toBeUndefined();
    });

    it('saves, overwrites, loads and deletes an envelope exactly', async () => {
      await store.conversations.save('c1', envelope('askingName'));
      await store.conversations.save('c1', envelope('askingEmail', ['m1', 'm2']));
      expect(await store.conversations.load('c1')).toEqual(envelope('askingEmail', ['m1', 'm2']));
      expect(await store.conversations.delete('c1')).toBe(true);
      expect(await store.conversations.load('c1')).toBeUndefined();
      expect(await store.conversations.delete('c1')).toBe(false);
    });

    it('remembers dedupe keys and forgets them after their TTL', async () => {
      expect(await store.dedupe.has('c1\nm1')).toBe(false);
      await store.dedupe.add('c1\nm1');
      await store.dedupe.add('c1\nm2', 30);
      expect(await store.dedupe.has('c1\nm1')).toBe(true);
      await sleep(60);
      expect(await store.dedupe.has('c1\nm2')).toBe(false);
      expect(await store.dedupe.has('c1\nm1')).toBe(true);
    });

    it('keeps blob bytes and metadata', async () => {
      const bytes = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01, 0xfe]);
      await store.blobs.put('doc-1', bytes, { contentType: 'image/jpeg', name: '身份证.jpg', side: 'front' });
      const found = await store.blobs.get('doc-1');
      expect(found?.bytes.equals(bytes)).toBe(true);
      expect(found?.meta).toEqual({ contentType: 'image/jpeg', name: '身份证.jpg', side: 'front' });
      expect(await store.blobs.delete('doc-1')).toBe(true);
      expect(await store.blobs.get('doc-1')).toBeUndefined();
    });

    it('keeps JSON values per namespace, with a TTL that can be overridden per value', async () => {
      const refs = store.kv<{ channel: string; n: number[] }>('ref');
      const short = store.kv<string>('handoff', { ttlMs: 30 });
      await refs.set('u1', { channel: 'slack', n: [1, 2] });
      await short.set('u1', 'gone soon');
      await short.set('u2', 'kept', 0);
      await sleep(60);
      expect(await refs.get('u1')).toEqual({ channel: 'slack', n: [1, 2] });
      expect(await short.get('u1')).toBeUndefined();
      expect(await short.get('u2')).toBe('kept');
      expect(await store.kv('registrar').get('u1')).toBeUndefined();
    });

    it('lists the live entries of one namespace only', async () => {
      const pending = store.kv<{ at: number }>('pending-review');
      await pending.set('p1', { at: 1 });
      await pending.set('p2', { at: 2 });
      await pending.set('p3', { at: 3 }, 1);
      await store.kv('outbox').set('other', { at: 9 });
      await sleep(20);
      const entries: [string, { at: number }][] = [];
      for await (const entry of pending.entries()) entries.push(entry);
      expect(entries.sort(([a], [b]) => a.localeCompare(b))).toEqual([['p1', { at: 1 }], ['p2', { at: 2 }]]);
    });

    it('keeps conversations, blobs and kv namespaces apart', async () => {
      await store.conversations.save('same', envelope('askingName'));
      await store.kv('ref').set('same', 'ref value');
      expect(await store.kv('handoff').get('same')).toBeUndefined();
      expect(await store.blobs.get('same')).toBeUndefined();
      expect(await store.kv('ref').get('same')).toBe('ref value');
    });

    it('refuses reserved or malformed namespace names', () => {
      expect(() => store.kv('conv')).toThrow(expect.objectContaining({ code: 'usage' }));
      expect(() => store.kv('Bad Name')).toThrow(expect.objectContaining({ code: 'usage' }));
    });
  });
}
