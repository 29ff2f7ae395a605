import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../src/faq/features.ts';

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
