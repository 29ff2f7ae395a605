import { toSimplified } from '../domain/chinese-script.ts';
import { toHalfWidth } from '../domain/text.ts';

/**
 * The text as the word lists are written: half-width, simplified Chinese, lower case. Every step maps one character
 * to one character, so a span found in the folded text is the same span in what the user typed.
 * @example foldText('臺灣ＡＢ') // '台湾ab'
 */
export function foldText(text: string): string {
  const folded = toSimplified(toHalfWidth(text));
  const lower = folded.toLowerCase();
  return lower.length === text.length ? lower : folded;
}
