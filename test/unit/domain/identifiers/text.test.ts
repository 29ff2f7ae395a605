import { describe, expect, it } from 'vitest';
import { collapseSpaces, firstBadChar, normalizeIdentifier, quoteChar, toHalfWidth } from '../../../../src/domain/text.ts';

describe('text normalisation', () => {
  it('maps full-width ASCII, the ideographic space and full stop to half-width', () => {
    expect(toHalfWidth('１２３ＡＢＣａｂｃ（）－＠　。')).toBe('123ABCabc()-@ .');
  });

  it('normalizes identifiers: trim, inner spaces, hyphens and dashes, upper case', () => {
    expect(normalizeIdentifier(' ９１１１-0000\u3000600037341l\t')).toBe('91110000600037341L');
    expect(normalizeIdentifier('ab–12—3')).toBe('AB123');
    expect(normalizeIdentifier('ab-1 2', { keepHyphens: true })).toBe('AB-12');
  });

  it('collapses runs of whitespace', () => {
    expect(collapseSpaces('  a \t\n b  ')).toBe('a b');
  });

  it('quotes visible characters and names invisible ones', () => {
    expect(quoteChar('O')).toBe('"O"');
    expect(quoteChar('\t')).toBe('U+0009');
    expect(quoteChar('\u00a0')).toBe('U+00A0');
  });

  it('finds the first disallowed character by code point', () => {
    expect(firstBadChar('12💥4', /[0-9]/)).toEqual({ char: '💥', position: 3 });
    expect(firstBadChar('1234', /[0-9]/)).toBeUndefined();
  });
});
