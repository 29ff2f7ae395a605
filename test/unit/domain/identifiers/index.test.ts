import { describe, expect, it } from 'vitest';
import { VALIDATORS, isValidateField, type ValidateField } from '../../../../src/domain/identifiers/index.ts';

const FIELDS: ValidateField[] = [
  'uscc', 'org-certificate-number', 'resident-id', 'residence-permit', 'travel-permit-hk-macao', 'travel-permit-taiwan',
  'passport-cn', 'passport', 'foreign-permanent-resident-id', 'postal-code', 'mobile', 'phone', 'email', 'org-name-en',
];
const VALID: Record<ValidateField, string> = {
  'uscc': '91110000600037341L', 'org-certificate-number': '0', 'resident-id': '11010519491231002X',
  'residence-permit': '810000199408230021', 'travel-permit-hk-macao': 'H12345678', 'travel-permit-taiwan': '12345678',
  'passport-cn': 'E12345678', 'passport': 'X1234567', 'foreign-permanent-resident-id': 'USA110085070101', 'postal-code': '310024',
  'mobile': '13812345678', 'phone': '0571-87654321', 'email': 'ana@example.com', 'org-name-en': 'Example Co., Ltd.',
};

describe('VALIDATORS', () => {
  it('has exactly the documented fields', () => {
    expect(Object.keys(VALIDATORS).sort()).toEqual([...FIELDS].sort());
    expect(isValidateField('email')).toBe(true);
    expect(isValidateField('toString')).toBe(false);
  });

  it.each(FIELDS)('%s accepts a valid value', (field) => {
    expect(VALIDATORS[field](VALID[field]).valid).toBe(true);
  });

  it.each(FIELDS)('%s rejects empty input, control characters and a 100 KB paste with a field-specific code', (field) => {
    for (const input of ['', '\u0000\u0001\u0002', `${'９'.repeat(50_000)}\u{1F4A5}`.repeat(2)]) {
      const verdict = VALIDATORS[field](input);
      expect(verdict.valid).toBe(false);
      expect(verdict.valid ? '' : verdict.error.code).toMatch(/^[a-z_]+$/);
      expect(verdict.valid ? '' : verdict.error.message.zh).not.toBe('');
    }
  });
});
