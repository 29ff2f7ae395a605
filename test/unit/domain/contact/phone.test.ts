import { describe, expect, it } from 'vitest';
import { splitPhone, validateMobile, validatePhone } from '../../../../src/domain/contact/phone.ts';
import type { Verdict } from '../../../../src/domain/verdict.ts';

const codeOf = (v: Verdict) => (v.valid ? 'valid' : v.error.code);
const normalizedOf = (v: Verdict) => (v.valid ? v.normalized : v.error.code);

describe('validateMobile', () => {
  it.each(['+86 138 1234 5678', '13812345678', '86-13812345678', '8613812345678', '0086 138 1234 5678', '+86-138-1234-5678', '１３８１２３４５６７８'])('accepts %s', (input) => {
    expect(validateMobile(input)).toEqual({ valid: true, normalized: '+86.13812345678', warnings: [] });
  });

  it('refuses unassigned mainland ranges and wrong lengths', () => {
    expect(codeOf(validateMobile('14012345678'))).toBe('mobile_invalid');
    expect(codeOf(validateMobile('1381234567'))).toBe('mobile_invalid');
    expect(codeOf(validateMobile('138123456789'))).toBe('mobile_invalid');
  });

  it('refuses a landline and an extension', () => {
    expect(validateMobile('0571-87654321')).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "mobile_not_mobile",
          "message": {
            "en": "+86 571 8765 4321 is a landline, not a mobile number. Please enter a mobile number, e.g. 13812345678.",
            "zh": "+86 571 8765 4321 是固定电话，不是手机号码。请输入手机号码，例如 13812345678。",
          },
        },
        "valid": false,
      }
    `);
    expect(codeOf(validateMobile('13812345678 ext 12'))).toBe('mobile_extension');
  });

  it('reads national numbers in the given country and accepts foreign mobiles', () => {
    expect(normalizedOf(validateMobile('9123 4567', '852'))).toBe('+852.91234567');
    expect(normalizedOf(validateMobile('+852 9123 4567'))).toBe('+852.91234567');
    expect(normalizedOf(validateMobile('+1 650 253 0000'))).toBe('+1.6502530000');
  });

  it('rejects letters, empty input, garbage and 100 KB', () => {
    expect(codeOf(validateMobile('138abc45678'))).toBe('mobile_charset');
    expect(codeOf(validateMobile(''))).toBe('mobile_empty');
    expect(codeOf(validateMobile('💥'))).toBe('mobile_charset');
    expect(codeOf(validateMobile('1'.repeat(100_000)))).toBe('mobile_invalid');
  });
});

describe('validatePhone', () => {
  it('accepts landlines with and without the area-code hyphen', () => {
    expect(normalizedOf(validatePhone('010-23456789'))).toBe('+86.1023456789');
    expect(normalizedOf(validatePhone('010-2345-6789'))).toBe('+86.1023456789');
    expect(normalizedOf(validatePhone('0571-87654321'))).toBe('+86.57187654321');
    expect(normalizedOf(validatePhone('(0571) 87654321'))).toBe('+86.57187654321');
    expect(normalizedOf(validatePhone('+86 10 2345 6789'))).toBe('+86.1023456789');
  });

  it.each(['0571-87654321 ext 123', '0571-87654321 ext. 123', '0571-87654321 x123', '0571-87654321转123', '0571-87654321 分机 123', '0571-87654321-123', '0571-87654321#123'])('reads the extension in %s', (input) => {
    expect(validatePhone(input)).toEqual({ valid: true, normalized: '+86.57187654321;ext=123', warnings: [] });
  });

  it('accepts mobiles and foreign numbers', () => {
    expect(normalizedOf(validatePhone('13812345678'))).toBe('+86.13812345678');
    expect(normalizedOf(validatePhone('+852 2123 4567'))).toBe('+852.21234567');
    expect(normalizedOf(validatePhone('+44 20 7946 0958 ext 7'))).toBe('+44.2079460958;ext=7');
  });

  it('requires a digits-only extension', () => {
    expect(validatePhone('0571-87654321 转 abc')).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "phone_extension",
          "message": {
            "en": "The extension must be 1 to 8 digits only, e.g. 0571-87654321 ext 123; "abc" is not.",
            "zh": "分机号只能是1至8位数字，例如 0571-87654321 转 123；“abc”不符合。",
          },
        },
        "valid": false,
      }
    `);
    expect(codeOf(validatePhone('0571-87654321 ext'))).toBe('phone_extension');
    expect(codeOf(validatePhone('0571-87654321 ext 123456789'))).toBe('phone_extension');
  });

  it('rejects invalid numbers, bad characters and 100 KB', () => {
    expect(codeOf(validatePhone('12345'))).toBe('phone_invalid');
    expect(codeOf(validatePhone('0571-8765432a'))).toBe('phone_charset');
    expect(codeOf(validatePhone('abc ext 12'))).toBe('phone_charset');
    expect(codeOf(validatePhone('12 ext 12'))).toBe('phone_invalid');
    expect(codeOf(validatePhone(' '))).toBe('phone_empty');
    expect(codeOf(validatePhone('1'.repeat(100_000)))).toBe('phone_invalid');
  });
});

describe('splitPhone', () => {
  it('splits normalized numbers into the registrar\'s TelArea, Telephone and TelExt', () => {
    expect(splitPhone('+86.13812345678')).toEqual({ countryCode: '86', number: '13812345678' });
    expect(splitPhone('+86.57187654321;ext=123')).toEqual({ countryCode: '86', number: '57187654321', extension: '123' });
    expect(splitPhone('+852.91234567')).toEqual({ countryCode: '852', number: '91234567' });
  });

  it('round-trips every normalized form', () => {
    const v = validatePhone('0571-87654321 转 8');
    expect(v.valid && splitPhone(v.normalized)).toEqual({ countryCode: '86', number: '57187654321', extension: '8' });
  });

  it('throws on a value that was not normalized (a programming error)', () => {
    expect(() => splitPhone('13812345678')).toThrow(/normalized/);
  });
});
