import { describe, expect, it } from 'vitest';
import { createSeenSet } from '../../../../adapters/slack/seen.ts';

describe('Slack retry seen-set', () => {
  it('reports a key once until it expires', () => {
    let now = 0;
    const seen = createSeenSet(1000, 100, () => now);
    expect([seen.firstTime('Ev1'), seen.firstTime('Ev1'), seen.firstTime('Ev2')]).toEqual([true, false, true]);
    now = 1001;
    expect(seen.firstTime('Ev1')).toBe(true);
  });

  it('forgets the oldest keys beyond its bound', () => {
    const seen = createSeenSet(60_000, 2, () => 0);
    for (const key of ['a', 'b', 'c']) seen.firstTime(key);
    expect(seen.firstTime('a')).toBe(true);
    expect(seen.firstTime('c')).toBe(false);
  });
});
