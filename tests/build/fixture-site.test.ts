/** The fixture content folder (drafts, pagination, every topic, GFM), built by the real `astro build`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, SITES, TEST_TODAY } from '../helpers/site-build.ts';
import { elementWith, listFiles, pageExists, readPage, textOf } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { readRss } from '../helpers/read-feeds.ts';
import { GENERATED_COUNT } from '../fixtures/make-fixture-content.ts';
import { loadTaxonomy } from '../../src/loading/taxonomy.ts';

const dist = SITES.fixture;
/** Generated articles plus the hand-written fixtures that are not drafts. */
const PUBLISHED = GENERATED_COUNT + 5;

describe('fixture site', () => {
  it('keeps drafts and articles scheduled after the build day out of every page, feed, calendar and the sitemap', () => {
    expect(pageExists(dist, '/articles/brouillon-confidentiel/')).toBe(false);
    expect(pageExists(dist, '/articles/publication-programmee/')).toBe(false);
    for (const file of [...listFiles(dist, '.html'), ...listFiles(dist, '.xml'), ...listFiles(dist, '.ics')]) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes('brouillon-confidentiel') || text.includes('Brouillon confidentiel') || text.includes('BROUILLONSECRET'), file).toBe(false);
      expect(text.includes('publication-programmee') || text.includes('Article programmé') || text.includes('PROGRAMMESECRET'), file).toBe(false);
    }
  });

  it('names articles by file name, whatever the folder', () => {
    expect(pageExists(dist, '/articles/article-dans-un-dossier/')).toBe(true);
    expect(pageExists(dist, '/articles/fixture-001/')).toBe(true);
    expect(pageExists(dist, '/articles/sous-dossier/article-dans-un-dossier/')).toBe(false);
  });

  it('paginates listings by 20 with stable URLs', () => {
    const topic = readPage(dist, '/themes/cybersecurite/');
    const count = (textOf(readPage(dist, '/themes/')).match(/Cybersécurité (\d+) articles/) ?? [])[1];
    const total = Number(count);
    expect(total).toBeGreaterThan(20);
    const pages = Math.ceil(total / 20);
    for (let n = 2; n <= pages; n++) expect(pageExists(dist, `/themes/cybersecurite/${n}/`)).toBe(true);
    expect(pageExists(dist, `/themes/cybersecurite/${pages + 1}/`)).toBe(false);
    expect(pageExists(dist, '/themes/cybersecurite/1/')).toBe(false);
    expect(topic.match(/class="article-card"/g)).toHaveLength(20);
    expect(topic).toContain('rel="next" href="/themes/cybersecurite/2/"');
    const last = readPage(dist, `/themes/cybersecurite/${pages}/`);
    expect(last.match(/class="article-card"/g)).toHaveLength(total - 20 * (pages - 1));
    expect(last).toContain(`(page ${pages} sur ${pages})`);
  });

  it('has a page and a feed for every topic, jurisdiction and type in use', () => {
    const taxonomy = loadTaxonomy(join(process.cwd(), 'content', 'taxonomy'));
    for (const topic of taxonomy.topics) {
      expect(pageExists(dist, `/themes/${topic.slug}/`), topic.slug).toBe(true);
      expect(pageExists(dist, `/themes/${topic.slug}/rss.xml`), topic.slug).toBe(true);
    }
    for (const jurisdiction of taxonomy.jurisdictions) expect(pageExists(dist, `/juridictions/${jurisdiction.slug}/`)).toBe(true);
    for (const type of taxonomy.types) expect(pageExists(dist, `/types/${type.slug}/`)).toBe(true);
  });

  it('lists every published article in the archives exactly once', () => {
    const years = listFiles(join(dist, 'archives'), '.html').filter((f) => /archives\/\d{4}\/index\.html$/.test(f));
    const links = years.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/href="\/articles\/([^/]+)\/"/g)].map((m) => m[1]));
    expect(links).toHaveLength(PUBLISHED);
    expect(new Set(links).size).toBe(PUBLISHED);
  });

  it('feeds hold at most 50 items, newest first', () => {
    const { channel } = readRss(join(dist, 'rss.xml'));
    expect(channel.item).toHaveLength(Math.min(50, PUBLISHED));
    const dates = channel.item.map((item) => Date.parse(item.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('renders GitHub-flavoured Markdown: table, task list, autolinks, strikethrough', () => {
    const body = elementWith(readPage(dist, '/articles/tableaux-gfm/'), 'class="prose"');
    expect(body).toMatch(/<table>[\s\S]*<th>Obligation<\/th>[\s\S]*<td>Registre des traitements<\/td>/);
    expect(body).toMatch(/<input type="checkbox" checked disabled\/?>/);
    expect(body).toMatch(/<input type="checkbox" disabled\/?>/);
    // A www autolink has no scheme from the author: it links with https.
    expect(body).toContain('<a href="https://www.example.org">www.example.org</a>');
    expect(body).toContain('<a href="https://example.org/texte">https://example.org/texte</a>');
    expect(body).toContain('<del>barré</del>');
  });

  it('titles footnotes and their back links in French, and keeps them out of the contents list', () => {
    const html = readPage(dist, '/articles/tableaux-gfm/');
    const notes = elementWith(html, 'class="footnotes"');
    expect(notes).toMatch(/<h2[^>]*class="footnotes__title"[^>]*>Notes<\/h2>/);
    expect(notes).toContain('Article 30 du RGPD');
    expect(notes).toMatch(/aria-label="Retour à l’appel de note 1"/);
    expect(html).not.toMatch(/Footnotes|Back to reference/);
    expect(textOf(elementWith(html, 'class="toc"'))).not.toContain('Notes');
  });

  it('shows sources, an updated date and month-precision key dates', () => {
    const html = readPage(dist, '/articles/tableaux-gfm/');
    const sources = elementWith(html, 'class="sources"');
    expect(textOf(sources)).toContain('Source de test — CELEX 32016R0679');
    // An identifier without URL links to its official resolver.
    expect(sources).toContain('<a href="https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=ecli:ECLI%3AEU%3AC%3A2020%3A559">Arrêt de test sans URL</a>');
    expect(textOf(elementWith(html, 'class="legal-reference"'))).toBe('Référence Cass. com., 1er mars 2025, n° 23-12.345 — ECLI:FR:CCASS:2025:CO00123');
    const folder = readPage(dist, '/articles/article-dans-un-dossier/');
    expect(folder).toContain('<time datetime="2023-08-01">1<sup>er</sup> août 2023</time>');
    expect(folder).toContain('<time datetime="2023-07">juillet 2023</time>');
  });

  it('resolves every internal link and anchor', () => {
    expect(brokenLinks(dist)).toEqual([]);
  });

  it('makes root-relative links in feed content absolute', () => {
    const gfm = readRss(join(dist, 'rss.xml')).channel.item.find((item) => item.link.endsWith('/tableaux-gfm/'))!;
    expect(gfm['content:encoded']).toContain('href="https://veille.example.org/articles/fixture-001/"');
  });

  it('the fixture folder really holds a scheduled article (the test above is not vacuous)', () => {
    const text = readFileSync(join(FIXTURE_CONTENT, 'articles', 'publication-programmee.mdx'), 'utf8');
    expect(/^published: (\S+)$/m.exec(text)![1]! > TEST_TODAY).toBe(true);
  });

  it('the fixture folder really holds a draft (the draft tests above are not vacuous)', () => {
    expect(readFileSync(join(FIXTURE_CONTENT, 'articles', 'brouillon-confidentiel.mdx'), 'utf8')).toContain('draft: true');
  });
});
