import { describe, expect, it } from 'vitest';
import { holdsPhrase, phraseOffsets } from '../../src/search/phrase-positions.ts';

describe('phraseOffsets', () => {
  it('keeps the place of function words that are not searched', () => {
    expect(phraseOffsets(['pension', 'de', 'retraite'])).toEqual([0, 2]);
    expect(phraseOffsets(['délai', 'de', 'huit', 'jours'])).toEqual([0, 2, 3]);
    expect(phraseOffsets(['la', 'directive', 'sur', 'accessibilité'])).toEqual([0, 2]);
  });

  it('counts every word when all are function words, and one word alone', () => {
    expect(phraseOffsets(['de', 'la'])).toEqual([0, 1]);
    expect(phraseOffsets(['contrat'])).toEqual([0]);
  });
});

describe('holdsPhrase', () => {
  it('finds the query spacing among the matched positions', () => {
    expect(holdsPhrase([4, 17, 19, 40], [0, 2])).toBe(true);
    expect(holdsPhrase([3, 4], [0, 1])).toBe(true);
    expect(holdsPhrase([10, 12, 13], [0, 2, 3])).toBe(true);
  });

  it('rejects words held apart or in a broken spacing', () => {
    expect(holdsPhrase([4, 9, 30], [0, 2])).toBe(false);
    expect(holdsPhrase([10, 12, 14], [0, 2, 3])).toBe(false);
    expect(holdsPhrase([], [0, 1])).toBe(false);
  });

  it('treats a one-word query as held by any match', () => {
    expect(holdsPhrase([7], [0])).toBe(true);
    expect(holdsPhrase([], [0])).toBe(false);
  });
});
