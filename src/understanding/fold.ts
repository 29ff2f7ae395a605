import { toSimplified } from '../domain/chinese-script.ts';
import { toHalfWidth } from '../domain/text.ts';

// Phone keyboards type a curly apostrophe ("don’t"), which NFKC leaves as it is; the word lists spell the straight one.
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`´]/g;

/** The text with every apostrophe-like mark made the straight one, one character for one. */
export function straightenApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/**
 * The text as the word lists are written: half-width, simplified Chinese, straight apostrophes, lower case. Every step
 * maps one character to one character, so a span found in the folded text is the same span in what the user typed.
 * @example foldText('臺灣ＡＢ') // '台湾ab'
 * @example foldText('I don’t have one') // "i don't have one"
 */
export function foldText(text: string): string {
  const folded = straightenApostrophes(toSimplified(toHalfWidth(text)));
  const lower = folded.toLowerCase();
  return lower.length === text.length ? lower : folded;
}
