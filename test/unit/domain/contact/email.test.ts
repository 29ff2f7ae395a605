import { describe, expect, it } from 'vitest';
import { isNewGtld, validateEmail } from '../../../../src/domain/contact/email.ts';

const codeOf = (input: string) => {
  const v = validateEmail(input);
  return v.valid ? 'valid' : v.error.code;
};

describe('validateEmail', () => {
  it('accepts an address and lower-cases only the domain', () => {
    expect(validateEmail(' Ana.Souza@Example.COM ')).toEqual({ valid: true, normalized: 'Ana.Souza@example.com', warnings: [] });
    expect(validateEmail('ana＠example。com')).toMatchObject({ valid: true, normalized: 'ana@example.com' });
    expect(validateEmail('mailto:ana @ example.com.cn')).toEqual({ valid: true, normalized: 'ana@example.com.cn', warnings: [] });
  });

  it.each(['a@b.com', 'a@b.net', 'a@b.org', 'a@b.edu', 'a@b.gov', 'a@b.int', 'a@b.mil', 'a@b.info', 'a@b.biz', 'a@b.cn', 'a@b.com.cn', 'a@b.de', 'a@b.mobi'])('gives no warning for %s', (address) => {
    expect(validateEmail(address)).toEqual({ valid: true, normalized: address, warnings: [] });
  });

  it('accepts a new-gTLD address with a warning', () => {
    expect(validateEmail('test@test.club')).toMatchInlineSnapshot(`
      {
        "normalized": "test@test.club",
        "valid": true,
        "warnings": [
          {
            "code": "new_gtld_email",
            "message": {
              "en": "Addresses under new top-level domains such as .club can cause problems with domain orders, so the registrar recommends an address under .com, .net, .cn or similar. You can keep this one if you prefer.",
              "zh": ".club 等新顶级域名的邮箱可能导致域名订单处理问题，注册商建议使用 .com、.net、.cn 等后缀的邮箱。如您希望，也可以继续使用此邮箱。",
            },
          },
        ],
      }
    `);
    for (const tld of ['xyz', 'top', 'shop', 'online', 'site', 'vip']) {
      const v = validateEmail(`me@shop.${tld}`);
      expect(v.valid && v.warnings.map((w) => w.code)).toEqual(['new_gtld_email']);
    }
  });

  it('classifies TLDs', () => {
    expect(isNewGtld('club')).toBe(true);
    expect(isNewGtld('cn')).toBe(false);
    expect(isNewGtld('com')).toBe(false);
  });

  it('says precisely what is wrong', () => {
    expect(codeOf('ana.example.com')).toBe('email_missing_at');
    expect(codeOf('ana@@example.com')).toBe('email_multiple_at');
    expect(codeOf('ana@localhost')).toBe('email_domain');
    expect(codeOf('ana@example.c')).toBe('email_format');
    expect(codeOf('an(a)@example.com')).toBe('email_format');
    expect(codeOf('@example.com')).toBe('email_format');
  });

  it('rejects empty input and 100 KB', () => {
    expect(codeOf('   ')).toBe('email_empty');
    expect(codeOf(`${'a'.repeat(250)}@b.com`)).toBe('email_too_long');
    expect(codeOf('a'.repeat(100_000))).toBe('email_too_long');
  });
});
