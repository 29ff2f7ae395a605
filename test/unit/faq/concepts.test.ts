import { describe, expect, it } from 'vitest';
import { findConcepts } from '../../../src/faq/concepts.ts';

describe('findConcepts', () => {
  it('names the same concept for everyday words of both languages', () => {
    expect(findConcepts('do you review on weekends')).toContain('time');
    expect(findConcepts('周末也审核吗')).toContain('time');
    expect(findConcepts('can a specialist call me')).toContain('person');
    expect(findConcepts('请专员联络我')).toContain('person');
    expect(findConcepts('户口本可以吗')).toContain('papers');
  });

  it('matches English words whole, not inside other words', () => {
    expect(findConcepts('my domain is unverified')).not.toContain('time'); // "yet" is not in "unverified"
    expect(findConcepts('a mistake in the address')).toContain('form');
    expect(findConcepts('mistaken')).not.toContain('form');
  });

  it('finds nothing in a message that names none of them', () => {
    expect(findConcepts('hello there')).toEqual([]);
  });
});
