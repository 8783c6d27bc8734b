import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { ordinalParts, rehypeFrenchOrdinals } from '../../src/domain/french-ordinals.ts';

/** The text with ordinals written as number^suffix. */
const marked = (text: string) =>
  ordinalParts(text)
    .map((p) => (typeof p === 'string' ? p : `${p.number}^${p.suffix}`))
    .join('');

describe('ordinalParts', () => {
  it('finds French ordinal abbreviations', () => {
    expect(marked('Cass. 2e civ., 22 mai 2025')).toBe('Cass. 2^e civ., 22 mai 2025');
    expect(marked('le 1er juin 2025 et la 1re chambre')).toBe('le 1^er juin 2025 et la 1^re chambre');
    expect(marked('au XXIe siècle, sous la Ve République, François Ier')).toBe('au XXI^e siècle, sous la V^e République, François I^er');
    expect(marked('la 3ème chambre, le 2d alinéa, les 10es rencontres')).toBe('la 3^ème chambre, le 2^d alinéa, les 10^es rencontres');
    expect(marked('(1re civ.)')).toBe('(1^re civ.)');
  });
  it('leaves words, identifiers and numbers alone', () => {
    for (const text of [
      'Le texte',
      'Me Dupont',
      'Ce jour',
      'Vers la fin',
      'Ver de terre',
      'n° 22-12.345',
      'ECLI:FR:CCASS:2025:C200512',
      'art. L. 34-5',
      '4e3f',
      'v2e',
      'PDF2e',
      '1,5e',
    ]) {
      expect(marked(text)).toBe(text);
    }
  });
});

describe('rehypeFrenchOrdinals', () => {
  it('puts the letters in <sup>, never inside code', () => {
    const text = (value: string) => ({ type: 'text', value });
    const element = (tagName: string, children: unknown[], properties = {}) => ({ type: 'element', tagName, properties, children });
    const tree = {
      type: 'root',
      children: [
        element('p', [text('La 2e chambre, '), element('a', [text('1re civ.')], { href: '/x' }), text(' et '), element('code', [text('2e')]), text('.')]),
      ],
    };
    rehypeFrenchOrdinals()(tree as never);
    expect(toHtml(tree as never)).toBe('<p>La 2<sup>e</sup> chambre, <a href="/x">1<sup>re</sup> civ.</a> et <code>2e</code>.</p>');
  });
});
