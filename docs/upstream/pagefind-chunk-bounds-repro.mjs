// Reproduction for pagefind-chunk-bounds.md: a word that sorts past its chunk's shortened upper
// bound in pf_meta makes the search download several .pf_index chunks, the largest among them.
// Documented API only. Run where `pagefind` (1.6.0) is installed: node pagefind-chunk-bounds-repro.mjs
// 1. Indexes 2,000 synthetic French-like pages (createIndex, addCustomRecord, writeFiles).
// 2. Loads the generated pagefind.js in Node, with a fetch shim that serves the files from disk
//    and records each URL fetched.
// 3. Searches each candidate word on a fresh instance and counts the .pf_index chunks downloaded.
//    Every word is in exactly one chunk, so one chunk is expected (more only for prefix matches
//    that run into the next chunk).
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';

// Deterministic corpus: frequent short words (a chunk closes after ~20,000 locations, so each of
// these ends a chunk by itself, and those chunks are the largest), plus a Zipf-like vocabulary.
let seed = 42;
const random = () => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const FREQUENT = ['a', 'de', 'la', 'le', 'et', 'à', 'les', 'des', 'en', 'du', 'un', 'au', 'par', 'est'];
const ONSETS = ['a', 'ac', 'ap', 'au', 'as', 'con', 'co', 'dé', 'de', 'pr', 're', 'ré', 'em', 'in', 'sa', 'pé', 'li', 'tr'];
const MIDDLES = ['', 'ci', 'pli', 'ten', 'cor', 'ti', 'la', 'mi', 'pen', 'ri', 'ca', 'vi', 'sur', 'ju'];
const ENDS = ['dent', 'cation', 'cable', 'tieux', 'ment', 'té', 'sion', 'eur', 'able', 'ier', 'ence', 'age', 'ès', 'ant'];
const REAL = ['accident', 'application', 'applicable', 'contentieux', 'auprès', 'employeur', 'salarié', 'retraite'];
const vocabulary = [...new Set([...REAL, ...Array.from({ length: 3000 }, () => pick(ONSETS) + pick(MIDDLES) + pick(MIDDLES) + pick(ENDS))])];
const token = () => (random() < 0.4 ? FREQUENT[Math.floor(FREQUENT.length * random() ** 2)] : vocabulary[Math.floor(vocabulary.length * random() ** 2.5)]);

const out = mkdtempSync(join(tmpdir(), 'pagefind-bounds-'));
const dir = join(out, 'pagefind');
const { index } = await pagefind.createIndex({ forceLanguage: 'fr' });
for (let page = 0; page < 2000; page++) {
  const content = Array.from({ length: 300 }, token).join(' ');
  await index.addCustomRecord({ url: `/p/${page}/`, content, language: 'fr', meta: { title: `Page ${page}` } });
}
await index.writeFiles({ outputPath: dir });
await pagefind.close();

const sizes = new Map(readdirSync(join(dir, 'index')).map((f) => [f, statSync(join(dir, 'index', f)).size]));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`Pagefind ${JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')))).version}`);
console.log(
  `${sizes.size} chunks in index/, largest: ${[...sizes.values()]
    .sort((a, b) => b - a)
    .slice(0, 4)
    .map(kb)
    .join(', ')}`,
);

// fetch shim: serve file: URLs from disk, record each one.
const fetched = [];
globalThis.fetch = async (input) => {
  const url = String(input instanceof Request ? input.url : input);
  const data = readFileSync(fileURLToPath(url));
  fetched.push({ file: url.split('/').pop(), bytes: data.byteLength });
  return new Response(data, { status: 200 });
};
const pf = await import(pathToFileURL(join(dir, 'pagefind.js')).href);

/** The .pf_index chunks one search for `word` downloads, on a fresh Pagefind instance. */
async function chunksFor(word) {
  await pf.destroy();
  await pf.options({ basePath: `${pathToFileURL(dir).href}/` });
  await pf.init();
  const start = fetched.length;
  const { results } = await pf.search(word);
  const chunks = fetched.slice(start).filter((f) => f.file.endsWith('.pf_index'));
  return { chunks, bytes: chunks.reduce((sum, f) => sum + f.bytes, 0), results: results.length };
}

// Whose chunk is whose: each frequent word's own chunk.
const owner = new Map();
for (const word of FREQUENT) for (const { file } of (await chunksFor(word)).chunks) owner.set(file, [owner.get(file), word].filter(Boolean).join(' '));

const candidates = [...new Set([...REAL, ...vocabulary.slice(0, 400)])];
const rows = [];
for (const word of candidates) rows.push({ word, ...(await chunksFor(word)) });
const several = rows.filter((r) => r.chunks.length > 1);
const single = rows.filter((r) => r.chunks.length === 1);
const mean = (list) => kb(list.reduce((sum, r) => sum + r.bytes, 0) / Math.max(list.length, 1));

console.log(`\n${rows.length} words searched, each on a fresh instance:`);
console.log(`  ${single.length} downloaded 1 chunk (mean ${mean(single)})`);
console.log(`  ${several.length} (${((100 * several.length) / rows.length).toFixed(1)} %) downloaded 2 or more chunks (mean ${mean(several)})`);
const show = (r) => {
  const tags = r.chunks.map((c) => (owner.has(c.file) ? `«${owner.get(c.file)}» ${kb(c.bytes)}` : kb(c.bytes)));
  console.log(`  ${r.word.padEnd(14)} ${r.chunks.length} chunk${r.chunks.length > 1 ? 's' : ' '} ${kb(r.bytes).padStart(9)}  [${tags.join(', ')}]`);
};
console.log('\nReal words (the defect depends on where chunks end):');
rows.filter((r) => REAL.includes(r.word)).forEach(show);
console.log('\nEvery word that downloaded more than one chunk («w»: the chunk a search for w alone downloads):');
[...several].sort((a, b) => b.bytes - a.bytes).forEach(show);
rmSync(out, { recursive: true, force: true });
