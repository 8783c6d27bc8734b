/** Lowercase, accents and ligatures folded, for comparing words: "Hôpitaux" → "hopitaux". */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}
