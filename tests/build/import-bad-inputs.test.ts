/** The importer on hostile and broken inputs: clear errors, nothing lost, nothing half-written. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSite, OUTPUT } from '../helpers/site-build.ts';
import { importJson, runImporter } from '../helpers/importer.ts';
import { elementWith, readPage, textOf } from '../helpers/dist.ts';

const work = join(OUTPUT, 'import-bad');
const inputs = join(work, 'inputs');
const out = join(work, 'content', 'articles');

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(inputs, { recursive: true });
  mkdirSync(out, { recursive: true });
});

const input = (name: string, content: string | Uint8Array) => {
  const path = join(inputs, name);
  writeFileSync(path, content);
  return path;
};

const DECISION = 'Dans un arrêt du 12 mars 2025, la Cour de cassation a jugé que le prestataire informatique manquait à son obligation de conseil.\n';

describe('inputs that cannot be imported', () => {
  it('an empty file is an error, and nothing is written', () => {
    const run = runImporter([input('vide.txt', ''), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/vide\.txt: the file is empty; expected UTF-8 or Windows-1252 text/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a blank file is an error', () => {
    const run = runImporter([input('blanc.txt', ' \n\n \n'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/blanc\.txt: the file holds only white space/);
  });

  it('a binary file is an error', () => {
    const run = runImporter([input('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/image\.png: the file is binary/);
  });

  it('an unreadable path is an error', () => {
    const run = runImporter([join(inputs, 'absent.txt'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/absent\.txt: cannot read the file \(ENOENT\)/);
  });

  it('one bad input among good ones: nothing at all is written', () => {
    const run = runImporter([input('bon.txt', DECISION), input('vide.txt', ''), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Nothing written/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a PDF file is refused with what to do instead', () => {
    const run = runImporter([input('arret.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog >>\nDans un arrêt du 12 mars 2025'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/arret\.pdf: a PDF file: export its text first/);
  });

  it('--out must be a folder: a file, a path under a file, or nothing is a usage error', () => {
    const file = input('fichier.txt', DECISION);
    for (const [value, message] of [
      [file, /--out .*fichier\.txt: is a file; expected a folder/],
      [join(file, 'sous-dossier'), /fichier\.txt is a file; expected a folder/],
      ['', /--out is empty; expected a folder/],
    ] as const) {
      const run = runImporter([file, `--out=${value}`]);
      expect(run.code, value).toBe(2);
      expect(run.stderr, value).toMatch(message);
      expect(run.stderr, value).not.toMatch(/\n\s+at /);
    }
  });

  it('the same file given twice is imported once, with a warning', () => {
    const file = input('decision.txt', DECISION);
    const report = importJson([file, join(inputs, '..', 'inputs', 'decision.txt'), '--out', out]);
    expect(report.ok).toBe(true);
    expect(report.documents).toHaveLength(1);
    expect(readdirSync(out)).toHaveLength(1);
    expect(report.warnings).toEqual([expect.stringMatching(/the same file as .*decision\.txt; imported once/)]);
  });

  it('reads relative paths from the folder the command was typed in', () => {
    input('relatif.txt', DECISION);
    const run = runImporter(['relatif.txt', '--out', '../content/articles', '--json'], { INIT_CWD: inputs });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out)).toHaveLength(1);
  });

  it('no input file is a usage error', () => {
    const run = runImporter([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run import/);
  });
});

describe('encodings', () => {
  it('decodes Windows-1252, says so, and writes UTF-8', () => {
    const text = 'La CNIL a publié le 19 juin 2025 des recommandations sur l’intérêt légitime et les données personnelles.\n';
    const cp1252 = Buffer.from(text.replace('’', "'"), 'latin1');
    const report = importJson([input('cp1252.txt', cp1252), '--out', out]);
    expect(report.documents[0]!.encoding).toBe('windows-1252');
    const written = readFileSync(join(OUTPUT, '..', '..', report.documents[0]!.file), 'utf8');
    expect(written).toContain('La CNIL a publié le 19 juin 2025');
    const run = runImporter([join(inputs, 'cp1252.txt'), '--out', out, '--dry-run']);
    expect(run.stdout).toMatch(/decoded from Windows-1252, converted to UTF-8/);
  });

  it('accepts a BOM and CRLF line ends', () => {
    const report = importJson([input('bom.txt', `\uFEFF${DECISION.replace('\n', '\r\n')}Deuxième paragraphe.\r\n`), '--out', out, '--dry-run']);
    expect(report.documents).toHaveLength(1);
    expect(report.documents[0]!.encoding).toBe('utf-8 (BOM)');
    expect(report.documents[0]!.inferred.published.value).toBe('2025-03-12');
  });
});

describe('overwriting', () => {
  it('never overwrites an edited draft without --force; --force does', () => {
    const path = input('arret.txt', DECISION);
    const first = importJson([path, '--out', out]);
    const file = join(out, first.documents[0]!.file.split('/').at(-1)!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nRelu par la rédaction.\n`);
    const edited = readFileSync(file, 'utf8');
    const second = runImporter([path, '--out', out]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/exists with other content; not overwritten \(use --force\)/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = runImporter([path, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('Relu par la rédaction');
  });

  it('refuses a slug already used by an article in another folder', () => {
    const path = input('arret.txt', DECISION);
    const name = importJson([path, '--out', out, '--dry-run']).documents[0]!.file.split('/').at(-1)!;
    mkdirSync(join(out, 'archives'), { recursive: true });
    writeFileSync(join(out, 'archives', name), 'existing');
    const run = runImporter([path, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is already used by/);
    expect(existsSync(join(out, name))).toBe(false);
  });

  it('refuses a slug used anywhere in the content folder, not only under --out', () => {
    const content = join(work, 'content');
    const path = input('arret.txt', DECISION);
    const name = importJson([path, '--out', out, '--dry-run']).documents[0]!.file.split('/').at(-1)!;
    mkdirSync(join(out, 'archives'), { recursive: true });
    writeFileSync(join(out, 'archives', name), 'existing');
    const year = join(out, '2026');
    mkdirSync(year, { recursive: true });
    const run = runImporter([path, '--out', year], { VIGIE_CONTENT_DIR: content });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is already used by .*archives/);
    expect(readdirSync(year)).toEqual([]);
  });

  it('a broken symbolic link under --out is a clear error, not a stack trace', () => {
    symlinkSync(join(work, 'nowhere.mdx'), join(out, 'lien-casse.mdx'));
    const run = runImporter([input('arret.txt', DECISION), '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/lien-casse\.mdx: a symbolic link to a file or folder that does not exist/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('removes the temporary files an interrupted import left, and says so', () => {
    writeFileSync(join(out, '.2025-03-12-cass-arret.mdx.999999.tmp'), 'half a draft');
    const report = importJson([input('arret.txt', DECISION), '--out', out]);
    expect(report.warnings).toEqual([
      expect.stringMatching(/\.2025-03-12-cass-arret\.mdx\.999999\.tmp: a temporary file left by an interrupted import; removed\./),
    ]);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('a pasted vertical tab or escape never reaches the draft, and the report says so; the feed stays well-formed', async () => {
    const report = importJson([
      input('word.txt', `Dans un arrêt du 12 mars 2025, la Cour de cassation a jugé\u000bque le prestataire \u001bmanquait à son obligation de conseil.\n`),
      '--out',
      out,
    ]);
    expect(report.warnings).toEqual([
      expect.stringMatching(/1 vertical tab\(s\) or form feed\(s\)/),
      expect.stringMatching(/1 control character\(s\) dropped/),
    ]);
    const draft = readFileSync(join(work, report.documents[0]!.file.replace(/^.*content\//, 'content/')), 'utf8');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters.
    expect(draft).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('warns about an input over 1 MB', () => {
    const paragraph = 'La Commission européenne a présenté le 15 janvier 2025 un plan sur la cybersécurité des hôpitaux. ';
    const report = importJson([
      input('long.txt', `${Array.from({ length: 12_000 }, (_, i) => `${paragraph}Paragraphe ${i}.`).join('\n')}\n`),
      '--out',
      out,
      '--dry-run',
    ]);
    expect(report.warnings).toEqual([expect.stringMatching(/long\.txt: 1\.\d MB; an article this long makes heavy pages and feeds/)]);
  });

  it('--dry-run writes nothing', () => {
    const report = importJson([input('arret.txt', DECISION), '--out', out, '--dry-run']);
    expect(report.documents[0]!.status).toBe('would create');
    expect(readdirSync(out)).toEqual([]);
  });

  it('leaves no temporary file behind', () => {
    importJson([input('arret.txt', DECISION), '--out', out]);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});

describe('any text imports safely', () => {
  it('MDX and HTML in the text render as text, and the site builds', async () => {
    const hostile = [
      'Le 3 février 2025, la CNIL a publié un avis sur les données personnelles.',
      '<script>alert(1)</script> et {process.exit()} ne doivent rien exécuter.',
      'import fs from "node:fs"',
      'export const x = 1;',
      'Un # dièse, *pas* en _italique_, `pas du code`, [pas un lien](x), ~~rien~~ | a | b |',
      '1. pas une liste numérotée',
      'Les entités &amp; et &lt; restent écrites telles quelles, comme R&D et a\\b.',
      // Issue 20: a backslash after an address, a brace after a scheme, an address between angle brackets.
      'Le guide est sur www.cnil.fr\\<guide> pour les entreprises.',
      'Voir https://\\{process.exit()} et la page <https://www.cnil.fr/fr/cookies>.',
      // A table pasted from Word: tab-separated cells.
      'Date\tÉvénement',
      '28 juin 2025\tEntrée en application <b>',
    ].join('\n');
    const report = importJson([input('hostile.txt', hostile), '--out', out]);
    expect(report.ok).toBe(true);
    const file = join(out, report.documents[0]!.file.split('/').at(-1)!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('\ndraft: true\n', '\ndraft: false\n'));
    const dist = await buildSite({ name: 'import-hostile', contentDir: join(work, 'content') });
    const slug = report.documents[0]!.file.split('/')
      .at(-1)!
      .replace(/\.mdx$/, '');
    const html = readPage(dist, `/articles/${slug}/`);
    const body = elementWith(html, 'class="prose"');
    expect(body).not.toContain('<script>');
    // "1. …" reads as a numbered section title (kept as a heading, text intact); nothing else is
    // interpreted, but for the tab-separated lines: one table, its cells as text.
    expect(body).not.toMatch(/<(h1|em|code|ol|del|b)\b/);
    // The addresses are links to themselves, nothing else is.
    expect([...body.matchAll(/<a\b[^>]*href="([^"]*)"/g)].map((m) => m[1])).toEqual(['https://www.cnil.fr', 'https://www.cnil.fr/fr/cookies']);
    const tables = body.match(/<table\b[\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(1);
    expect(textOf(tables[0]!).replace(/\s+/g, ' ')).toMatch(/^ ?Date Événement 28 juin 2025 Entrée en application <b> ?$/);
    // Typography may add no-break spaces and ’; the words and symbols stay.
    const squeeze = (t: string) => t.replace(/'/g, '’').replace(/\s+/g, '');
    const text = squeeze(textOf(body));
    // An address's angle brackets are its delimiters, not text (RFC 3986, appendix C).
    for (const line of hostile.split('\n')) expect(text).toContain(squeeze(line.replace('<https://www.cnil.fr/fr/cookies>', 'https://www.cnil.fr/fr/cookies')));
  }, 240_000);

  it('a 5 MB file imports without losing text', () => {
    const paragraph = 'La Commission européenne a présenté le 15 janvier 2025 un plan sur la cybersécurité des hôpitaux et des établissements de santé. ';
    const big = `${Array.from({ length: 40_000 }, (_, i) => `${paragraph}Paragraphe ${i}.`).join('\n')}\n`;
    expect(Buffer.byteLength(big)).toBeGreaterThan(5_000_000);
    const started = Date.now();
    const report = importJson([input('gros.txt', big), '--out', out]);
    expect(report.ok).toBe(true);
    expect(report.documents).toHaveLength(1);
    expect(report.documents[0]!.review.join(' ')).toMatch(/long document/);
    const written = readFileSync(join(out, report.documents[0]!.file.split('/').at(-1)!), 'utf8');
    expect(written).toContain('Paragraphe 39999.');
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
