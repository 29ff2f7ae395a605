import { createRequire } from 'node:module';
import { domainToASCII, domainToUnicode } from 'node:url';
import type { Issue, Verdict } from './verdict.ts';
import { accept, reject } from './verdict.ts';
import { quoteChar, toHalfWidth } from './text.ts';

/** Suffixes that need qualifications beyond the basic documents. */
export type SpecialSuffix = 'gov.cn' | 'trademark' | 'restaurant' | 'cn';

const MAX_INPUT = 300;
const MAX_LIST_INPUT = 4_000;
const MAX_LIST_TOKENS = 100;
const LDH = /^[a-z0-9-]$/;
const IDN_CHAR = /^[\p{L}\p{N}\p{M}-]$/u;

// The root zone's top-level domains (IANA's list, kept current by the `tlds` package). Reserved names (.example,
// .test, .invalid, .localhost, .local, .onion …) are not in it, so they are refused with the non-delegated ones.
// The registrar's own guide names ".trademark" (its English name for .商标), so it is accepted as written there.
const DELEGATED: ReadonlySet<string> = new Set([...(createRequire(import.meta.url)('tlds') as string[]), 'trademark']);

/** True when `tld` (Unicode or punycode, any case) is a top-level domain delegated in the DNS root zone. */
export function isDelegatedTld(tld: string): boolean {
  const name = tld.toLowerCase();
  return DELEGATED.has(name) || DELEGATED.has(domainToUnicode(name)) || DELEGATED.has(domainToASCII(name));
}

function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

/** Reduces what people paste (URLs, `www.`, full-width dots, trailing dots) to a bare host name. */
function toHost(input: string): string | Verdict {
  let text = toHalfWidth(input).replace(/\uff61/g, '.').trim().toLowerCase();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(text);
  if (scheme) text = text.slice(scheme[0].length).replace(/^[^/?#]*@/, '');
  else if (text.includes('@')) {
    return reject('domain_is_email', `"${input.trim()}" is an email address. Enter only the domain name, e.g. example.com.`,
      `"${input.trim()}" 是邮箱地址，请只填写域名，例如 example.com。`);
  }
  text = text.split(/[/?#]/)[0] ?? '';
  text = text.replace(/:\d*$/, '').replace(/\.+$/, '');
  if (text.startsWith('www.') && text.indexOf('.', 4) > 0) text = text.slice(4);
  return text.split('.').some((label) => label.startsWith('xn--')) ? domainToUnicode(text) || text : text;
}

function checkLabel(label: string, domain: string): Verdict | undefined {
  if (label === '') {
    return reject('domain_empty_label', `"${domain}" has an empty part (two dots in a row, or a leading dot). Write it like example.com.`,
      `"${domain}" 中有空的部分（连续两个点或以点开头），请写成 example.com 这样的形式。`);
  }
  const bad = Array.from(label).find((c) => !(LDH.test(c) || (c.charCodeAt(0) > 0x7f && IDN_CHAR.test(c))));
  if (bad !== undefined) {
    return reject('domain_bad_char', `A domain name cannot contain ${quoteChar(bad)}. Use letters, digits and hyphens, e.g. my-shop.com.`,
      `域名中不能包含 ${quoteChar(bad)}，只能使用字母、数字、连字符（或中文），例如 my-shop.com。`);
  }
  if (label.startsWith('-') || label.endsWith('-')) {
    return reject('domain_hyphen_edge', `"${label}" starts or ends with a hyphen; a part of a domain name cannot.`,
      `"${label}" 以连字符开头或结尾，域名的各部分不能这样。`);
  }
  const ascii = isAscii(label) ? label : domainToASCII(label);
  if (ascii === '' || ascii.length > 63) {
    return reject('domain_label_too_long', `"${label}" is too long: each part of a domain name can have at most 63 characters.`,
      `"${label}" 太长：域名的每一部分最多 63 个字符。`);
  }
  return undefined;
}

/**
 * Normalizes and checks one domain name. Accepts URLs and `www.` names, returns the bare name in lower case;
 * internationalized names (including punycode input) are returned in Unicode for display.
 * @example parseDomainName('https://www.Example.com/about') // accept('example.com')
 */
export function parseDomainName(input: string): Verdict {
  if (input.length > MAX_INPUT) {
    return reject('domain_too_long', 'That is too long for a domain name (at most 253 characters).', '这作为域名太长了（最多 253 个字符）。');
  }
  const host = toHost(input);
  if (typeof host !== 'string') return host;
  if (host === '') return reject('domain_empty', 'Please enter a domain name, e.g. example.com.', '请输入域名，例如 example.com。');
  if (/\s/.test(host)) {
    return reject('domain_has_space', `"${host}" contains a space; a domain name cannot. Separate several domains with commas.`,
      `"${host}" 中有空格，域名不能包含空格。多个域名请用逗号分隔。`);
  }
  if (!host.includes('.')) {
    return reject('domain_no_suffix', `"${host}" has no suffix. Enter the full domain name, e.g. ${host}.com or ${host}.cn.`,
      `"${host}" 缺少后缀，请输入完整域名，例如 ${host}.com 或 ${host}.cn。`);
  }
  const labels = host.split('.');
  for (const label of labels) {
    const problem = checkLabel(label, host);
    if (problem) return problem;
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return reject('domain_numeric_suffix', `"${host}" is not a domain name (an IP address, or a suffix made of digits). Enter a name like example.com.`,
      `"${host}" 不是域名（是 IP 地址或纯数字后缀），请输入 example.com 这样的域名。`);
  }
  const tld = labels[labels.length - 1]!;
  if (!isDelegatedTld(tld)) {
    return reject('domain_suffix_not_delegated', `"${host}" ends in ".${tld}", which is not a suffix in use on the internet (reserved names such as .example, .test or .local cannot be registered). Please check the suffix, e.g. example.com or example.cn.`,
      `"${host}" 的后缀“.${tld}”不是互联网上在用的后缀（.example、.test、.local 等保留名称无法注册），请检查后缀，例如 example.com 或 example.cn。`);
  }
  if ((isAscii(host) ? host : domainToASCII(host)).length > 253) {
    return reject('domain_too_long', 'That is too long for a domain name (at most 253 characters).', '这作为域名太长了（最多 253 个字符）。');
  }
  return accept(host);
}

// Words around a list that are not domains: "and", and the lead-in of "my domain is example.cn" / "域名是 example.cn".
const STOP_WORDS = new Set(['and', '&', '和', '及', '以及', '与', '还有', 'or', '或', 'domain', 'domains', 'is', 'are', 'my', "it's", 'its', '域名', '域名是', '我的域名是', '是']);

/** Splits "a.com和b.cn" but not a Chinese label such as 和平.中国: the conjunction must touch ASCII. */
function splitConjunctions(token: string): string[] {
  return token.split(/(?<=[a-z0-9])(?:以及|和|及|与)|(?:以及|和|及|与)(?=[a-z0-9])/i).filter((part) => part !== '');
}

/** True when a pasted token is a web address rather than a bare name: a scheme, a path, a query or a port. */
function isUrl(token: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(token) || /[/?#]|:\d/.test(token.replace(/\/+$/, ''));
}

/**
 * Reads every domain name in a free-text answer, separated by commas, spaces, 、, 和 or "and". Duplicates are
 * dropped; every piece that is not a domain name is reported with the reason, and the names read out of web addresses
 * are listed in `fromUrls` (the dialog asks before using them).
 * @example parseDomainList('a.com, b.cn 和 c.中国') // { domains: ['a.com', 'b.cn', 'c.中国'], errors: [] }
 */
export function parseDomainList(input: string): { domains: string[]; errors: { input: string; error: Issue }[]; fromUrls: string[] } {
  const domains: string[] = [];
  const fromUrls: string[] = [];
  const errors: { input: string; error: Issue }[] = [];
  // A reply lists a handful of domains; the caps keep a pasted document from costing more than a normal turn.
  const tokens = toHalfWidth(input.slice(0, MAX_LIST_INPUT)).split(/[\s,;、]+/).flatMap(splitConjunctions).slice(0, MAX_LIST_TOKENS);
  for (const raw of tokens) {
    const token = raw.replace(/^["'“‘(<[]+|["'”’)>\].!?:]+$/g, '');
    if (token === '' || STOP_WORDS.has(token.toLowerCase())) continue;
    const verdict = parseDomainName(token);
    if (!verdict.valid) errors.push({ input: token, error: verdict.error });
    else if (!domains.includes(verdict.normalized)) domains.push(verdict.normalized);
    if (verdict.valid && isUrl(token)) fromUrls.push(verdict.normalized);
  }
  return { domains, errors, fromUrls };
}

/**
 * The special suffix of a normalized domain name, if any. `.gov.cn` is checked before `.cn`. `.cn` and `.中国`
 * map to `cn`, whose enhanced verification applies only on an official notice.
 */
export function specialSuffixOf(domain: string): SpecialSuffix | undefined {
  const name = domain.trim().toLowerCase().replace(/\.+$/, '');
  if (name.endsWith('.gov.cn')) return 'gov.cn';
  if (name.endsWith('.cn') || name.endsWith('.中国') || name.endsWith('.xn--fiqs8s')) return 'cn';
  if (name.endsWith('.trademark')) return 'trademark';
  if (name.endsWith('.restaurant')) return 'restaurant';
  return undefined;
}
