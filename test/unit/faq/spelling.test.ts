import { describe, expect, it } from 'vitest';
import { SpellingIndex } from '../../../src/faq/spelling.ts';

describe('SpellingIndex', () => {
  const index = new SpellingIndex([['domain', 50], ['verify', 40], ['review', 30], ['revie', 1], ['photo', 20], ['license', 5]]);

  it('corrects one swap, deletion, insertion or substitution to a known word', () => {
    expect(index.correct('domian')).toBe('domain');
    expect(index.correct('verfy')).toBe('verify');
    expect(index.correct('licensse')).toBe('license');
    expect(index.correct('lisense')).toBe('license');
  });

  it('prefers the more frequent word when two are one edit away', () => {
    expect(index.correct('reviw')).toBe('review');
  });

  it('corrects every unknown long word of a text, and leaves the rest as typed', () => {
    expect(index.correctWords('my domian, 4 revie photoo?')).toBe('my domain, 4 revie photo?');
  });

  it('leaves known, short, numeric and distant words alone', () => {
    expect(index.correct('domain')).toBeUndefined();
    expect(index.correct('phot')).toBeUndefined();
    expect(index.correct('dom4in')).toBeUndefined();
    expect(index.correct('weather')).toBeUndefined();
  });
});
