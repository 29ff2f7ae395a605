import { describe, expect, it } from 'vitest';
import { createIntentClassifier, trainingExamples } from '../../../src/faq/classifier.ts';
import { normalizeText } from '../../../src/faq/features.ts';
import { scoreSet, type LabelledSet, type SetScore } from '../../../src/faq/evaluation.ts';
import { IN_SCOPE_INTENTS } from '../../../src/faq/intents.ts';
import type { Lang } from '../../../src/i18n/localized.ts';
import { FINAL_EN } from '../../fixtures/faq/intent-final-en.ts';
import { FINAL_ZH } from '../../fixtures/faq/intent-final-zh.ts';
import { FRESH_EN } from '../../fixtures/faq/intent-fresh-en.ts';
import { FRESH_ZH } from '../../fixtures/faq/intent-fresh-zh.ts';
import { COLLOQUIAL_EN } from '../../fixtures/faq/intent-colloquial-en.ts';
import { COLLOQUIAL_ZH } from '../../fixtures/faq/intent-colloquial-zh.ts';
import { INDEPENDENT_EN } from '../../fixtures/faq/intent-independent-en.ts';
import { INDEPENDENT_ZH } from '../../fixtures/faq/intent-independent-zh.ts';
import { HOLDOUT_EN } from '../../fixtures/faq/intent-holdout-en.ts';
import { HOLDOUT_ZH } from '../../fixtures/faq/intent-holdout-zh.ts';
import { MESSY_EN } from '../../fixtures/faq/intent-messy-en.ts';
import { MESSY_ZH } from '../../fixtures/faq/intent-messy-zh.ts';
import { TEST_EN } from '../../fixtures/faq/intent-test-en.ts';
import { TEST_ZH } from '../../fixtures/faq/intent-test-zh.ts';
import { TYPED_EN } from '../../fixtures/faq/intent-typed-en.ts';
import { TYPED_ZH } from '../../fixtures/faq/intent-typed-zh.ts';


// Held-out sets written independently of each other: the first test set; a second one written later with other
// vocabulary and sentence shapes (synonyms, fragments, typos, traditional characters, near-domain questions); a third,
// smaller one of longer messages, measured once before it was committed; a fourth of chat-style messages and near-miss
// topics (ICP filing, hosting, SSL, mail, other services' real-name checks), written before the classifier was tuned;
// a small fifth one in the same styles, written after that tuning and measured once; a sixth written by someone who
// never saw the training examples or the other sets, measured on the tuned classifier and never tuned against; a seventh
// of Cantonese, situations and the weak groups, written by the person tuning before the change and then tuned on; an
// eighth of questions as registrants type them, written before the situation cues and the chat phrasings, held out
// until the push of English past 95% and a development set since.
const SETS = {
  test: { en: TEST_EN, zh: TEST_ZH, minPerIntent: 15, minOutOfScope: 40 },
  holdout: { en: HOLDOUT_EN, zh: HOLDOUT_ZH, minPerIntent: 25, minOutOfScope: 60 },
  final: { en: FINAL_EN, zh: FINAL_ZH, minPerIntent: 8, minOutOfScope: 25 },
  messy: { en: MESSY_EN, zh: MESSY_ZH, minPerIntent: 5, minOutOfScope: 30 },
  fresh: { en: FRESH_EN, zh: FRESH_ZH, minPerIntent: 2, minOutOfScope: 10 },
  colloquial: { en: COLLOQUIAL_EN, zh: COLLOQUIAL_ZH, minPerIntent: 2, minOutOfScope: 12 },
  independent: { en: INDEPENDENT_EN, zh: INDEPENDENT_ZH, minPerIntent: 3, minOutOfScope: 17 },
  typed: { en: TYPED_EN, zh: TYPED_ZH, minPerIntent: 5, minOutOfScope: 25 },
} as const satisfies Record<string, Record<Lang, LabelledSet> & { minPerIntent: number; minOutOfScope: number }>;
type SetName = keyof typeof SETS;
const SET_NAMES = Object.keys(SETS) as SetName[];
const LANGS = ['en', 'zh'] as const;

const key = (s: string) => normalizeText(s).replace(/[\s\p{P}]+/gu, ' ').trim();

type Score = SetScore & { set: SetName; lang: Lang };

const evaluate = (set: SetName, lang: Lang): Score => ({ set, lang, ...scoreSet(createIntentClassifier(), SETS[set][lang], lang) });

describe('held-out intent sets', () => {
  it.each(SET_NAMES)('%s: enough phrasings per intent and out-of-scope questions in both languages', (set) => {
    const { minPerIntent, minOutOfScope } = SETS[set];
    for (const lang of LANGS) {
      for (const intent of IN_SCOPE_INTENTS) expect(SETS[set][lang][intent].length, `${set} ${lang} ${intent}`).toBeGreaterThanOrEqual(minPerIntent);
      expect(SETS[set][lang].out_of_scope.length, `${set} ${lang}`).toBeGreaterThanOrEqual(minOutOfScope);
    }
  });

  it('share no sentence with the training examples', () => {
    const train = new Set(trainingExamples().map((e) => key(e.text)));
    const leaked = SET_NAMES.flatMap((set) => LANGS.flatMap((lang) => Object.values(SETS[set][lang]).flat().filter((t) => train.has(key(t)))));
    expect(leaked).toEqual([]);
  });

  it('have no duplicate phrasing, inside a set or across the two', () => {
    const all = SET_NAMES.flatMap((set) => LANGS.flatMap((lang) => Object.values(SETS[set][lang]).flat().map(key)));
    const seen = new Set<string>();
    expect(all.filter((k) => seen.size === seen.add(k).size)).toEqual([]);
  });
});

describe('intent classifier accuracy on the held-out sets', () => {
  const scores = SET_NAMES.flatMap((set) => LANGS.map((lang) => evaluate(set, lang)));
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  console.log(
    ['set          lang  phrasings  accuracy  out-of-scope recall  asked back',
      ...scores.map((s) => `${s.set.padEnd(11)}  ${s.lang}    ${String(s.total).padEnd(9)}  ${pct(s.accuracy).padEnd(8)}  ${pct(s.outOfScopeRecall).padEnd(19)}  ${pct(s.clarificationRate)}`)].join('\n'),
  );

  for (const score of scores) {
    it(`${score.set} ${score.lang}: at least 90% accuracy and out-of-scope recall, asking back on at most 8%`, () => {
      expect(score.accuracy, score.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(score.outOfScopeRecall, score.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(score.clarificationRate, score.errors.join('\n')).toBeLessThanOrEqual(0.08);
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

  it('reads traditional characters, typos and synonyms as the examples\' words', () => {
    expect(classifier.classify('網域實名認證要收費嗎').intent).toBe('cost');
    expect(classifier.classify('範本能重複用嗎').intent).toBe('profile_reuse');
    expect(classifier.classify('my domian is stil unverifed').intent).toBe('why_unverified');
    expect(classifier.classify('does the authentication cost anything').intent).toBe('cost');
    expect(classifier.classify('website is frozen what does that mean').intent).toBe('domain_status_meaning');
  });

  it('corrects a typo before folding synonyms, so that a misspelled synonym still folds', () => {
    expect(classifier.classify('will i be chargd for the verificaton').intent).toBe('cost');
    expect(classifier.classify('what are the rules for the pictre').intent).toBe('photo_requirements');
  });

  it('does not force unrelated questions into an intent', () => {
    for (const text of ['what is the weather like in Paris', '给我讲个故事', '', '   ', '12345', 'how do I renew my domain for 3 years']) {
      expect(classifier.classify(text).intent, text).toBe('out_of_scope');
    }
  });

  it('asks back with the likeliest intents when it is unsure, and never on a clear question', () => {
    const unsure = classifier.classify('question about the template', 'en');
    // "The template" is as much about correcting it as about reusing it: which of the two comes first is the training order's.
    expect([...unsure.candidates ?? []].sort()).toEqual(['fix_profile_info', 'profile_reuse']);
    expect(unsure.confidence).toBeLessThan(0.7);
    expect(classifier.classify('how long does the review take', 'en').confidence).toBeGreaterThan(0.9);
    for (const text of ['how long does the review take', '审核需要多久', 'what documents do I need', '转人工']) {
      expect(classifier.classify(text).candidates, text).toBeUndefined();
    }
  });

  it.each([
    ['cost', 'how much is it gonna cost me'], ['cost', 'do u charge for the real name thing'],
    ['cost', 'a guy on the phone wants 50 dollars to keep my domain verified, is that legit'], ['cost', '實名認證使唔使俾錢'],
    ['human_agent', 'can somebody from support message me'], ['human_agent', '我想搵你哋嘅同事跟進'],
    ['no_certificate_number', 'there is no number anywhere on the document you want'], ['no_certificate_number', '執照上面冇任何編號'],
    ['review_time', 'sent everything on monday and nobody has looked at it yet'], ['review_time', '交咗資料兩日都冇消息'],
    ['still_inaccessible', 'it says verified now but my page just shows an error'], ['still_inaccessible', '審核通過咗但係網站一直入唔到'],
    ['failure_reason', 'got a text saying my real name check was not successful, what did i do wrong'],
  ] as const)('understands %s phrased as people type: %s', (intent, text) => {
    expect(classifier.classify(text)).toMatchObject({ intent });
  });

  it('reads the question of a message that tells its situation first', () => {
    const story = 'Hi. We got our shop domain verified last Friday and the console says Normal. The hosting company set everything up. '
      + 'But when customers open the address they get an error. What should we check?';
    expect(classifier.classify(story)).toMatchObject({ intent: 'still_inaccessible' });
    expect(classifier.classify('我上周用身份证建了模板，也关联了域名，到今天已经三个工作日了。一般还要等多久？')).toMatchObject({ intent: 'review_time' });
  });

  it('reports a confidence between 0 and 1', () => {
    const { confidence } = classifier.classify('is verification free');
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });
});
