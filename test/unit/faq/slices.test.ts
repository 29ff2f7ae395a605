import { describe, expect, it } from 'vitest';
import { SlicedWork } from '../../../src/faq/slices.ts';
import { createIntentClassifier, trainIntentClassifierInBackground } from '../../../src/faq/classifier.ts';

function* counting(slices: number, log: string[]): Generator<void, number> {
  for (let n = 0; n < slices; n++) {
    log.push(`slice ${n}`);
    yield;
  }
  return slices;
}

describe('SlicedWork', () => {
  it('lets other work run between its slices in the background', async () => {
    const log: string[] = [];
    const work = new SlicedWork(counting(3, log));
    setImmediate(() => log.push('other work'));
    expect(await work.inBackground()).toBe(3);
    expect(log.indexOf('other work')).toBeGreaterThan(0);
    expect(log.indexOf('other work')).toBeLessThan(log.indexOf('slice 2'));
  });

  it('finishes at once when its result is wanted, and a background run under way then ends with the same result', async () => {
    const log: string[] = [];
    const work = new SlicedWork(counting(5, log));
    const background = work.inBackground();
    expect(log).toEqual(['slice 0']);
    expect(work.now()).toBe(5);
    expect(log).toHaveLength(5);
    expect(await background).toBe(5);
    expect(log).toHaveLength(5); // no slice ran twice
  });
});

describe('the shared intent classifier trained in the background', () => {
  it('is the classifier that questions get', async () => {
    const background = trainIntentClassifierInBackground();
    const asked = createIntentClassifier(); // a question before the training is done finishes it
    expect(await background).toBe(asked);
    expect(asked.classify('why is my domain still unverified?', 'en').intent).toBe('why_unverified');
  });
});
