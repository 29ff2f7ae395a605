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
  /** `expected -> got: text` for every miss; `got` is `clarify[a,b]` for a clarification. */
  errors: string[];
};

/** Scores `classifier` on every question of `set`, read as `lang`. */
export function scoreSet(classifier: IntentClassifier, set: LabelledSet, lang: Lang): SetScore {
  const perIntent = Object.fromEntries(INTENT_IDS.map((i) => [i, { total: 0, correct: 0 }])) as SetScore['perIntent'];
  let correct = 0, total = 0, oosTotal = 0, oosCorrect = 0, asked = 0, askedHit = 0;
  const errors: string[] = [];
  for (const intent of INTENT_IDS) {
    for (const text of set[intent]) {
      const result = classifier.classify(text, lang);
      const ok = !result.candidates && result.intent === intent;
      total++; perIntent[intent].total++;
      if (ok) { correct++; perIntent[intent].correct++; }
      if (result.candidates) { asked++; if (result.candidates.includes(intent)) askedHit++; }
      if (intent === 'out_of_scope') { oosTotal++; if (ok) oosCorrect++; }
      if (!ok) errors.push(`${intent} -> ${result.candidates ? `clarify[${result.candidates.join(',')}]` : result.intent}: ${text}`);
    }
  }
  return {
    total, accuracy: correct / total, outOfScopeRecall: oosTotal ? oosCorrect / oosTotal : 1,
    clarificationRate: asked / total, clarificationHitRate: asked ? askedHit / asked : 1, perIntent, errors,
  };
}
