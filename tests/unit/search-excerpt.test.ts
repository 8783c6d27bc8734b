import { describe, expect, it } from 'vitest';
import { LABELS_MARK, resultExcerpt, type ExcerptPart } from '../../src/search/search-excerpt.ts';

/** The excerpt as text, highlights in [brackets]. */
const shown = (parts: ExcerptPart[]) => parts.map(({ text, mark }) => (mark ? `[${text}]` : text)).join('');
/** Pagefind's locations: every word of `content` whose letters start with one of `prefixes`. */
function locate(content: string, ...prefixes: string[]): number[] {
  return content.split(/\s+/).flatMap((word, i) =>
    prefixes.some((prefix) =>
      word
        .toLowerCase()
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .replace(/^\p{L}'/u, '')
        .startsWith(prefix),
    )
      ? [i]
      : [],
  );
}

describe('resultExcerpt', () => {
  it('highlights the matched word only: not its punctuation, nor stem-mates', () => {
    const content = `La directive impose un financement direct. Les directives suivent. ${LABELS_MARK} Directive titre`;
    expect(shown(resultExcerpt(content, locate(content, 'direct'), ['directive']))).toBe(
      'La [directive] impose un financement direct. Les [directives] suivent.',
    );
    const cassation = 'Arrêt de la Cour de cassation. Fin.';
    expect(shown(resultExcerpt(cassation, locate(cassation, 'cassation'), ['cassation']))).toBe('Arrêt de la Cour de [cassation]. Fin.');
  });

  it('leaves elided articles and unmatched compound parts out of the highlight', () => {
    const content = "Il garantit l'égalité d'accès au non-professionnel.";
    expect(shown(resultExcerpt(content, locate(content, 'egal', 'égal', 'non'), ['égalité']))).toBe("Il garantit l'[égalité] d'accès au non-professionnel.");
    expect(shown(resultExcerpt(content, [5], ['professionnel']))).toBe("Il garantit l'égalité d'accès au non-[professionnel].");
  });

  it('never quotes the labels after the mark, though they may be what matched', () => {
    const content = `Le texte parle de contrats. ${LABELS_MARK} Cour de cassation Procédure civile`;
    const parts = resultExcerpt(content, locate(content, 'cassation'), ['cassation']);
    expect(shown(parts)).toBe('Le texte parle de contrats.');
  });

  it('shows … where a sentence is cut, and starts at a sentence near the match', () => {
    const words = Array.from({ length: 80 }, (_, i) => `mot${i}`);
    words[39] = 'fin.';
    words[45] = 'rétractation';
    const content = words.join(' ');
    const text = shown(resultExcerpt(content, [45], ['rétractation'], 20));
    expect(text.startsWith('mot40 ')).toBe(true);
    expect(text).toContain('[rétractation]');
    expect(text.endsWith('\u00a0…')).toBe(true);
    const without = words.map((w) => (w === 'fin.' ? 'mot39' : w)).join(' ');
    const cut = shown(resultExcerpt(without, [45], ['rétractation'], 20));
    expect(cut.startsWith('…\u00a0')).toBe(true);
    expect(cut.endsWith('\u00a0…')).toBe(true);
  });

  it('without a query word, quotes the article from its first word', () => {
    const content = `Premier mot du chapeau. Suite du texte. ${LABELS_MARK} Titre`;
    expect(shown(resultExcerpt(content, [], []))).toBe('Premier mot du chapeau. Suite du texte.');
  });

  it('highlights a code article with its letter, and a name with its number', () => {
    const content = "L'article L 161-1 du code et la directive NIS 2 s'appliquent.";
    expect(shown(resultExcerpt(content, locate(content, '161-1'), ['161-1']))).toBe("L'article [L 161-1] du code et la directive NIS 2 s'appliquent.");
    expect(shown(resultExcerpt(content, locate(content, 'nis'), ['NIS2']))).toBe("L'article L 161-1 du code et la directive [NIS 2] s'appliquent.");
  });
});
