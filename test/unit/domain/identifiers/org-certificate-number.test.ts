import { describe, expect, it } from 'vitest';
import { validateOrgCertificateNumber } from '../../../../src/domain/identifiers/org-certificate-number.ts';

const codeOf = (input: string) => {
  const v = validateOrgCertificateNumber(input);
  return v.valid ? 'valid' : v.error.code;
};

describe('validateOrgCertificateNumber', () => {
  it('accepts letters, digits, "-" and "/" and upper-cases them', () => {
    expect(validateOrgCertificateNumber(' 12345678-000-01-19-0 ')).toEqual({ valid: true, normalized: '12345678-000-01-19-0', warnings: [] });
    expect(validateOrgCertificateNumber('cr 1234567')).toMatchObject({ valid: true, normalized: 'CR1234567' });
    expect(validateOrgCertificateNumber('No/123')).toMatchObject({ valid: true, normalized: 'NO/123' });
    expect(codeOf('A'.repeat(40))).toBe('valid');
  });

  it('accepts exactly "0" for a certificate without a number', () => {
    expect(validateOrgCertificateNumber('0')).toEqual({ valid: true, normalized: '0', warnings: [] });
    expect(validateOrgCertificateNumber('０')).toMatchObject({ valid: true, normalized: '0' });
  });

  it('asks for 0 instead of "none"', () => {
    expect(validateOrgCertificateNumber('N/A')).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "org_certificate_number_none",
          "message": {
            "en": "If the certificate has no number, enter just the digit 0 (not "N/A").",
            "zh": "如果证书上没有编号，请只输入数字 0（而不是“N/A”）。",
          },
        },
        "valid": false,
      }
    `);
    expect(codeOf('无')).toBe('org_certificate_number_none');
  });

  it('rejects other characters, certificate names, over 40 characters, empty input and 100 KB', () => {
    expect(codeOf('12345678#1')).toBe('org_certificate_number_charset');
    const v = validateOrgCertificateNumber('商业登记证12345678');
    expect(v.valid ? '' : v.error.message.en).toContain('not the name of the certificate');
    expect(codeOf('A'.repeat(41))).toBe('org_certificate_number_length');
    expect(codeOf('')).toBe('org_certificate_number_empty');
    expect(codeOf('1'.repeat(100_000))).toBe('org_certificate_number_length');
  });
});
