import { describe, expect, it } from 'vitest';
import { Scratch } from '../../../src/photos/scratch.ts';

describe('scratch arrays', () => {
  it('lends distinct zeroed arrays within a call, and the same memory, zeroed again, after release', () => {
    const scratch = new Scratch();
    const a = scratch.u8(16), b = scratch.u8(16), n = scratch.i32(8);
    expect(a.buffer).not.toBe(b.buffer);
    a.fill(7); b.fill(9); n.fill(-1);
    scratch.release();
    const again = scratch.u8(16), second = scratch.u8(10), ints = scratch.i32(8);
    expect(again.buffer).toBe(a.buffer);
    expect(second.buffer).toBe(b.buffer);
    expect(ints.buffer).toBe(n.buffer);
    expect([...again, ...second, ...ints].every((v) => v === 0)).toBe(true);
    expect(second.length).toBe(10);
  });

  it('replaces an array too small for the next borrower', () => {
    const scratch = new Scratch();
    scratch.u8(4);
    scratch.release();
    const bigger = scratch.u8(32);
    expect(bigger.length).toBe(32);
    expect(bigger.every((v) => v === 0)).toBe(true);
  });
});
