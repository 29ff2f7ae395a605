import { expect, it } from 'vitest';
import { createMemoryBus } from '../../../src/bus/memory-bus.ts';
import { busContract } from '../../support/bus-contract.ts';

busContract('memory', async () => {
  const bus = createMemoryBus();
  return { a: bus, b: bus, dispose: () => bus.close() };
});

it('delivers synchronously within publish, a copy of the payload', async () => {
  const bus = createMemoryBus();
  const sent = { list: [1] };
  let got: unknown;
  await bus.subscribe('t', (p) => { got = p; });
  void bus.publish('t', sent);
  expect(got).toEqual({ list: [1] });
  expect(got).not.toBe(sent);
});
