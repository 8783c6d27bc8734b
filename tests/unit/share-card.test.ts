import { describe, expect, it } from 'vitest';
import { articleShareCard, articlesWithShareImage, hasShareImage, shareImageAlt, siteShareCard } from '../../src/domain/share-card.ts';

describe('share cards', () => {
  it('name the kind, the title, the decision or else the authority, and the publication date', () => {
    const card = articleShareCard('Vigie', {
      title: 'Titre',
      published: new Date(Date.UTC(2025, 5, 1)),
      typeLabel: 'Arrêt',
      citation: 'Cass. 2e civ., 22 mai 2025',
      authorityLabel: 'Cour de cassation',
    });
    expect(card).toEqual({ site: 'Vigie', kind: 'Arrêt', title: 'Titre', reference: 'Cass. 2e civ., 22 mai 2025', published: 'Publié le 1er juin 2025' });
    expect(
      articleShareCard('Vigie', { title: 'T', published: new Date(Date.UTC(2025, 0, 9)), typeLabel: 'Recommandation', authorityLabel: 'CNIL' }).reference,
    ).toBe('CNIL');
    expect(articleShareCard('Vigie', { title: 'T', published: new Date(Date.UTC(2025, 0, 9)), typeLabel: 'Directive' })).not.toHaveProperty('reference');
    expect(shareImageAlt(card)).toBe('Vigie — Arrêt — Titre — Cass. 2e civ., 22 mai 2025 — Publié le 1er juin 2025');
    expect(shareImageAlt(siteShareCard('Vigie', 'Veille.'))).toBe('Vigie — Veille juridique — Veille.');
  });

  it('are drawn for the newest articles only', () => {
    expect(articlesWithShareImage(['a', 'b', 'c'], 2)).toEqual(['a', 'b']);
    expect(articlesWithShareImage(['a'], 0)).toEqual([]);
    expect(hasShareImage(1, 2)).toBe(true);
    expect(hasShareImage(2, 2)).toBe(false);
  });
});
