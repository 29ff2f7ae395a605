import { detectLang, type Lang } from '../i18n/localized.ts';
import { EXAMPLES_EN } from './examples-en.ts';
import { EXAMPLES_ZH } from './examples-zh.ts';
import { INTENT_IDS, type IntentId } from './intents.ts';
import { RetrievalIndex, type LabelledText } from './retrieval-index.ts';

export { looksLikeQuestion } from './question.ts';

/** What the classifier decided about one message. */
export type IntentResult = { intent: IntentId; confidence: number; lang: Lang };

/** Recognizes the FAQ intent of a message in English or Chinese. */
export type IntentClassifier = { classify(text: string, lang?: Lang): IntentResult };

/** The out-of-scope decision rule; the defaults were calibrated by leave-one-out over the training examples. */
export type OutOfScopeRule = {
  /** Below this best in-scope score, the message matches nothing well enough. */
  readonly minScore: number;
  /** The best intent must beat the out-of-scope examples by at least this much. */
  readonly minMarginOverOutOfScope: number;
};

/** Calibrated by leave-one-out over the training examples (see test/unit/faq/classifier.test.ts for the measured rates). */
export const DEFAULT_OUT_OF_SCOPE_RULE: OutOfScopeRule = { minScore: 0.1, minMarginOverOutOfScope: 0.08 };

/** The built-in training examples of both languages, one labelled list (out-of-scope examples included). */
export function trainingExamples(): LabelledText[] {
  const all: LabelledText[] = [];
  for (const table of [EXAMPLES_EN, EXAMPLES_ZH]) {
    for (const intent of INTENT_IDS) for (const text of table[intent]) all.push({ text, label: intent });
  }
  return all;
}

/** Builds a classifier over the given examples (the built-in ones by default), for evaluation and calibration. */
export function buildIntentClassifier(
  examples: readonly LabelledText[] = trainingExamples(),
  rule: OutOfScopeRule = DEFAULT_OUT_OF_SCOPE_RULE,
): IntentClassifier {
  const index = new RetrievalIndex(examples);
  return {
    classify(text, lang) {
      const resolvedLang = lang ?? detectLang(text);
      const scores = index.score(text);
      const outOfScope = scores.get('out_of_scope') ?? 0;
      let best: IntentId = 'out_of_scope';
      let bestScore = 0;
      for (const [label, score] of scores) {
        if (label !== 'out_of_scope' && score > bestScore) [best, bestScore] = [label as IntentId, score];
      }
      const confident = bestScore >= rule.minScore && bestScore - outOfScope >= rule.minMarginOverOutOfScope;
      if (!confident) return { intent: 'out_of_scope', confidence: round(Math.max(outOfScope, 1 - bestScore)), lang: resolvedLang };
      return { intent: best, confidence: round(bestScore), lang: resolvedLang };
    },
  };
}

let shared: IntentClassifier | undefined;

/**
 * The FAQ intent classifier over the built-in examples. The index is built once per process (tens of milliseconds)
 * and shared, since it is immutable; a question then takes well under a millisecond.
 */
export function createIntentClassifier(): IntentClassifier {
  shared ??= buildIntentClassifier();
  return shared;
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
}
