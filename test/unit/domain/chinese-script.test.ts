import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../src/domain/chinese-script.ts';

describe('toSimplified', () => {
  it('folds Taiwan and Hong Kong characters to simplified ones', () => {
    expect(toSimplified('臺灣居民')).toBe('台湾居民');
    expect(toSimplified('港澳通行證')).toBe('港澳通行证');
    expect(toSimplified('居住證 廣東 為什麼')).toBe('居住证 广东 为什么');
  });

  it('leaves simplified text, Latin text and digits as they are', () => {
    expect(toSimplified('台湾居民 ID 11010519491231002X')).toBe('台湾居民 ID 11010519491231002X');
    expect(toSimplified('Hello, world')).toBe('Hello, world');
  });

  it('keeps the length, so spans found in the folded text hold in the original', () => {
    const text = '我叫陳靜，住在臺北市';
    expect(toSimplified(text)).toHaveLength(text.length);
  });
});
