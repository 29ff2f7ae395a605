import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../../adapters/web/rate-limit.ts';

describe('createRateLimiter', () => {
  it('allows a burst, refuses the next request, and refills with time', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 3, perSecond: 1, now: () => now });
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
    expect(limiter.take('b')).toBe(true);
    now = 1000;
    expect([limiter.take('a'), limiter.take('a')]).toEqual([true, false]);
  });

  it('forgets the least recently used key beyond maxKeys', () => {
    const limiter = createRateLimiter({ burst: 1, perSecond: 0, maxKeys: 2, now: () => 0 });
    expect([limiter.take('a'), limiter.take('b'), limiter.take('c')]).toEqual([true, true, true]);
    expect(limiter.take('a')).toBe(true); // forgotten, so a fresh bucket
    expect(limiter.take('c')).toBe(false);
  });
});

describe('createRateLimiter with a cost', () => {
  it('spends the cost, and refuses a request costing more than is left without spending anything', () => {
    const limiter = createRateLimiter({ burst: 6, perSecond: 0, now: () => 0 });
    expect([limiter.take('a', 5), limiter.take('a', 5), limiter.take('a'), limiter.take('a')]).toEqual([true, false, true, false]);
  });
});
