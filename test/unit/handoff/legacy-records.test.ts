import { pino } from 'pino';
import { expect, it } from 'vitest';
import { createMemoryBus } from '../../../src/bus/memory-bus.ts';
import { createDesk } from '../../../src/handoff/desk.ts';
import { createMemoryStore } from '../../../src/store/index.ts';

it('reads a request record written before the desk existed as no case, and opens a real one over it', async () => {
  const store = await createMemoryStore();
  await store.kv('handoff').set('web:old', { conversationId: 'web:old', lang: 'en', failures: 0, summary: [], requestedAt: '2026-11-01T00:00:00Z' });
  const desk = createDesk({ store, bus: createMemoryBus(), logger: pino({ level: 'silent' }), ttlMs: 60_000, waitMs: 60_000 });
  expect(await desk.queue()).toEqual([]);
  expect(await desk.get('web:old')).toBeUndefined();
  expect(await desk.open({ conversationId: 'web:old', lang: 'zh', failures: 3, summary: [] })).toEqual({ position: 1 });
  expect(await desk.queue()).toMatchObject([{ id: 'web:old', channel: 'web', lang: 'zh', state: 'waiting', reason: 'failures' }]);
});
