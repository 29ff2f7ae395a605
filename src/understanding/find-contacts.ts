import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { parseDomainName } from '../domain/suffixes.ts';
import { overlaps, type Span } from './spans.ts';

/** One thing of a known shape found in a message. */
export type Found = Span & { text: string };

// Characters an address can be made of: the "@" token is grown over these, and validated whole by the email field.
const EMAIL_CHAR = /[a-z0-9._%+\-@]/i;

/**
 * Every "@" token of the message: the address around each "@", valid or not (the email field's validator says why
 * not). `folded` is the half-width text; spans hold in the original.
 * @example findEmails('邮箱zw@example.com。') // [{ start: 2, end: 16, text: 'zw@example.com' }]
 */
export function findEmails(folded: string): Found[] {
  const found: Found[] = [];
  let at = folded.indexOf('@');
  while (at >= 0) {
    let start = at;
    let end = at + 1;
    while (start > 0 && EMAIL_CHAR.test(folded[start - 1]!)) start -= 1;
    while (end < folded.length && EMAIL_CHAR.test(folded[end]!)) end += 1;
    while (end > at + 1 && /[.\-]/.test(folded[end - 1]!)) end -= 1; // a sentence's full stop is not part of it
    found.push({ start, end, text: folded.slice(start, end) });
    at = folded.indexOf('@', end);
  }
  return found;
}

const MIN_PHONE_DIGITS = 7;

/** True when the text holds at least `count` ASCII digits (counted without building a list of them). */
function hasDigits(text: string, count: number): boolean {
  let seen = 0;
  for (let i = 0; i < text.length && seen < count; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) seen++;
  }
  return seen >= count;
}

/** Phone numbers in a sentence, through libphonenumber's own finder (China by default), outside the given spans. */
export function findPhones(folded: string, taken: readonly Span[]): Found[] {
  // The finder builds a matcher per call; a message with fewer digits than the shortest number cannot hold one.
  if (!hasDigits(folded, MIN_PHONE_DIGITS)) return [];
  return findPhoneNumbersInText(folded, 'CN')
    .map((m) => ({ start: m.startsAt, end: m.endsAt, text: folded.slice(m.startsAt, m.endsAt) }))
    .filter((m) => !taken.some((span) => overlaps(span, m)));
}

// ASCII names only: in a chat sentence the Chinese around a name would otherwise be read as part of it.
const DOMAIN_LIKE = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,63}(?![a-z0-9@-])(?:\/[\x21-\x7e]*)?/gi;

/** Domain names (or URLs) that parse as domains, outside the given spans (an email's domain is not a domain answer). */
export function findDomains(folded: string, taken: readonly Span[]): Found[] {
  const found: Found[] = [];
  if (!folded.includes('.')) return found;
  for (const match of folded.matchAll(DOMAIN_LIKE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (taken.some((t) => overlaps(t, span))) continue;
    const verdict = parseDomainName(match[0]);
    if (verdict.valid) found.push({ ...span, text: verdict.normalized });
  }
  return found;
}
