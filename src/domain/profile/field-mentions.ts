import type { FieldId } from '../profile-fields.ts';

/**
 * Words that name a field, most specific first: "email address" is the email, not the address; "postal code"
 * and "credit code" are different codes; "company name" is not the person's name.
 */
const MENTIONS: readonly [FieldId, RegExp][] = [
  ['email', /\be-?mail\b|\bmailbox\b|邮箱|电子邮件|邮件地址|電子郵件|郵箱/i],
  ['postalCode', /\b(?:postal|post|zip)\s*code\b|\bpostcode\b|\bzip\b|邮编|邮政编码|郵遞區號|郵政編碼/i],
  ['phone', /\b(?:tele)?phone\b|\bmobile\b|\bcell\b|\btel\b|\blandline\b|\bextension\b|\b(?:area|country) code\b|电话|手机|座机|分机|區號|区号|電話|手機/i],
  ['documentType', /\b(?:document|certificate|id|credential)\s+type\b|\btype of (?:document|certificate|id)\b|证件类型|证件种类|證件類型/i],
  ['idNumber', /\b(?:id|identity|passport|permit|certificate|card|document|licen[cs]e)\s*(?:number|no\.?|#)|\bid\b|\bpassport\b|\buscc\b|\bcredit code\b|号码|證號|证号|身份证|护照|信用代码/i],
  ['orgName', /\b(?:company|organi[sz]ation|org|business|enterprise|firm)(?:'s)?\s+name\b|单位名称|企业名称|公司名称|组织名称|机构名称|單位名稱|公司名稱/i],
  ['contactName', /\bcontact\b|联系人|聯絡人|聯繫人/i],
  ['name', /\bname\b|姓名|名字|名称/i],
  ['region', /\bregion\b|\bprovince\b|\bstate\b|省份|地区|地區|所在省/i],
  ['city', /\bcity\b|\btown\b|城市|市区/i],
  ['address', /\baddress\b|\bstreet\b|地址|住址|通讯地址|通信地址/i],
];

/**
 * Which field a correction talks about, in English or Chinese ("change my email", "改一下邮编",
 * "the postal code is wrong"). Undefined when no field is named.
 */
export function fieldMentioned(text: string): FieldId | undefined {
  const sample = text.slice(0, 500);
  return MENTIONS.find(([, pattern]) => pattern.test(sample))?.[0];
}

/** Every field the text names, in the order of the list above ("phone and email" → phone is not the email). */
export function fieldsMentioned(text: string): FieldId[] {
  const sample = text.slice(0, 500);
  return MENTIONS.filter(([, pattern]) => pattern.test(sample)).map(([field]) => field);
}
