import { conceptWords } from './concepts.ts';
import { cueWords } from './cues.ts';
import { extractFeatures, normalizeText, type FeatureBag } from './features.ts';
import { SlicedWork } from './slices.ts';
import { SpellingIndex } from './spelling.ts';
import { synonymWords } from './synonyms.ts';

/** A sparse, L2-normalized TF-IDF vector: parallel arrays of feature indices and values. */
export type SparseVector = { readonly indices: Int32Array; readonly values: Float64Array };

// An unseen word may just be a typo whose trigrams do match; it still lengthens the query, but only half as much.
const UNSEEN_DISCOUNT = 0.5;

// Texts taken between two pauses of a sliced build (see SlicedWork): about 10 ms of work.
const SLICE = 60;

/** Turns texts into TF-IDF vectors over the features seen in the training texts. */
export class TfIdfVectorizer {
  private readonly index = new Map<string, number>();
  private readonly idf: number[] = [];
  private readonly unseenIdf: number;
  private readonly vectors: SparseVector[] = [];

  private constructor(texts: number, documentFrequency: ReadonlyMap<string, number>, private readonly spelling: SpellingIndex) {
    for (const [key, df] of documentFrequency) {
      this.index.set(key, this.idf.length);
      this.idf.push(Math.log(1 + texts / df));
    }
    this.unseenIdf = Math.log(1 + texts) * UNSEEN_DISCOUNT;
  }

  /** A vectorizer over the features of `texts`. */
  static of(texts: readonly string[]): TfIdfVectorizer {
    return new SlicedWork(TfIdfVectorizer.building(texts)).now();
  }

  /** `of`, pausing (yielding) every few milliseconds of work. */
  static *building(texts: readonly string[]): Generator<void, TfIdfVectorizer> {
    const bags: FeatureBag[] = [];
    const documentFrequency = new Map<string, number>();
    for (const text of texts) {
      const bag = extractFeatures(text);
      bags.push(bag);
      for (const key of bag.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
      if (bags.length % SLICE === 0) yield;
    }
    const spelling = new SpellingIndex(yield* knownWords(texts));
    yield;
    const vectorizer = new TfIdfVectorizer(texts.length, documentFrequency, spelling);
    for (const bag of bags) {
      if (vectorizer.vectors.length % (4 * SLICE) === 0) yield;
      vectorizer.vectors.push(vectorizer.weigh(bag));
    }
    return vectorizer;
  }

  /** The training texts' vectors, in order, kept so that training does not extract their features again. */
  get trainingVectors(): readonly SparseVector[] {
    return this.vectors;
  }

  /** Number of distinct features (the model's input width). */
  get size(): number {
    return this.idf.length;
  }

  /**
   * Vectorizes one text, after correcting each unknown word one typo away from a known one, so that the synonym
   * folding, the word pairs and the cues all see the corrected word. Features never seen in training have no index,
   * but they still count in the vector's length: a question about the weather that shares only "how" with the examples
   * must not look like a perfect match.
   */
  vectorize(text: string): SparseVector {
    return this.weigh(extractFeatures(this.spelling.correctWords(normalizeText(text))));
  }

  private weigh(bag: FeatureBag): SparseVector {
    const indices: number[] = [];
    const values: number[] = [];
    let norm = 0;
    for (const [key, tf] of bag) {
      const i = this.index.get(key);
      const weight = (tf <= 1 ? tf : 1 + Math.log(tf)) * (i === undefined ? this.unseenIdf : this.idf[i]!); // sublinear tf
      norm += weight * weight;
      if (i === undefined) continue;
      indices.push(i);
      values.push(weight);
    }
    const length = Math.sqrt(norm) || 1;
    const scaled = Float64Array.from(values);
    for (let n = 0; n < scaled.length; n++) scaled[n]! /= length;
    return { indices: Int32Array.from(indices), values: scaled };
  }
}

// The words a question may be corrected to, each with its document frequency (common words win ties): those the
// examples use as typed, before any folding, so that a misspelled synonym ("chargd", "pictur") is corrected first and
// then folded, and the words the synonym table and the cues spell out, which are real words even where no example
// uses them ("timed out" must not become "time out").
function* knownWords(texts: readonly string[]): Generator<void, [string, number][]> {
  const df = new Map<string, number>();
  for (let n = 0; n < texts.length; n++) {
    for (const word of new Set(normalizeText(texts[n]!).match(/[a-z]+/g))) df.set(word, (df.get(word) ?? 0) + 1);
    if (n % (4 * SLICE) === 4 * SLICE - 1) yield;
  }
  for (const word of [...synonymWords(), ...cueWords(), ...conceptWords()]) if (!df.has(word)) df.set(word, 1);
  return [...df];
}
