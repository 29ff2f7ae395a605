import type { Verdict } from '../verdict.ts';
import { accept, reject } from '../verdict.ts';
import { collapseSpaces, hasMarkup, quoteChar } from '../text.ts';

const HAN = /[\u3400-\u9fff]/;
/** Look-alikes people type for the middle dot in names such as 迪丽热巴·迪力木拉提. */
const DOT_LOOKALIKES = /(?<=[\u3400-\u9fff])\s*[•‧・･∙⋅]\s*(?=[\u3400-\u9fff])/g;

/** True when the text has at least one Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Trims, collapses spaces and writes the name's middle dot as "·" (kept in the Chinese profile). */
function clean(input: string): string {
  return collapseSpaces(input).replace(DOT_LOOKALIKES, '·');
}

function required(value: string, what: { en: string; zh: string }, example: string): Verdict | undefined {
  if (value !== '') return undefined;
  return reject('required', `Please enter the ${what.en}, e.g. ${example}.`, `请输入${what.zh}，例如 ${example}。`);
}

function markup(value: string, what: { en: string; zh: string }, example: string): Verdict | undefined {
  if (!hasMarkup(value)) return undefined;
  return reject('markup', `That contains web page code (such as <…> tags), which cannot be part of the ${what.en}. Please enter only the ${what.en}, e.g. ${example}.`,
    `内容中含有网页代码（如 <…> 标签），不能作为${what.zh}。请只填写${what.zh}，例如 ${example}。`);
}

function tooLong(value: string, max: number, what: { en: string; zh: string }): Verdict | undefined {
  if (Array.from(value).length <= max) return undefined;
  return reject('too_long', `That ${what.en} is too long (at most ${max} characters).`, `${what.zh}太长（最多 ${max} 个字符）。`);
}

// A name in Chinese is Han characters with "·" between its parts; one in Latin script is letters, spaces, - ' and ".".
const HAN_NAME_CHAR = /^[\u3400-\u9fff\uf900-\ufaff·]$/u;
const LATIN_NAME_CHAR = /^[\p{Script=Latin}\p{M} '’.-]$/u;

function personName(input: string, what: { en: string; zh: string }, example: string): Verdict {
  const value = clean(input);
  const problem = required(value, what, example) ?? tooLong(value, 64, what) ?? markup(value, what, example);
  if (problem) return problem;
  const chinese = hasHan(value);
  const bad = Array.from(value).find((c) => !(chinese ? HAN_NAME_CHAR : LATIN_NAME_CHAR).test(c));
  if (bad !== undefined && chinese && LATIN_NAME_CHAR.test(bad)) {
    return reject('name_mixed_script', `A name in Chinese is written in Chinese characters only ("·" between its parts, e.g. 迪丽热巴·迪力木拉提). Please send the name alone, e.g. ${example}.`,
      `中文姓名只能由汉字组成（各部分之间可用“·”，例如 迪丽热巴·迪力木拉提），请只发送姓名，例如 ${example}。`);
  }
  if (bad !== undefined) {
    return reject('name_bad_char', `A name cannot contain ${quoteChar(bad)}. Please enter it exactly as on the document, e.g. ${example}.`,
      `姓名中不能包含 ${quoteChar(bad)}，请按证件上的写法填写，例如 ${example}。`);
  }
  return accept(value);
}

/**
 * The registrant's name, exactly as on the identity document. Mainland ID documents print the name in Chinese,
 * so a mainland resident's name must contain Chinese characters.
 */
export function validateRegistrantName(input: string, mainlandResident: boolean): Verdict {
  const verdict = personName(input, { en: 'name as on your document', zh: '证件上的姓名' }, mainlandResident ? '张三' : 'Zhang San / 张三');
  if (verdict.valid && mainlandResident && !hasHan(verdict.normalized)) {
    return reject('name_not_chinese', 'Please enter your name in Chinese characters exactly as on your ID document, e.g. 张三. The English version is filled in from it.',
      '请按身份证件上的写法用汉字填写姓名，例如 张三。英文信息会据此自动填写。');
  }
  return verdict;
}

/** The domain name contact: any person; it does not need identity verification. */
export function validateContactName(input: string): Verdict {
  return personName(input, { en: "contact person's name", zh: '联系人姓名' }, '李四');
}

/**
 * The organization name exactly as on the certificate, punctuation included ("·" and "《》" are kept here and
 * dropped only in the English profile). A mainland certificate names the organization in Chinese.
 */
export function validateOrgName(input: string, mainland: boolean): Verdict {
  const value = clean(input);
  const what = { en: 'organization name', zh: '单位名称' };
  const example = mainland ? '杭州某某科技有限公司' : 'Example Trading Limited';
  const problem = required(value, what, example) ?? tooLong(value, 200, what) ?? markup(value, what, example);
  if (problem) return problem;
  if (mainland && !hasHan(value)) {
    return reject('org_name_not_chinese', `Please enter the Chinese name exactly as on the Business License, e.g. ${example}. The English version is filled in from it.`,
      `请按营业执照上的中文名称填写，例如 ${example}。英文信息会据此自动填写。`);
  }
  if (/@|https?:\/\//i.test(value)) {
    return reject('org_name_not_name', `That looks like an email or web address. Please enter the organization name as on the certificate, e.g. ${example}.`,
      `这看起来是邮箱或网址，请按证件填写单位名称，例如 ${example}。`);
  }
  return accept(value);
}

/** The city of the mailing address. */
export function validateCity(input: string, chinese: boolean): Verdict {
  const value = clean(input);
  const what = { en: 'city', zh: '城市' };
  const example = chinese ? '杭州市' : 'Hong Kong';
  const problem = required(value, what, example) ?? tooLong(value, 64, what) ?? markup(value, what, example);
  if (problem) return problem;
  if (/\d|@/.test(value)) {
    return reject('city_bad_char', `Please enter only the city name, e.g. ${example}; the street goes in the mailing address.`,
      `请只填写城市名称，例如 ${example}；街道门牌请填在通信地址中。`);
  }
  if (chinese && !hasHan(value)) {
    return reject('city_not_chinese', `Please write the city in Chinese, e.g. ${example}. The English version is filled in from it.`,
      `请用中文填写城市，例如 ${example}。英文信息会据此自动填写。`);
  }
  return accept(value);
}

/** The full mailing address. Mainland addresses are written in Chinese; the English profile is derived from them. */
export function validateAddress(input: string, chinese: boolean): Verdict {
  const value = clean(input);
  const what = { en: 'mailing address', zh: '通信地址' };
  const example = chinese ? '浙江省杭州市西湖区文三路 90 号' : '1 Queen’s Road Central, Hong Kong';
  const problem = required(value, what, example) ?? tooLong(value, 200, what) ?? markup(value, what, example);
  if (problem) return problem;
  if (/@|https?:\/\//i.test(value)) {
    return reject('address_not_address', `That looks like an email or web address. Please enter the postal address, e.g. ${example}.`,
      `这看起来是邮箱或网址，请填写邮寄地址，例如 ${example}。`);
  }
  if (Array.from(value).length < 5) {
    return reject('address_too_short', `Please enter the full address down to the street and number, e.g. ${example}.`,
      `请填写完整地址（到街道和门牌号），例如 ${example}。`);
  }
  if (chinese && !hasHan(value)) {
    return reject('address_not_chinese', `Please write the address in Chinese, e.g. ${example}. The English version is filled in from it.`,
      `请用中文填写地址，例如 ${example}。英文信息会据此自动填写。`);
  }
  return accept(value);
}
