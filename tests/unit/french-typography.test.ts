import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP, rehypeFrenchTypography } from '../../src/domain/french-typography.ts';

const show = (text: string) => text.replaceAll(NNBSP, '⍽').replaceAll(NBSP, '~');

describe('frenchTypography', () => {
  it.each([
    ['Pourquoi ?', 'Pourquoi⍽?'],
    ['Attention!', 'Attention⍽!'],
    ['a ; b', 'a⍽; b'],
    ['la base légale de l’« intérêt légitime »', 'la base légale de l’«⍽intérêt légitime⍽»'],
    ['«intérêt»', '«⍽intérêt⍽»'],
    ['piliers fondamentaux :', 'piliers fondamentaux~:'],
    ['Note: voir', 'Note~: voir'],
    ['hausse de 12 %', 'hausse de 12~%'],
    ['hausse de 12%', 'hausse de 12~%'],
    ["l'intérêt d'accès aujourd'hui", 'l’intérêt d’accès aujourd’hui'],
    ['le 1 janvier 2026', 'le 1er janvier 2026'],
    ['pourvoi n° 22-12.345 et n°20/00804', 'pourvoi n°~22-12.345 et n°~20/00804'],
  ])('%j', (input, expected) => {
    expect(show(frenchTypography(input))).toBe(expected);
  });

  it.each([
    'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32019L0882',
    'ECLI:FR:CCASS:2025:C200512',
    'ECLI:EU:C:2020:559',
    'à 10:30 précises',
    'contact@cnil.fr',
    'le 11 janvier 2026',
    'a;b',
    'www.example.org/a?b=1',
    "l'",
  ])('leaves %j alone', (input) => {
    expect(frenchTypography(input)).toBe(input);
  });

  it('is idempotent', () => {
    const once = frenchTypography("Pourquoi ? « l'intérêt » : 12 % le 1 juin, n° 5 ; voir https://a.b/c?d=e !");
    expect(frenchTypography(once)).toBe(once);
  });

  it('keeps URLs inside a sentence intact', () => {
    expect(show(frenchTypography('Voir https://example.org/x?y=1 : le texte !'))).toBe('Voir https://example.org/x?y=1~: le texte⍽!');
  });
});

describe('rehypeFrenchTypography', () => {
  it('changes text nodes only, never code, pre or attributes', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p', properties: { title: 'a ; b' }, children: [{ type: 'text', value: 'Quoi ?' }] },
        { type: 'element', tagName: 'code', children: [{ type: 'text', value: 'a ? b : c' }] },
        { type: 'element', tagName: 'pre', children: [{ type: 'element', tagName: 'span', children: [{ type: 'text', value: "x = 'y' ;" }] }] },
      ],
    };
    rehypeFrenchTypography()(tree);
    expect(show(JSON.stringify(tree))).toContain('"value":"Quoi⍽?"');
    expect(JSON.stringify(tree)).toContain('"value":"a ? b : c"');
    expect(JSON.stringify(tree)).toContain(`"value":"x = 'y' ;"`);
    expect(JSON.stringify(tree)).toContain('"title":"a ; b"');
  });
});
