/**
 * Plain MDX articles are rendered to HTML during the content sync (src/loaders/render-at-sync.ts);
 * the others are compiled by @astrojs/mdx. Both must give the same page. Each article of the real
 * and fixture content, plus one that uses every Markdown construct an article may hold, gets a
 * twin whose body ends with an MDX comment (`{/* … *\/}`, which renders nothing but needs the
 * compiler): the real `astro build`, under a sub-path, must render each pair's body identically.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities, elementWith, listFiles, readPage } from '../helpers/dist.ts';
import { slugOfFile } from '../../src/lib/article-files.ts';
import { FIXTURE_CONTENT, OUTPUT, ROOT, buildSiteWithLog, runAstro } from '../helpers/site-build.ts';

const CONTENT = join(OUTPUT, 'render-twins-content');
const TWIN_SUFFIX = '-compile';

const FRONTMATTER = `---
title: "Toutes les constructions Markdown"
summary: "Un article qui emploie chaque construction qu’un article peut contenir."
published: 2025-05-12
jurisdiction: france
authority: cnil
type: recommandation
topics: [protection-donnees]
---
`;

/** Every construct an article may use without needing a module. */
const EVERY_CONSTRUCT = `${FRONTMATTER}
Premier paragraphe avec du **gras**, de l’*italique*, du \`code en ligne\`, du ~~barré~~ et une
ligne coupée  
en deux, puis une autre\\
encore. Les guillemets « français » ; les deux-points : et 20 % ! L’article L. 161-1 s’applique.

## Contexte

Un lien interne vers [le thème](/themes/cybersecurite/), un autre vers [une ancre](#portee-premiere-lecture),
un lien externe vers [EUR-Lex](https://eur-lex.europa.eu/eli/reg/2016/679/oj "Texte du règlement"),
une adresse https://www.legifrance.gouv.fr/ et www.example.org en clair, un courriel contact@example.org.

### Portée : première lecture

1. Premier point ;
2. Second point :
   - sous-point *a* ;
   - sous-point *b*.
3. Troisième point[^deux].

> Une citation de la décision, avec une note[^une].
>
> — Cour de cassation

## Contexte

| Obligation | Échéance | Montant |
| :--- | :---: | ---: |
| Registre | Immédiate | 10 000 € |
| Analyse d’impact | Avant le traitement | 20 % |

- [x] Fait
- [ ] À faire

---

Des caractères échappés : \\{accolade\\}, \\<chevron\\>, \\*étoile\\*, &amp; et &lt;, une espace&nbsp;insécable.

![Logo distant](https://example.org/logo.png "Un logo")

[^une]: Cass. com., n° 23-12.345.
[^deux]: Voir aussi la [note précédente](#user-content-fn-une).
`;

/**
 * Text as characters (entities decoded, then only &, < and > escaped); tags as written; a run of
 * white space between tags counted once (the twin's comment leaves a line break of its own).
 */
function normalised(html: string): string {
  return html
    .trim()
    .replace(/>\s+</g, '>\n<')
    .split(/(<[^>]+>)/)
    .map((part) => (part.startsWith('<') ? part : decodeEntities(part).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

/** A build from an empty content store, with its log. */
async function freshBuild(name: string, contentDir: string, base = '/'): Promise<{ dist: string; log: string }> {
  rmSync(join(OUTPUT, name, 'cache'), { recursive: true, force: true });
  return build(name, contentDir, base);
}

/** A build that keeps the content store of the previous one (Astro's cache folder). */
function build(name: string, contentDir: string, base = '/'): Promise<{ dist: string; log: string }> {
  return buildSiteWithLog({ name, contentDir, base });
}

/** The loader's count: rendered while syncing, compiled as modules, unchanged. */
function counts(log: string): [number, number, number] {
  const line = /(\d+) article\(s\) rendered to HTML while syncing, (\d+) compiled as MDX modules.*, (\d+) unchanged since the last build/.exec(log);
  if (!line) throw new Error(`No count in the build log:\n${log}`);
  return [Number(line[1]), Number(line[2]), Number(line[3])];
}

describe('articles rendered during the sync and compiled by @astrojs/mdx', () => {
  const pairs: string[] = [];
  let drafts = 0;
  let dist = '';
  let log = '';

  beforeAll(async () => {
    rmSync(CONTENT, { recursive: true, force: true });
    const articles = join(CONTENT, 'articles');
    mkdirSync(articles, { recursive: true });
    const sources = [...listFiles(join(ROOT, 'content', 'articles'), '.mdx'), ...listFiles(join(FIXTURE_CONTENT, 'articles'), '.mdx')];
    for (const source of sources) cpSync(source, join(articles, `${slugOfFile(source)}.mdx`));
    writeFileSync(join(articles, 'toutes-les-constructions.mdx'), EVERY_CONSTRUCT);
    for (const name of readdirSync(articles)) {
      const text = readFileSync(join(articles, name), 'utf8');
      if (/^draft: true$/m.test(text)) {
        drafts++;
        continue;
      }
      const slug = slugOfFile(name);
      writeFileSync(join(articles, `${slug}${TWIN_SUFFIX}.mdx`), `${text.trimEnd()}\n\n{/* Compilé par @astrojs/mdx. */}\n`);
      pairs.push(slug);
    }
    ({ dist, log } = await freshBuild('render-twins', CONTENT, '/veille'));
  }, 240_000);

  it('renders plain articles while syncing and leaves the twins to @astrojs/mdx, saying so', () => {
    expect(counts(log)).toEqual([pairs.length + drafts, pairs.length, 0]);
    expect(log).toMatch(/compiled as MDX modules: [^\n]*-compile\.mdx \(a \{…\} expression\)/);
  });

  it('covers the real, fixture and every-construct articles', () => {
    expect(pairs.length).toBeGreaterThan(50);
    expect(pairs).toContain('toutes-les-constructions');
    expect(pairs).toContain('cnil-interet-legitime-intelligence-artificielle');
  });

  it('renders each pair identically: body, table of contents and notes', () => {
    const differing = pairs.filter((slug) => {
      const body = (id: string) => normalised(elementWith(readPage(dist, `/articles/${id}/`), 'class="prose"'));
      return body(slug) !== body(`${slug}${TWIN_SUFFIX}`);
    });
    expect(differing).toEqual([]);
    const toc = (id: string) => normalised(readPage(dist, `/articles/${id}/`).match(/<nav[^>]*class="toc"[\s\S]*?<\/nav>/)?.[0] ?? '');
    expect(toc('toutes-les-constructions')).toContain('portee-premiere-lecture');
    expect(toc('toutes-les-constructions')).toBe(toc(`toutes-les-constructions${TWIN_SUFFIX}`));
  });

  it('renders the every-construct article as Markdown, with the base path on internal links', () => {
    const body = elementWith(readPage(dist, '/articles/toutes-les-constructions/'), 'class="prose"');
    for (const expected of ['<strong>gras</strong>', '<del>barré</del>', '<code>code en ligne</code>', 'href="/veille/themes/cybersecurite/"', 'id="contexte-2"', '<blockquote>', '<img src="https://example.org/logo.png"', 'data-footnote-backref', '{accolade}']) {
      expect(body).toContain(expected);
    }
  });
});

describe('articles that need a module', () => {
  it('renders JSX elements and expressions through @astrojs/mdx', async () => {
    const content = join(OUTPUT, 'render-module-content');
    rmSync(content, { recursive: true, force: true });
    mkdirSync(join(content, 'articles'), { recursive: true });
    writeFileSync(join(content, 'articles', 'avec-composants.mdx'), `${FRONTMATTER}\nLe <abbr title="Règlement général sur la protection des données">RGPD</abbr> s’applique depuis {2016 + 2}.\n`);
    const { dist, log } = await freshBuild('render-module', content);
    expect(counts(log)).toEqual([0, 1, 0]);
    const body = elementWith(readPage(dist, '/articles/avec-composants/'), 'class="prose"');
    expect(body).toContain('<abbr title="Règlement général sur la protection des données">RGPD</abbr>');
    expect(body).toContain('depuis 2018');
  }, 120_000);

  it('fails the build on invalid MDX, naming the file, line and column', async () => {
    const content = join(OUTPUT, 'render-invalid-content');
    rmSync(content, { recursive: true, force: true });
    mkdirSync(join(content, 'articles'), { recursive: true });
    writeFileSync(join(content, 'articles', 'accolade-ouverte.mdx'), `${FRONTMATTER}\nUne accolade { jamais fermée.\n`);
    const run = await runAstro('build', { name: 'render-invalid', contentDir: content });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/accolade-ouverte\.mdx:11:\d+/);
    expect(run.output).toMatch(/closing brace/);
  }, 120_000);
});

describe('the content store between builds', () => {
  it('renders an article again when its file changes, and only that one', async () => {
    const content = join(OUTPUT, 'render-rebuild-content');
    rmSync(content, { recursive: true, force: true });
    mkdirSync(join(content, 'articles'), { recursive: true });
    const write = (slug: string, text: string) => writeFileSync(join(content, 'articles', `${slug}.mdx`), `${FRONTMATTER}\n${text}\n`);
    write('modifie', 'Première version du texte.');
    write('inchange', 'Voir [le thème](/themes/cybersecurite/).');
    let { dist, log } = await freshBuild('render-rebuild', content);
    expect(counts(log)).toEqual([2, 0, 0]);
    expect(readPage(dist, '/articles/modifie/')).toContain('Première version du texte.');
    write('modifie', 'Seconde version du texte.');
    ({ dist, log } = await build('render-rebuild', content));
    expect(counts(log)).toEqual([1, 0, 1]);
    expect(readPage(dist, '/articles/modifie/')).toContain('Seconde version du texte.');
    expect(readPage(dist, '/articles/modifie/')).not.toContain('Première version');
    expect(readPage(dist, '/articles/inchange/')).toContain('href="/themes/cybersecurite/"');
    // Same files, another base path: the stored HTML must follow it.
    ({ dist } = await build('render-rebuild', content, '/veille'));
    expect(readPage(dist, '/articles/inchange/')).toContain('href="/veille/themes/cybersecurite/"');
  }, 240_000);
});
