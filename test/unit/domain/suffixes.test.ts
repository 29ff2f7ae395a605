import { describe, expect, it } from 'vitest';
import { parseDomainList, parseDomainName, specialSuffixOf } from '../../../src/domain/suffixes.ts';

const ok = (normalized: string) => ({ valid: true, normalized, warnings: [] });
const code = (input: string) => {
  const verdict = parseDomainName(input);
  return verdict.valid ? 'valid' : verdict.error.code;
};

describe('parseDomainName', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['https://www.example.com/about?x=1#top', 'example.com'],
    ['http://user:pw@shop.example.cn:8080/', 'shop.example.cn'],
    ['example.com.', 'example.com'],
    ['ｅｘａｍｐｌｅ。ｃｏｍ', 'example.com'],
    ['例子.中国', '例子.中国'],
    ['xn--fsqu00a.xn--fiqs8s', '例子.中国'],
    ['www.com', 'www.com'],
    ['my-shop.restaurant', 'my-shop.restaurant'],
  ])('normalizes %j to %s', (input, normalized) => {
    expect(parseDomainName(input)).toEqual(ok(normalized));
  });

  it.each([
    ['', 'domain_empty'],
    ['example', 'domain_no_suffix'],
    ['me@example.com', 'domain_is_email'],
    ['a..com', 'domain_empty_label'],
    ['.com', 'domain_empty_label'],
    ['-shop.com', 'domain_hyphen_edge'],
    ['shop-.com', 'domain_hyphen_edge'],
    ['my_shop.com', 'domain_bad_char'],
    ['my shop.com', 'domain_has_space'],
    ['1.2.3.4', 'domain_numeric_suffix'],
    [`${'a'.repeat(64)}.com`, 'domain_label_too_long'],
    [`${'a'.repeat(63)}.`.repeat(4) + 'com', 'domain_too_long'],
    ['x'.repeat(400), 'domain_too_long'],
  ])('rejects %j with %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it('says exactly what is missing', () => {
    expect(parseDomainName('example')).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "domain_no_suffix",
          "message": {
            "en": ""example" has no suffix. Enter the full domain name, e.g. example.com or example.cn.",
            "zh": ""example" 缺少后缀，请输入完整域名，例如 example.com 或 example.cn。",
          },
        },
        "valid": false,
      }
    `);
    expect(parseDomainName('my_shop.com')).toMatchObject({ error: { message: { en: expect.stringContaining('"_"') } } });
  });
});

describe('parseDomainList', () => {
  it('splits on commas, spaces, 、, 和 and "and"', () => {
    expect(parseDomainList('a.com, b.cn 和 c.中国、d.gov.cn；e.restaurant and f.trademark')).toEqual({
      domains: ['a.com', 'b.cn', 'c.中国', 'd.gov.cn', 'e.restaurant', 'f.trademark'], errors: [], fromUrls: [],
    });
  });

  it('splits 和 written without spaces, but keeps it inside a Chinese label', () => {
    expect(parseDomainList('a.com和b.cn').domains).toEqual(['a.com', 'b.cn']);
    expect(parseDomainList('c.中国和d.com').domains).toEqual(['c.中国', 'd.com']);
    expect(parseDomainList('和平.中国').domains).toEqual(['和平.中国']);
    expect(parseDomainList('www.和平.cn').domains).toEqual(['和平.cn']);
  });

  it('drops duplicates and sentence punctuation, and reads URLs', () => {
    expect(parseDomainList('https://Example.com/, example.com. "b.cn"!').domains).toEqual(['example.com', 'b.cn']);
  });

  it('reports each piece that is not a domain name, keeping the good ones', () => {
    const result = parseDomainList('a.com hello, me@x.com, b..cn');
    expect(result.domains).toEqual(['a.com']);
    expect(result.errors.map((e) => [e.input, e.error.code])).toEqual([
      ['hello', 'domain_no_suffix'], ['me@x.com', 'domain_is_email'], ['b..cn', 'domain_empty_label'],
    ]);
  });

  it('returns nothing for empty or blank input', () => {
    expect(parseDomainList('  ， 、 ')).toEqual({ domains: [], errors: [], fromUrls: [] });
  });
});

describe('specialSuffixOf', () => {
  it.each([
    ['agency.gov.cn', 'gov.cn'],
    ['shop.cn', 'cn'],
    ['shop.com.cn', 'cn'],
    ['例子.中国', 'cn'],
    ['shop.xn--fiqs8s', 'cn'],
    ['brand.trademark', 'trademark'],
    ['noodles.restaurant', 'restaurant'],
    ['example.com', undefined],
    ['cn.com', undefined],
    ['gov.cn.example.com', undefined],
  ])('%s → %s', (domain, expected) => {
    expect(specialSuffixOf(domain)).toBe(expected);
  });
});

describe('names that cannot be registered, and web addresses', () => {
  it('refuses reserved and non-delegated suffixes, and keeps real ones (IDN included)', () => {
    for (const name of ['evil.example', 'shop.test', 'printer.local', 'x.invalid', 'a.localhost', 'hidden.onion', 'my.site.notatld']) {
      expect(parseDomainName(name), name).toMatchObject({ valid: false, error: { code: 'domain_suffix_not_delegated' } });
    }
    for (const name of ['example.com', 'a.中国', 'b.xn--fiqs8s', 'c.shop', 'd.com.cn']) expect(parseDomainName(name).valid, name).toBe(true);
  });

  it('reads the host of a markup-laden URL and refuses it when the host is reserved', () => {
    expect(parseDomainName('http://evil.example/"><svg/onload=alert(1)>.cn')).toMatchObject({ valid: false, error: { code: 'domain_suffix_not_delegated' } });
  });

  it('lists the names it read out of web addresses, so they can be confirmed', () => {
    expect(parseDomainList('https://www.shop.cn/about, plain.com, b.cn:8080').fromUrls).toEqual(['shop.cn', 'b.cn']);
  });
});
