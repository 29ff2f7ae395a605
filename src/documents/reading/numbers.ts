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
