import { detectLang, type Lang } from '../i18n/localized.ts';
import { EXAMPLES_EN } from './examples-en.ts';
import { EXAMPLES_ZH } from './examples-zh.ts';
import { INTENT_IDS, type IntentId } from './intents.ts';
import { findOffTopic, type OffTopic } from './off-topic.ts';
import { SoftmaxModel } from './softmax-model.ts';
import { TfIdfVectorizer } from './vectorizer.ts';

/** One labelled example phrasing. */
export type LabelledText = { readonly text: string; readonly label: IntentId };

export { looksLikeQuestion } from './question.ts';

/**
 * What the classifier decided about one message. `candidates` is set only when the classifier is unsure between a
 * few intents and the bot should ask back ("Did you mean …?"): then `intent` is only the likeliest of them.
 */
export type IntentResult = { intent: IntentId; confidence: number; lang: Lang; candidates?: readonly IntentId[]; topic?: OffTopic };

/** Recognizes the FAQ intent of a message in English or Chinese. */
export type IntentClassifier = { classify(text: string, lang?: Lang): IntentResult };

/** Below this probability the best intent is not trusted and the message counts as out of scope. */
export type OutOfScopeRule = { readonly minProbability: number };

/** Chosen by 5-fold cross-validation over the training examples: out-of-scope examples are a class of their own, so the threshold only trims the least certain answers; above 0.2 in-scope accuracy falls faster than out-of-scope recall rises. */
export const DEFAULT_OUT_OF_SCOPE_RULE: OutOfScopeRule = { minProbability: 0.2 };

/** The built-in training examples of both languages, one labelled list (out-of-scope examples included). */
export function trainingExamples(): LabelledText[] {
  const all: LabelledText[] = [];
  for (const table of [EXAMPLES_EN, EXAMPLES_ZH]) {
    for (const intent of INTENT_IDS) for (const text of table[intent]) all.push({ text, label: intent });
  }
  return all;
}

/**
 * Builds a classifier over the given examples (the built-in ones by default): TF-IDF features (synonym-folded words,
 * word pairs, character trigrams, CJK unigrams and bigrams) and a softmax regression over every intent, out-of-scope
 * examples included.
 */
export function buildIntentClassifier(
  examples: readonly LabelledText[] = trainingExamples(),
  rule: OutOfScopeRule = DEFAULT_OUT_OF_SCOPE_RULE,
): IntentClassifier {
  const vectorizer = new TfIdfVectorizer(examples.map((e) => e.text));
  const classOf = new Map(INTENT_IDS.map((intent, k) => [intent, k]));
  const model = SoftmaxModel.train(
    vectorizer.trainingVectors,
    examples.map((e) => classOf.get(e.label)!),
    vectorizer.size, INTENT_IDS.length,
  );
  return {
    classify(text, lang) {
      const resolvedLang = lang ?? detectLang(text);
      const p = model.predict(vectorizer.vectorize(text));
      let best = 0;
      for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
      const intent = INTENT_IDS[best]!;
      const topic = findOffTopic(text, intent);
      if (topic) return { intent: 'out_of_scope', confidence: round(1 - (intent === 'out_of_scope' ? 0 : p[best]!) / 2), lang: resolvedLang, topic };
      if (intent === 'out_of_scope' || p[best]! < rule.minProbability) {
        return { intent: 'out_of_scope', confidence: round(intent === 'out_of_scope' ? p[best]! : 1 - p[best]!), lang: resolvedLang };
      }
      return { intent, confidence: round(p[best]!), lang: resolvedLang };
    },
  };
}

let shared: IntentClassifier | undefined;

/**
 * The FAQ intent classifier over the built-in examples. The model is trained once per process (about a tenth of a second)
 * and shared, since it is immutable; a question then takes well under a millisecond.
 */
export function createIntentClassifier(): IntentClassifier {
  shared ??= buildIntentClassifier();
  return shared;
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
}
