import { describe, expect, it } from 'vitest';
import { validateResidencePermit, type PermitRegion } from '../../../../src/domain/identifiers/residence-permit.ts';
import { mod112CheckChar } from '../../../../src/domain/identifiers/mod11-2.ts';

const TODAY = new Date('2026-03-01T00:00:00Z');
const withCheck = (body17: string) => body17 + mod112CheckChar(body17);
const codeOf = (input: string, region?: PermitRegion) => {
  const v = validateResidencePermit(input, region, TODAY);
  return v.valid ? 'valid' : v.error.code;
};

describe('validateResidencePermit', () => {
  it('accepts Hong Kong, Macao and Taiwan permits', () => {
    expect(validateResidencePermit('810000199408230021', undefined, TODAY)).toEqual({ valid: true, normalized: '810000199408230021', warnings: [] });
    expect(codeOf(withCheck('82000019940823002'), 'hk_macao')).toBe('valid');
    expect(codeOf(withCheck('83000019940823002'), 'taiwan')).toBe('valid');
    expect(codeOf(`${withCheck('83000019940823002').slice(0, 17)} ${withCheck('83000019940823002').slice(17)}`.toLowerCase())).toBe('valid');
  });

  it('reports a permit of the other region specifically', () => {
    expect(validateResidencePermit('810000199408230021', 'taiwan', TODAY)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "residence_permit_region_mismatch",
          "message": {
            "en": "This number starts with 810000, which is a permit for Hong Kong residents, but you said you are a Taiwan resident; that permit starts with 830000 (Taiwan). Please check the number or your resident type.",
            "zh": "此号码以 810000 开头，属于香港居民的居住证，但您选择的是台湾居民，其居住证号码应以 830000（台湾）开头。请核对号码或居民类型。",
          },
        },
        "valid": false,
      }
    `);
    expect(codeOf(withCheck('83000019940823002'), 'hk_macao')).toBe('residence_permit_region_mismatch');
  });

  it('rejects other address codes, pointing to the ID card', () => {
    const v = validateResidencePermit('11010519491231002X', undefined, TODAY);
    expect(v.valid ? '' : v.error.code).toBe('residence_permit_prefix');
    expect(v.valid ? '' : v.error.message.en).toContain('choose the ID card');
    expect(codeOf(withCheck('81010019940823002'))).toBe('residence_permit_prefix');
  });

  it('checks the birth date and the check character', () => {
    expect(codeOf(withCheck('81000019970229002'))).toBe('residence_permit_birth_date');
    expect(codeOf(withCheck('81000020300101002'))).toBe('residence_permit_future');
    expect(codeOf('810000199408230022')).toBe('residence_permit_check');
  });

  it('rejects wrong lengths, bad characters, empty input and 100 KB', () => {
    expect(codeOf('81000019940823002')).toBe('residence_permit_length');
    expect(codeOf('81000019940823OO21')).toBe('residence_permit_charset');
    expect(codeOf(' ')).toBe('residence_permit_empty');
    expect(codeOf('8'.repeat(100_000))).toBe('residence_permit_length');
  });
});
