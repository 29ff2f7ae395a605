import { z } from 'zod';
import { accept, reject, type Issue, type Verdict } from '../verdict.ts';
import { removeSpaces, toHalfWidth } from '../text.ts';

const MAX_LENGTH = 254;
const EXAMPLE = 'ana@example.com';
const EMAIL = z.email();
/**
 * Top-level domains that predate ICANN's 2012 new gTLD programme: the original gTLDs plus those added
 * 2000–2011. Any other TLD that is not a two-letter country code counts as a "new TLD" for the registrar's advice.
 */
const LEGACY_GTLDS: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'int', 'mil', 'info', 'biz',
  'name', 'pro', 'mobi', 'asia', 'aero', 'coop', 'museum', 'jobs', 'travel', 'tel', 'cat', 'post', 'xxx',
]);

/**
 * Checks an email address with zod's `z.email()`, after removing spaces and full-width characters and
 * lower-casing the domain. An address under a new TLD (e.g. .club, .xyz, .top) is accepted with the
 * warning `new_gtld_email`, because the registrar only advises against them.
 * @example validateEmail('Ana@Example.COM') // { valid: true, normalized: 'Ana@example.com', warnings: [] }
 */
export function validateEmail(input: string): Verdict {
  if (input.length > MAX_LENGTH * 2) return tooLong(input.length);
  const text = removeSpaces(toHalfWidth(input)).replace(/^mailto:/i, '');
  if (text.length === 0) return reject('email_empty', `Please enter your email address, e.g. ${EXAMPLE}.`, `请输入您的电子邮箱地址，例如 ${EXAMPLE}。`);
  if (text.length > MAX_LENGTH) return tooLong(text.length);
  const at = text.split('@');
  if (at.length === 1) {
    return reject('email_missing_at', `"${text}" has no "@". An email address looks like ${EXAMPLE}.`, `“${text}”中没有“@”。电子邮箱地址的格式如 ${EXAMPLE}。`);
  }
  if (at.length > 2) {
    return reject('email_multiple_at', `"${text}" has more than one "@"; please enter a single address, e.g. ${EXAMPLE}.`, `“${text}”含有多个“@”，请只输入一个地址，例如 ${EXAMPLE}。`);
  }
  const [local = '', domain = ''] = at;
  const address = `${local}@${domain.toLowerCase()}`;
  if (!domain.includes('.')) {
    return reject('email_domain', `The part after "@" ("${domain}") must be a full domain such as example.com.`, `“@”之后的部分（“${domain}”）应为完整域名，例如 example.com。`);
  }
  if (!EMAIL.safeParse(address).success) {
    return reject('email_format',
      `"${address}" is not a valid email address. Use letters, digits and . _ - + before the "@" and a domain after it, e.g. ${EXAMPLE}.`,
      `“${address}”不是有效的电子邮箱地址。“@”前可用字母、数字和 . _ - +，“@”后为域名，例如 ${EXAMPLE}。`);
  }
  return accept(address, newTldWarnings(domain.toLowerCase()));
}

/** True when `tld` is neither a two-letter country code nor one of the gTLDs that predate 2012. */
export function isNewGtld(tld: string): boolean {
  return !/^[a-z]{2}$/.test(tld) && !LEGACY_GTLDS.has(tld);
}

function newTldWarnings(domain: string): Issue[] {
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (!isNewGtld(tld)) return [];
  return [{
    code: 'new_gtld_email',
    message: {
      en: `Addresses under new top-level domains such as .${tld} can cause problems with domain orders, so the registrar recommends an address under .com, .net, .cn or similar. You can keep this one if you prefer.`,
      zh: `.${tld} 等新顶级域名的邮箱可能导致域名订单处理问题，注册商建议使用 .com、.net、.cn 等后缀的邮箱。如您希望，也可以继续使用此邮箱。`,
    },
  }];
}

function tooLong(length: number): Verdict {
  return reject('email_too_long', `An email address has at most ${MAX_LENGTH} characters; this has ${length}. Example: ${EXAMPLE}.`,
    `电子邮箱地址最多${MAX_LENGTH}个字符，此输入有${length}个。示例：${EXAMPLE}。`);
}
