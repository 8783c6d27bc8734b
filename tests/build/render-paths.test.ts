/**
 * An article reads the same whichever way it is rendered: as Markdown while content is synced
 * (src/loading/markdown-article-loader.ts), or compiled by @astrojs/mdx. Every real and fixture
 * article is built twice in one site, once as written and once with an MDX comment that sends it
 * to @astrojs/mdx, and the two bodies are compared.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, elementWith, readPage } from '../helpers/dist.ts';
import { buildSiteWithLog, OUTPUT, ROOT, TEST_TODAY } from '../helpers/site-build.ts';
import { listArticleFiles, slugOfFile } from '../../src/loading/article-files.ts';
import { mdxModuleReason } from '../../src/loading/mdx-module-reason.ts';
import { loadSearchIndex } from '../../src/search/node-pagefind.ts';
import { runSearch } from '../../src/search/search-engine.ts';
import { parseSearchState } from '../../src/search/search-query.ts';

const CONTENT = join(OUTPUT, 'render-paths-content');
const TWIN = '-mdx';
let dist: string;
let log: string;
const slugs: string[] = [];

beforeAll(async () => {
  // A cold build: every article rendered now, none kept from an earlier run.
  rmSync(join(OUTPUT, 'render-paths'), { recursive: true, force: true });
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(join(CONTENT, 'articles'), { recursive: true });
  cpSync(join(ROOT, 'content', 'taxonomy'), join(CONTENT, 'taxonomy'), { recursive: true });
  // The fixture articles name the fixture's authors.
  cpSync(join(ROOT, 'tests', 'fixtures', 'content', 'authors'), join(CONTENT, 'authors'), { recursive: true });
  const sources = [...listArticleFiles(join(ROOT, 'content', 'articles')), ...listArticleFiles(join(ROOT, 'tests', 'fixtures', 'content', 'articles'))];
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    // Drafts and articles scheduled after the build day are not built.
    if (/^draft: true$/m.test(text) || (/^published: (\S+)$/m.exec(text)?.[1] ?? '') > TEST_TODAY) continue;
    const slug = slugOfFile(file);
    slugs.push(slug);
    writeFileSync(join(CONTENT, 'articles', `${slug}.mdx`), text);
    writeFileSync(join(CONTENT, 'articles', `${slug}${TWIN}.mdx`), `${text.trimEnd()}\n\n{/* compiled as MDX */}\n`);
  }
  ({ dist, log } = await buildSiteWithLog({ name: 'render-paths', contentDir: CONTENT }));
}, 300_000);

/** What differs only in how HTML is written: line breaks between tags, `<br/>` for `<br>`, `&quot;` for `"`, `attr=""` for `attr`. */
const normalized = (html: string) =>
  decodeEntities(html)
    .replace(/>\s+</g, '><')
    .replace(/\s*\/>/g, '>')
    .replace(/=""/g, '')
    .trim();

describe('two ways to render an article', () => {
  it('indexes the words of table headers and cells apart, both ways', async () => {
    const index = await loadSearchIndex(dist);
    for (const word of ['Plafond', 'Référence', 'Manquement', 'Échéance']) {
      const found = await runSearch(index, parseSearchState(`?q=${encodeURIComponent(word)}`));
      expect(found.hits.map((hit) => hit.url).sort(), word).toEqual(['/articles/tableaux-gfm-mdx/', '/articles/tableaux-gfm/']);
    }
  });

  it('renders every plain article as Markdown and its twin as MDX', () => {
    expect(slugs.length).toBeGreaterThan(8);
    for (const slug of slugs)
      expect(mdxModuleReason(readFileSync(join(CONTENT, 'articles', `${slug}.mdx`), 'utf8').replace(/^---[\s\S]*?\n---/, '')), slug).toBeUndefined();
    expect(log).toMatch(new RegExp(`${slugs.length} article\\(s\\) rendered as Markdown`));
    expect(readdirSync(join(dist, 'articles')).length).toBe(slugs.length * 2);
  });

  it('gives the same body and table of contents both ways', () => {
    let contents = 0;
    for (const slug of slugs) {
      const markdown = readPage(dist, `/articles/${slug}/`);
      const mdx = readPage(dist, `/articles/${slug}${TWIN}/`);
      expect(normalized(elementWith(mdx, 'class="prose"')), slug).toBe(normalized(elementWith(markdown, 'class="prose"')));
      expect(mdx.includes('class="toc"'), slug).toBe(markdown.includes('class="toc"'));
      if (!markdown.includes('class="toc"')) continue;
      contents++;
      expect(normalized(elementWith(mdx, 'class="toc"')), slug).toBe(normalized(elementWith(markdown, 'class="toc"')));
    }
    expect(contents).toBeGreaterThan(0);
  });

  it('gives aligned table cells a class both ways, never an align attribute or a style', () => {
    for (const slug of ['tableaux-gfm', `tableaux-gfm${TWIN}`]) {
      const body = elementWith(readPage(dist, `/articles/${slug}/`), 'class="prose"');
      expect(body, slug).toMatch(/<td class="align-right">10\s000\s000\s€<\/td>/u);
      expect(body, slug).toMatch(/<th class="align-center">Référence<\/th>/);
      expect(body, slug).not.toMatch(/\salign=|\sstyle=/);
    }
  });
});
