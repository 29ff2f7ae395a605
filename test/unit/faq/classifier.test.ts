import { describe, expect, it } from 'vitest';
import { createIntentClassifier, trainingExamples } from '../../../src/faq/classifier.ts';
import { normalizeText } from '../../../src/faq/features.ts';
import { IN_SCOPE_INTENTS, INTENT_IDS, type IntentId } from '../../../src/faq/intents.ts';
import type { Lang } from '../../../src/i18n/localized.ts';
import { TEST_EN } from '../../fixtures/faq/intent-test-en.ts';
import { TEST_ZH } from '../../fixtures/faq/intent-test-zh.ts';

const TEST_SETS: Record<Lang, Readonly<Record<IntentId, readonly string[]>>> = { en: TEST_EN, zh: TEST_ZH };
const key = (s: string) => normalizeText(s).replace(/[\s\p{P}]+/gu, ' ').trim();

type Score = { lang: Lang; total: number; accuracy: number; inScopeAccuracy: number; outOfScopeRecall: number; errors: string[] };

function evaluate(lang: Lang): Score {
  const classifier = createIntentClassifier();
  let correct = 0, total = 0, inCorrect = 0, inTotal = 0, oosCorrect = 0, oosTotal = 0;
  const errors: string[] = [];
  for (const intent of INTENT_IDS) {
    for (const text of TEST_SETS[lang][intent]) {
      const got = classifier.classify(text, lang).intent;
      const ok = got === intent;
      total++; if (ok) correct++; else errors.push(`${intent} -> ${got}: ${text}`);
      if (intent === 'out_of_scope') { oosTotal++; if (ok) oosCorrect++; } else { inTotal++; if (ok) inCorrect++; }
    }
  }
  return { lang, total, accuracy: correct / total, inScopeAccuracy: inCorrect / inTotal, outOfScopeRecall: oosCorrect / oosTotal, errors };
}

describe('intent test set', () => {
  it('has at least 15 phrasings per intent and 40 out-of-scope questions per language', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const intent of IN_SCOPE_INTENTS) expect(TEST_SETS[lang][intent].length, `${lang} ${intent}`).toBeGreaterThanOrEqual(15);
      expect(TEST_SETS[lang].out_of_scope.length).toBeGreaterThanOrEqual(40);
    }
  });

  it('shares no sentence with the training examples', () => {
    const train = new Set(trainingExamples().map((e) => key(e.text)));
    const leaked = (['en', 'zh'] as const).flatMap((lang) => Object.values(TEST_SETS[lang]).flat().filter((t) => train.has(key(t))));
    expect(leaked).toEqual([]);
  });

  it('has no duplicate phrasings inside the test set', () => {
    const all = (['en', 'zh'] as const).flatMap((lang) => Object.values(TEST_SETS[lang]).flat().map(key));
    expect(all.length - new Set(all).size).toBe(0);
  });
});

describe('intent classifier accuracy on the held-out set', () => {
  const scores = (['en', 'zh'] as const).map(evaluate);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  console.log(
    ['lang  phrasings  accuracy  in-scope  out-of-scope recall',
      ...scores.map((s) => `${s.lang}    ${String(s.total).padEnd(9)}  ${pct(s.accuracy).padEnd(8)}  ${pct(s.inScopeAccuracy).padEnd(8)}  ${pct(s.outOfScopeRecall)}`)].join('\n'),
  );

  for (const score of scores) {
    it(`${score.lang}: at least 90% accuracy and 80% out-of-scope recall`, () => {
      expect(score.accuracy, score.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(score.outOfScopeRecall, score.errors.join('\n')).toBeGreaterThanOrEqual(0.8);
    });
  }
});

describe('createIntentClassifier', () => {
  const classifier = createIntentClassifier();

  it('detects the language when none is given, and keeps the one given', () => {
    expect(classifier.classify('审核需要多久')).toMatchObject({ intent: 'review_time', lang: 'zh' });
    expect(classifier.classify('how long does the review take')).toMatchObject({ intent: 'review_time', lang: 'en' });
    expect(classifier.classify('serverHold', 'zh')).toMatchObject({ intent: 'domain_status_meaning', lang: 'zh' });
  });

  it('understands mixed Chinese and English', () => {
    expect(classifier.classify('我的domain为什么还是unverified').intent).toBe('why_unverified');
  });

  it('does not force unrelated questions into an intent', () => {
    for (const text of ['what is the weather like in Paris', '给我讲个故事', '', '   ', '12345']) {
      expect(classifier.classify(text).intent, text).toBe('out_of_scope');
    }
  });

  it('reports a confidence between 0 and 1', () => {
    const { confidence } = classifier.classify('is verification free');
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });
});
