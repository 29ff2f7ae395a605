import { mod112CheckChar } from '../../domain/identifiers/mod11-2.ts';
import { usccCheckChar } from '../../domain/identifiers/uscc.ts';

/** Letters OCR confuses with digits inside a number. */
const AS_DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', Z: '2', S: '5', B: '8', x: 'X' };

/** A number found in the text: `valid` when its own check character holds. */
export type FoundNumber = { value: string; valid: boolean };

/**
 * The 18-character resident ID number in a run of text. Any 18-character window that passes MOD 11-2 beats a longer
 * run of digits (a label misread as digits, or two numbers merged); failing that, the first 17 digits + digit/X.
 * @example findIdNumber('公民身份号码110101199004230024') // { value: '110101199004230024', valid: true }
 */
export function findIdNumber(text: string): FoundNumber | undefined {
  const chars = [...text].map((c) => AS_DIGIT[c] ?? c).join('').toUpperCase().replace(/[^0-9X]/g, ' ');
  const runs = chars.split(' ').filter((run) => run.length >= 18);
  for (const run of runs) {
    for (let i = 0; i + 18 <= run.length; i += 1) {
      const window = run.slice(i, i + 18);
      if (/^\d{17}[\dX]$/.test(window) && mod112CheckChar(window.slice(0, 17)) === window[17]) return { value: window, valid: true };
    }
  }
  const first = runs.map((run) => /\d{17}[\dX]/.exec(run)?.[0]).find(Boolean);
  return first ? { value: first, valid: false } : undefined;
}

/** The 18-character USCC in a run of text, preferring a window whose GB 32100 check character holds. */
export function findUscc(text: string): FoundNumber | undefined {
  const chars = text.normalize('NFKC').toUpperCase().replace(/O/g, '0').replace(/I/g, '1').replace(/[^0-9A-Z]/g, ' ');
  const runs = chars.split(' ').filter((run) => run.length >= 18);
  for (const run of runs) {
    for (let i = 0; i + 18 <= run.length; i += 1) {
      const window = run.slice(i, i + 18);
      if (/^[1-9ANY][0-9]/.test(window) && usccCheckChar(window.slice(0, 17)) === window[17]) return { value: window, valid: true };
    }
  }
  const first = runs.map((run) => /[1-9ANY][0-9][0-9A-Z]{16}/.exec(run)?.[0]).find(Boolean);
  return first ? { value: first, valid: false } : undefined;
}

/** Maps OCR's letter look-alikes to digits (the letters a number of this kind never holds at these places). */
function asDigits(text: string): string {
  return [...text].map((c) => AS_DIGIT[c] ?? c).join('');
}

/**
 * The number of a Mainland Travel Permit for Hong Kong and Macao Residents in a run of text: H or M + 8 digits, and the
 * 2-digit renewal count older cards print after it when it follows at once (11 characters).
 * @example findHkMacaoPermitNumber('证件号码 H12345678') // 'H12345678'
 */
export function findHkMacaoPermitNumber(text: string): string | undefined {
  const upper = text.normalize('NFKC').toUpperCase();
  for (const match of upper.matchAll(/(?<![A-Z])[HM]([0-9OQDIZSB|]{8,11})/g)) {
    const digits = asDigits(match[1]!);
    if (digits.length === 8 || digits.length === 10) return `${match[0][0]}${digits}`;
  }
  return undefined;
}

/**
 * The 8-digit number of a Mainland Travel Permit for Taiwan Residents in a run of text: a run of exactly 8 digits (a
 * bracketed issuing-office code after it is not part of it) that is not a printed date.
 * @example findTaiwanPermitNumber('证件号码 01234567') // '01234567'
 */
export function findTaiwanPermitNumber(text: string): string | undefined {
  const runs = asDigits(text.normalize('NFKC')).match(/(?<![0-9])\d{8}(?![0-9])/g) ?? [];
  return runs.find((run) => !/^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(run));
}

/**
 * The 15-character number of the 2017 Foreign Permanent Resident ID Card (3-letter country code + 12 digits) in a run
 * of text; the 2023 card's 18-character number is found as an ID number is ({@link findIdNumber}).
 * @example findForeignPr2017Number('证件号码CAN110080080001') // 'CAN110080080001'
 */
export function findForeignPr2017Number(text: string): string | undefined {
  const upper = text.normalize('NFKC').toUpperCase();
  for (const match of upper.matchAll(/(?<![A-Z])([A-Z]{3})([0-9OQDIZSB|]{12})(?![0-9])/g)) return `${match[1]}${asDigits(match[2]!)}`;
  return undefined;
}
