import { describe, expect, it } from 'vitest';
import { validateForeignPermanentResidentId } from '../../../../src/domain/identifiers/foreign-permanent-resident-id.ts';
import { mod112CheckChar } from '../../../../src/domain/identifiers/mod11-2.ts';

const TODAY = new Date('2026-03-01T00:00:00Z');
const withCheck = (body17: string) => body17 + mod112CheckChar(body17);
const codeOf = (input: string) => {
  const v = validateForeignPermanentResidentId(input, TODAY);
  return v.valid ? 'valid' : v.error.code;
};

describe('validateForeignPermanentResidentId', () => {
  it('accepts the 2017 format: 3 letters + 12 digits', () => {
    expect(validateForeignPermanentResidentId('usa 1100 8507 0101', TODAY)).toEqual({ valid: true, normalized: 'USA110085070101', warnings: [] });
  });

  it('accepts the 2023 format: 18 characters starting with 9 with a MOD 11-2 check', () => {
    const id = withCheck('93115619850101001');
    expect(validateForeignPermanentResidentId(id.toLowerCase(), TODAY)).toEqual({ valid: true, normalized: id, warnings: [] });
  });

  it('warns, without rejecting, when positions 7–14 are not a past date', () => {
    const v = validateForeignPermanentResidentId(withCheck('93115699999999001'), TODAY);
    expect(v.valid && v.warnings.map((w) => w.code)).toEqual(['foreign_pr_id_birth_date']);
  });

  it('rejects a wrong check character, a citizen ID number, and bad characters', () => {
    const id = withCheck('93115619850101001');
    const wrong = id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
    expect(codeOf(wrong)).toBe('foreign_pr_id_check');
    expect(validateForeignPermanentResidentId('11010519491231002X', TODAY)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "foreign_pr_id_prefix",
          "message": {
            "en": "An 18-digit Foreign Permanent Resident ID number starts with 9, but this one starts with 1. Numbers starting with 1–8 are Chinese citizens' ID numbers; please check the document type.",
            "zh": "18位外国人永久居留身份证号码以9开头，而此号码以 1 开头。以1至8开头的是中国公民身份号码，请核对证件类型。",
          },
        },
        "valid": false,
      }
    `);
    expect(codeOf('9311561985A101001X')).toBe('foreign_pr_id_charset');
    expect(codeOf('US1110085070101')).toBe('foreign_pr_id_charset');
    expect(codeOf('USA11008507010A')).toBe('foreign_pr_id_charset');
  });

  it('rejects other lengths, empty input and 100 KB', () => {
    expect(codeOf('USA11008507010')).toBe('foreign_pr_id_length');
    expect(codeOf('')).toBe('foreign_pr_id_empty');
    expect(codeOf('9'.repeat(100_000))).toBe('foreign_pr_id_length');
  });
});
