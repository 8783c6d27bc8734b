import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle } from '../../src/domain/page-title.ts';

describe('pageTitle', () => {
  it('ends with the site name', () => {
    expect(pageTitle('Agenda', 'Vigie')).toBe('Agenda — Vigie');
    expect(pageTitle('Vigie', 'Vigie')).toBe('Vigie');
  });
  it('cuts a long title at a word boundary, never mid-word, and keeps the site name', () => {
    const title = 'Cybersécurité des hôpitaux : la Commission européenne dévoile un plan d’action ambitieux pour 2025';
    const full = pageTitle(title, 'Vigie');
    expect(full.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(full).toMatch(/… — Vigie$/);
    const words = full.replace(/… — Vigie$/, '').split(' ');
    expect(title.split(' ').slice(0, words.length)).toEqual(words);
  });
  it('drops punctuation left before the ellipsis', () => {
    const title = `${'a'.repeat(55)} : suite du titre`;
    expect(pageTitle(title, 'Vigie')).toBe(`${'a'.repeat(55)}… — Vigie`);
  });
  it('keeps a first word longer than the room whole', () => {
    expect(pageTitle(`${'x'.repeat(80)} fin`, 'Vigie')).toBe(`${'x'.repeat(80)}… — Vigie`);
  });
  it('every length up to the limit: a prefix of whole words', () => {
    const title = 'Le Conseil d’État précise les conditions de la conservation des données de connexion par les opérateurs';
    for (let max = 20; max <= 120; max++) {
      const full = pageTitle(title, 'Vigie', max);
      if (full.endsWith('… — Vigie')) {
        const kept = full.slice(0, -'… — Vigie'.length);
        expect(title.startsWith(kept) && title[kept.length] === ' ').toBe(true);
      } else expect(full).toBe(`${title} — Vigie`);
    }
  });
});
