/**
 * La lettre de veille on the built fixture site (monthly since 2022-01, a sign-up page, Mailchimp's
 * unsubscribe placeholder, an introduction for 2022-01) and on the real site: issues, grouping,
 * deadlines, no draft or scheduled article, the e-mail HTML and its text version, the feed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { periodKey } from '../../src/domain/letter.ts';
import { loadTaxonomy } from '../../src/loading/taxonomy.ts';
import { attributeValues, readPage, textOf } from '../helpers/dist.ts';
import { readRss } from '../helpers/read-feeds.ts';
import { ROOT, SITES } from '../helpers/site-build.ts';

const dist = SITES.fixture;
const ORIGIN = 'https://veille.example.org';
const issueKeys = (site: string) =>
  readdirSync(join(site, 'lettres'))
    .filter((name) => statSync(join(site, 'lettres', name)).isDirectory())
    .sort()
    .reverse();
/** Every article page of a built site, by slug, with its publication day and main topic. */
function articlesOf(site: string): { slug: string; published: string; title: string }[] {
  return readdirSync(join(site, 'articles')).map((slug) => {
    const html = readPage(site, `/articles/${slug}/`);
    return {
      slug,
      published: /<meta property="article:published_time" content="([^"]+)"/.exec(html)![1]!,
      title: textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!),
    };
  });
}

describe('issues', () => {
  it('one per month with published articles since the first, numbered by the calendar, newest first', () => {
    const articles = articlesOf(dist);
    const months = [...new Set(articles.map((a) => a.published.slice(0, 7)).filter((month) => month >= '2022-01'))].sort().reverse();
    expect(issueKeys(dist)).toEqual(months);
    const list = readPage(dist, '/lettres/');
    const listed = [...list.matchAll(/<a href="\/lettres\/([^/]+)\/">Lettre n°\u00a0(\d+) — ([^<]+)<\/a>/g)].map((m) => [m[1], Number(m[2])]);
    expect(listed.map(([key]) => key)).toEqual(months);
    for (const [key, number] of listed) {
      const [year, month] = (key as string).split('-').map(Number);
      expect(number, key as string).toBe((year! - 2022) * 12 + month!);
    }
  });

  it('never hold a draft or a scheduled article', () => {
    // The fixture's draft (December 2025) and scheduled article (September 2025, after the build day).
    expect(issueKeys(dist)).not.toContain('2025-12');
    expect(issueKeys(dist)).not.toContain('2025-09');
    for (const key of issueKeys(dist)) {
      for (const file of ['index.html', 'courriel.html', 'courriel.txt']) {
        const text = readFileSync(join(dist, 'lettres', key, file), 'utf8');
        expect(text, `${key}/${file}`).not.toMatch(/brouillon-confidentiel|publication-programmee/);
      }
    }
  });

  it('list the period’s articles under their main topic, in the taxonomy’s order', () => {
    const topics = loadTaxonomy(join(ROOT, 'content', 'taxonomy')).topics;
    for (const key of issueKeys(dist)) {
      const html = readPage(dist, `/lettres/${key}/`);
      const headings = [...html.matchAll(/<h2 id="theme-([^"]+)">/g)].map((m) => m[1]!);
      const order = headings.map((slug) => topics.findIndex((topic) => topic.slug === slug));
      expect(order, key).toEqual([...order].sort((a, b) => a - b));
      const linked = new Set(attributeValues(html, 'href').filter((href) => href.startsWith('/articles/')));
      const expected = articlesOf(dist).filter((a) => periodKey(new Date(`${a.published}T00:00:00Z`), 'month') === key);
      for (const article of expected) expect(linked.has(`/articles/${article.slug}/`), `${key}: ${article.slug}`).toBe(true);
    }
  });

  it('show the editors’ introduction, and the deadlines of the weeks after the period', () => {
    const first = readPage(dist, '/lettres/2022-01/');
    expect(first).toContain('<h2 id="mot">Éditorial de test</h2>');
    expect(first).toContain('LETTRE-INTRO');
    // The sub-folder article's July 2023 decision follows June 2023's issue.
    expect(textOf(/<section class="letter__deadlines"[\s\S]*?<\/section>/.exec(readPage(dist, '/lettres/2023-06/'))![0])).toContain('Décision de test');
    expect(readPage(dist, '/lettres/2022-02/')).not.toContain('letter__deadlines');
  });

  it('offer the sign-up page when one is set, and nothing when none is', () => {
    for (const path of ['/', '/lettres/', '/lettres/2022-01/']) expect(readPage(dist, path), path).toContain('href="https://lettre.example.org/inscription"');
    for (const path of ['/', '/lettres/']) expect(readPage(SITES.real, path), path).not.toContain('letter-signup');
  });

  it('are linked from the feeds page, the home page and every issue', () => {
    expect(attributeValues(readPage(dist, '/flux/'), 'href')).toContain('/lettres/rss.xml');
    expect(attributeValues(readPage(dist, '/'), 'href')).toEqual(expect.arrayContaining(['/lettres/', '/lettres/rss.xml']));
    for (const key of issueKeys(dist)) expect(attributeValues(readPage(dist, `/lettres/${key}/`), 'href'), key).toContain('/lettres/rss.xml');
  });

  it('start with the seed content’s own issues', () => {
    expect(issueKeys(SITES.real)).toEqual(['2025-06', '2025-05', '2025-01', '2024-11']);
  });
});

describe('the e-mail', () => {
  const email = (site: string, key: string) => readFileSync(join(site, 'lettres', key, 'courriel.html'), 'utf8');
  const text = (site: string, key: string) => readFileSync(join(site, 'lettres', key, 'courriel.txt'), 'utf8');

  it('is self-contained HTML for mail clients: absolute links, no script, no web font, inlined styles, 600 px, under 100 KB', () => {
    for (const [site, prefix] of [
      [dist, ''],
      [SITES.fixtureBased, '/veille'],
    ] as const) {
      for (const key of issueKeys(site)) {
        const html = email(site, key);
        expect(Buffer.byteLength(html), key).toBeLessThan(100 * 1024);
        expect(html).not.toMatch(/<script|@font-face|<link /i);
        for (const url of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')])
          expect(url === '*|UNSUB|*' || url.startsWith(`${ORIGIN}${prefix}/`), `${key}: ${url}`).toBe(true);
        expect(html).toMatch(/<table[^>]*class="card"[^>]*width="600"/);
        // Styles are on the elements; only the narrow-screen rules stay in a <style> block.
        expect(html).toMatch(/<h1 style="[^"]+">/);
        for (const block of html.match(/<style>[\s\S]*?<\/style>/g) ?? [])
          expect(
            block
              .replace(/@media[^{]+\{([^{}]*\{[^{}]*\})*\s*\}/g, '')
              .replace(/<\/?style>/g, '')
              .trim(),
          ).toBe('');
        expect(html).toContain('href="*|UNSUB|*"');
      }
    }
    expect(email(dist, '2022-01')).toContain(`href="${ORIGIN}/articles/fixture-001/"`);
  });

  it('is valid HTML (html-validate), but for what mail clients need: inline styles and table attributes', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off', 'no-deprecated-attr': 'off' } });
    const problems: string[] = [];
    for (const key of issueKeys(dist)) {
      for (const result of (await validator.validateString(email(dist, key))).results)
        for (const message of result.messages) problems.push(`${key}:${message.line} ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has a text version holding every title and link of the HTML one', () => {
    for (const key of issueKeys(dist)) {
      const html = email(dist, key);
      const plain = text(dist, key);
      for (const url of attributeValues(html, 'href')) expect(plain, `${key}: ${url}`).toContain(url);
      const spaces = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ');
      for (const title of [...html.matchAll(/<h3[^>]*><a[^>]*>([^<]+)<\/a>/g)].map((m) => spaces(textOf(m[1]!)))) expect(spaces(plain), key).toContain(title);
    }
    expect(text(dist, '2022-01')).toContain('LETTRE-INTRO');
  });
});

describe('the feed of issues', () => {
  it('holds each issue whole, newest first', () => {
    const { channel } = readRss(join(dist, 'lettres', 'rss.xml'));
    const keys = issueKeys(dist);
    expect(channel.item.map((item) => item.link)).toEqual(keys.map((key) => `${ORIGIN}/lettres/${key}/`));
    const first = channel.item.at(-1)!;
    expect(first.title).toBe('Lettre n°\u00a01 — Janvier 2022');
    expect(first['content:encoded']).toContain('LETTRE-INTRO');
    expect(first['content:encoded']).toContain(`${ORIGIN}/articles/fixture-001/`);
    expect(readFileSync(join(dist, 'lettres', 'rss.xml'), 'utf8')).toContain('<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>');
  });
});
