import type { FieldId } from '../domain/profile-fields.ts';
import { trimSpan, type Span } from './spans.ts';

/** The fields of where the registrant lives, read from a message that names them ("my address is …", "城市：深圳"). */
export type PlaceField = 'region' | 'city' | 'address';

/** Where a named value is: the value itself, and the whole "address is …" the message spends on it. */
export type NamedSpan = { value: Span; said: Span };

const IS = String.raw`\s*(?:is|:|：|=|是|为|填)\s*`;
// "email address" and "邮箱地址" name the email, not the address.
const NOT_EMAIL = String.raw`(?<!e-?mail\s*|邮箱|邮件|电子邮件|郵箱|郵件)`;
const NAMES: Record<PlaceField, RegExp> = {
  address: new RegExp(`${NOT_EMAIL}(?:(?:my|the|our)\\s+)?(?:(?:mailing|postal|home|office)\\s+)?(?:address|地址|住址)${IS}`, 'gu'),
  city: new RegExp(`(?:(?:my|the|our)\\s+)?(?:city|城市|所在城市)${IS}`, 'gu'),
  region: new RegExp(`(?:(?:my|the|our)\\s+)?(?:province|region|省份|所在省份?|地区)${IS}`, 'gu'),
};
// Where another answer starts: a separator, or a comma or "and" before the name of another field.
const NEXT_FIELD = String.raw`(?:my|the|our|phone|mobile|tel|e-?mail|city|province|region|zip|postal|post ?code|name|id|电话|手机|邮箱|城市|省份|邮编|姓名|名字|身份证|联系人|地址)`;
const ENDS: Record<PlaceField, RegExp> = {
  address: new RegExp(`[;；。\\n]|\\s*[,，]\\s*(?:and\\s+)?(?=${NEXT_FIELD})|\\s+and\\s+(?=${NEXT_FIELD})`, 'u'),
  city: /[,，。!！?？;；~～、\n]|\s+and\s+/u,
  region: /[,，。!！?？;；~～、\n]|\s+and\s+/u,
};
const EDGE = /[\s,，。.!！?？~～;；、]/u;
// What joins a named place to the answer before it ("Zhejiang, and the city is …"): said with the place, not with that answer.
const JOINER = /[\s,，、;；]*(?:\band|以及|还有)?[\s,，、]*$/u;

/**
 * The value a message gives for a place field it names anywhere in it ("…, my address is 浙江省杭州市文三路90号, …",
 * "城市：深圳"), or undefined when it does not name the field with its value. Reads the folded text with values of
 * other shapes (emails, phones) blanked out.
 * @example namedPlace('city', 'individual, 城市：深圳') // { value: { start: 15, end: 17 }, said: { start: 12, end: 17 } }
 */
export function namedPlace(field: PlaceField, blanked: string): NamedSpan | undefined {
  for (const name of blanked.matchAll(NAMES[field])) {
    const start = name.index + name[0].length;
    const rest = blanked.slice(start);
    const end = start + (ENDS[field].exec(rest)?.index ?? rest.length);
    const value = trimSpan(blanked, { start, end }, EDGE);
    const joiner = JOINER.exec(blanked.slice(0, name.index))?.[0].length ?? 0;
    if (value.end > value.start) return { value, said: { start: name.index - joiner, end: value.end } };
  }
  return undefined;
}

/** True for the fields `namedPlace` reads. */
export const isPlaceField = (field: FieldId): field is PlaceField => field === 'region' || field === 'city' || field === 'address';
