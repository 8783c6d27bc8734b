import { describe, expect, it } from 'vitest';
import { decodeText, InputError } from '../../src/lib/import/decode-text.ts';
import { splitDocuments } from '../../src/lib/import/split-documents.ts';
import { bodyBlocks, escapeMdxText, lostLines, plainTextOfBody, renderBody, sectionTitle } from '../../src/lib/import/mdx-body.ts';
import { findDates, mainDate } from '../../src/lib/import/infer-dates.ts';
import { findIdentifiers, firstSentence } from '../../src/lib/import/infer-metadata.ts';

const REF = new Date('2026-11-29T12:00:00Z');
const dates = (text: string) => findDates(text, REF).map((d) => `${d.date}|${d.precision}|${d.qualifier ?? ''}|${d.kind}`);

describe('decodeText', () => {
  it('reads UTF-8, strips a BOM, normalises CRLF', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFa\r\nb\rc'), 'f')).toEqual({ text: 'a\nb\nc', encoding: 'utf-8 (BOM)' });
  });
  it('falls back to Windows-1252 for invalid UTF-8', () => {
    expect(decodeText(Uint8Array.from([0x43, 0x6f, 0xfb, 0x74, 0x20, 0x80]), 'f')).toEqual({ text: 'Coût €', encoding: 'windows-1252' });
  });
  it('refuses empty and binary input, naming the file', () => {
    expect(() => decodeText(new Uint8Array(), 'vide.txt')).toThrow(InputError);
    expect(() => decodeText(Uint8Array.from([1, 0, 2]), 'x.bin')).toThrow(/x\.bin: the file is binary/);
  });
});

describe('splitDocuments', () => {
  it('splits on separator lines and on two blank lines, not on one', () => {
    const docs = splitDocuments('Premier.\n\nSuite du premier.\n---\nDeuxième.\n\n\nTroisième.');
    expect(docs.map((d) => d.lines.filter(Boolean))).toEqual([['Premier.', 'Suite du premier.'], ['Deuxième.'], ['Troisième.']]);
  });
  it('closes a document with its sources block, then treats the rest as briefs', () => {
    const docs = splitDocuments('Article.\nPour en savoir plus / sources :\nhttps://example.org/a\nBrève un.\nBrève deux.');
    expect(docs).toHaveLength(3);
    expect(docs[0]!.sourcesBlock).toEqual({ heading: 'Pour en savoir plus / sources :', sources: ['https://example.org/a'] });
    expect(docs[2]!.lines).toEqual(['Brève deux.']);
  });
  it('does not take a sentence that starts with "Référence :" for a sources heading', () => {
    expect(splitDocuments('Texte.\nRéférence : ECLI:FR:CCASS:2025:SO00287.')).toHaveLength(1);
  });
});

describe('MDX body', () => {
  it('finds section titles', () => {
    expect(sectionTitle('🟠 1 – Un dispositif européen')).toBe('1 – Un dispositif européen');
    expect(sectionTitle('II. Les obligations du prestataire')).toBe('II. Les obligations du prestataire');
    expect(sectionTitle('LES FAITS ET LA PROCÉDURE')).toBe('LES FAITS ET LA PROCÉDURE');
    expect(sectionTitle('## Titre Markdown')).toBe('Titre Markdown');
    expect(sectionTitle('Le plan d’action repose sur quatre piliers fondamentaux :')).toBeUndefined();
    expect(sectionTitle('1. Le juge statue. Il rejette la demande.')).toBeUndefined();
  });
  it('nests items under an item ending with a colon', () => {
    const blocks = bodyBlocks(['Quatre piliers :', '- Prévention :', '- Former.', '- Détecter :', '- Alerter.', '- Dissuasion']);
    expect(blocks[1]).toEqual({ kind: 'list', items: [
      { text: 'Prévention :', children: ['Former.'] },
      { text: 'Détecter :', children: ['Alerter.', 'Dissuasion'] },
    ] });
  });
  it('escapes everything MDX or Markdown would interpret', () => {
    expect(escapeMdxText('<b>{x}</b> *a* _b_ `c` [d] ~e~ | f')).toBe('\\<b\\>\\{x\\}\\</b\\> \\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\~e\\~ \\| f');
    expect(escapeMdxText('import x from "y"')).toBe('&#105;mport x from "y"');
    expect(escapeMdxText('export default 1')).toBe('&#101;xport default 1');
    expect(escapeMdxText('# pas un titre')).toBe('\\# pas un titre');
    expect(escapeMdxText('3. pas une liste')).toBe('3\\. pas une liste');
    expect(escapeMdxText('R&D et &amp;')).toBe('R&D et &amp;amp;');
    expect(escapeMdxText('voir https://example.org/a_b*c pour')).toBe('voir https://example.org/a_b*c pour');
  });
  it('recovers the text from the body, and notices a lost line', () => {
    const lines = ['🟠 Titre', 'Texte avec {accolades} et <balises>.', '- Point :', '- Sous-point.'];
    const body = renderBody(bodyBlocks(lines));
    expect(plainTextOfBody(body)).toContain('Texte avec {accolades} et <balises>.');
    expect(lostLines(lines, body)).toEqual([]);
    expect(lostLines([...lines, 'Ligne absente.'], body)).toEqual(['Ligne absente.']);
  });
});

describe('findDates', () => {
  it('reads precise dates with their kind', () => {
    expect(dates('La Commission a dévoilé le 15 janvier 2025 un plan.')).toEqual(['2025-01-15|day||presentation']);
    expect(dates('la CNIL a publié, le 19 juin 2025, des recommandations')).toEqual(['2025-06-19|day||publication']);
    expect(dates('Le texte entre en application le 28 juin 2025.')).toEqual(['2025-06-28|day||entree-en-application']);
    expect(dates('Dans un arrêt du 22/05/2025, la Cour')).toEqual(['2025-05-22|day||decision']);
    expect(dates('Le décret entre en vigueur à compter du 1er janvier 2026.')).toEqual(['2026-01-01|day||entree-en-vigueur']);
  });
  it('keeps partial dates honest', () => {
    expect(dates('Un système sera opérationnel d’ici 2026.')).toEqual(['2026|year|d-ici|echeance']);
    expect(dates('L’Union prévoit d’évaluer son plan d’ici fin 2025.')).toEqual(['2025|year|fin|evaluation']);
    expect(dates('Une consultation est prévue en juin 2025.')).toEqual(['2025-06|month||consultation']);
    expect(dates('Publication attendue début 2026.')).toEqual(['2026|year|debut|publication']);
  });
  it('never guesses a year or reads relative phrases', () => {
    expect(dates('Le délai de huit jours court à compter du 3 mars.')).toEqual([]);
    expect(dates('En 2023, les États membres ont signalé 309 incidents.')).toEqual([]);
  });
  it('the main date is the first precise one', () => {
    expect(mainDate(findDates('Fin 2025, un bilan. Le 3 mars 2025, une décision.', REF))?.date).toBe('2025-03-03');
  });
});

describe('identifiers and summary', () => {
  it('finds identifiers of every kind, without the final full stop', () => {
    const text = 'Cass. soc., pourvoi n° 23-18.432, ECLI:FR:CCASS:2025:SO00287. CA Paris, RG n° 22/01234. Directive CELEX 32022L2555, NOR PRMD2417452L, https://data.europa.eu/eli/dir/2019/882/oj.';
    expect(findIdentifiers(text).map((i) => `${i.kind} ${i.value}`)).toEqual([
      'ECLI ECLI:FR:CCASS:2025:SO00287', 'ELI https://data.europa.eu/eli/dir/2019/882/oj', 'CELEX 32022L2555', 'NOR PRMD2417452L', 'pourvoi 23-18.432', 'RG 22/01234',
    ]);
  });
  it('summarises with the first sentence, cut at a word boundary', () => {
    expect(firstSentence('Première phrase. Deuxième phrase.')).toBe('Première phrase.');
    const long = firstSentence(`${'mot '.repeat(100)}fin.`, 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long.endsWith('mot…')).toBe(true);
  });
});
