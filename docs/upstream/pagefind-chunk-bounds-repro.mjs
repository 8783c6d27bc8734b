// Minimal reproduction for docs/upstream/pagefind-chunk-bounds.md, on Pagefind's documented
// Node API only. Run from a folder where `pagefind` is installed: `node pagefind-chunk-bounds-repro.mjs`.
// 1. Indexes 3,000 synthetic French pages (frequent short words, many distinct longer words).
// 2. Loads the generated pagefind.js in Node, with a fetch shim that serves the files from disk
//    and records each one fetched.
// 3. For each of a list of words, on a fresh instance: how many word-index chunks (.pf_index)
//    one search downloads, and their bytes. A word is in exactly one chunk, yet some words
//    download several.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';

const out = mkdtempSync(join(tmpdir(), 'pagefind-bounds-'));
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const SHORT = ['a', 'de', 'la', 'le', 'et', 'en', 'du', 'un', 'une', 'les', 'des', 'au'];
const STEMS = [
  'accident',
  'accessoire',
  'acceptation',
  'application',
  'applicable',
  'appel',
  'contentieux',
  'contrat',
  'contribution',
  'auprès',
  'autorité',
  'décision',
  'délai',
  'déclaration',
  'employeur',
  'salarié',
  'cotisation',
  'assurance',
  'maladie',
  'pension',
  'retraite',
  'travail',
  'prestation',
];
const ENDINGS = ['', 's', 'e', 'es', 'al', 'aux', 'ement', 'ion', 'ions', 'eur', 'eurs', 'ant', 'ante'];
const word = () =>
  random() < 0.45
    ? SHORT[Math.floor(random() * SHORT.length)]
    : STEMS[Math.floor(random() * STEMS.length)] +
      ENDINGS[Math.floor(random() * ENDINGS.length)] +
      (random() < 0.3 ? String.fromCharCode(97 + Math.floor(random() * 26)) : '');

const { index } = await pagefind.createIndex({ forceLanguage: 'fr' });
for (let page = 0; page < 3000; page++) {
  const content = Array.from({ length: 400 }, word).join(' ');
  await index.addCustomRecord({ url: `/p/${page}/`, content, language: 'fr', meta: { title: `Page ${page}` } });
}
await index.writeFiles({ outputPath: join(out, 'pagefind') });
await pagefind.close();

const fetched = [];
globalThis.fetch = async (input) => {
  const url = String(input);
  const data = readFileSync(new URL(url));
  fetched.push({ url, bytes: data.byteLength });
  return new Response(data, { status: 200 });
};
const dir = join(out, 'pagefind');
const chunks = (from) => fetched.slice(from).filter((file) => file.url.endsWith('.pf_index'));

console.log('word             chunks   KB  results');
for (const [i, query] of [
  'accident',
  'application',
  'applicable',
  'contentieux',
  'auprès',
  'contrat',
  'délai',
  'employeur',
  'salarié',
  'assurance',
].entries()) {
  const module = await import(`${pathToFileURL(join(dir, 'pagefind.js')).href}?instance=${i}`);
  await module.options({ basePath: `${pathToFileURL(dir).href}/` });
  await module.init();
  await module.search('init'); // loads the metadata, so that only the word's chunks follow
  const start = fetched.length;
  const results = (await module.search(query)).results.length;
  const loaded = chunks(start);
  const kb = (loaded.reduce((sum, file) => sum + file.bytes, 0) / 1024).toFixed(1);
  console.log(`${query.padEnd(16)} ${String(loaded.length).padStart(6)} ${kb.padStart(5)}  ${results}`);
}
rmSync(out, { recursive: true, force: true });
