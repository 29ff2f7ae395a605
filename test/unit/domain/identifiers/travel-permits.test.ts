import { describe, expect, it } from 'vitest';
import { validateTravelPermitHkMacao, validateTravelPermitTaiwan } from '../../../../src/domain/identifiers/travel-permits.ts';
import type { Verdict } from '../../../../src/domain/verdict.ts';

const codeOf = (v: Verdict) => (v.valid ? 'valid' : v.error.code);

describe('validateTravelPermitHkMacao', () => {
  it('accepts H/M + 8 digits, with or without the 2-digit renewal count', () => {
    expect(validateTravelPermitHkMacao('H12345678')).toEqual({ valid: true, normalized: 'H12345678', warnings: [] });
    expect(validateTravelPermitHkMacao('m 1234 5678 01')).toEqual({ valid: true, normalized: 'M1234567801', warnings: [] });
    expect(codeOf(validateTravelPermitHkMacao('Ｈ１２３４５６７８'))).toBe('valid');
  });

  it('rejects other lengths', () => {
    expect(codeOf(validateTravelPermitHkMacao('H1234567'))).toBe('travel_permit_hk_macao_length');
    expect(codeOf(validateTravelPermitHkMacao('H123456780'))).toBe('travel_permit_hk_macao_length');
    expect(codeOf(validateTravelPermitHkMacao('H'.repeat(100_000)))).toBe('travel_permit_hk_macao_length');
  });

  it('explains the mainland residents\' C permit and other prefixes', () => {
    expect(validateTravelPermitHkMacao('C12345678')).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "travel_permit_hk_macao_wrong_document",
          "message": {
            "en": "A number starting with C belongs to the Exit-Entry Permit that mainland residents use to travel to Hong Kong and Macao. Here we need the Mainland Travel Permit of a Hong Kong or Macao resident, which starts with H or M, e.g. H12345678.",
            "zh": "以 C 开头的号码是内地居民往来港澳通行证。这里需要的是港澳居民来往内地通行证（回乡证）号码，以 H 或 M 开头，例如 H12345678。",
          },
        },
        "valid": false,
      }
    `);
    expect(codeOf(validateTravelPermitHkMacao('12345678'))).toBe('travel_permit_hk_macao_prefix');
  });

  it('names a letter among the digits', () => {
    const v = validateTravelPermitHkMacao('H1234O678');
    expect(codeOf(v)).toBe('travel_permit_hk_macao_charset');
    expect(v.valid ? '' : v.error.message.en).toContain('character 6 is "O" (the letter O; did you mean 0?)');
    expect(codeOf(validateTravelPermitHkMacao(''))).toBe('travel_permit_hk_macao_empty');
  });
});

describe('validateTravelPermitTaiwan', () => {
  it('accepts the 8-digit lifelong number and strips a bracketed office code', () => {
    expect(validateTravelPermitTaiwan('12345678')).toEqual({ valid: true, normalized: '12345678', warnings: [] });
    expect(validateTravelPermitTaiwan('1234 5678 (B)')).toEqual({ valid: true, normalized: '12345678', warnings: [] });
    expect(validateTravelPermitTaiwan('12345678（b）')).toMatchObject({ valid: true, normalized: '12345678' });
  });

  it('accepts a legacy 10-digit number with a warning', () => {
    const v = validateTravelPermitTaiwan('1234567801(B)');
    expect(v).toMatchObject({ valid: true, normalized: '1234567801' });
    expect(v.valid && v.warnings.map((w) => w.code)).toEqual(['travel_permit_taiwan_legacy']);
  });

  it('rejects letters, other lengths, empty input and 100 KB', () => {
    expect(codeOf(validateTravelPermitTaiwan('T1234567'))).toBe('travel_permit_taiwan_charset');
    expect(codeOf(validateTravelPermitTaiwan('1234567'))).toBe('travel_permit_taiwan_length');
    expect(codeOf(validateTravelPermitTaiwan('123456789'))).toBe('travel_permit_taiwan_length');
    expect(codeOf(validateTravelPermitTaiwan('()'))).toBe('travel_permit_taiwan_charset');
    expect(codeOf(validateTravelPermitTaiwan(' '))).toBe('travel_permit_taiwan_empty');
    expect(codeOf(validateTravelPermitTaiwan('1'.repeat(100_000)))).toBe('travel_permit_taiwan_length');
  });
});
