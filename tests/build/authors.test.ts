/** Authors on the built fixture site (two on the GFM article, one with a photo) and on the real site, which has none. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementWith, pagePaths, readPage, textOf } from '../helpers/dist.ts';
import { readRss } from '../helpers/read-feeds.ts';
import { SITES } from '../helpers/site-build.ts';

const GFM = '/articles/tableaux-gfm/';
const ORIGIN = 'https://veille.example.org';
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);

describe('authors', () => {
  it('sign the article, in order, each linked to their page', () => {
    const html = readPage(SITES.fixture, GFM);
    expect(textOf(elementWith(html, 'class="byline"'))).toBe('Par Jeanne Exemple (Avocate de test, Cabinet Fixture) et Paul Exemple');
    expect(html).toContain('<a href="/auteurs/jeanne-exemple/" rel="author">');
  });

  it('open "Citer cet article" and are Persons in the JSON-LD', () => {
    const html = readPage(SITES.fixture, GFM);
    expect(textOf(elementWith(html, 'class="cite"'))).toMatch(
      /^Citer cet article Jeanne Exemple et Paul Exemple, « Article de test : syntaxe GFM », Vigie, 3 mars 2025, /,
    );
    expect(jsonLd(html).author).toEqual([
      {
        '@type': 'Person',
        name: 'Jeanne Exemple',
        url: `${ORIGIN}/auteurs/jeanne-exemple/`,
        jobTitle: 'Avocate de test',
        affiliation: { '@type': 'Organization', name: 'Cabinet Fixture' },
      },
      { '@type': 'Person', name: 'Paul Exemple', url: `${ORIGIN}/auteurs/paul-exemple/` },
    ]);
  });

  it('each have a page, with their portrait when given, and a feed of their articles', () => {
    const page = readPage(SITES.fixture, '/auteurs/jeanne-exemple/');
    expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)![1]!)).toBe('Jeanne Exemple');
    expect(page).toMatch(/<img src="\/_astro\/[^"]+" alt="Portrait de Jeanne Exemple"[^>]*width="96" height="96"/);
    expect(page).toContain('href="https://auteurs.example.org/jeanne-exemple"');
    expect(page).toContain(`href="${GFM}"`);
    expect(readPage(SITES.fixture, '/auteurs/paul-exemple/')).not.toContain('<img');
    const { channel } = readRss(join(SITES.fixture, 'auteurs', 'jeanne-exemple', 'rss.xml'));
    expect(channel.item.map((item) => item.link)).toEqual([`${ORIGIN}${GFM}`]);
  });

  it('are named in every feed item as dc:creator', () => {
    const { channel } = readRss(join(SITES.fixture, 'rss.xml'));
    const item = channel.item.find((entry) => entry.link === `${ORIGIN}${GFM}`) as unknown as Record<string, unknown>;
    expect(item['dc:creator']).toEqual(['Jeanne Exemple', 'Paul Exemple']);
  });

  it('are invented for nobody: the seed articles have no byline, no author, no author page', () => {
    for (const path of pagePaths(SITES.real).filter((p) => p.startsWith('/articles/'))) {
      const html = readPage(SITES.real, path);
      expect(html, path).not.toContain('class="byline"');
      expect(jsonLd(html), path).not.toHaveProperty('author');
      expect(textOf(elementWith(html, 'class="cite"')), path).toMatch(/^Citer cet article Vigie, « /);
    }
    expect(existsSync(join(SITES.real, 'auteurs'))).toBe(false);
  });
});
