import { describe, expect, it } from 'vitest';
import { validatePostalCode } from '../../../../src/domain/contact/postal-code.ts';
import type { RegionId } from '../../../../src/domain/regions.ts';

const codeOf = (input: string, region?: RegionId) => {
  const v = validatePostalCode(input, region);
  return v.valid ? 'valid' : v.error.code;
};

describe('validatePostalCode', () => {
  it('accepts 6 digits, with spaces or full-width digits', () => {
    expect(validatePostalCode('310024')).toEqual({ valid: true, normalized: '310024', warnings: [] });
    expect(validatePostalCode(' 100 080 ')).toMatchObject({ valid: true, normalized: '100080' });
    expect(validatePostalCode('３１００２４')).toMatchObject({ valid: true, normalized: '310024' });
  });

  it('accepts codes consistent with the region, including spot-checked remote provinces', () => {
    expect(codeOf('310024', 'zhejiang')).toBe('valid');
    expect(codeOf('100080', 'beijing')).toBe('valid');
    expect(codeOf('810202', 'qinghai')).toBe('valid');
    expect(codeOf('851311', 'tibet')).toBe('valid');
    expect(codeOf('730603', 'gansu')).toBe('valid');
    expect(codeOf('674301', 'yunnan')).toBe('valid');
    expect(codeOf('410000', 'hunan')).toBe('valid');
    expect(codeOf('430000', 'hubei')).toBe('valid');
  });

  it('names the province a mismatched code belongs to and the expected prefixes', () => {
    expect(validatePostalCode('100080', 'zhejiang')).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "postal_code_region_mismatch",
          "message": {
            "en": "The postal code 100080 belongs to Beijing, but the address is in Zhejiang, whose postal codes start with 31, 32. Please check the postal code or the region.",
            "zh": "邮政编码 100080 属于北京市，而地址在浙江省，该地邮政编码以 31、32 开头。请核对邮政编码或所在地区。",
          },
        },
        "valid": false,
      }
    `);
    const v = validatePostalCode('990000', 'zhejiang');
    expect(v.valid ? '' : v.error.message.en).toContain('does not belong to any province');
  });

  it('rejects the reserved and internal ranges', () => {
    expect(codeOf('000000')).toBe('postal_code_reserved');
    expect(codeOf('009999')).toBe('postal_code_reserved');
    expect(codeOf('010010')).toBe('valid');
    expect(codeOf('999077')).toBe('postal_code_internal');
    expect(codeOf('999077', 'guangdong')).toBe('postal_code_internal');
  });

  it('warns about an unassigned prefix when no region is given', () => {
    const v = validatePostalCode('180000');
    expect(v.valid && v.warnings.map((w) => w.code)).toEqual(['postal_code_unknown_prefix']);
  });

  it('rejects other formats, empty input and 100 KB', () => {
    expect(codeOf('31002')).toBe('postal_code_format');
    expect(codeOf('3100245')).toBe('postal_code_format');
    expect(codeOf('31OO24')).toBe('postal_code_format');
    expect(codeOf('')).toBe('postal_code_empty');
    expect(codeOf('3'.repeat(100_000))).toBe('postal_code_format');
  });

  it('checks codes outside the mainland loosely', () => {
    expect(validatePostalCode('sw1a 1aa', 'outside')).toEqual({ valid: true, normalized: 'SW1A1AA', warnings: [] });
    expect(codeOf('94043', 'outside')).toBe('valid');
    expect(codeOf('999077', 'hong_kong')).toBe('valid');
    expect(codeOf('100', 'taiwan')).toBe('valid');
    expect(codeOf('1', 'outside')).toBe('postal_code_foreign_format');
    expect(codeOf('1'.repeat(100_000), 'outside')).toBe('postal_code_foreign_format');
  });
});
