import type { Lang } from '../i18n/localized.ts';
import type { IntentClassifier } from './classifier.ts';
import { INTENT_IDS, type IntentId } from './intents.ts';

/** Questions labelled with the intent they ask, per intent (the held-out fixtures' shape). */
export type LabelledSet = Readonly<Record<IntentId, readonly string[]>>;

/** How a classifier did on one labelled set in one language. */
export type SetScore = {
  total: number;
  /** Share answered with the right intent (a clarification counts as not right). */
  accuracy: number;
  /** Share of out-of-scope questions recognized as out of scope. */
  outOfScopeRecall: number;
  /** Share of questions asked back ("Did you mean …?") instead of answered. */
  clarificationRate: number;
  /** Share of clarifications whose candidates include the right intent (1 when there are none). */
  clarificationHitRate: number;
  perIntent: Record<IntentId, { total: number; correct: number }>;
  /** The confidence and rightness of every question answered (not asked back), for the calibration error. */
  answered: { confidence: number; right: boolean }[];
  /** `expected -> got: text` for every miss; `got` is `clarify[a,b]` for a clarification. */
  errors: string[];
};

/** Scores `classifier` on every question of `set`, read as `lang`. */
export function scoreSet(classifier: IntentClassifier, set: LabelledSet, lang: Lang): SetScore {
  const perIntent = Object.fromEntries(INTENT_IDS.map((i) => [i, { total: 0, correct: 0 }])) as SetScore['perIntent'];
  let correct = 0, total = 0, oosTotal = 0, oosCorrect = 0, asked = 0, askedHit = 0;
  const errors: string[] = [];
  const answered: SetScore['answered'] = [];
  for (const intent of INTENT_IDS) {
    for (const text of set[intent]) {
      const result = classifier.classify(text, lang);
      const ok = !result.candidates && result.intent === intent;
      total++; perIntent[intent].total++;
      if (ok) { correct++; perIntent[intent].correct++; }
      if (!result.candidates) answered.push({ confidence: result.confidence, right: ok });
      if (result.candidates) { asked++; if (result.candidates.includes(intent)) askedHit++; }
      if (intent === 'out_of_scope') { oosTotal++; if (ok) oosCorrect++; }
      if (!ok) errors.push(`${intent} -> ${result.candidates ? `clarify[${result.candidates.join(',')}]` : result.intent}: ${text}`);
    }
  }
  return {
    total, accuracy: correct / total, outOfScopeRecall: oosTotal ? oosCorrect / oosTotal : 1,
    clarificationRate: asked / total, clarificationHitRate: asked ? askedHit / asked : 1, perIntent, answered, errors,
  };
}

/**
 * Expected calibration error over ten equal-width confidence bins: the gap between how sure the answers said they
 * were and how often they were right, averaged with each bin weighted by its share of the answers (0 is perfect).
 */
export function calibrationError(answers: readonly { confidence: number; right: boolean }[], bins = 10): number {
  const sums = Array.from({ length: bins }, () => ({ n: 0, confidence: 0, right: 0 }));
  for (const a of answers) {
    const bin = sums[Math.min(bins - 1, Math.floor(a.confidence * bins))]!;
    bin.n++; bin.confidence += a.confidence; bin.right += a.right ? 1 : 0;
  }
  return sums.reduce((gap, b) => gap + (b.n ? Math.abs(b.confidence - b.right) / answers.length : 0), 0);
}
