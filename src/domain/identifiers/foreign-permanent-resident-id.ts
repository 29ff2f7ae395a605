import { accept, reject, type Issue, type Verdict } from '../verdict.ts';
import { firstBadChar, isOverlong, normalizeIdentifier, quoteChar } from '../text.ts';
import { birthDateState } from './id-number.ts';
import { mod112CheckChar } from './mod11-2.ts';

const OLD_EXAMPLE = 'USA110085070101';
const NEW_PREFIX = '9';

/**
 * Checks a Foreign Permanent Resident ID Card number (外国人永久居留身份证): the 2017 card's 15 characters
 * (3-letter country code + 12 digits) or the 18-digit number issued from 2023-12-01, which starts with 9
 * and ends with a MOD 11-2 check character like the citizen ID number. The published rules do not confirm
 * where the birth date sits in the new number, so an implausible date at positions 7–14 (the ID card's
 * layout) is only a warning.
 * @example validateForeignPermanentResidentId('usa 110085070101') // { valid: true, normalized: 'USA110085070101', warnings: [] }
 */
export function validateForeignPermanentResidentId(input: string, today: Date = new Date()): Verdict {
  if (isOverlong(input)) return lengthError(input.length);
  const id = normalizeIdentifier(input);
  if (id.length === 0) {
    return reject('foreign_pr_id_empty', `Please enter the card number, e.g. ${OLD_EXAMPLE} (2017 card) or an 18-digit number starting with 9 (2023 card).`,
      `请输入永居证号码，例如 ${OLD_EXAMPLE}（2017版）或以9开头的18位号码（2023版）。`);
  }
  if (id.length === 15) return validateOld(id);
  if (id.length === 18) return validateNew(id, today);
  return lengthError(id.length);
}

function validateOld(id: string): Verdict {
  const bad = firstBadChar(id.slice(0, 3), /[A-Z]/) ?? shift(firstBadChar(id.slice(3), /[0-9]/), 3);
  if (!bad) return accept(id);
  return reject('foreign_pr_id_charset',
    `A 15-character card number is 3 letters (the country code) followed by 12 digits, but character ${bad.position} is ${quoteChar(bad.char)}. Example: ${OLD_EXAMPLE}.`,
    `15位永居证号码由3个字母（国家代码）加12位数字组成，但第${bad.position}位是 ${quoteChar(bad.char)}。示例：${OLD_EXAMPLE}。`);
}

function validateNew(id: string, today: Date): Verdict {
  const bad = firstBadChar(id.slice(0, 17), /[0-9]/) ?? shift(firstBadChar(id.slice(17), /[0-9X]/), 17);
  if (bad) {
    return reject('foreign_pr_id_charset',
      `An 18-character card number has 17 digits followed by a digit or X, but character ${bad.position} is ${quoteChar(bad.char)}.`,
      `18位永居证号码由17位数字加1位数字或 X 组成，但第${bad.position}位是 ${quoteChar(bad.char)}。`);
  }
  if (!id.startsWith(NEW_PREFIX)) {
    return reject('foreign_pr_id_prefix',
      `An 18-digit Foreign Permanent Resident ID number starts with 9, but this one starts with ${id.charAt(0)}. Numbers starting with 1–8 are Chinese citizens' ID numbers; please check the document type.`,
      `18位外国人永久居留身份证号码以9开头，而此号码以 ${id.charAt(0)} 开头。以1至8开头的是中国公民身份号码，请核对证件类型。`);
  }
  if (mod112CheckChar(id.slice(0, 17)) !== id.charAt(17)) {
    return reject('foreign_pr_id_check',
      `The number ${id} fails its check (the last character does not match the first 17 digits), so a digit is probably mistyped. Please copy it again from the card.`,
      `号码 ${id} 未通过校验（最后一位与前17位不符），可能有数字输错。请对照证件重新输入。`);
  }
  return accept(id, birthDateWarnings(id, today));
}

function birthDateWarnings(id: string, today: Date): Issue[] {
  if (birthDateState(id.slice(6, 14), today) === 'ok') return [];
  return [{
    code: 'foreign_pr_id_birth_date',
    message: {
      en: 'Digits 7–14 of this number do not read as a past date of birth. The number passes its check, but please compare it once more with the card.',
      zh: '此号码第7至14位不是有效的出生日期。号码校验通过，但请再与证件核对一次。',
    },
  }];
}

function shift(bad: { char: string; position: number } | undefined, by: number): { char: string; position: number } | undefined {
  return bad && { char: bad.char, position: bad.position + by };
}

function lengthError(length: number): Verdict {
  return reject('foreign_pr_id_length',
    `A Foreign Permanent Resident ID number has 15 characters (2017 card, e.g. ${OLD_EXAMPLE}) or 18 digits starting with 9 (card issued from December 2023); you entered ${length}.`,
    `外国人永久居留身份证号码为15位（2017版，例如 ${OLD_EXAMPLE}）或以9开头的18位（2023年12月起签发）；您输入了${length}位。`);
}
