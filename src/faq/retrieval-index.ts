import { extractFeatures } from './features.ts';

/** One labelled example phrasing. */
export type LabelledText = { readonly text: string; readonly label: string };

/** For each label, the best cosine similarity of the query with that label's examples (top two, blended). */
export type LabelScores = Map<string, number>;

// An unseen word may just be a typo whose trigrams do match; it still lengthens the query, but only half as much.
const UNSEEN_DISCOUNT = 0.5;

type Posting = { readonly doc: number; readonly weight: number };

/**
 * A TF-IDF cosine nearest-neighbour index over example phrasings, with an inverted index so a query only touches
 * the examples that share a feature with it (microseconds per query for a few thousand examples).
 */
export class RetrievalIndex {
  private readonly postings = new Map<string, Posting[]>();
  private readonly idf = new Map<string, number>();
  private readonly labels: string[];
  private readonly scratch: Float64Array;
  private readonly unseenIdf: number;

  constructor(examples: readonly LabelledText[]) {
    this.labels = examples.map((e) => e.label);
    this.scratch = new Float64Array(examples.length);
    this.unseenIdf = Math.log(1 + examples.length);
    const bags = examples.map((e) => extractFeatures(e.text));
    const documentFrequency = new Map<string, number>();
    for (const bag of bags) for (const key of bag.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    for (const [key, df] of documentFrequency) this.idf.set(key, Math.log(1 + examples.length / df));
    bags.forEach((bag, doc) => {
      for (const [key, weight] of this.vectorize(bag)) {
        const list = this.postings.get(key) ?? [];
        list.push({ doc, weight });
        this.postings.set(key, list);
      }
    });
  }

  /** Scores every label that shares a feature with the query; a label's score blends its two nearest examples. */
  score(text: string): LabelScores {
    const query = this.vectorize(extractFeatures(text), true);
    const sims = this.scratch;
    sims.fill(0);
    for (const [key, weight] of query) for (const p of this.postings.get(key) ?? []) sims[p.doc]! += weight * p.weight;
    const best = new Map<string, [number, number]>();
    for (let doc = 0; doc < sims.length; doc++) {
      const sim = sims[doc]!;
      if (sim <= 0) continue;
      const label = this.labels[doc]!;
      const top = best.get(label) ?? [0, 0];
      if (sim > top[0]) best.set(label, [sim, top[0]]);
      else if (sim > top[1]) best.set(label, [top[0], sim]);
      else best.set(label, top);
    }
    const scores: LabelScores = new Map();
    for (const [label, [first, second]] of best) scores.set(label, 0.75 * first + 0.25 * second);
    return scores;
  }

  // Words the index has never seen still count in a query's length (with the rarest idf): a question about the
  // weather shares only "how"/"what" with the examples and must score low, not be judged on those words alone.
  private vectorize(bag: Map<string, number>, isQuery = false): Map<string, number> {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [key, tf] of bag) {
      const idf = this.idf.get(key) ?? (isQuery ? this.unseenIdf * UNSEEN_DISCOUNT : undefined);
      if (idf === undefined) continue;
      const value = (tf <= 1 ? tf : 1 + Math.log(tf)) * idf; // sublinear: a repeated word is not twice the evidence
      vector.set(key, value);
      norm += value * value;
    }
    const length = Math.sqrt(norm) || 1;
    for (const [key, value] of vector) vector.set(key, value / length);
    return vector;
  }
}
