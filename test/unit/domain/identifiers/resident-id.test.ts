import { describe, expect, it } from 'vitest';
import { upgradeLegacyResidentId, validateResidentId } from '../../../../src/domain/identifiers/resident-id.ts';
import { mod112CheckChar } from '../../../../src/domain/identifiers/mod11-2.ts';

const TODAY = new Date('2026-03-01T00:00:00Z');
const withCheck = (body17: string) => body17 + mod112CheckChar(body17);
const codeOf = (input: string, today = TODAY) => {
  const v = validateResidentId(input, today);
  return v.valid ? 'valid' : v.error.code;
};

describe('validateResidentId', () => {
  it('accepts the GB 11643 specimen 11010519491231002X', () => {
    expect(validateResidentId('11010519491231002X', TODAY)).toEqual({ valid: true, normalized: '11010519491231002X', warnings: [] });
  });

  it('upper-cases x and removes spaces and full-width digits', () => {
    expect(validateResidentId('110105 19491231 002x', TODAY)).toMatchObject({ valid: true, normalized: '11010519491231002X' });
    expect(validateResidentId('１１０１０５１９４９１２３１００２Ｘ', TODAY)).toMatchObject({ valid: true, normalized: '11010519491231002X' });
  });

  it('computes MOD 11-2 as in the standard', () => {
    expect(mod112CheckChar('11010519491231002')).toBe('X');
  });

  it('accepts 29 February in a leap year and rejects it otherwise', () => {
    expect(codeOf(withCheck('33010619960229001'))).toBe('valid');
    expect(codeOf(withCheck('33010619970229001'))).toBe('resident_id_birth_date');
    expect(codeOf(withCheck('33010620000229001'))).toBe('valid');
    expect(codeOf(withCheck('33010619000229001'))).toBe('resident_id_birth_date');
  });

  it('rejects impossible and pre-1900 dates', () => {
    expect(codeOf(withCheck('33010619901301001'))).toBe('resident_id_birth_date');
    expect(codeOf(withCheck('33010619900431001'))).toBe('resident_id_birth_date');
    expect(codeOf(withCheck('33010618991231001'))).toBe('resident_id_birth_date');
  });

  it('rejects a birth date after today (China time) and accepts today', () => {
    expect(codeOf(withCheck('33010620260302001'))).toBe('resident_id_future');
    expect(codeOf(withCheck('33010620260301001'))).toBe('valid');
    const lateEveningUtc = new Date('2026-02-28T17:00:00Z'); // already 1 March in Beijing
    expect(codeOf(withCheck('33010620260301001'), lateEveningUtc)).toBe('valid');
  });

  it('rejects a wrong check character', () => {
    expect(validateResidentId('110105194912310021', TODAY)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "resident_id_check",
          "message": {
            "en": "The number 110105194912310021 fails its check (the last character does not match the first 17 digits), so a digit is probably mistyped. Please copy it again from the card.",
            "zh": "号码 110105194912310021 未通过校验（最后一位与前17位不符），可能有数字输错。请对照身份证重新输入。",
          },
        },
        "valid": false,
      }
    `);
  });

  it('explains a 15-digit legacy number with its 18-digit form', () => {
    expect(upgradeLegacyResidentId('110105491231002')).toBe('11010519491231002X');
    expect(validateResidentId('110105491231002', TODAY)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "resident_id_legacy_15",
          "message": {
            "en": "110105491231002 is an old 15-digit ID number, which is no longer accepted. Its 18-digit form is 11010519491231002X ("19" added before the year and a check character at the end). Please enter the 18-digit number printed on your current ID card.",
            "zh": "110105491231002 是旧的15位身份证号码，已不再受理。对应的18位号码是 11010519491231002X（在年份前补“19”并在末尾加校验码）。请输入您现行身份证上印的18位号码。",
          },
        },
        "valid": false,
      }
    `);
  });

  it('rejects other lengths, bad characters and X inside the number', () => {
    expect(codeOf('1101051949123100')).toBe('resident_id_length');
    expect(codeOf('11010519491231002X1')).toBe('resident_id_length');
    expect(codeOf('1101051949123100AX')).toBe('resident_id_charset');
    const inner = validateResidentId('1101051949X231002X', TODAY);
    expect(inner.valid ? '' : inner.error.message.en).toContain('only the last character of an ID card number can be X');
  });

  it('requires a mainland province prefix and points residence-permit numbers elsewhere', () => {
    expect(codeOf(withCheck('99010519491231002'))).toBe('resident_id_region');
    expect(codeOf(withCheck('71010519491231002'))).toBe('resident_id_region');
    expect(codeOf(withCheck('81000019491231002'))).toBe('resident_id_is_residence_permit');
    expect(codeOf(withCheck('65010519491231002'))).toBe('valid');
  });

  it('rejects empty input, garbage and a 100 KB string', () => {
    expect(codeOf('')).toBe('resident_id_empty');
    expect(codeOf('not an id')).toBe('resident_id_charset');
    expect(codeOf('1'.repeat(100_000))).toBe('resident_id_length');
  });
});
