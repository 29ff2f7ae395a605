/**
 * Text clean-up shared by the validators. Users paste from phones with Chinese input methods, so full-width
 * characters, ideographic spaces and stray hyphens are normal input, not mistakes.
 */

/** Raw length above which an identifier is rejected before any other work (a 100 KB paste must cost nothing). */
export const MAX_IDENTIFIER_INPUT = 64;

const HYPHENS = /[-\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u3000\u200b\ufeff]+/g;

/** Maps full-width ASCII (U+FF01–FF5E), the ideographic space and the ideographic full stop to half-width. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000\u3002]/g, (c) => {
    if (c === '\u3000') return ' ';
    if (c === '\u3002') return '.';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

/** Removes every kind of whitespace, including inner spaces. */
export function removeSpaces(text: string): string {
  return text.replace(SPACES, '');
}

/** Collapses runs of whitespace into one ASCII space and trims the ends. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/**
 * Canonical form of an identifier: half-width, no whitespace, upper case and, unless `keepHyphens`,
 * no hyphens or dashes (people group long numbers with them).
 * @example normalizeIdentifier(' ９１１１-0000 600037341l ') // '91110000600037341L'
 */
export function normalizeIdentifier(text: string, options: { keepHyphens?: boolean } = {}): string {
  const compact = removeSpaces(toHalfWidth(text));
  return (options.keepHyphens ? compact : compact.replace(HYPHENS, '')).toUpperCase();
}

/** True when the raw input is longer than `max` characters, checked before any normalisation. */
export function isOverlong(text: string, max: number = MAX_IDENTIFIER_INPUT): boolean {
  return text.length > max;
}

/** Quotes one character for an error message; invisible characters are shown by code point. */
export function quoteChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || (code >= 0x7f && code <= 0xa0) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${char}"`;
}

/** The first character of `text` that does not match `allowed`, with its 1-based position. */
export function firstBadChar(text: string, allowed: RegExp): { char: string; position: number } | undefined {
  const chars = Array.from(text);
  const index = chars.findIndex((c) => !allowed.test(c));
  return index < 0 ? undefined : { char: chars[index] ?? '', position: index + 1 };
}

// Tags, entities and script handlers: what a web page would run or render, never part of a name or an address.
const MARKUP = /<\/?[a-z!?][^>]*>?|\bjavascript:|\bon[a-z]+\s*=|&#?[a-z0-9]+;/i;

/** True when the text holds web markup (a tag, an entity, a script handler), e.g. `1 Main St<script>…</script>`. */
export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}
