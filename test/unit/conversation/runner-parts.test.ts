import { describe, expect, it } from 'vitest';
import { SEEN_IDS_KEPT, isDuplicate, keepEvicted, withSeenId } from '../../../src/conversation/dedupe.ts';
import { createMemoryStore } from '../../../src/store/index.ts';
import { resume } from '../../../src/conversation/envelope.ts';
import { createKeyedLock } from '../../../src/conversation/locks.ts';
import type { Envelope } from '../../../src/store/index.ts';

const envelope = (version: string, status = 'active'): Envelope => ({
  dialogId: 'form', version, seenIds: ['m1'], updatedAt: '2025-01-01T00:00:00.000Z',
  snapshot: { status, value: 'askingEmail' } as unknown as Envelope['snapshot'],
});

describe('keyed lock', () => {
  it('runs tasks of one key in arrival order and keys independently', async () => {
    const lock = createKeyedLock();
    const log: string[] = [];
    const task = (name: string, ticks: number) => async () => {
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      log.push(name);
      return name;
    };
    const results = await Promise.all([lock.run('a', task('a1', 5)), lock.run('a', task('a2', 0)), lock.run('b', task('b1', 1))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log).toEqual(['b1', 'a1', 'a2']);
  });

  it('keeps going after a failed task', async () => {
    const lock = createKeyedLock();
    const failed = lock.run('a', async () => { throw new Error('boom'); });
    const next = lock.run('a', async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('next');
  });
});

describe('seen ids', () => {
  it('appends and keeps only the most recent ids', () => {
    const ids = Array.from({ length: SEEN_IDS_KEPT }, (_, i) => `m${i}`);
    const next = withSeenId(ids, 'new');
    expect(next).toHaveLength(SEEN_IDS_KEPT);
    expect(next.at(0)).toBe('m1');
    expect(next.at(-1)).toBe('new');
    expect(ids.at(-1)).toBe(`m${SEEN_IDS_KEPT - 1}`);
  });
});

describe('dedupe beyond the envelope', () => {
  it('keeps the ids the envelope drops as TTL entries, and looks them up only once the envelope is full', async () => {
    const store = await createMemoryStore();
    const full = Array.from({ length: SEEN_IDS_KEPT }, (_, i) => `m${i}`);
    await keepEvicted(store, 'c', full.slice(0, 3));
    expect(await store.dedupe.has('c\nm0')).toBe(false); // nothing was dropped from a short list
    await keepEvicted(store, 'c', full);
    expect(withSeenId(full, 'm16')).not.toContain('m0');
    expect(await isDuplicate(store, 'c', 'm0', withSeenId(full, 'm16'))).toBe(true);
    expect(await isDuplicate(store, 'c', 'm99', withSeenId(full, 'm16'))).toBe(false);
    expect(await isDuplicate(store, 'c', 'm0', ['m5'])).toBe(false);
  });
});

describe('resume', () => {
  it('starts fresh for a new conversation', () => {
    expect(resume(undefined, 'form', '1')).toEqual({ seenIds: [] });
  });

  it('restores an envelope of the current version', () => {
    expect(resume(envelope('1'), 'form', '1')).toEqual({ snapshot: envelope('1').snapshot, seenIds: ['m1'] });
  });

  it('restarts another version without a migration, keeping seen ids', () => {
    expect(resume(envelope('1'), 'form', '2')).toEqual({ seenIds: ['m1'], restarted: 'version' });
    expect(resume(envelope('1'), 'form', '2', () => undefined)).toEqual({ seenIds: ['m1'], restarted: 'version' });
  });

  it('uses a migration that yields the current version', () => {
    const migrated = resume(envelope('1'), 'form', '2', (e) => ({ ...e, version: '2', seenIds: [...e.seenIds, 'x'] }));
    expect(migrated).toEqual({ snapshot: envelope('1').snapshot, seenIds: ['m1', 'x'] });
  });

  it('restarts a dialog that reached its final state', () => {
    expect(resume(envelope('1', 'done'), 'form', '1')).toEqual({ seenIds: ['m1'], restarted: 'done' });
  });
});
