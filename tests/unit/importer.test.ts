import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT } from '../helpers/site-build.ts';
import { decodeText, InputError } from '../../src/importer/decode-text.ts';
import { splitDocuments } from '../../src/importer/split-documents.ts';
import { bodyBlocks, lostLines, sectionTitle } from '../../src/importer/body-blocks.ts';
import { readDraftBody } from '../../src/importer/read-draft-body.ts';
import { serializeBody } from '../../src/importer/serialize-body.ts';
import { findDates, mainDate } from '../../src/importer/infer-dates.ts';
import { findIdentifiers, firstSentence, inferAuthority, openingCitation } from '../../src/importer/infer-metadata.ts';
import { importDocument } from '../../src/importer/import-document.ts';
import { loadTaxonomy } from '../../src/loading/taxonomy.ts';
import { contentDirs } from '../../src/loading/content-dir.ts';

const dirs = contentDirs({});
const taxonomy = loadTaxonomy(dirs.taxonomy, dirs.fallbackTaxonomy);
const authority = (text: string) => inferAuthority(text, taxonomy);
/** Imports raw text (one document) with the real taxonomy, on the tests' import day. */
const imported = (text: string) => importDocument(splitDocuments(text)[0]!, taxonomy, '2026-11-29');

const REF = new Date('2026-11-29T12:00:00Z');
const dates = (text: string) => findDates(text, REF).map((d) => `${d.date}|${d.precision}|${d.qualifier ?? ''}|${d.kind}`);

describe('decodeText', () => {
  it('reads UTF-8, strips a BOM, normalises CRLF', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFa\r\nb\rc'), 'f')).toEqual({
      text: 'a\nb\nc',
      encoding: 'utf-8 (BOM)',
      controls: { lineBreaks: 0, dropped: 0 },
    });
  });
  it('falls back to Windows-1252 for invalid UTF-8', () => {
    expect(decodeText(Uint8Array.from([0x43, 0x6f, 0xfb, 0x74, 0x20, 0x80]), 'f')).toEqual({
      text: 'Coût €',
      encoding: 'windows-1252',
      controls: { lineBreaks: 0, dropped: 0 },
    });
  });
  it('reads vertical tabs and form feeds as line breaks and drops other control characters, counting them', () => {
    const prose = ' Un texte juridique assez long pour ne pas passer pour un fichier binaire.'.repeat(4);
    const decoded = decodeText(new TextEncoder().encode(`Ligne un\u000bligne deux\u000cpage deux \u001b[1mgras\u0007 fin.${prose}`), 'f');
    expect(decoded.text).toBe(`Ligne un\nligne deux\npage deux [1mgras fin.${prose}`);
    expect(decoded.controls).toEqual({ lineBreaks: 2, dropped: 2 });
  });
  it('refuses empty and binary input, naming the file', () => {
    expect(() => decodeText(new Uint8Array(), 'vide.txt')).toThrow(InputError);
    expect(() => decodeText(Uint8Array.from([1, 0, 2]), 'x.bin')).toThrow(/x\.bin: the file is binary/);
  });
  it('reads UTF-16 with a byte-order mark, both byte orders', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[...'Arrêt\r\n'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(le, 'f')).toEqual({ text: 'Arrêt\n', encoding: 'utf-16le (BOM)', controls: { lineBreaks: 0, dropped: 0 } });
    const be = Uint8Array.from([0xfe, 0xff, ...[...'Arrêt'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(decodeText(be, 'f')).toEqual({ text: 'Arrêt', encoding: 'utf-16be (BOM)', controls: { lineBreaks: 0, dropped: 0 } });
  });
  it('refuses PDF and RTF files with what to do instead', () => {
    expect(() => decodeText(new TextEncoder().encode('%PDF-1.7\n1 0 obj'), 'décision.pdf')).toThrow(/décision\.pdf: a PDF file: export its text first/);
    expect(() => decodeText(new TextEncoder().encode('{\\rtf1\\ansi Bonjour}'), 'note.rtf')).toThrow(/note\.rtf: an RTF file/);
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
  it('keeps a sources list whose items are labels with addresses in one document', () => {
    const docs = splitDocuments(
      'Texte.\nPour aller plus loin :\n- Notice conjointe : https://example.org/notice\n- Communiqué (http://example.org/c).\nhttps://example.org/x',
    );
    expect(docs).toHaveLength(1);
    expect(docs[0]!.sourcesBlock?.sources).toEqual([
      '- Notice conjointe : https://example.org/notice',
      '- Communiqué (http://example.org/c).',
      'https://example.org/x',
    ]);
  });
  it('does not take a sentence that starts with "Référence :" for a sources heading', () => {
    expect(splitDocuments('Texte.\nRéférence : ECLI:FR:CCASS:2025:SO00287.')).toHaveLength(1);
  });
  it('keeps reference lines written under a sources heading as its sources', () => {
    const docs = splitDocuments('Texte.\n\nSources :\nDélibération n° SAN-2025-014 du 25 septembre 2025\nRGPD, articles 32, 33 et 34');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.sourcesBlock?.sources).toEqual(['Délibération n° SAN-2025-014 du 25 septembre 2025', 'RGPD, articles 32, 33 et 34']);
  });
  it("takes a separator under a heading for its underline, and a piece without prose for the next one's heading", () => {
    const page =
      'COUR DE CASSATION\n______________________\n\nAudience publique du 18 septembre 2025\n\nD E C I D E :\n--------------\nLa Cour casse l’arrêt rendu par la cour d’appel.';
    expect(splitDocuments(page)).toHaveLength(1);
    const titled = splitDocuments('Premier titre\n\n\nLe premier texte.\n\n\nSecond titre\n---\nLe second texte.\n\n\nSignature');
    expect(titled.map((d) => d.lines.filter(Boolean))).toEqual([
      ['Premier titre', 'Le premier texte.'],
      ['Second titre', 'Le second texte.', 'Signature'],
    ]);
  });
  it('goes on across a PDF page break: a piece opening with a running header or footer', () => {
    const pdf =
      'Par un arrêt du 11 septembre 2025, la cour retient la responsabilité.\n\n\nLettre IT & Data n° 47 – Octobre 2025                        3\n______\n\nNotre analyse : cette décision confirme la tendance.';
    expect(splitDocuments(pdf)).toHaveLength(1);
  });
  it('makes each brief before a document with marked sections a document, one paragraph a line', () => {
    const text = [
      'L’ENISA a publié le 30 septembre 2025 des lignes directrices sur la divulgation des vulnérabilités.',
      'Les fournisseurs de systèmes d’IA s’interrogeaient sur la documentation technique exigée.',
      '🟠 1 – Un règlement d’exécution',
      'La Commission a adopté le 9 avril 2026 le règlement d’exécution.',
      'Pour en savoir plus / sources :',
      'Dans un arrêt du 5 février 2026, la cour d’appel de Versailles a jugé.',
    ].join('\n');
    expect(splitDocuments(text).map((d) => d.lines[0])).toEqual([
      'L’ENISA a publié le 30 septembre 2025 des lignes directrices sur la divulgation des vulnérabilités.',
      'Les fournisseurs de systèmes d’IA s’interrogeaient sur la documentation technique exigée.',
      'Dans un arrêt du 5 février 2026, la cour d’appel de Versailles a jugé.',
    ]);
    // A title line before the introduction stays with its document.
    expect(splitDocuments('Un plan pour les hôpitaux\nLa Commission a présenté un plan.\n🟠 1 – Un pilier\nLe texte.')).toHaveLength(1);
  });
  it("splits two documents with marked sections written one after the other at the second's title", () => {
    const text =
      'L’ENISA publie un guide\nL’ENISA a publié le 10 février 2026 un guide technique.\n🟠 Une approche par niveaux\nLe guide propose trois niveaux.\nLa Défenseure des droits exige un accès effectif\nDans une décision-cadre du 5 mai 2026, la Défenseure des droits constate des manques.\n🟠 Un suivi annoncé\nElle demande un bilan.';
    expect(splitDocuments(text).map((d) => d.lines[0])).toEqual(['L’ENISA publie un guide', 'La Défenseure des droits exige un accès effectif']);
  });
  it('reads a newsletter: ═══ separators, its masthead, contents and footer belong to no document of their own', () => {
    const text =
      'LA LETTRE NUMÉRIQUE & DROIT\nN° 87 – Novembre 2026\nVoir la version en ligne | Se désabonner\n\nAU SOMMAIRE\n• Téléconsultation : sanction de la CNIL\n• Logiciels : l’Autorité de la concurrence sanctionne\n\n═══════════\n\nTÉLÉCONSULTATION : UNE AMENDE\n\nLa formation restreinte de la CNIL a prononcé, le 6 novembre 2026, une amende contre un éditeur.\n\n═══════════\n\nLOGICIELS : UNE SANCTION\n\nL’Autorité de la concurrence a infligé, par une décision du 28 octobre 2026, une sanction.\n\n═══════════\n\nVous recevez cette lettre car vous êtes abonné à notre veille.';
    const docs = splitDocuments(text);
    expect(docs).toHaveLength(2);
    const first = importDocument(docs[0]!, taxonomy, '2026-11-29');
    // The contents' words ("concurrence") are not the first document's.
    expect(first.frontmatter).toMatchObject({ authority: 'cnil', topics: ['protection-donnees'], published: '2026-11-06' });
    expect(docs[1]!.lines.at(-1)).toBe('Vous recevez cette lettre car vous êtes abonné à notre veille.');
  });
  it('keeps each item of a newsletter whose items end with their own sources whole', () => {
    const text =
      'Premier titre\n\nPremier texte.\n\nSuite du premier.\n\nPour en savoir plus :\nhttps://example.org/1\n\nSecond titre\nCA Lyon, 14 janvier 2026\n\nSecond texte.\n\nPour en savoir plus :\nhttps://example.org/2';
    expect(splitDocuments(text).map((d) => d.lines.filter(Boolean))).toEqual([
      ['Premier titre', 'Premier texte.', 'Suite du premier.'],
      ['Second titre', 'CA Lyon, 14 janvier 2026', 'Second texte.'],
    ]);
  });
  it('takes no reference line for a source once the block has listed items: it is the next title', () => {
    const docs = splitDocuments(
      'Texte.\nSources :\n- Cass. 2e civ., 4 sept. 2025\n- https://example.org/a\nSaaS : la cour d’appel de Rennes tranche\nCA Rennes, 1er avril 2025\nLa cour juge que le prestataire doit restituer les données.\nSources :\n- https://example.org/b',
    );
    expect(docs.map((d) => d.lines[0])).toEqual(['Texte.', 'SaaS : la cour d’appel de Rennes tranche']);
    expect(docs[1]!.lines).toHaveLength(3);
  });
  it('still starts a brief at a short line that prose follows at once, or after a blank line', () => {
    const titled = splitDocuments('Article.\nSources :\nhttps://example.org/a\nLa CNIL sanctionne un courtier\nLa formation restreinte a prononcé une amende.');
    expect(titled.map((d) => d.lines)).toEqual([['Article.'], ['La CNIL sanctionne un courtier'], ['La formation restreinte a prononcé une amende.']]);
    const apart = splitDocuments('Article.\n\nSources :\nhttps://example.org/a\n\nDeuxième brève\n\nSon texte.');
    expect(apart[0]!.sourcesBlock?.sources).toEqual(['https://example.org/a']);
    expect(apart.slice(1).map((d) => d.lines)).toEqual([['Deuxième brève'], ['Son texte.']]);
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
    expect(blocks[1]).toEqual({
      kind: 'list',
      items: [
        { text: 'Prévention :', children: ['Former.'] },
        { text: 'Détecter :', children: ['Alerter.', 'Dissuasion'] },
      ],
    });
  });
  it('joins lines wrapped as in a pasted PDF, words cut at a line end included', () => {
    const lines = [
      'La cour retient que le prestataire informa-',
      'tique devait alerter son client non professionnel',
      'et le sous-',
      'traitant aussi.',
      'Elle précise trois points :',
      '- une alerte précoce dans les 24 heures suivant la',
      'prise de connaissance ;',
      '- un rapport final.',
      'Titre court',
      'La phrase suivante.',
    ];
    const blocks = bodyBlocks(lines);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'La cour retient que le prestataire informatique devait alerter son client non professionnel et le sous-traitant aussi.' },
      { kind: 'paragraph', text: 'Elle précise trois points :' },
      {
        kind: 'list',
        items: [
          { text: 'une alerte précoce dans les 24 heures suivant la prise de connaissance ;', children: [] },
          { text: 'un rapport final.', children: [] },
        ],
      },
      { kind: 'paragraph', text: 'Titre court' },
      { kind: 'paragraph', text: 'La phrase suivante.' },
    ]);
    expect(lostLines(lines, readDraftBody(serializeBody(blocks)).text)).toEqual([]);
    expect(bodyBlocks(['Un paragraphe coupé en fin de', 'ligne informa-', 'tique.', '', 'Le suivant.'])).toEqual([
      { kind: 'paragraph', text: 'Un paragraphe coupé en fin de ligne informatique.' },
      { kind: 'paragraph', text: 'Le suivant.' },
    ]);
  });
  it('makes lines of as many tab-separated cells a table, and other bullets list items', () => {
    const lines = [
      'Calendrier :',
      'Date\tÉtape\tTexte',
      '17 janvier 2025\tApplication\tDORA | art. 64',
      '9 avril 2029\t\tCRA',
      'Fin du tableau.',
      '◦ un point',
      '▪ un autre',
    ];
    const blocks = bodyBlocks(lines);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Calendrier :' },
      {
        kind: 'table',
        rows: [
          ['Date', 'Étape', 'Texte'],
          ['17 janvier 2025', 'Application', 'DORA | art. 64'],
          ['9 avril 2029', '', 'CRA'],
        ],
      },
      { kind: 'paragraph', text: 'Fin du tableau.' },
      {
        kind: 'list',
        items: [
          { text: 'un point', children: [] },
          { text: 'un autre', children: [] },
        ],
      },
    ]);
    const body = serializeBody(blocks);
    expect(body).toContain('| Date | Étape | Texte |\n| - | - | - |\n| 17 janvier 2025 | Application | DORA \\| art. 64 |\n| 9 avril 2029 | | CRA |');
    expect(lostLines(lines, readDraftBody(body).text)).toEqual([]);
    // A single line with a tab is no table.
    expect(bodyBlocks(['Seule\tligne', 'Suite.'])[0]).toEqual({ kind: 'paragraph', text: 'Seule\tligne' });
  });
  it('makes numbered lines that are not titles a numbered list, keeping their first number', () => {
    const lines = [
      'Points d’attention :',
      '1. toujours motiver la dérogation ;',
      '2. vérifier l’ordonnance :',
      '- sa motivation ;',
      '3. anticiper le débat.',
      '- Autre point.',
      '2) Un paragraphe numéroté qui suit. Il continue.',
    ];
    const blocks = bodyBlocks(lines);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Points d’attention :' },
      {
        kind: 'list',
        start: 1,
        items: [
          { text: 'toujours motiver la dérogation ;', children: [] },
          { text: 'vérifier l’ordonnance :', children: ['sa motivation ;'] },
          { text: 'anticiper le débat.', children: [] },
        ],
      },
      { kind: 'list', items: [{ text: 'Autre point.', children: [] }] },
      { kind: 'list', start: 2, items: [{ text: 'Un paragraphe numéroté qui suit. Il continue.', children: [] }] },
    ]);
    const body = serializeBody(blocks);
    expect(body).toContain('1. toujours motiver la dérogation ;\n2. vérifier l’ordonnance :\n   - sa motivation ;\n3. anticiper le débat.');
    expect(body).toContain('2. Un paragraphe numéroté');
    expect(lostLines(lines, readDraftBody(body).text)).toEqual([]);
    // A short numbered line without final punctuation stays a section title.
    expect(bodyBlocks(['1. Les faits', 'Une coopérative.'])[0]).toEqual({ kind: 'heading', text: '1. Les faits' });
  });
  it('escapes everything MDX or Markdown would interpret', () => {
    const body = (text: string) => serializeBody([{ kind: 'paragraph', text }]);
    expect(body('<b>{x}</b> *a* _b_ `c` [d] ~e~ | f')).toBe('\\<b>\\{x}\\</b> \\*a\\* \\_b\\_ \\`c\\` \\[d] \\~e\\~ | f');
    expect(body('import x from "y"')).toBe('&#x69;mport x from "y"');
    expect(body('export default 1')).toBe('&#x65;xport default 1');
    expect(body('important et exportation')).toBe('important et exportation');
    expect(body('# pas un titre')).toBe('\\# pas un titre');
    expect(body('3. pas une liste')).toBe('3\\. pas une liste');
    expect(readDraftBody(body('R&D et &amp;')).text).toBe('R&D et &amp;');
  });
  it('writes addresses as links, whatever surrounds them', () => {
    const read = (text: string) => readDraftBody(serializeBody([{ kind: 'paragraph', text }]));
    expect(read('voir https://example.org/a_b*c pour')).toMatchObject({ text: 'voir https://example.org/a_b*c pour', links: ['https://example.org/a_b*c'] });
    // Angle brackets delimit an address in plain text (RFC 3986, appendix C): the link alone.
    expect(read('Lien : <https://www.cnil.fr/fr/cookies>')).toMatchObject({
      text: 'Lien : https://www.cnil.fr/fr/cookies',
      links: ['https://www.cnil.fr/fr/cookies'],
    });
    expect(read('Écrire à <dpo@exemple.fr>.')).toMatchObject({ text: 'Écrire à dpo@exemple.fr.', links: ['mailto:dpo@exemple.fr'] });
    // A backslash after an address, or a brace after a scheme, stays text (issue 20).
    expect(read('Le guide est sur www.cnil.fr\\<guide> pour les entreprises.')).toMatchObject({
      text: 'Le guide est sur www.cnil.fr\\<guide> pour les entreprises.',
      links: ['https://www.cnil.fr'],
      syntax: [],
    });
    expect(read('voir https://\\{process.exit()} ici')).toMatchObject({ text: 'voir https://\\{process.exit()} ici', links: [], syntax: [] });
    // Sentence punctuation and an unbalanced parenthesis are not part of the address.
    expect(read('(voir www.legifrance.gouv.fr).').links).toEqual(['https://www.legifrance.gouv.fr']);
    expect(read('https://fr.wikipedia.org/wiki/Loi_(droit).').links).toEqual(['https://fr.wikipedia.org/wiki/Loi_(droit)']);
  });
  it('reads the text back from the body, and notices a lost line', () => {
    const lines = ['🟠 Titre', 'Texte avec {accolades} et <balises>.', '- Point :', '- Sous-point.'];
    const { text } = readDraftBody(serializeBody(bodyBlocks(lines)));
    expect(text).toContain('Texte avec {accolades} et <balises>.');
    expect(lostLines(lines, text)).toEqual([]);
    expect(lostLines([...lines, 'Ligne absente.'], text)).toEqual(['Ligne absente.']);
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
  it("reads the kind from the text's own date, the purpose after a deadline, the verb after an opening date", () => {
    expect(dates('Elle transpose la directive (UE) 2022/2557 du 14 décembre 2022.')).toEqual(['2022-12-14|day||adoption']);
    expect(dates('La directive (UE) 2026/517 du Parlement européen et du Conseil du 4 mars 2026 a été publiée.')).toEqual(['2026-03-04|day||adoption']);
    expect(dates('Les États membres ont jusqu’au 9 décembre 2026 pour transposer la directive.')).toEqual(['2026-12-09|day||transposition']);
    expect(dates('Le 18 septembre 2025, la formation restreinte de la CNIL a prononcé une amende.')).toEqual(['2025-09-18|day||decision']);
    expect(dates('Cass. soc., 17 septembre 2025, n° 24-13.579')).toEqual(['2025-09-17|day||decision']);
    expect(dates('Par une délibération SAN-2024-019 du 12 décembre 2024, la CNIL')).toEqual(['2024-12-12|day||decision']);
    expect(dates('Par ordonnance de référé du 14 mars 2025, le juge avait refusé.')).toEqual(['2025-03-14|day||decision']);
    // A judge's ordonnance is a decision; a government ordonnance has a number and is adopted.
    expect(dates('L’ordonnance n° 2025-1123 du 26 novembre 2025 est publiée.')).toEqual(['2025-11-26|day||adoption']);
    expect(dates('Une consultation publique sur une version enrichie du guide est ouverte jusqu’au 15 septembre 2025.')).toEqual([
      '2025-09-15|day||consultation',
    ]);
    expect(dates('- application des nouvelles exigences : à compter du 9 avril 2029')).toEqual(['2029-04-09|day||entree-en-application']);
  });
  it('reads semesters and quarters as their year, and a date still to come as a deadline', () => {
    expect(dates('Un référentiel sera publié au premier semestre 2027.')).toEqual(['2027|year||publication']);
    expect(dates('Les travaux reprendront au 3e trimestre 2027.')).toEqual(['2027|year||echeance']);
    expect(dates('Les entreprises se conformeront le 2 février 2027.')).toEqual(['2027-02-02|day||echeance']);
  });
  it('never guesses a year or reads relative phrases', () => {
    expect(dates('Le délai de huit jours court à compter du 3 mars.')).toEqual([]);
    expect(dates('En 2023, les États membres ont signalé 309 incidents.')).toEqual([]);
  });
  it('the main date is the first precise one', () => {
    expect(mainDate(findDates('Fin 2025, un bilan. Le 3 mars 2025, une décision.', REF))?.date).toBe('2025-03-03');
    // An act's date comes before its publication's.
    const act = 'Le décret n° 2025-812 du 12 août 2025 a été publié au Journal officiel du 14 août 2025.';
    expect(mainDate(findDates(act, REF), act.length)?.date).toBe('2025-08-12');
  });
  it("dates a court's ruling by its decision, not by the note reporting it", () => {
    const note = '*Note d’information du 15 septembre 2025*\nRéférence : CJUE, 1re ch., 11 sept. 2025\nPar un arrêt du 11 septembre 2025, la Cour juge.';
    const found = findDates(note, REF);
    // The date written twice keeps its first mention, with what the second says it is.
    expect(found.map((d) => `${d.date}|${d.kind}`)).toEqual(['2025-09-15|publication', '2025-09-11|decision']);
    expect(mainDate(found, note.length, true)?.date).toBe('2025-09-11');
    expect(mainDate(found, note.length)?.date).toBe('2025-09-15');
  });
  it('dates an act by its signature, not by the official journal that prints it', () => {
    const page = 'JORF n°0261 du 8 novembre 2025\nTexte n° 14\nDécret n° 2025-1087 du 5 novembre 2025 relatif aux notifications\nLe Premier ministre,';
    const found = findDates(page, REF);
    expect(found.map((d) => `${d.date}|${d.kind}|${d.gazette ?? false}`)).toEqual(['2025-11-08|publication|true', '2025-11-05|adoption|false']);
    expect(mainDate(found, page.length)?.date).toBe('2025-11-05');
    // With no act dated, the journal's date is the text's.
    const only =
      'Le règlement (UE) 2024/2847 a été publié au Journal officiel de l’Union européenne le 20 novembre 2024. Il s’applique à compter du 11 décembre 2027.';
    expect(mainDate(findDates(only, REF), only.length)?.date).toBe('2024-11-20');
  });
  it("reads a court's name opening a line as its decision's citation", () => {
    expect(dates('Conseil d’État, 10ème - 9ème chambres réunies, 28/03/2025, 493817')).toEqual(['2025-03-28|day||decision']);
  });
  it('lets a heading date of no telling kind give way to the act the first sentence dates', () => {
    const doc = imported(
      'VEILLE HEBDOMADAIRE\nSemaine 47 (du 16 au 22 novembre 2026)\nAdoption de la directive sur l’accessibilité\n\nLe Parlement européen et le Conseil ont adopté, le 14 octobre 2026, la directive (UE) 2026/1987 sur l’accessibilité.',
    );
    expect(doc.frontmatter.published).toBe('2026-10-14');
  });
  it('unless the lead dates several acts or decisions: then the latest, the one reported', () => {
    const decree = 'Pris pour l’application de la loi n° 2025-1089 du 14 octobre 2025, le décret n° 2025-1187 du 21 novembre 2025 précise les critères.';
    expect(mainDate(findDates(decree, REF), decree.length)?.date).toBe('2025-11-21');
    const directive =
      'Dans le prolongement du règlement (UE) 2020/1783 du 25 novembre 2020, la directive (UE) 2026/1043 du Parlement européen et du Conseil du 24 juin 2026 établit des normes.';
    expect(mainDate(findDates(directive, REF), directive.length)?.date).toBe('2026-06-24');
    // Past the lead, a later act cited in the body does not count.
    const body = `${decree.slice(0, decree.indexOf(', le décret'))} : le texte.`;
    expect(mainDate(findDates(`${body} Le décret du 21 novembre 2025 l’applique.`, REF), body.length)?.date).toBe('2025-10-14');
  });
});

describe('identifiers and summary', () => {
  it('finds identifiers of every kind, without the final full stop', () => {
    const text =
      'Cass. soc., pourvoi n° 23-18.432, ECLI:FR:CCASS:2025:SO00287. CA Paris, RG n° 22/01234. Directive CELEX 32022L2555, NOR PRMD2417452L, https://data.europa.eu/eli/dir/2019/882/oj.';
    expect(findIdentifiers(text).map((i) => `${i.kind} ${i.value}`)).toEqual([
      'ECLI ECLI:FR:CCASS:2025:SO00287',
      'ELI https://data.europa.eu/eli/dir/2019/882/oj',
      'CELEX 32022L2555',
      'NOR PRMD2417452L',
      'pourvoi 23-18.432',
      'RG 22/01234',
    ]);
    expect(findIdentifiers('CA Paris, pôle 1, ch. 2, n° RG 24/08817 ; CA Lyon (RG 25/03318)').map((i) => i.value)).toEqual(['24/08817', '25/03318']);
    expect(findIdentifiers('ELI : https://eur-lex.europa.eu/eli/reg/2026/1174/oj').map((i) => `${i.kind} ${i.value}`)).toEqual([
      'ELI https://eur-lex.europa.eu/eli/reg/2026/1174/oj',
    ]);
  });
  it('does not end a sentence at an abbreviation', () => {
    expect(firstSentence('CJUE, 4 sept. 2025, aff. C-519/24 : la Cour juge. Suite.')).toBe('CJUE, 4 sept. 2025, aff. C-519/24 : la Cour juge.');
    expect(firstSentence('Selon l’art. 14 du règlement, M. Dupont et la Cass. Soc. ont tort. Suite.')).toBe(
      'Selon l’art. 14 du règlement, M. Dupont et la Cass. Soc. ont tort.',
    );
  });
  it('ends a sentence at a period that ends a line, even before a number', () => {
    expect(firstSentence('La note synthétise l’arrêt sur la réversibilité en fin de contrat SaaS.\n1. Les faits\nUne coopérative.')).toBe(
      'La note synthétise l’arrêt sur la réversibilité en fin de contrat SaaS.',
    );
    expect(firstSentence('Selon l’art.\n14 du règlement, la règle vaut. Suite.')).toBe('Selon l’art. 14 du règlement, la règle vaut.');
  });
  it('summarises with the first sentence, cut at a word boundary', () => {
    expect(firstSentence('Première phrase. Deuxième phrase.')).toBe('Première phrase.');
    const long = firstSentence(`${'mot '.repeat(100)}fin.`, 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long.endsWith('mot…')).toBe(true);
  });
});

describe('authority: the one that decided or published, not one mentioned', () => {
  it.each([
    [
      'Par une délibération du 14 mai 2025, la formation restreinte de la CNIL a prononcé une amende.\nLa société dispose de deux mois pour former un recours devant le Conseil d’État.',
      'cnil',
    ],
    [
      'Cass. soc., 17 septembre 2025, n° 24-13.579\nLa cour d’appel de Versailles avait jugé le licenciement fondé. La Cour de cassation censure.',
      'cour-de-cassation',
    ],
    // Without the citation: the court that had ruled (pluperfect) is not the author.
    ['La cour d’appel de Versailles avait jugé le licenciement fondé. La Cour de cassation censure cette analyse.', 'cour-de-cassation'],
    ['CJUE, 5 février 2026, aff. C-412/24\nSaisie à titre préjudiciel, la Cour précise la portée de l’article 22 du RGPD.', 'cjue'],
    ['CE, 3 juillet 2025, n° 498765\nLa société demandait l’annulation d’une délibération de la CNIL.', 'conseil-d-etat'],
    ['La cour d’appel de Paris condamne l’exploitant (CA Paris, pôle 5, ch. 4, 2 avr. 2025).', 'ca-paris'],
    ['Par une décision du 9 juillet 2025, l’Arcom a mis en demeure l’éditeur, après avis de la CNIL.', 'arcom'],
    [
      'Dans une décision rendue le 22 septembre 2026, l’Autorité de la concurrence sanctionne la société. Elle peut faire appel devant la cour d’appel de Paris.',
      'autorite-de-la-concurrence',
    ],
  ])('%s → %s', (text, slug) => {
    expect(authority(text)?.slug).toBe(slug);
  });
  it('takes neither the court under appeal for the author, nor misses a body that "a déclaré"', () => {
    expect(
      authority(
        'Cour de cassation, deuxième chambre civile\nLa société a formé le pourvoi contre l’arrêt rendu le 8 février 2024 par la cour d’appel de Douai.',
      )?.slug,
    ).toBe('cour-de-cassation');
    expect(
      authority('QPC : accès aux données de connexion\nLe Conseil constitutionnel a déclaré contraires à la Constitution les dispositions en cause.')?.slug,
    ).toBe('conseil-constitutionnel');
  });
  it('names none when bodies are only mentioned in passing', () => {
    expect(authority('Cass. 2e civ., 4 sept. 2025, n° 23-20.118\nLa deuxième chambre civile rappelle la règle.')?.slug).toBe('cour-de-cassation');
    expect(
      authority(
        'La directive (UE) 2026/1043 du Parlement européen et du Conseil du 24 juin 2026 établit des normes. Issu d’une proposition de la Commission européenne présentée en mars 2024, le texte vise à réduire les disparités.',
      ),
    ).toBeUndefined();
    expect(authority('Décret n° 2025-1310 du 19 décembre 2025\nLes entités doivent adresser leurs notifications à l’ANSSI.')).toBeUndefined();
    expect(authority('Un décret en Conseil d’État, pris après avis de la CNIL, doit préciser les conditions.')).toBeUndefined();
  });
  it('reads the chamber from a citation', () => {
    expect(authority('Cass. 1re civ., 2 avr. 2025, n° 23-19.876\nLa Cour juge.')?.chamber).toBe('1re civ.');
    expect(authority('Cass. com., 8 octobre 2025\nLa chambre casse.')?.chamber).toBe('com.');
    expect(openingCitation('Cass. crim., 10 décembre 2025, n° 25-80.111', taxonomy)).toBe('cour-de-cassation');
    expect(openingCitation('Cassation des contrats : un point', taxonomy)).toBeUndefined();
  });
});

describe('importDocument', () => {
  it('takes a title line as the title, and summarises from the prose under it', () => {
    const doc = imported(
      'Cass. soc., 14 janv. 2026, n° 24-17.001\nGéolocalisation : la preuve écartée\nLa chambre sociale juge que l’employeur ne peut pas se prévaloir des relevés. Suite.',
    );
    expect(doc.frontmatter.title).toBe('Géolocalisation : la preuve écartée');
    expect(doc.frontmatter.summary).toBe('La chambre sociale juge que l’employeur ne peut pas se prévaloir des relevés.');
    expect(doc.frontmatter.type).toBe('arret');
    expect(doc.frontmatter.decision).toMatchObject({ court: 'cour-de-cassation', chamber: 'soc.', date: '2026-01-14', number: '24-17.001' });
    // The citation stays in the body; the title line is the article's title, not repeated.
    expect(doc.body).toContain('Cass. soc., 14 janv. 2026');
    expect(doc.body).not.toContain('Géolocalisation');
  });
  it("cites the Conseil d'État by its requête number and the CJUE by its case", () => {
    expect(imported('CE, 3 juillet 2025, n° 498765\nLa société demandait l’annulation d’une délibération.').frontmatter.decision).toMatchObject({
      court: 'conseil-d-etat',
      date: '2025-07-03',
      number: '498765',
    });
    expect(imported('CJUE, 5 février 2026, aff. C-412/24\nLa Cour juge que le calcul constitue une décision.').frontmatter.decision).toMatchObject({
      court: 'cjue',
      date: '2026-02-05',
      number: 'C-412/24',
    });
  });
  it('reads the Cour de cassation\'s own citation style without "Cass.", dated by the decision, not by a law it cites', () => {
    const soc = imported(
      'Soc., 12 mars 2024, pourvoi n° 22-18.321, publié au Bulletin\n\nLe salarié licencié pour faute grave peut prétendre à une indemnité au titre de la loi n° 73-680 du 13 juillet 1973 relative à la résiliation du contrat de travail, juge la chambre sociale.',
    );
    expect(soc.frontmatter).toMatchObject({ authority: 'cour-de-cassation', type: 'arret', published: '2024-03-12', jurisdiction: 'france' });
    expect(soc.frontmatter.decision).toMatchObject({ court: 'cour-de-cassation', chamber: 'soc.', date: '2024-03-12', number: '22-18.321' });
    const chamberOf = (citation: string) =>
      imported(
        `${citation}, 7 septembre 2023, pourvoi n° 22-15.123\n\nLe bailleur ne peut se prévaloir de la clause sans mise en demeure conforme à la loi n° 89-462 du 6 juillet 1989, rappelle la Cour.`,
      ).frontmatter.decision;
    expect(chamberOf('3e Civ.')).toMatchObject({ chamber: '3e civ.', date: '2023-09-07', number: '22-15.123' });
    expect(chamberOf('1re Civ.')).toMatchObject({ chamber: '1re civ.', date: '2023-09-07' });
    expect(chamberOf('Com.')).toMatchObject({ chamber: 'com.', date: '2023-09-07' });
    expect(chamberOf('Crim.')).toMatchObject({ chamber: 'crim.', date: '2023-09-07' });
  });
  it("reads Légifrance's title form: its chamber names and the bare pourvoi number", () => {
    const doc = imported(
      'Cour de cassation, civile, Chambre civile 2, 11 février 2021, 19-22.838, Publié au bulletin\n\nLa victime d’un accident de la circulation a droit à l’indemnisation intégrale de son préjudice selon la loi n° 85-677 du 5 juillet 1985.',
    );
    expect(doc.frontmatter).toMatchObject({ authority: 'cour-de-cassation', type: 'arret', published: '2021-02-11' });
    expect(doc.frontmatter.decision).toMatchObject({ court: 'cour-de-cassation', chamber: '2e civ.', date: '2021-02-11', number: '19-22.838' });
    const chamber = (name: string) => authority(`Cour de cassation, ${name}, 5 avril 2023, 21-17.645, Publié au bulletin`)?.chamber;
    expect(chamber('civile, Chambre civile 1')).toBe('1re civ.');
    expect(chamber('civile, Chambre civile 3')).toBe('3e civ.');
    expect(chamber('civile, Chambre sociale')).toBe('soc.');
    expect(chamber('civile, Chambre commerciale financière et économique')).toBe('com.');
    expect(chamber('criminelle, Chambre criminelle')).toBe('crim.');
  });
  it('reads pourvoi numbers however they are written', () => {
    const pourvoi = (text: string) => findIdentifiers(text).map((found) => `${found.kind}:${found.value}`);
    expect(pourvoi('N° de pourvoi : 19-22.838')).toEqual(['pourvoi:19-22.838']);
    expect(pourvoi('sur le pourvoi 19-22.838 formé par')).toEqual(['pourvoi:19-22.838']);
    expect(pourvoi('Pourvoi n° B 19-60.222')).toEqual(['pourvoi:19-60.222']);
    expect(pourvoi('Cass. soc., 11 février 2021, 19-22.838')).toEqual(['pourvoi:19-22.838']);
    // A number of that form written alone is not taken for one.
    expect(pourvoi('Tél. 01-23.456 ou 12-34.567')).toEqual([]);
  });
  it('knows the Cour de cassation, and its chamber, by its ECLI when no court is named', () => {
    const doc = imported(
      'ECLI:FR:CCASS:2021:C200123\n\nLa deuxième chambre juge le 11 février 2021 que la victime a droit à une indemnisation intégrale de son préjudice corporel.',
    );
    expect(doc.frontmatter).toMatchObject({ authority: 'cour-de-cassation', type: 'arret', published: '2021-02-11' });
    expect(doc.frontmatter.decision).toMatchObject({ court: 'cour-de-cassation', chamber: '2e civ.', ecli: 'ECLI:FR:CCASS:2021:C200123' });
    expect(
      authority('La victime a droit à une indemnisation intégrale, juge-t-on ici.\nRéférence de l’arrêt commenté en fin de note : ECLI:FR:CCASS:2020:SO00789'),
    ).toMatchObject({
      slug: 'cour-de-cassation',
      chamber: 'soc.',
    });
  });
  it('dates a published decision by its hearing, never by the decision under appeal', () => {
    const doc = imported(
      "COUR DE CASSATION\n\nAudience publique du 11 février 2021\n\nCassation partielle\n\nStatuant sur le pourvoi formé par la société Alpha, contre l'arrêt rendu le 3 juillet 2019 par la cour d'appel de Versailles, dans le litige l'opposant à M. Dupont, la Cour a rendu le présent arrêt.",
    );
    expect(doc.frontmatter).toMatchObject({ authority: 'cour-de-cassation', published: '2021-02-11' });
    expect(doc.frontmatter.decision).toMatchObject({ date: '2021-02-11' });
    // Even when the text gives no hearing date in its lead.
    const noHearing = imported(
      "Cour de cassation, chambre sociale\n\nStatuant sur le pourvoi formé contre l'arrêt rendu le 3 juillet 2019 par la cour d'appel de Lyon, la Cour casse l'arrêt. Arrêt du 11 février 2021.",
    );
    expect(noHearing.frontmatter.published).toBe('2021-02-11');
  });
  it('keeps a French decision citing EU case law with the court its lead names', () => {
    const text = (first: string) =>
      `${first}\n\nLa Cour rappelle, au regard de la jurisprudence européenne (CJCE, arrêt du 14 mars 2006, aff. C-177/04 ; CJUE, arrêt du 2 mai 2019, aff. C-694/17), que la clause limitative est valable.`;
    for (const first of [
      'Com., 5 avril 2023, pourvoi n° 21-17.645, publié au Bulletin',
      'Cour de cassation, civile, Chambre commerciale financière et économique, 5 avril 2023, 21-17.645, Publié au bulletin',
    ]) {
      const doc = imported(text(first));
      expect(doc.frontmatter).toMatchObject({ authority: 'cour-de-cassation', jurisdiction: 'france', type: 'arret', published: '2023-04-05' });
      expect(doc.frontmatter.decision).toMatchObject({ court: 'cour-de-cassation', chamber: 'com.', number: '21-17.645' });
    }
  });
  it('never dates a document by a deadline still to come', () => {
    const doc = imported('Les États membres ont jusqu’au 9 décembre 2027 pour transposer la directive, adoptée le 23 octobre 2024.');
    expect(doc.frontmatter.published).toBe('2024-10-23');
    const future = imported('Les entreprises devront se conformer au plus tard le 2 février 2027.');
    expect(future.frontmatter.published).toBe('2026-11-29');
    expect(future.review.join('\n')).toMatch(/every date in the text is still to come/);
  });
  it('types a French act named in the lead by what it is, whatever it cites', () => {
    const doc = imported('L’ordonnance n° 2026-58 du 4 février 2026 adapte le droit français au règlement (UE) 2024/1689 sur l’intelligence artificielle.');
    expect(doc.frontmatter).toMatchObject({ type: 'loi', jurisdiction: 'france', title: 'Ordonnance n° 2026-58 du 4 février 2026' });
    expect(doc.review.join('\n')).toMatch(/ordonnance: typed "loi"/);
  });
  it('types an act by the one its main date belongs to, not the first one the lead cites', () => {
    expect(
      imported('Pris pour l’application de la loi n° 2025-1089 du 14 octobre 2025, le décret n° 2025-1187 du 21 novembre 2025 précise les critères.')
        .frontmatter,
    ).toMatchObject({ type: 'decret', jurisdiction: 'france', published: '2025-11-21', title: 'Décret n° 2025-1187 du 21 novembre 2025' });
    expect(
      imported(
        'Dans le prolongement du règlement (UE) 2020/1783 du 25 novembre 2020, la directive (UE) 2026/1043 du Parlement européen et du Conseil du 24 juin 2026 établit des normes minimales. Elle vise la procédure civile.',
      ).frontmatter,
    ).toMatchObject({ type: 'directive', jurisdiction: 'ue', published: '2026-06-24' });
  });
  it('reads a forwarded e-mail without its headers, greeting and signature', () => {
    const doc = imported(
      [
        'De : Claire Moreau',
        'Envoyé : lundi 8 décembre 2025 09:12',
        'À : Contentieux',
        'Objet : TR : Rétractation d’une ordonnance sur requête',
        '',
        'Bonjour à tous,',
        '',
        'Je vous transmets un arrêt rendu le 27 novembre 2025 par la cour d’appel de Paris. Il rétracte une ordonnance sur requête.',
        '',
        'Bien à vous,',
        'Claire',
        'Le 2 janvier 2026, je serai absente.',
      ].join('\n'),
    );
    expect(doc.frontmatter).toMatchObject({
      published: '2025-11-27',
      authority: 'ca-paris',
      summary: 'Je vous transmets un arrêt rendu le 27 novembre 2025 par la cour d’appel de Paris.',
    });
    expect(doc.inferred.keyDates.map((d) => d.date)).toEqual(['2025-11-27']);
    // Nothing is dropped from the body: the editor deletes what the article does not need, and the report says so.
    for (const kept of ['De : Claire Moreau', 'Bonjour à tous,', 'Bien à vous,']) expect(doc.body).toContain(kept);
    expect(doc.review.join('\n')).toMatch(/7 line\(s\) of e-mail headers, greeting, signature or page furniture are in the body but were not read/);
  });
  it('reads a message forwarded by Thunderbird without its headers ("Sujet :", "Pour :", "Copie à :")', () => {
    const doc = imported(
      [
        '-------- Message transféré --------',
        'Sujet : \tJurisprudence – CA Paris 9 octobre 2026',
        'Date : \tMon, 19 Oct 2026 09:42:11 +0200',
        'De : \tClaire Vasseur <c.vasseur@example.org>',
        'Pour : \tDirection juridique <dj@example.org>',
        'Copie à : \tDSI <dsi@example.org>',
        '',
        'Par un arrêt du 9 octobre 2026, la cour d’appel de Paris a prononcé la résolution d’un contrat d’intégration.',
      ].join('\n'),
    );
    // The day the message was sent is no key date, and a header is no key date's label.
    expect(doc.inferred.keyDates.map((d) => d.date)).toEqual(['2026-10-09']);
    expect(doc.frontmatter.keyDates?.[0]?.label).toMatch(/^Par un arrêt du 9 octobre 2026/);
    expect(doc.review.join('\n')).toMatch(/6 line\(s\) of e-mail headers/);
  });
  it('reads the ruling an e-mail’s subject names informally, with its pourvoi', () => {
    const doc = imported(
      'De : Marie Dupont\nEnvoyé : mardi 15 décembre 2020 10:04\nÀ : Veille\nObjet : Arrêt Soc. du 9 décembre 2020 (pourvoi 19-20.319)\n\nBonjour,\n\nLe contrat écrit du salarié à temps partiel mentionne la durée prévue, au regard de la loi n° 2016-1088 du 8 août 2016.\n\nCordialement,\nMarie',
    );
    expect(doc.frontmatter.decision).toEqual({ court: 'cour-de-cassation', chamber: 'soc.', date: '2020-12-09', number: '19-20.319' });
  });

  it('reads a quoted reply without its attribution line and quote marks', () => {
    const doc = imported(
      [
        'Le 15/12/2020 à 10:04, Marie Dupont a écrit :',
        '> Soc., 9 décembre 2020, pourvoi n° 19-20.319',
        '>',
        '> Selon l’article L. 3123-14 du code du travail, dans sa version antérieure à la loi n° 2016-1088 du 8 août 2016, le contrat mentionne la durée prévue.',
      ].join('\n'),
    );
    expect(doc.frontmatter.decision).toEqual({ court: 'cour-de-cassation', chamber: 'soc.', date: '2020-12-09', number: '19-20.319' });
    expect(doc.inferred.keyDates.map((d) => d.date)).not.toContain('2020-12-15');
    expect(
      imported(
        'On Tue, Dec 15, 2020 at 10:04 AM Marie Dupont <marie@example.org> wrote:\n> Soc., 9 décembre 2020, pourvoi n° 19-20.319\n>\n> Le contrat mentionne la durée prévue par les parties.',
      ).frontmatter.decision?.date,
    ).toBe('2020-12-09');
  });

  it('labels a key date without a memo field’s name or a tab', () => {
    const doc = imported(
      [
        'NOTE D’INFORMATION',
        '',
        'Rédacteur :\tDirection juridique',
        'Date :\t2 juillet 2026',
        'Objet :\tOrdonnance n° 2026-512 du 17 juin 2026 portant adaptation du droit français',
        '',
        'L’ordonnance n° 2026-512 du 17 juin 2026 organise la mise en œuvre du règlement sur l’intelligence artificielle.',
      ].join('\n'),
    );
    expect(doc.frontmatter.keyDates?.map((d) => d.label)).toEqual([
      'Date : 2 juillet 2026',
      'Ordonnance n° 2026-512 du 17 juin 2026 portant adaptation du droit français',
    ]);
  });
  it('keeps each line the metadata did not read (headers, signature) a paragraph of its own in the body', () => {
    const doc = imported(
      [
        'De : Claire Vasseur',
        'Objet : Arrêt CA Paris',
        '',
        'Par un arrêt du 9 octobre 2026, la cour d’appel de Paris a prononcé la résolution d’un contrat d’intégration.',
        '',
        'Bien à vous,',
        '',
        'Claire Vasseur',
        'Juriste senior – Contrats IT',
        'Tél. : 01 84 00 00 00',
      ].join('\n'),
    );
    for (const line of ['De : Claire Vasseur', 'Claire Vasseur', 'Juriste senior – Contrats IT', 'Tél. : 01 84 00 00 00'])
      expect(doc.body.split('\n\n'), line).toContain(line);
    // Prose lines wrapped in the text are still joined.
    expect(imported('La cour d’appel de Paris juge que le prestataire\ndevait conseiller son client.').body).toContain('le prestataire devait conseiller');
  });
  it('summarises a wrapped first paragraph as one sentence', () => {
    const doc = imported(
      'La cour d’appel de Paris juge, dans un arrêt du 6 novembre 2025, que le prestataire informa-\ntique devait conseiller son client.\nLa suite du texte.',
    );
    expect(doc.frontmatter.summary).toBe(
      'La cour d’appel de Paris juge, dans un arrêt du 6 novembre 2025, que le prestataire informatique devait conseiller son client.',
    );
    expect(doc.body).toContain('prestataire informatique devait');
  });
  it('reads a web page without its furniture, a legal text without its visas', () => {
    const page = imported(
      'Aller au contenu principal\nCNIL.\nMenu\nRechercher\nAccueil > Actualités > IA : la CNIL publie des fiches\n\nIA : la CNIL publie des fiches\n\nPublié le 16 septembre 2025\nTemps de lecture : 4 minutes\nPartager sur LinkedIn\n\nLa CNIL publie deux nouvelles fiches pratiques pour accompagner les organismes qui annotent des données. Suite.',
    );
    expect(page.frontmatter).toMatchObject({
      summary: 'La CNIL publie deux nouvelles fiches pratiques pour accompagner les organismes qui annotent des données.',
      published: '2025-09-16',
      authority: 'cnil',
    });
    expect(page.body).toContain('Partager sur LinkedIn');
    const decree = imported(
      'Arrêté du 3 octobre 2025 portant approbation du référentiel\nNOR : SPRP2527431A\n\nLa ministre de la santé,\nVu le code de la santé publique, notamment ses articles L. 1111-13-1 et L. 1470-5 ;\nVu l’avis de la CNIL ;\nArrête :\nArticle 1\nLe référentiel d’interopérabilité annexé au présent arrêté est approuvé.\nArticle 2\nLe présent arrêté sera publié.',
    );
    expect(decree.frontmatter).toMatchObject({
      summary: 'Le référentiel d’interopérabilité annexé au présent arrêté est approuvé.',
      type: 'decret',
      published: '2025-10-03',
    });
    expect(decree.frontmatter.authority).toBeUndefined();
    expect(decree.body).toContain('## Article 1');
    expect(decree.body).not.toContain('## NOR');
    // The visas' dates are the cited texts', not the decree's key dates.
    const visa = imported(
      'Décret n° 2025-1087 du 5 novembre 2025 relatif aux notifications\n\nLe Premier ministre,\nVu la loi n° 2025-604 du 27 juin 2025 relative à la résilience ;\nDécrète :\nArticle 1\nLe présent décret fixe le contenu des notifications adressées à l’Agence.',
    );
    expect(visa.inferred.keyDates.map((d) => d.date)).toEqual(['2025-11-05']);
  });
  it('reads a forwarded message without its signature and forwarded headers', () => {
    const doc = imported(
      'Bonjour à tous,\n\nLe Conseil constitutionnel a déclaré contraires à la Constitution, par sa décision du 20 mars 2025, les dispositions en cause.\n\nJulien\n\n--\nJulien Marchetti\nCabinet Varenne, le 21 mars 2025\n\n---------- Message transféré ---------\nDe : Veille <veille@example.org>\nDate : jeu. 20 mars 2025 à 18:47\nObjet : [Veille] QPC\n\nDécision n° 2025-1131 QPC du 20 mars 2025',
    );
    expect(doc.frontmatter).toMatchObject({ authority: 'conseil-constitutionnel', published: '2025-03-20' });
    expect(doc.inferred.keyDates.map((d) => d.date)).toEqual(['2025-03-20']);
  });
  it('proposes a title from the metadata when many heading lines come before the prose', () => {
    const doc = imported(
      'Judilibre\nCour de cassation, Deuxième chambre civile\nArrêt du 18 septembre 2025, n° 24-11.907\nPublié au Bulletin\nSolution : Cassation\nMme MARTINEZ-LAURENT, président\n\nLa société a formé le pourvoi n° 24-11.907 contre l’arrêt rendu le 8 février 2024 par la cour d’appel de Douai sur une ordonnance sur requête.',
    );
    expect(doc.frontmatter.title).toBe('Cass. 2e civ., 18 septembre 2025 : procédure civile');
  });
  it('takes a subject line alone at the top as the title, without its label', () => {
    const doc = imported('Objet : TR : la CNIL sanctionne un courtier en données\n\nLa formation restreinte de la CNIL a prononcé le 12 mai 2025 une amende.');
    expect(doc.frontmatter).toMatchObject({ title: 'la CNIL sanctionne un courtier en données', authority: 'cnil', published: '2025-05-12' });
    expect(doc.body).not.toContain('Objet');
  });
  it('takes no dateline, reference or section label for the title', () => {
    expect(
      imported('COMMUNIQUÉ DE PRESSE\nParis, le 1er octobre 2025\nL’ANSSI dresse le bilan de son programme\nL’ANSSI a publié le bilan.').frontmatter.title,
    ).toBe('L’ANSSI dresse le bilan de son programme');
    expect(imported('Un titre de règlement\n\nRésumé\n\nLa Commission a adopté un règlement le 9 avril 2026.').frontmatter).toMatchObject({
      title: 'Un titre de règlement',
      summary: 'La Commission a adopté un règlement le 9 avril 2026.',
    });
    const cited = imported(
      'Cass. soc., 11 juin 2025, n° 24-11.863\nECLI:FR:CCASS:2025:SO00587\n\nLa chambre sociale précise les conditions de la preuve par des données personnelles.',
    );
    expect(cited.frontmatter.title).toBe('Cass. soc., 11 juin 2025 : protection des données');
    const noted = imported(
      'Note interne - Direction juridique\nRéf. : CA Rennes, 16 septembre 2025, RG n° 23/04519\n\nLa note synthétise l’arrêt rendu par la cour d’appel de Rennes sur un contrat SaaS.',
    );
    expect(noted.frontmatter.title).toMatch(/^CA Rennes, 16 septembre 2025/);
  });
  it('does not type recommendations as a plan because they speak of a "plan de sortie"', () => {
    expect(
      imported(
        'Le recours des assureurs à l’informatique en nuage soulève des questions nouvelles de maîtrise des risques. L’ACPR a publié, le 8 avril 2026, des recommandations. Elles demandent un plan de sortie documenté, des plans de continuité testés et un plan de réversibilité.',
      ).frontmatter.type,
    ).toBe('recommandation');
  });
  it('lets an act titled in the lead settle its author', () => {
    const commission = imported(
      'Règlement d’exécution (UE) 2025/2231 de la Commission du 17 novembre 2025 établissant un modèle de plan\n\nAdopté sur le fondement du règlement (UE) 2024/1689, ce texte fixe le plan de surveillance des systèmes d’IA.',
    );
    expect(commission.frontmatter).toMatchObject({ authority: 'commission-europeenne', type: 'reglement', jurisdiction: 'ue', published: '2025-11-17' });
    const law = imported(
      'Loi n° 2025-987 du 8 octobre 2025 relative à la résilience des infrastructures critiques\n\nPromulguée après une décision de conformité partielle du Conseil constitutionnel, la loi transpose la directive NIS 2.',
    );
    expect(law.frontmatter).toMatchObject({ type: 'loi', jurisdiction: 'france', published: '2025-10-08' });
    expect(law.frontmatter.authority).toBeUndefined();
  });
  it('reads a Markdown note: its "# " title, an italic label, the prose under a "## " heading', () => {
    const doc = imported(
      '# CJUE : le droit à l’explication précisé\n\n*Note d’information du 15 septembre 2025*\n\nRéférence : CJUE, 1re ch., 11 sept. 2025, aff. C-417/24\n\n## En bref\n\nPar un arrêt du 11 septembre 2025, la Cour de justice de l’Union européenne juge que la personne visée doit recevoir une explication.\n\n## Les faits\n\nUn refus de crédit.',
    );
    expect(doc.frontmatter).toMatchObject({ title: 'CJUE : le droit à l’explication précisé', authority: 'cjue', type: 'arret', published: '2025-09-11' });
    expect(doc.frontmatter.summary).toMatch(/^Par un arrêt du 11 septembre 2025, la Cour/);
    expect(doc.body).not.toContain('# CJUE');
  });
  it('gives a source line its identifier', () => {
    const doc = imported(
      'La cour d’appel de Versailles, dans un arrêt du 3 juillet 2025, a retenu la responsabilité d’un intégrateur.\n\nPour en savoir plus\n- CA Versailles, 13e ch., 3 juillet 2025, RG n° 22/06781',
    );
    expect(doc.frontmatter.sources).toEqual([{ label: 'CA Versailles, 13e ch., 3 juillet 2025, RG n° 22/06781', identifier: '22/06781' }]);
    expect(doc.inferred.identifiers.map((i) => i.value)).toEqual(['22/06781']);
  });
  it('adds a second topic for a mention in the lead, not for one word in the body', () => {
    const lead = imported(
      'La chambre criminelle confirme la condamnation pour l’intrusion dans le système d’un hôpital suivie d’un rançongiciel. La cyberattaque avait paralysé le service. Une cyberattaque de plus.',
    );
    expect(lead.frontmatter.topics).toEqual(['cybersecurite', 'sante-numerique']);
    const body = imported(
      'La DGCCRF publie son enquête sur les contrats de logiciels. Les logiciels de caisse sont visés. Deux éditeurs de logiciels ont reçu une assignation.',
    );
    expect(body.frontmatter.topics).toEqual(['contrats-informatiques']);
  });
  it('counts a keyword naming a number also when written together ("NIS2")', () => {
    expect(imported('Le décret n° 2025-1187 du 21 novembre 2025 transpose la directive NIS2.').frontmatter.topics).toEqual(['cybersecurite']);
  });
  it('keeps an http:// source address as written, for the editor to check', () => {
    const doc = imported('La CNIL a publié une fiche le 3 mars 2025.\nSources :\n- Fiche de la CNIL (http://www.example.org/fiche)');
    expect(doc.frontmatter.sources[0]).toEqual({ label: 'Fiche de la CNIL (http://www.example.org/fiche)' });
    expect(doc.review.join('\n')).toMatch(/http:\/\/, not https:\/\//);
  });
});

describe('court and type rules come from the taxonomy', () => {
  const base = loadTaxonomy(dirs.taxonomy, dirs.fallbackTaxonomy);
  const importWith = (text: string, changed: Partial<typeof base>) => importDocument(splitDocuments(text)[0]!, { ...base, ...changed }, '2026-11-29');
  const CASS = 'Cass. soc., 17 septembre 2025, n° 24-10.123\n\nLa chambre sociale juge que le salarié licencié doit être entendu.';

  it('reads a court added to authorities.json alone, with its citation form, ruling type and numbers', () => {
    const tribunal = {
      slug: 'tj-paris',
      label: 'Tribunal judiciaire de Paris',
      short: 'TJ Paris',
      jurisdiction: 'france',
      description: 'Tribunal judiciaire.',
      keywords: ['Tribunal judiciaire de Paris'],
      court: true,
      ruling: 'decision',
      citations: ['TJ\\s+Paris\\s*,'],
      decisionNumber: 'RG\\s+n°\\s*(\\d{2}\\/\\d{5})',
    };
    const doc = importWith('TJ Paris, 3 mars 2026, RG n° 24/01234\n\nLe tribunal condamne l’hébergeur à retirer les contenus.', {
      authorities: [...base.authorities, tribunal],
    });
    expect(doc.frontmatter).toMatchObject({ authority: 'tj-paris', type: 'decision', jurisdiction: 'france' });
    expect(doc.frontmatter.decision).toMatchObject({ court: 'tj-paris', date: '2026-03-03' });
  });

  it("takes a chamber from the court's chambers in the data", () => {
    expect(imported(CASS).frontmatter.decision).toMatchObject({ court: 'cour-de-cassation', chamber: 'soc.' });
    const withoutChambers = base.authorities.map((entry) => (entry.slug === 'cour-de-cassation' ? { ...entry, chambers: [] } : entry));
    expect(importWith(CASS, { authorities: withoutChambers }).frontmatter.decision?.chamber).toBeUndefined();
  });

  it('imports without crashing, and says what to check, when the taxonomy lacks what the text names', () => {
    const authorities = base.authorities.filter((entry) => entry.slug !== 'cour-de-cassation');
    const types = base.types.filter((entry) => !['arret', 'loi'].includes(entry.slug));
    const jurisdictions = base.jurisdictions.filter((entry) => entry.slug === 'ue');
    for (const text of [CASS, 'L’ordonnance n° 2026-58 du 4 février 2026 adapte le droit national.', 'Un texte qui ne nomme rien de connu.']) {
      const doc = importWith(text, { authorities, types, jurisdictions });
      expect(
        types.map((entry) => entry.slug),
        text,
      ).toContain(doc.frontmatter.type);
      expect(
        jurisdictions.map((entry) => entry.slug),
        text,
      ).toContain(doc.frontmatter.jurisdiction);
      if (doc.frontmatter.authority) expect(authorities.map((entry) => entry.slug)).toContain(doc.frontmatter.authority);
    }
    expect(importWith('Un texte qui ne nomme rien de connu.', { jurisdictions }).review.join('\n')).toMatch(/unknown jurisdiction: .*set to "ue"/);
  });

  it('refuses a taxonomy file whose court rule is not a valid regular expression, naming the file and field', () => {
    const dir = join(OUTPUT, 'taxonomy-bad-regex');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'authorities.json'), JSON.stringify([{ slug: 'x', label: 'X', description: 'X.', keywords: [], citations: ['(unclosed'] }]));
    expect(() => loadTaxonomy(dir, dirs.fallbackTaxonomy)).toThrow(/authorities\.json: entry 1: field "citations\[0\]" is not a valid regular expression/);
  });

  const LYON = 'CA Lyon, 12 mars 2026, RG n° 24/01234\n\nLa cour confirme la résiliation du contrat de maintenance.';
  const lyon = {
    slug: 'ca-lyon',
    label: 'Cour d’appel de Lyon',
    short: 'CA Lyon',
    jurisdiction: 'france',
    description: 'Juridiction d’appel du ressort de Lyon.',
    keywords: ['Cour d’appel de Lyon'],
    court: true,
    appealCourt: true,
    ruling: 'arret',
  };

  it('reads a court of appeal added to authorities.json alone, by its city, whatever its slug', () => {
    const others = base.authorities.filter((entry) => entry.slug !== 'ca-lyon');
    const doc = importWith(LYON, { authorities: [...others, lyon] });
    expect(doc.frontmatter).toMatchObject({ authority: 'ca-lyon', type: 'arret', jurisdiction: 'france' });
    expect(doc.frontmatter.decision).toEqual({ court: 'ca-lyon', date: '2026-03-12', number: '24/01234' });
    const renamed = { ...lyon, slug: 'cour-appel-lyon' };
    expect(
      importWith('Par un arrêt du 12 mars 2026, la cour d’appel de Lyon a confirmé la résiliation.', { authorities: [...others, renamed] }).frontmatter,
    ).toMatchObject({ authority: 'cour-appel-lyon', type: 'arret' });
    // Not listed: proposed on the listed courts' model, left out of the draft, and reported.
    const unlisted = importWith(LYON, { authorities: others });
    expect(unlisted.frontmatter.authority).toBeUndefined();
    expect(unlisted.inferred.authority).toMatchObject({ value: 'ca-lyon', known: false });
    expect(unlisted.review.join('\n')).toMatch(/authority "ca-lyon" \(Cour d’appel de Lyon\) is not in content\/taxonomy\/authorities\.json/);
  });

  it.each([
    ['CA Aix-en-Provence, 12 mars 2024, RG n° 22/06781', 'ca-aix-en-provence'],
    ['Cour d’appel d’Orléans, chambre sociale, 12 mars 2024, n° 22/06781', 'ca-orleans'],
    ['Cour d’appel de Saint-Denis de La Réunion, 12 mars 2024, RG n° 22/06781', 'ca-saint-denis'],
    ['CA Fort-de-France, 12 mars 2024, n° 22/06781', 'ca-fort-de-france'],
  ])('reads %s as one of the 36 courts of appeal the taxonomy lists', (lead, court) => {
    expect(base.authorities.filter((entry) => entry.appealCourt)).toHaveLength(36);
    const doc = importWith(`${lead}\n\nLa cour confirme le jugement ayant prononcé la résiliation du contrat.`, {});
    expect(doc.frontmatter.decision).toEqual({ court, date: '2024-03-12', number: '22/06781' });
    expect(doc.review.join('\n')).not.toMatch(/not in content\/taxonomy/);
  });

  it('dates the ruling of a court added to the data by its decision, not by the note reporting it', () => {
    const tribunal = {
      slug: 'tj-paris',
      label: 'Tribunal judiciaire de Paris',
      description: 'Tribunal.',
      keywords: [],
      court: true,
      ruling: 'decision',
      citations: ['TJ\\s+Paris\\s*,'],
    };
    const note = 'Note du 15 mars 2026\nRéférence : TJ Paris, 3 mars 2026, RG n° 24/01234\n\nLe tribunal condamne l’hébergeur à retirer les contenus.';
    const doc = importWith(note, { authorities: [...base.authorities, tribunal] });
    expect(doc.frontmatter).toMatchObject({ authority: 'tj-paris', published: '2026-03-03' });
    expect(doc.inferred.keyDates.map((d) => `${d.date}|${d.kind}`)).toEqual(['2026-03-15|publication', '2026-03-03|decision']);
  });

  it('leaves out what the taxonomy lacks, and says so, when a court has no ruling type there', () => {
    const withoutArret = importWith(CASS, { types: base.types.filter((entry) => entry.slug !== 'arret') });
    expect(withoutArret.frontmatter).toMatchObject({ authority: 'cour-de-cassation', type: 'communique' });
    expect(withoutArret.frontmatter.decision).toBeUndefined();
    expect(withoutArret.review.join('\n')).toMatch(/ruling type "arret" of Cour de cassation is not in content\/taxonomy\/types\.json/);
    // No court of appeal listed: one cited by city is still read, with no ruling type to give it.
    const noAppealCourts = importWith(LYON, { authorities: base.authorities.filter((entry) => !entry.appealCourt) });
    expect(noAppealCourts.frontmatter).toMatchObject({ type: 'communique', jurisdiction: 'france' });
    expect(noAppealCourts.frontmatter.authority).toBeUndefined();
    expect(noAppealCourts.review.join('\n')).toMatch(/no ruling type for Cour d’appel de Lyon in content\/taxonomy\/authorities\.json/);
    // Nothing to fall back on: an input error naming the file, which the importer reports.
    expect(() => importWith(CASS, { types: [] })).toThrow(/content\/taxonomy\/types\.json lists no document type/);
  });

  it('names the entry and field of an invalid pattern in a taxonomy built in code', () => {
    const broken = { slug: 'tj-x', label: 'TJ X', description: 'X.', keywords: [], court: true, citations: ['TJ('] };
    expect(() => importWith(CASS, { authorities: [...base.authorities, broken] })).toThrow(
      /authorities\.json: "tj-x": field "citations\[0\]" is not a valid regular expression/,
    );
  });

  it("refuses a content folder's taxonomy that lacks a slug the other files use, naming both files", () => {
    const dir = join(OUTPUT, 'taxonomy-missing-type');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'types.json'), JSON.stringify(base.types.filter((entry) => entry.slug !== 'arret')));
    expect(() => loadTaxonomy(dir, dirs.fallbackTaxonomy)).toThrow(
      /authorities\.json: "[a-z-]+" has ruling "arret", which is not in .*taxonomy-missing-type.types\.json/,
    );
    writeFileSync(join(dir, 'types.json'), JSON.stringify([{ slug: 'loi', label: 'Loi', description: 'Loi.', actNumber: '(' }]));
    expect(() => loadTaxonomy(dir, dirs.fallbackTaxonomy)).toThrow(/types\.json: entry 1: field "actNumber" is not a valid regular expression/);
  });
});

describe('forms of published decisions and digests', () => {
  it('reads the deciding court from a line that opens with its name and a date, below a message’s own words', () => {
    const forwarded = [
      'Bonjour à tous,',
      '',
      'Je vous transfère la veille de la semaine.',
      '',
      'Cour de cassation, civile, Chambre sociale, 9 décembre 2020, 19-20.319, Publié au bulletin',
      '',
      'Doit être cassé l’arrêt qui retient que ces dispositions ne s’appliquent pas aux contrats de travail d’une durée inférieure à une semaine.',
    ].join('\n');
    expect(imported(forwarded).frontmatter.decision).toEqual({ court: 'cour-de-cassation', chamber: 'soc.', date: '2020-12-09', number: '19-20.319' });
    const appeal = imported('Pour information :\n\nCour d’appel de Pau, 2ème ch - section 1, 4 juillet 2024, n° 23/00654\n\nLa cour confirme le jugement.')
      .frontmatter.decision;
    expect(appeal).toEqual({ court: 'ca-pau', date: '2024-07-04', number: '23/00654' });
    // A court named inside prose is no citation: nothing is read from "la Cour de cassation, le 9 décembre 2020".
    expect(
      imported('Le cabinet a lu l’arrêt.\n\nSelon la Cour de cassation, le 9 décembre 2020, le contrat est requalifié.').inferred.authority,
    ).toBeUndefined();
  });

  it.each([
    ['Crim. 10 nov. 2020, n° 19-80.962', 'crim.', '2020-11-10', '19-80.962'],
    ['Soc. 25 nov. 2020, n° 19-60.222', 'soc.', '2020-11-25', '19-60.222'],
    ['Com. 18 novembre 2020 - n° 19-19.463', 'com.', '2020-11-18', '19-19.463'],
    ['C. cass., ch. soc., 25 nov. 2020, n° 19-60.222', 'soc.', '2020-11-25', '19-60.222'],
    ['Cass. civ. 3, 23 septembre 2020, n° 19-15.907', '3e civ.', '2020-09-23', '19-15.907'],
    ['Cass. civ. 2ème, 26 novembre 2020, n° 18-22.069', '2e civ.', '2020-11-26', '18-22.069'],
    ['Civ. 3e, 23 septembre 2020, n° 19-15.907', '3e civ.', '2020-09-23', '19-15.907'],
    ['Chambre sociale - Arrêt n° 1190 du 9 décembre 2020 (19-20.319)', 'soc.', '2020-12-09', '19-20.319'],
    ['Cass. 1ère civ., 9 décembre 2020, n° 19-20.319', '1re civ.', '2020-12-09', '19-20.319'],
  ])('reads the citation %s, dated by the ruling, not by the law its summary cites', (lead, chamber, date, number) => {
    const doc = imported(
      `${lead}\n\nAux termes de l’article L. 2314-30 du code du travail, issu de la loi n° 2015-994 du 17 août 2015, les listes sont paritaires.`,
    );
    expect(doc.frontmatter.decision).toEqual({ court: 'cour-de-cassation', chamber, date, number });
  });

  it('dates a ruling by the day its page header writes alone on a line, not by a law its summary cites', () => {
    const page = imported(
      'Arrêt\nCour de cassation\nChambre sociale\n9 décembre 2020\nPourvoi n° 19-20.319\nPublié au Bulletin\n\nSommaire\n\nSelon l’article L. 3123-14 du code du travail, dans sa version antérieure à la loi n° 2016-1088 du 8 août 2016, le contrat écrit mentionne la durée prévue.',
    );
    expect(page.frontmatter.decision).toEqual({ court: 'cour-de-cassation', chamber: 'soc.', date: '2020-12-09', number: '19-20.319' });
    // A note's own date among the heading lines does not date the ruling its lead names.
    expect(imported('Note du 15 septembre 2025\n\nPar un arrêt du 11 septembre 2025, la Cour de cassation a cassé l’arrêt.').frontmatter.published).toBe(
      '2025-09-11',
    );
  });

  it('dates a court of appeal’s ruling by its own header, not by the decision under appeal', () => {
    const ruling = imported(
      [
        'COUR D’APPEL DE PARIS',
        'Pôle 5 - Chambre 1',
        'ARRET DU 14 JUIN 2023',
        'Numéro d’inscription au répertoire général : 22/10274',
        'Décision déférée à la Cour : Décision du 22 Avril 2022 - Institut National de la Propriété Industrielle',
        '',
        'La cour rejette le recours formé contre la décision du directeur général de l’Institut.',
      ].join('\n'),
    );
    expect(ruling.frontmatter.decision).toEqual({ court: 'ca-paris', date: '2023-06-14', number: '22/10274' });
  });

  it('keeps a court decision whole across its "* * *" ornament before a section heading', () => {
    const text =
      'COUR D’APPEL DE PAU\nARRET DU 04/07/2024\nN° RG 23/00654\n\nPrononcé publiquement par mise à disposition de l’arrêt au greffe.\n\n* * * * *\n\nAPRES DÉBATS\n\nà l’audience publique tenue le 14 Mai 2024, devant le magistrat chargé du rapport.';
    expect(splitDocuments(text)).toHaveLength(1);
    expect(imported(text).frontmatter.decision).toEqual({ court: 'ca-pau', date: '2024-07-04', number: '23/00654' });
    // Between two documents, the same line still splits.
    expect(splitDocuments('Premier texte, une phrase entière ici.\n\n* * *\n\nSecond texte, une autre phrase entière.')).toHaveLength(2);
  });

  it('reads the EU courts’ pages: case numbers with a non-breaking hyphen or an appeal’s "P", orders, the Tribunal', () => {
    const appeal = imported(
      'ARRÊT DE LA COUR (troisième chambre)\n\n26 septembre 2024\n\nDans l’affaire C\u2011597/22 P,\n\nayant pour objet un pourvoi au titre de l’article 56 du statut de la Cour de justice de l’Union européenne, introduit le 16 septembre 2022, la Commission conteste un arrêt.',
    );
    expect(appeal.frontmatter.decision).toEqual({ court: 'cjue', date: '2024-09-26', number: 'C-597/22 P' });
    const order = imported(
      '16/07/2024 | CJUE | N°C-181/24\n\nORDONNANCE DE LA COUR (huitième chambre)\n\n16 juillet 2024\n\nDans l’affaire C\u2011181/24, ayant pour objet une demande de décision préjudicielle introduite par une juridiction hongroise, par décision du 27 février 2024, parvenue à la Cour le 6 mars 2024, la Cour statue par voie d’ordonnance.',
    );
    expect(order.frontmatter.decision).toEqual({ court: 'cjue', date: '2024-07-16', number: 'C-181/24' });
    const tribunal = imported(
      'CJUE | CJUE, Arrêt du Tribunal, Une société contre Commission européenne., 23/10/2024, T-519/23\n\nARRÊT DU TRIBUNAL (huitième chambre)\n\n23 octobre 2024\n\nDans l’affaire T\u2011519/23, le Tribunal rejette le recours en responsabilité non contractuelle.',
    );
    expect(tribunal.frontmatter.decision).toEqual({ court: 'tribunal-ue', date: '2024-10-23', number: 'T-519/23' });
  });

  it("reads the Conseil d'État's number in Légifrance's title and after a capital N°", () => {
    const title = imported(
      'Conseil d’État, 9ème - 10ème chambres réunies, 26/04/2018, 400477\n\nVu la procédure suivante :\n\nLe requérant a demandé au tribunal administratif d’annuler la décision du 16 février 2015.',
    );
    expect(title.frontmatter.decision).toEqual({ court: 'conseil-d-etat', chamber: '9e-10e ch. réunies', date: '2018-04-26', number: '400477' });
    expect(imported('CE, 2e-7e ch. réunies, 21 mars 2024\nN° 490536\n\nLe Conseil d’État annule la décision attaquée.').frontmatter.decision?.number).toBe(
      '490536',
    );
  });

  it.each([
    ['bold', (c: string) => `**${c}**`],
    ['plain', (c: string) => c],
    ['numbered', (c: string, n: number) => `${n}. ${c}`],
  ])('makes one document of each %s citation line over its summary in a digest', (_, mark) => {
    const items = [
      ['Soc., 25 novembre 2020, n° 19-60.222', 'Les listes de candidats respectent la représentation équilibrée des femmes et des hommes.'],
      ['3e Civ., 26 novembre 2020, n° 18-17.617', 'Il appartient au juge du fond d’apprécier si l’immeuble est achevé.'],
    ];
    const digest = ['Sélection de jurisprudence', '', ...items.flatMap(([c, s], n) => [mark(c!, n + 1), '', s!, ''])].join('\n');
    const isCitation = (line: string) => openingCitation(line, taxonomy) !== undefined;
    const documents = splitDocuments(digest, isCitation);
    expect(documents.map((d) => importDocument(d, taxonomy, '2026-11-29').frontmatter.decision)).toEqual([
      { court: 'cour-de-cassation', chamber: 'soc.', date: '2020-11-25', number: '19-60.222' },
      { court: 'cour-de-cassation', chamber: '3e civ.', date: '2020-11-26', number: '18-17.617' },
    ]);
    // The same ruling cited twice (a subject line, then the citation) is one document; a list of cited rulings too.
    expect(splitDocuments(`${items[0]![0]}\n\n${items[0]![1]}\n\n${items[0]![0]}\n\nUne autre phrase sur le même arrêt.`, isCitation)).toHaveLength(1);
    expect(splitDocuments(`Note.\n\nUne phrase de la note.\n\n- ${items[0]![0]}\n- ${items[1]![0]}`, isCitation)).toHaveLength(1);
    // A newsletter's items: each title over its citation, each closed by its sources, whose cited rulings head nothing.
    const newsletter = [
      'Rétractation : le juge statue au jour où il se prononce',
      'Cass. 2e civ., 4 sept. 2025, n° 23-20.118',
      'La deuxième chambre civile rappelle que le juge apprécie le motif légitime au jour où il statue.',
      'Sources :',
      '- Cass. 2e civ., 4 sept. 2025, n° 23-20.118',
      'SaaS : la cour d’appel de Rennes consacre la réversibilité',
      'CA Rennes, 1er avril 2025, RG n° 22/04561',
      'La cour juge que le prestataire doit restituer les données hébergées.',
      'Sources :',
      '- CA Rennes, 1er avril 2025, n° 22/04561',
      'Dématérialisation : la Défenseure des droits rend une décision-cadre',
      'La Défenseure des droits estime que la dématérialisation exclusive porte atteinte aux droits des usagers.',
      'Sources :',
      '- https://www.example.org/ddd/decision-cadre',
    ].join('\n');
    expect(splitDocuments(newsletter, isCitation).map((d) => d.lines[0])).toEqual([
      'Rétractation : le juge statue au jour où il se prononce',
      'SaaS : la cour d’appel de Rennes consacre la réversibilité',
      'Dématérialisation : la Défenseure des droits rend une décision-cadre',
    ]);
  });

  it('reads a note that names only the chamber, with the pourvoi on a line of its own', () => {
    const note = imported(
      'Arrêt de la chambre sociale du 9 décembre 2020\n\nPourvoi n° 19-20.319\n\nLe contrat écrit du salarié à temps partiel mentionne la durée prévue, au regard de la loi n° 2016-1088 du 8 août 2016.',
    );
    expect(note.frontmatter).toMatchObject({ published: '2020-12-09', authority: 'cour-de-cassation', type: 'arret' });
    expect(note.frontmatter.decision).toEqual({ court: 'cour-de-cassation', chamber: 'soc.', date: '2020-12-09', number: '19-20.319' });
  });

  it('reads a case-law site’s "Référence :" record as the decision’s, not as its sources', () => {
    const page = [
      'CA Paris, pôle 5 - ch. 3, 12 janv. 2022, n° 19/06644',
      '',
      'Sur la décision',
      '',
      'Référence :',
      'Juridiction : Cour d’appel de Paris',
      'Numéro(s) : 19/06644',
      '',
      'Texte intégral',
      '',
      'La société bailleresse a assigné la société preneuse en paiement des loyers échus.',
      '',
      'La cour confirme le jugement en toutes ses dispositions.',
    ].join('\n');
    expect(splitDocuments(page)).toHaveLength(1);
    expect(imported(page).frontmatter).toMatchObject({ title: 'CA Paris, 12 janvier 2022', decision: { court: 'ca-paris', number: '19/06644' } });
  });

  it('takes no journal issue or text number line for the title of an act', () => {
    const act = imported(
      'JORF n°0106 du 8 mai 2014\nTexte n° 27\n\nDécret n° 2014-463 du 7 mai 2014 relatif à l’habilitation des organismes de contrôle.\n\nNOR : INDI0302107D\n\nArticle 1\n\nLes organismes de contrôle sont habilités par le ministre chargé de l’énergie.',
    );
    expect(act.frontmatter).toMatchObject({ title: 'Décret n° 2014-463 du 7 mai 2014', published: '2014-05-07', type: 'decret' });
  });

  it('reads the pourvoi number the former pages of the Cour de cassation write in parentheses after the date', () => {
    const page = imported(
      'Arrêt n° 1190 du 9 décembre 2020 (19-20.319) - Cour de cassation - Chambre sociale\n- ECLI:FR:CCASS:2020:SO01190\n\nCassation\n\nLe contrat écrit du salarié à temps partiel doit mentionner la durée hebdomadaire prévue.',
    );
    expect(page.frontmatter.decision).toEqual({
      court: 'cour-de-cassation',
      chamber: 'soc.',
      date: '2020-12-09',
      number: '19-20.319',
      ecli: 'ECLI:FR:CCASS:2020:SO01190',
    });
  });

  it('makes one document of each dated "##" item heading of a digest, the digest title heading the first', () => {
    const digest = [
      '# Sélection de jurisprudence',
      '',
      '## Soc., 25 novembre 2020, n° 19-60.222',
      '',
      'Première phrase du premier arrêt.',
      '',
      '## 3e Civ., 12 novembre 2020, n° 19-23.160',
      '',
      'Première phrase du deuxième arrêt.',
    ].join('\n');
    const documents = splitDocuments(digest);
    expect(documents.map((d) => d.lines[0])).toEqual(['# Sélection de jurisprudence', '## 3e Civ., 12 novembre 2020, n° 19-23.160']);
    expect(documents.map((d) => importDocument(d, taxonomy, '2026-11-29').frontmatter.decision)).toMatchObject([
      { court: 'cour-de-cassation', chamber: 'soc.', date: '2020-11-25', number: '19-60.222' },
      { court: 'cour-de-cassation', chamber: '3e civ.', date: '2020-11-12', number: '19-23.160' },
    ]);
    // One dated heading, then a "## Références" list: one note, imported whole.
    const note = '# Titre\n\n## Arrêt du 25 novembre 2020\n\nUne phrase.\n\n## Références\n\n- ECLI : ECLI:FR:CCASS:2020:SO01153\n- Pourvoi : 19-60.222';
    expect(splitDocuments(note)).toHaveLength(1);
    expect(imported(note).frontmatter.decision).toMatchObject({ court: 'cour-de-cassation', chamber: 'soc.', number: '19-60.222' });
  });

  it('dates a ruling by the citation above its summary, not by the case law or law the summary cites', () => {
    const chamberHeader = imported(
      'Troisième chambre civile – 24 septembre 2020 – Pourvoi n° 18-22.142\n\nLes dispositions de la loi n° 2016-1547 du 18 novembre 2016 sont d’application immédiate.',
    ).frontmatter;
    expect(chamberHeader.decision).toEqual({ court: 'cour-de-cassation', chamber: '3e civ.', date: '2020-09-24', number: '18-22.142' });
    const heading = imported(
      '# Cour de cassation, Première chambre civile, 26 novembre 2020, n° 19-20.844\n\nComme l’a jugé l’arrêt du 19 juillet 2007, la règle s’applique.',
    ).frontmatter;
    expect(heading.decision).toMatchObject({ chamber: '1re civ.', date: '2020-11-26' });
  });

  it("keeps a court page's header with its decision, the court named on a line of its own", () => {
    const page = [
      'COMM.',
      '',
      'FB',
      '',
      'COUR DE CASSATION',
      '______________________',
      '',
      'Audience publique du 18 novembre 2020',
      '',
      'Arrêt n° 740 FS-P+B',
      '',
      'Pourvoi n° Y 19-19.463',
      '',
      'R É P U B L I Q U E F R A N Ç A I S E',
      '',
      '_________________________',
      '',
      'AU NOM DU PEUPLE FRANÇAIS',
      '',
      'La société X a formé le pourvoi n° Y 19-19.463 contre l’arrêt rendu le 16 mai 2019 par la cour d’appel de Paris.',
    ].join('\n');
    expect(splitDocuments(page)).toHaveLength(1);
    expect(imported(page).frontmatter).toMatchObject({
      authority: 'cour-de-cassation',
      decision: { court: 'cour-de-cassation', date: '2020-11-18', number: '19-19.463' },
    });
  });

  it('reads the Tribunal of the EU from the data, and an ECLI court code alone as the court', () => {
    expect(imported('Trib. UE, 10 sept. 2025, aff. T-123/23\n\nLe Tribunal annule la décision.').frontmatter).toMatchObject({
      authority: 'tribunal-ue',
      jurisdiction: 'ue',
      decision: { court: 'tribunal-ue', date: '2025-09-10', number: 'T-123/23' },
    });
    expect(authority('Arrêt du 4 octobre 2024.\n\nECLI:EU:C:2024:846')?.slug).toBe('cjue');
    expect(authority('Décision du 12 mars 2024.\n\nECLI:FR:CECHR:2024:472291.20240312')?.slug).toBe('conseil-d-etat');
  });

  it.each([
    ['CE, 10e-9e ch. réunies, 12 mars 2024, n° 472291', '10e-9e ch. réunies'],
    ['Conseil d’État, 10ème - 9ème chambres réunies, 12/03/2024, 472291', '10e-9e ch. réunies'],
    ['CE, 5e ch., 12 mars 2024, n° 472291', '5e ch.'],
    ['Conseil d’État, 5ème chambre, 12/03/2024, 472291', '5e ch.'],
    ['CE, ass., 12 mars 2024, n° 472291', 'ass.'],
    ['CE, sect., 12 mars 2024, n° 472291', 'sect.'],
  ])("reads the Conseil d'État's chamber from %s, in its citation form", (lead, chamber) => {
    const { decision } = imported(`${lead}\n\nLe Conseil d’État rejette la requête de la société.`).frontmatter;
    expect(decision).toMatchObject({ court: 'conseil-d-etat', chamber, date: '2024-03-12' });
  });

  it('reads CNIL sanction numbers and Commission press releases as identifiers', () => {
    const cnil = imported(
      'Délibération SAN-2024-012 du 5 septembre 2024\n\nLa CNIL a sanctionné une société pour avoir conservé des données au-delà de la durée nécessaire.',
    );
    expect(cnil.frontmatter).toMatchObject({ authority: 'cnil', published: '2024-09-05' });
    expect(cnil.inferred.identifiers.map((id) => [id.kind, id.value])).toEqual([['CNIL', 'SAN-2024-012']]);
    const press = imported(
      'Commission européenne, communiqué IP/25/1234 du 3 mars 2025\n\nLa Commission européenne a présenté un plan pour la cybersécurité des hôpitaux.',
    );
    expect(press.frontmatter).toMatchObject({ authority: 'commission-europeenne', jurisdiction: 'ue', type: 'communique' });
    expect(press.inferred.identifiers.map((id) => [id.kind, id.value])).toEqual([['press', 'IP/25/1234']]);
  });

  it('reads a CNIL deliberation number only where the CNIL is named', () => {
    const avis = imported(
      'Délibération n° 2025-045 du 19 juin 2025 portant avis sur un projet de décret\n\nLa Commission nationale de l’informatique et des libertés, saisie par le ministre de l’intérieur, émet un avis.',
    );
    expect(avis.frontmatter).toMatchObject({ authority: 'cnil', published: '2025-06-19', type: 'decision' });
    expect(avis.frontmatter.sources).toEqual([{ label: 'Délibération de la CNIL', identifier: '2025-045' }]);
    expect(imported('La délibération de la CNIL n° 2024-112 du 3 octobre 2024 encadre les traitements.').inferred.identifiers.map((id) => id.value)).toEqual([
      '2024-112',
    ]);
    // Another regulator numbers its deliberations alike; a decree's number is no deliberation.
    const cre = imported('Délibération n° 2025-045 du 19 juin 2025 de la Commission de régulation de l’énergie portant décision sur les tarifs.');
    expect(cre.inferred.identifiers).toEqual([]);
    expect(imported('Le décret n° 2025-045 du 19 juin 2025 modifie le code de la santé publique, selon la CNIL.').inferred.identifiers).toEqual([]);
  });

  it("reads no chamber of the Conseil d'État when the citation names none", () => {
    expect(imported('CE, 12 mars 2024, n° 472291\n\nLe Conseil d’État rejette la requête de la société.').frontmatter.decision?.chamber).toBeUndefined();
  });

  it("reads the Conseil d'État's number before a comma", () => {
    expect(
      imported('CE, 10e-9e ch. réunies, 12 mars 2024, n° 472291, ECLI:FR:CECHR:2024:472291.20240312\n\nLe Conseil d’État rejette la requête.').frontmatter
        .decision,
    ).toMatchObject({
      court: 'conseil-d-etat',
      date: '2024-03-12',
      number: '472291',
    });
  });
});
