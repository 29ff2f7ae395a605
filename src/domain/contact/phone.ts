import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import { accept, reject, type Verdict } from '../verdict.ts';
import { firstBadChar, isOverlong, quoteChar, toHalfWidth } from '../text.ts';

/** Words that introduce an extension: "ext", "x", "#", 转, 分机. */
const EXTENSION_MARKER = /(?:extension|ext\.?|x|#|转|轉|分机|分機)/i;
/** A trailing "-123" after a complete landline number is an extension (0571-87654321-123). */
const TRAILING_EXTENSION = /^(.*\d)\s*-\s*(\d{1,6})$/;
const NUMBER_CHARS = /[0-9+\-()./ ]/;
const MAX_EXTENSION_DIGITS = 8;

type Field = 'phone' | 'mobile';
type Parsed = { number: PhoneNumber; extension?: string };
type Attempt = { ok: true; parsed: Parsed } | { ok: false; verdict: Verdict };

/** A phone number split the way the registrar's API wants it (TelArea, Telephone, TelExt). */
export type PhoneParts = { countryCode: string; number: string; extension?: string };

/**
 * Checks a mobile number with libphonenumber's full metadata (so unassigned mainland ranges such as 140 are
 * refused). A number without a country code is read in `countryCode` (86: the Chinese mainland).
 * Normalized form: `+<country code>.<national number>` (the EPP/RFC 5733 notation), e.g. `+86.13812345678`.
 * @example validateMobile('138 1234 5678') // { valid: true, normalized: '+86.13812345678', warnings: [] }
 */
export function validateMobile(input: string, countryCode: string = '86'): Verdict {
  const attempt = parse(input, countryCode, 'mobile');
  if (!attempt.ok) return attempt.verdict;
  const { number, extension } = attempt.parsed;
  const type = number.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') {
    return reject('mobile_not_mobile',
      `${number.formatInternational()} is a landline, not a mobile number. Please enter a mobile number, e.g. 13812345678.`,
      `${number.formatInternational()} 是固定电话，不是手机号码。请输入手机号码，例如 13812345678。`);
  }
  if (extension) {
    return reject('mobile_extension',
      'A mobile number has no extension. Please enter only the mobile number, e.g. 13812345678.',
      '手机号码没有分机号。请只输入手机号码，例如 13812345678。');
  }
  return accept(toNormalized(number));
}

/**
 * Checks a mobile or landline number, with an optional extension written "ext 123", "x123", "转123" or,
 * after a complete landline, "-123"; the extension must be digits. Normalized form:
 * `+<country code>.<national number>` plus `;ext=<digits>` (RFC 3966 style), e.g. `+86.57187654321;ext=123`.
 * The national number has no trunk prefix: the landline 0571-87654321 becomes `+86.57187654321`.
 * @example validatePhone('0571-87654321 转 123') // { valid: true, normalized: '+86.57187654321;ext=123', warnings: [] }
 */
export function validatePhone(input: string, countryCode: string = '86'): Verdict {
  const attempt = parse(input, countryCode, 'phone');
  if (!attempt.ok) return attempt.verdict;
  const { number, extension } = attempt.parsed;
  return accept(toNormalized(number) + (extension ? `;ext=${extension}` : ''));
}

/**
 * Splits a normalized number from {@link validatePhone} or {@link validateMobile} into the registrar's parts.
 * @example splitPhone('+86.57187654321;ext=123') // { countryCode: '86', number: '57187654321', extension: '123' }
 */
export function splitPhone(normalized: string): PhoneParts {
  const match = /^\+(\d{1,3})\.(\d{4,17})(?:;ext=(\d{1,8}))?$/.exec(normalized);
  if (!match?.[1] || !match[2]) throw new Error('splitPhone expects a normalized phone number (+CC.NUMBER[;ext=DIGITS])');
  return match[3] ? { countryCode: match[1], number: match[2], extension: match[3] } : { countryCode: match[1], number: match[2] };
}

/**
 * A normalized number as people read it, e.g. for the profile summary.
 * @example formatPhone('+86.57187654321;ext=123') // '+86 571 8765 4321 ext. 123'
 */
export function formatPhone(normalized: string): string {
  const parts = splitPhone(normalized);
  const parsed = parsePhoneNumberFromString(`+${parts.countryCode}${parts.number}`);
  const shown = parsed ? parsed.formatInternational() : `+${parts.countryCode} ${parts.number}`;
  return parts.extension ? `${shown} ext. ${parts.extension}` : shown;
}

function toNormalized(number: PhoneNumber): string {
  return `+${number.countryCallingCode}.${number.nationalNumber}`;
}

function parse(input: string, countryCode: string, field: Field): Attempt {
  if (isOverlong(input)) return fail(invalid(field, undefined));
  const text = toHalfWidth(input).trim();
  if (text.length === 0) {
    return fail(reject(`${field}_empty`, 'Please enter a phone number, e.g. 13812345678 or 0571-87654321.', '请输入电话号码，例如 13812345678 或 0571-87654321。'));
  }
  const marker = EXTENSION_MARKER.exec(text);
  if (marker) return withExtension(text.slice(0, marker.index), text.slice(marker.index + marker[0].length), countryCode, field);
  const bad = firstBadChar(text, NUMBER_CHARS);
  if (bad) return fail(charsetError(field, bad.char, bad.position));
  const whole = parseNumber(text, countryCode);
  if (whole?.isValid()) return { ok: true, parsed: { number: whole } };
  const trailing = TRAILING_EXTENSION.exec(text);
  const base = trailing?.[1] ? parseNumber(trailing[1], countryCode) : undefined;
  if (base?.isValid() && base.getType() === 'FIXED_LINE' && trailing?.[2]) return { ok: true, parsed: { number: base, extension: trailing[2] } };
  return fail(invalid(field, text));
}

function withExtension(numberText: string, extensionText: string, countryCode: string, field: Field): Attempt {
  const extension = extensionText.replace(/^[\s:.]+/, '').trim();
  if (!new RegExp(`^\\d{1,${MAX_EXTENSION_DIGITS}}$`).test(extension)) {
    return fail(reject(`${field}_extension`,
      `The extension must be 1 to ${MAX_EXTENSION_DIGITS} digits only, e.g. 0571-87654321 ext 123; "${extensionText.trim()}" is not.`,
      `分机号只能是1至${MAX_EXTENSION_DIGITS}位数字，例如 0571-87654321 转 123；“${extensionText.trim()}”不符合。`));
  }
  const bad = firstBadChar(numberText, NUMBER_CHARS);
  if (bad) return fail(charsetError(field, bad.char, bad.position));
  const number = parseNumber(numberText.trim(), countryCode);
  return number?.isValid() ? { ok: true, parsed: { number, extension } } : fail(invalid(field, numberText.trim()));
}

function parseNumber(text: string, countryCode: string): PhoneNumber | undefined {
  // "00" is the international prefix in the mainland and most countries; libphonenumber only knows "+" here.
  const international = text.replace(/^00(?=[1-9])/, '+');
  return parsePhoneNumberFromString(international, { defaultCallingCode: countryCode });
}

function charsetError(field: Field, char: string, position: number): Verdict {
  return reject(`${field}_charset`,
    `Character ${position} (${quoteChar(char)}) does not belong in a phone number: use digits, with an optional leading + and country code, e.g. +86 138 1234 5678.`,
    `第${position}位（${quoteChar(char)}）不应出现在电话号码中：请只输入数字，可在前面加 + 和国家代码，例如 +86 138 1234 5678。`);
}

function invalid(field: Field, text: string | undefined): Verdict {
  const shown = text === undefined ? 'This' : `"${text}"`;
  const shownZh = text === undefined ? '该输入' : `“${text}”`;
  return reject(`${field}_invalid`,
    `${shown} is not a valid phone number. A mainland mobile number has 11 digits starting with 1 (13812345678); a landline is 0 + area code + 7 or 8 digits (0571-87654321); other countries start with + and the country code (+852 9123 4567).`,
    `${shownZh}不是有效的电话号码。内地手机号码为以1开头的11位数字（13812345678）；固定电话为0+区号+7或8位号码（0571-87654321）；其他国家或地区请以 + 和国家代码开头（+852 9123 4567）。`);
}

function fail(verdict: Verdict): Attempt {
  return { ok: false, verdict };
}
