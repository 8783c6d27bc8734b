import { describe, expect, it } from 'vitest';
import {
  cleanIdentifier,
  decisionNumberKind,
  formatDecisionNumber,
  formatIdentifier,
  identifierKind,
  identifierProblem,
  resolverUrl,
} from '../../src/domain/identifiers.ts';
import { articleCitation, decisionCitation, formatDateCitation } from '../../src/domain/citation.ts';
import { articleJsonLd, serializeJsonLd } from '../../src/domain/structured-data.ts';
import { article, day } from './articles-fixture.ts';

describe('identifiers', () => {
  it.each([
    ['ECLI:FR:CCASS:2025:C200512', 'ECLI'],
    ['ECLI:EU:C:2020:559', 'ECLI'],
    ['ECLI:FR:CESSR:2024:476713.20240412', 'ECLI'],
    ['32019L0882', 'CELEX'],
    ['32016R0679', 'CELEX'],
    ['62018CJ0311', 'CELEX'],
    ['http://data.europa.eu/eli/dir/2019/882/oj', 'ELI'],
    ['https://www.legifrance.gouv.fr/eli/decret/2023/10/9/ECOI2310697D/jo/texte', 'ELI'],
    ['https://eur-lex.europa.eu/eli/reg/2024/2847/oj', 'ELI'],
    ['ECOI2310697D', 'NOR'],
    ['22-12.345', 'pourvoi'],
    ['n° 22-12.345', 'pourvoi'],
    ['20/00804', 'RG'],
    ['RG n° 20/00804', 'RG'],
    ['SAN-2024-012', 'CNIL'],
    ['n° MED-2025-0003', 'CNIL'],
    ['2025-045', 'CNIL'],
    ['IP/25/1234', 'press'],
    ['MEMO/24/56', 'press'],
  ])('%s is a %s', (id, kind) => {
    expect(identifierKind(id)).toBe(kind);
    expect(identifierProblem(id)).toBeUndefined();
  });

  it.each([
    'ECLI:FR:2025',
    '2019L0882',
    'ECOI231069D',
    '22-12345',
    '2020/00804',
    'https://example.org/eli/x',
    'Délibération 2025-045',
    'SAN-24-012',
    '2025-1187',
    'IP/2025/1234',
    '',
  ])('%j is rejected with the expected formats', (id) => {
    expect(identifierKind(id)).toBeUndefined();
    expect(identifierProblem(id)).toMatch(/expected an ECLI .* a CELEX number .* NOR .* pourvoi .* RG/);
  });

  it('links identifiers to their official resolvers', () => {
    expect(resolverUrl('32019L0882')).toBe('https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32019L0882');
    expect(resolverUrl('ECLI:EU:C:2020:559')).toBe('https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=ecli:ECLI%3AEU%3AC%3A2020%3A559');
    expect(resolverUrl('ECLI:FR:CCASS:2025:C200512')).toBe(
      'https://www.courdecassation.fr/recherche-judilibre?search_api_fulltext=ECLI%3AFR%3ACCASS%3A2025%3AC200512',
    );
    expect(resolverUrl('ECOI2310697D')).toBe('https://www.legifrance.gouv.fr/search/all?tab_selection=all&query=ECOI2310697D');
    expect(resolverUrl('http://data.europa.eu/eli/dir/2019/882/oj')).toBe('https://data.europa.eu/eli/dir/2019/882/oj');
    // Other French courts are not on Judilibre: the Conseil constitutionnel (CC) is not the Cour de cassation (CCASS).
    expect(resolverUrl('ECLI:FR:CC:2026:2026.1123.QPC')).toBe(
      'https://www.legifrance.gouv.fr/search/all?tab_selection=all&query=ECLI%3AFR%3ACC%3A2026%3A2026.1123.QPC',
    );
    expect(resolverUrl('ECLI:FR:CECHR:2025:489321.20250314')).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\/search\//);
    expect(resolverUrl('ECLI:FR:CAPAR:2025:000123')).toMatch(/^https:\/\/www\.courdecassation\.fr\/recherche-judilibre/);
    expect(resolverUrl('22-12.345')).toBeUndefined();
    expect(resolverUrl('20/00804')).toBeUndefined();
    expect(resolverUrl('SAN-2024-012')).toBe('https://www.legifrance.gouv.fr/search/all?tab_selection=all&query=SAN-2024-012');
    expect(resolverUrl('IP/25/1234')).toBe('https://ec.europa.eu/commission/presscorner/detail/fr/ip_25_1234');
  });

  it('formats case numbers', () => {
    expect(cleanIdentifier(' pourvoi n°22-12.345 ')).toBe('22-12.345');
    expect(formatIdentifier('22-12.345')).toBe('pourvoi n°\u00a022-12.345');
    expect(formatIdentifier('20/00804')).toBe('RG n°\u00a020/00804');
    expect(formatIdentifier('SAN-2024-012')).toBe('délibération n°\u00a0SAN-2024-012');
    expect(formatIdentifier('n° 2025-045')).toBe('délibération n°\u00a02025-045');
    expect(formatIdentifier('IP/25/1234')).toBe('communiqué IP/25/1234');
    expect(decisionNumberKind('C-597/22 P')).toBe('affaire');
    expect(formatDecisionNumber('C-597/22 P')).toBe('aff.\u00a0C-597/22\u00a0P');
  });
});

describe('citations', () => {
  it('cites decisions in French legal style', () => {
    expect(decisionCitation({ court: 'Cass.', chamber: '2e civ.', date: day('2025-05-22'), number: '23-12.345' })).toBe(
      'Cass. 2e civ., 22 mai 2025, n°\u00a023-12.345',
    );
    expect(decisionCitation({ court: 'CA Rennes', date: day('2024-11-19'), number: '22/01234' })).toBe('CA Rennes, 19 nov. 2024, n°\u00a022/01234');
  });
  it('cites every court with its own number form, the chamber after a comma except for Cass.', () => {
    expect(decisionCitation({ court: 'CE', chamber: '10e et 9e ch. réunies', date: day('2026-04-15'), number: '489123' })).toBe(
      'CE, 10e et 9e ch. réunies, 15 avr. 2026, n°\u00a0489123',
    );
    expect(decisionCitation({ court: 'CJUE', chamber: 'gde ch.', date: day('2025-09-04'), number: 'aff. C-519/24' })).toBe(
      'CJUE, gde ch., 4 sept. 2025, aff.\u00a0C-519/24',
    );
    expect(decisionCitation({ court: 'Cons. const.', date: day('2026-03-12'), number: 'n° 2026-1123 QPC' })).toBe(
      'Cons. const., 12 mars 2026, n°\u00a02026-1123\u00a0QPC',
    );
    expect(decisionCitation({ court: 'Cass.', chamber: 'com.', date: day('2025-07-09') })).toBe('Cass. com., 9 juill. 2025');
    expect(['489123', 'C-519/24', 'T-12/23', '2026-1123 QPC', '22-12.345', '20/00804'].map(decisionNumberKind)).toEqual([
      'requête',
      'affaire',
      'affaire',
      'décision',
      'pourvoi',
      'RG',
    ]);
    expect(['2025-512', '12', 'C-519'].map(decisionNumberKind)).toEqual([undefined, undefined, undefined]);
  });
  it('shows only what is known', () => {
    expect(decisionCitation({ court: 'Cass.', chamber: '2e civ.', date: day('2025-05-22') })).toBe('Cass. 2e civ., 22 mai 2025');
    expect(decisionCitation({ court: 'CA Rennes', date: day('2024-11-19') })).toBe('CA Rennes, 19 nov. 2024');
  });
  it('abbreviates months and writes the first day as 1er', () => {
    expect(['2025-01-01', '2025-02-03', '2025-07-14', '2025-09-09', '2025-12-25'].map((d) => formatDateCitation(day(d)))).toEqual([
      '1er janv. 2025',
      '3 févr. 2025',
      '14 juill. 2025',
      '9 sept. 2025',
      '25 déc. 2025',
    ]);
  });
  it('cites the article itself', () => {
    expect(articleCitation({ publisher: 'Vigie', title: 'Titre', published: day('2025-06-01'), url: 'https://v.example/articles/x/' })).toBe(
      'Vigie, «\u202fTitre\u202f», 1er juin 2025, https://v.example/articles/x/',
    );
    // Guillemets inside the title nest as “ ”.
    expect(
      articleCitation({
        publisher: 'Vigie',
        title: 'La notion de «\u202fprestataire\u202f» précisée',
        published: day('2025-06-02'),
        url: 'https://v.example/a/',
      }),
    ).toBe('Vigie, «\u202fLa notion de “prestataire” précisée\u202f», 2 juin 2025, https://v.example/a/');
  });
});

describe('JSON-LD', () => {
  const context = {
    url: 'https://v.example/articles/a/',
    publisher: 'Vigie',
    siteUrl: 'https://v.example/',
    jurisdictionLabel: 'Union européenne',
    typeLabel: 'Directive',
    topicLabels: ['Accessibilité', 'Numérique'],
  };

  it('describes a directive as Legislation', () => {
    const data = article('a', {
      type: 'directive',
      title: 'EAA',
      summary: 'Résumé',
      published: day('2025-06-28'),
      sources: [{ label: 'Directive', identifier: '32019L0882' }],
      keyDates: [{ date: '2019-04-17', precision: 'day', kind: 'adoption', label: 'Adoption' }],
    }).data;
    const ld = articleJsonLd(data, context);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'EAA',
      abstract: 'Résumé',
      datePublished: '2025-06-28',
      dateModified: '2025-06-28',
      inLanguage: 'fr-FR',
      keywords: 'Accessibilité, Numérique',
      publisher: { '@type': 'Organization', name: 'Vigie' },
      about: {
        '@type': 'Legislation',
        legislationIdentifier: '32019L0882',
        legislationType: 'Directive',
        legislationDate: '2019-04-17',
        legislationJurisdiction: 'Union européenne',
      },
    });
  });

  it('describes a decision as a CreativeWork with its ECLI', () => {
    const data = article('b', {
      type: 'arret',
      decision: { court: 'cour-de-cassation', chamber: '2e civ.', date: day('2025-05-22'), ecli: 'ECLI:FR:CCASS:2025:C200512' },
    }).data;
    const ld = articleJsonLd(data, { ...context, typeLabel: 'Arrêt', citation: 'Cass. 2e civ., 22 mai 2025' });
    expect(ld.about).toEqual({
      '@type': 'CreativeWork',
      name: 'Cass. 2e civ., 22 mai 2025',
      genre: 'Arrêt',
      dateCreated: '2025-05-22',
      identifier: { '@type': 'PropertyValue', propertyID: 'ECLI', value: 'ECLI:FR:CCASS:2025:C200512' },
    });
  });

  it('serialises safely inside a script element', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script> & co' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & co' });
  });
});

describe('article citation with authors', () => {
  it('opens with the authors, then the title and the publisher', async () => {
    const { articleCitation, frenchList } = await import('../../src/domain/citation.ts');
    const base = { publisher: 'Vigie', title: 'Titre', published: new Date(Date.UTC(2025, 5, 1)), url: 'https://veille.example.org/articles/x/' };
    expect(articleCitation(base)).toBe('Vigie, «\u202fTitre\u202f», 1er juin 2025, https://veille.example.org/articles/x/');
    expect(articleCitation({ ...base, authors: ['Jeanne Martin', 'Paul Durand'] })).toBe(
      'Jeanne Martin et Paul Durand, «\u202fTitre\u202f», Vigie, 1er juin 2025, https://veille.example.org/articles/x/',
    );
    expect(frenchList(['A', 'B', 'C'])).toBe('A, B et C');
  });
});
