import { describe, expect, it } from 'vitest';
import type { Bus } from '../../src/bus/types.ts';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

/** What every bus does, whatever carries it: `make` returns two buses that share one medium (two "instances"). */
export function busContract(name: string, make: () => Promise<{ a: Bus; b: Bus; dispose(): Promise<void> }>) {
  describe(`${name} bus contract`, () => {
    it('delivers a payload published on one instance to subscribers on both', async () => {
      const { a, b, dispose } = await make();
      const heard: unknown[] = [];
      await a.subscribe('t', (p) => heard.push(['a', p]));
      await b.subscribe('t', (p) => heard.push(['b', p]));
      await a.publish('t', { text: '<b>你好</b>', n: 1 });
      await until(() => heard.length === 2);
      expect(heard).toEqual(expect.arrayContaining([['a', { text: '<b>你好</b>', n: 1 }], ['b', { text: '<b>你好</b>', n: 1 }]]));
      await dispose();
    });

    it('keeps topics apart and stops delivering after unsubscribe', async () => {
      const { a, b, dispose } = await make();
      const heard: unknown[] = [];
      const stop = await b.subscribe('one', (p) => heard.push(p));
      await b.subscribe('two', (p) => heard.push(['two', p]));
      await a.publish('one', 1);
      await until(() => heard.length === 1);
      await stop();
      await a.publish('one', 2);
      await a.publish('two', 3);
      await until(() => heard.length === 2);
      expect(heard).toEqual([1, ['two', 3]]);
      await dispose();
    });

    it('keeps delivering to other listeners when one throws', async () => {
      const { a, b, dispose } = await make();
      const heard: unknown[] = [];
      await b.subscribe('t', () => { throw new Error('listener bug'); });
      await b.subscribe('t', (p) => heard.push(p));
      await a.publish('t', 'x');
      await until(() => heard.length === 1);
      expect(heard).toEqual(['x']);
      await dispose();
    });
  });
}
