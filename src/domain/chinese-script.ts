/**
 * Traditional → simplified Chinese, through OpenCC's own dictionaries (opencc-js). Registrants in Hong Kong, Macao and
 * Taiwan write 臺灣居民 or 港澳通行證; every rule and every word list of the bot is written in simplified characters, so
 * text is folded once, here, before it is matched. Values the user gives (names, addresses) are stored as typed: this
 * is for reading, never for rewriting what goes to the registrar.
 */
import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;

// Built on first use (~30 ms): start-up pays nothing for users who never write Chinese.
let toCn: Convert | undefined;
let fromHk: Convert | undefined;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The last message converted and its simplified form. */
let last = { text: '', simplified: '' };

/**
 * The simplified form of `text` (Taiwan and Hong Kong variants both), characters only: the length and the position of
 * every character stay the same, so spans found in the folded text hold in the original.
 * @example toSimplified('臺灣居民 港澳通行證') // '台湾居民 港澳通行证'
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  // One message is folded several times in a turn (command, question, reading): convert it once.
  if (text === last.text) return last.simplified;
  const tw = (toCn ??= Converter({ from: 'tw', to: 'cn' }));
  const hk = (fromHk ??= Converter({ from: 'hk', to: 'cn' }));
  const folded = hk(tw(text));
  // OpenCC converts character by character for these presets, but a phrase table could change the length: then the
  // per-character result keeps spans aligned.
  const simplified = folded.length === text.length ? folded : [...text].map((c) => hk(tw(c))).join('');
  last = { text, simplified };
  return simplified;
}

