import { describe, expect, it } from 'vitest';
import { extractFeatures, normalizeText, stemWord } from '../../../src/faq/features.ts';

describe('extractFeatures on a message that tells a situation before it asks', () => {
  it('counts the asking sentence once more', () => {
    const bag = extractFeatures('I uploaded my passport yesterday. How long does the review take?');
    expect(bag.get('w:review')).toBeGreaterThan(1);
    expect(bag.get('w:passport')).toBe(1);
  });

  it('counts the sentence before too when a short question only points back to it', () => {
    const bag = extractFeatures('Everything is verified. Still nobody can open the site. What else could be blocking it?');
    expect(bag.get('w:open')).toBeGreaterThan(1);
    expect(bag.get('w:everyth')).toBe(1);
  });
});

describe('normalizeText', () => {
  it('reads the curly apostrophe of phone keyboards as a straight one, so that "won’t" is a negation', () => {
    expect(normalizeText('The site WON’T open, it’s verified')).toBe("the site won't open, it's verified");
    expect(extractFeatures('the site won’t open').get('w:not')).toBe(1);
  });
});

describe('stemWord', () => {
  it('strips the adverb ending only from a word long enough to be an adverb, so that "apply" is not the "app" of hosting', () => {
    expect(stemWord('apply')).toBe('apply');
    expect(stemWord('reply')).toBe('reply');
    expect(stemWord('quickly')).toBe('quick');
  });
});

describe('chat tone words', () => {
  it('are no features: "lol" and "honestly" say how someone feels, not what they ask', () => {
    const bag = extractFeatures('honestly the status just says ok lol');
    expect([...bag.keys()].filter((key) => key.startsWith('w:'))).toEqual(['w:statu', 'w:says', 'w:ok']);
  });
});
