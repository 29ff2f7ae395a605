/**
 * The FAQ intent classifier's start-up (training) time and time per question, over every held-out question. Baseline,
 * measured in the same run: the TF-IDF features alone (vectorizer built over the same examples; one question
 * vectorized), so the ratio shows what the model, the nearby-topic check and the clarification decision add.
 * Run: `node --import tsx bench/intents.bench.ts [rounds]`. The last line of output is one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { buildIntentClassifier, trainingExamples } from '../src/faq/classifier.ts';
import { TfIdfVectorizer } from '../src/faq/vectorizer.ts';
import { TEST_EN } from '../test/fixtures/faq/intent-test-en.ts';
import { TEST_ZH } from '../test/fixtures/faq/intent-test-zh.ts';
import { HOLDOUT_EN } from '../test/fixtures/faq/intent-holdout-en.ts';
import { HOLDOUT_ZH } from '../test/fixtures/faq/intent-holdout-zh.ts';
import { FINAL_EN } from '../test/fixtures/faq/intent-final-en.ts';
import { FINAL_ZH } from '../test/fixtures/faq/intent-final-zh.ts';
import { MESSY_EN } from '../test/fixtures/faq/intent-messy-en.ts';
import { MESSY_ZH } from '../test/fixtures/faq/intent-messy-zh.ts';

const ROUNDS = Number(process.argv[2] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const timed = (fn: () => unknown) => { const start = performance.now(); fn(); return performance.now() - start; };

const questions = [TEST_EN, TEST_ZH, HOLDOUT_EN, HOLDOUT_ZH, FINAL_EN, FINAL_ZH, MESSY_EN, MESSY_ZH].flatMap((set) => Object.values(set).flat());
const texts = trainingExamples().map((e) => e.text);

const firstBuildMs = timed(() => buildIntentClassifier()); // includes loading OpenCC's dictionaries and a cold JIT
const trainMs: number[] = [];
const featuresMs: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  trainMs.push(timed(() => buildIntentClassifier()));
  featuresMs.push(timed(() => TfIdfVectorizer.of(texts)));
}

const classifier = buildIntentClassifier();
const vectorizer = TfIdfVectorizer.of(texts);
for (const q of questions) { classifier.classify(q); vectorizer.vectorize(q); } // warm-up
const perQuestionUs = (fn: (q: string) => unknown) => {
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push(timed(() => { for (const q of questions) fn(q); }) * 1000 / questions.length);
  return median(rounds);
};
const classifyUs = perQuestionUs((q) => classifier.classify(q));
const vectorizeUs = perQuestionUs((q) => vectorizer.vectorize(q));

const result = {
  questions: questions.length, trainingExamples: texts.length, firstBuildMs: Math.round(firstBuildMs),
  trainMedianMs: Math.round(median(trainMs)), featuresMedianMs: Math.round(median(featuresMs)),
  trainOverFeatures: Number((median(trainMs) / median(featuresMs)).toFixed(2)),
  classifyMedianUs: Number(classifyUs.toFixed(1)), vectorizeMedianUs: Number(vectorizeUs.toFixed(1)),
  classifyOverVectorize: Number((classifyUs / vectorizeUs).toFixed(2)),
};
console.log(`start-up (training) median ${result.trainMedianMs} ms (first ${result.firstBuildMs} ms), features alone ${result.featuresMedianMs} ms`);
console.log(`per question median ${result.classifyMedianUs} µs, vectorizing alone ${result.vectorizeMedianUs} µs, over ${result.questions} questions`);
console.log(JSON.stringify(result));
