import type { Lang } from '../i18n/localized.ts';

// Words every language uses in chat; they say nothing about which language the person writes in.
const NEUTRAL = new Set(['ok', 'okay', 'hi', 'lol', 'id', 'ps', 'pls', 'thx', 'emm', 'hmm', 'ha', 'haha', 'yo']);

// Whole words only: the letters of a code such as 91330106MA2KXXXX0X are not English.
const WORD = /(?<![a-z0-9])[a-z]+(?:['’][a-z]+)?(?![a-z0-9])/giu;

/**
 * The language most of the message is written in, counting a Chinese character as one word; undefined when the text
 * says too little (a bare value, "ok"). Pass the message with its values (names, numbers, addresses) taken out.
 * @example messageLanguage('我是individual') // 'zh'
 */
export function messageLanguage(text: string): Lang | undefined {
  // Chinese characters are counted in place: every message is read twice a turn, and a list of them served only its length.
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) han++;
  }
  let words = 0;
  for (const word of text.match(WORD) ?? []) if (!NEUTRAL.has(word.toLowerCase())) words++;
  if (han >= 2 && han > words) return 'zh';
  if (words >= 2 && words > han) return 'en';
  return undefined;
}
