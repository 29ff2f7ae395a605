/**
 * Misspells a text the way people do on a phone, deterministically: in each word of five letters or more, with
 * probability `share`, one edit inside the word (a letter dropped, two swapped, one doubled, or one replaced by a
 * neighbouring key). The first and last letters stay, as they mostly do in real typos.
 * @example withTypos('my domain is unverified', seededRandom(1), 1) // e.g. 'my doamin is unverifid'
 */
export function withTypos(text: string, random: () => number, share: number): string {
  return text.replace(/[A-Za-z]{5,}/g, (word) => (random() < share ? misspell(word, random) : word));
}

/** A deterministic pseudo-random sequence in [0, 1) (Park–Miller). */
export function seededRandom(seed: number): () => number {
  let state = Math.max(1, Math.floor(seed) % 2147483647);
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function misspell(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0: return word.slice(0, i) + word.slice(i + 1);
    case 1: return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 2: return word.slice(0, i) + word[i] + word.slice(i);
    default: return word.slice(0, i) + neighbourKey(word[i]!, random) + word.slice(i + 1);
  }
}

function neighbourKey(letter: string, random: () => number): string {
  const row = KEY_ROWS.find((r) => r.includes(letter.toLowerCase()));
  if (!row) return letter;
  const at = row.indexOf(letter.toLowerCase());
  const neighbours = [row[at - 1], row[at + 1]].filter((k): k is string => k !== undefined);
  return neighbours[Math.floor(random() * neighbours.length)]!;
}
