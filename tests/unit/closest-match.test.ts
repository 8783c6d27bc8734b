import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, unknownValueMessage } from '../../src/domain/closest-match.ts';

const topics = ['cybersecurite', 'sante-numerique', 'intelligence-artificielle', 'protection-donnees', 'accessibilite'];

describe('closestMatch', () => {
  it('suggests the nearest slug for a typo', () => {
    expect(closestMatch('cybersecurity', topics)).toBe('cybersecurite');
    expect(closestMatch('protection-des-donnees', topics)).toBe('protection-donnees');
    expect(closestMatch('accesibilite', topics)).toBe('accessibilite');
  });
  it('suggests nothing when nothing is close', () => {
    expect(closestMatch('fiscalite-internationale', topics)).toBeUndefined();
  });
  it('editDistance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('builds a message with the suggestion and the expected values', () => {
    expect(unknownValueMessage('topic', 'cyber', topics)).toMatch(/unknown topic "cyber"\. Did you mean "cybersecurite"\? Expected one of: cybersecurite, /);
  });
});
