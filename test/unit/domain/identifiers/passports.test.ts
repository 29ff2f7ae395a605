import { describe, expect, it } from 'vitest';
import { validatePassport, validatePassportCn } from '../../../../src/domain/identifiers/passports.ts';
import type { Verdict } from '../../../../src/domain/verdict.ts';

const codeOf = (v: Verdict) => (v.valid ? 'valid' : v.error.code);

describe('validatePassportCn', () => {
  it.each(['E12345678', 'EA1234567', 'EH1234567', 'G12345678', 'SE1234567', 'PE1234567', 'DE1234567', 'K12345678', 'MA1234567'])('accepts %s', (id) => {
    expect(validatePassportCn(id)).toEqual({ valid: true, normalized: id, warnings: [] });
  });

  it('normalizes case, spaces and full-width characters', () => {
    expect(validatePassportCn(' ea 123 4567 ')).toMatchObject({ valid: true, normalized: 'EA1234567' });
    expect(validatePassportCn('Ｅ１２３４５６７８')).toMatchObject({ valid: true, normalized: 'E12345678' });
  });

  it('suggests the digit for I or O after E', () => {
    expect(validatePassportCn('EO1234567')).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "passport_cn_letter",
          "message": {
            "en": "Chinese passport numbers never use the letter O after E. Did you mean the digit 0 (E01234567)?",
            "zh": "中国护照号码 E 之后不会出现字母 O。您是否想输入数字 0（E01234567）？",
          },
        },
        "valid": false,
      }
    `);
    expect(codeOf(validatePassportCn('EI1234567'))).toBe('passport_cn_letter');
  });

  it('recognizes a travel permit number and rejects other formats and lengths', () => {
    expect(codeOf(validatePassportCn('H12345678'))).toBe('passport_cn_is_travel_permit');
    expect(codeOf(validatePassportCn('X12345678'))).toBe('passport_cn_format');
    expect(codeOf(validatePassportCn('MB1234567'))).toBe('passport_cn_format');
    expect(codeOf(validatePassportCn('E1234567'))).toBe('passport_cn_length');
    expect(codeOf(validatePassportCn(''))).toBe('passport_cn_empty');
    expect(codeOf(validatePassportCn('E'.repeat(100_000)))).toBe('passport_cn_length');
  });
});

describe('validatePassport', () => {
  it('accepts 5–20 letters and digits after removing spaces', () => {
    expect(validatePassport('x 1234 567')).toEqual({ valid: true, normalized: 'X1234567', warnings: [] });
    expect(codeOf(validatePassport('AB123'))).toBe('valid');
    expect(codeOf(validatePassport('A'.repeat(20)))).toBe('valid');
  });

  it('rejects other lengths and characters, empty input and 100 KB', () => {
    expect(codeOf(validatePassport('AB12'))).toBe('passport_length');
    expect(codeOf(validatePassport('A'.repeat(21)))).toBe('passport_length');
    const v = validatePassport('AB-12345');
    expect(v.valid ? '' : v.error.message.en).toContain('Character 3 ("-")');
    expect(codeOf(validatePassport('护照12345'))).toBe('passport_charset');
    expect(codeOf(validatePassport('  '))).toBe('passport_empty');
    expect(codeOf(validatePassport('A'.repeat(100_000)))).toBe('passport_length');
  });
});
