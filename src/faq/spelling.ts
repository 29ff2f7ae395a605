/**
 * Corrects a misspelled word to a word of the training vocabulary one edit away ("domian" → "domain",
 * "verfy" → "verify"), with symmetric deletions: two words one insertion, deletion, substitution or swap apart share
 * a one-letter deletion. Short words are left alone, since there almost any edit makes another real word.
 */
export class SpellingIndex {
  private readonly byDeletion = new Map<string, string[]>();

  /** Indexes `words`, each with a weight that breaks ties (its document frequency: common words win). */
  constructor(words: Iterable<readonly [string, number]>, private readonly minLength = 5) {
    this.weights = new Map();
    for (const [word, weight] of words) {
      if (word.length < minLength - 1 || /\d/.test(word)) continue;
      this.weights.set(word, weight);
      for (const key of [word, ...deletions(word)]) {
        const list = this.byDeletion.get(key);
        if (list) list.push(word); else this.byDeletion.set(key, [word]);
      }
    }
  }

  private readonly weights: Map<string, number>;

  /**
   * `text` (lower-cased) with every unknown word of five letters or more corrected to its closest known word.
   * @example index.correctWords('my domian is unverifed') // 'my domain is unverified'
   */
  correctWords(text: string): string {
    return text.replace(/[a-z]{5,}/g, (word) => this.correct(word) ?? word);
  }

  /** The known word closest to `word`, or undefined when `word` is short, known, or has no near neighbour. */
  correct(word: string): string | undefined {
    if (word.length < this.minLength || this.weights.has(word) || /\d/.test(word)) return undefined;
    let best: string | undefined;
    for (const key of [word, ...deletions(word)]) {
      for (const candidate of this.byDeletion.get(key) ?? []) {
        if (best === undefined || this.weights.get(candidate)! > this.weights.get(best)!) best = candidate;
      }
    }
    return best;
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
