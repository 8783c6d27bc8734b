/** The real content, built by the real `astro build` (tests/global-setup.ts), checked on dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../helpers/site-build.ts';
import { elementWith, pageExists, pagePaths, readPage, textOf } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { readRss, RFC822 } from '../helpers/read-feeds.ts';
import { EMPTY_SOURCES_LINE, normalizeTypography, SEED_ARTICLES, seedDocuments, sentences } from '../helpers/seed.ts';

const dist = SITES.real;
const ORIGIN = 'https://veille.example.org';

describe('real site: pages', () => {
  it('has every expected page', () => {
    const expected = [
      '/',
      '/404.html',
      '/recherche/',
      '/flux/',
      '/archives/',
      '/archives/2025/',
      '/archives/2024/',
      '/themes/',
      '/juridictions/',
      '/types/',
      '/autorites/',
      ...SEED_ARTICLES.map((slug) => `/articles/${slug}/`),
      '/themes/cybersecurite/',
      '/themes/sante-numerique/',
      '/themes/intelligence-artificielle/',
      '/themes/protection-donnees/',
      '/themes/accessibilite/',
      '/themes/contrats-informatiques/',
      '/themes/procedure-civile/',
      '/juridictions/ue/',
      '/juridictions/france/',
      '/types/plan-d-action/',
      '/types/recommandation/',
      '/types/directive/',
      '/types/arret/',
      '/autorites/commission-europeenne/',
      '/autorites/cnil/',
      '/autorites/ca-rennes/',
      '/autorites/cour-de-cassation/',
    ];
    for (const path of expected) expect(pageExists(dist, path), path).toBe(true);
  });

  it('gives no page to taxonomy entries without articles', () => {
    expect(pageExists(dist, '/themes/concurrence/')).toBe(false);
    expect(pageExists(dist, '/autorites/conseil-d-etat/')).toBe(false);
    expect(readPage(dist, '/themes/')).not.toContain('/themes/concurrence/');
  });

  it('is French, ships no executable JavaScript outside the search page but the citation copier, and names its main landmark', () => {
    for (const path of pagePaths(dist)) {
      const html = readPage(dist, path);
      expect(html, path).toMatch(/<html lang="fr">/);
      const executable = html.replace(/<script type="module" src="\/_astro\/CiteArticle[^"]+"><\/script>/, '');
      if (path !== '/recherche/') expect(executable, path).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
      expect(html, path).toContain('<main id="contenu"');
      expect(html, path).toContain('href="#contenu"');
    }
  });

  it('resolves every internal link and anchor', () => {
    expect(brokenLinks(dist)).toEqual([]);
  });

  it('has canonical, description and Open Graph metadata with absolute URLs', () => {
    const html = readPage(dist, '/articles/cnil-interet-legitime-intelligence-artificielle/');
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/articles/cnil-interet-legitime-intelligence-artificielle/">`);
    expect(html).toMatch(/<meta name="description" content="Le 19 juin 2025, la CNIL/);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="article:published_time" content="2025-06-19">');
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml" title="Vigie — tous les articles" href="${ORIGIN}/rss.xml">`);
    expect(html).toContain(`href="${ORIGIN}/themes/intelligence-artificielle/rss.xml"`);
  });

  it('the main feed is linked from every page', () => {
    for (const path of pagePaths(dist)) expect(readPage(dist, path), path).toContain(`href="${ORIGIN}/rss.xml"`);
  });
});

describe('real site: articles', () => {
  const documents = seedDocuments();

  it.each(SEED_ARTICLES.map((slug, index) => [slug, index] as const))('%s keeps every sentence of its seed document', (slug, index) => {
    const body = normalizeTypography(textOf(elementWith(readPage(dist, `/articles/${slug}/`), 'class="prose"')));
    const missing = documents[index]!.flatMap(sentences).filter((sentence) => !body.includes(normalizeTypography(sentence)));
    expect(missing).toEqual([]);
  });

  it('renders no empty sources section and no invented source', () => {
    for (const slug of SEED_ARTICLES) {
      const html = readPage(dist, `/articles/${slug}/`);
      expect(html).not.toContain(EMPTY_SOURCES_LINE);
      expect(html).not.toContain('id="sources"');
    }
  });

  it('turns the seed sections into headings and the four pillars into a nested list', () => {
    const html = readPage(dist, '/articles/plan-action-ue-cybersecurite-hopitaux/');
    const headings = [...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(
      expect.arrayContaining(['1 – Un dispositif européen pour sécuriser les données', '5 – Un premier bilan attendu fin 2025', 'Conclusion']),
    );
    const body = elementWith(html, 'class="prose"');
    const pillars = [...body.matchAll(/<li>([^<]+?)\s*<ul>/g)].map((m) => m[1]!.trim().replace(/\u00a0/g, ' '));
    expect(pillars).toEqual([
      'Prévention renforcée :',
      'Meilleure détection et identification des menaces :',
      'Réponse rapide aux cyberattaques :',
      'Dissuasion :',
    ]);
    expect(body.match(/<ul>/g)).toHaveLength(5);
  });

  it('has a table of contents only with three or more headings', () => {
    expect(readPage(dist, '/articles/plan-action-ue-cybersecurite-hopitaux/')).toContain('id="sommaire"');
    expect(readPage(dist, '/articles/european-accessibility-act-entree-en-application/')).not.toContain('id="sommaire"');
  });

  it('shows the meta line with French dates in <time>, taxonomy links and key dates', () => {
    const html = readPage(dist, '/articles/plan-action-ue-cybersecurite-hopitaux/');
    expect(html).toContain('<time datetime="2025-01-15">15 janvier 2025</time>');
    expect(html).toContain('href="/juridictions/ue/"');
    expect(html).toContain('href="/autorites/commission-europeenne/"');
    expect(html).toContain('href="/types/plan-d-action/"');
    expect(html).toContain('href="/themes/sante-numerique/"');
    const keyDates = textOf(elementWith(html, 'class="key-dates"'));
    // Partial dates are shown as what they are, in date order.
    expect(keyDates).toMatch(/15 janvier 2025.*fin 2025.*d’ici 2026/);
    expect(html).toContain('<time datetime="2025">fin 2025</time>');
  });

  it('links related articles and previous/next', () => {
    const html = readPage(dist, '/articles/cnil-interet-legitime-intelligence-artificielle/');
    expect(html).toContain('rel="prev" href="/articles/cass-2e-civ-article-857-cpc-retractation-ordonnance/"');
    expect(html).toContain('rel="next" href="/articles/european-accessibility-act-entree-en-application/"');
  });

  it('writes 22 mai 2025 and 19 novembre 2024 in French', () => {
    expect(readPage(dist, '/articles/cass-2e-civ-article-857-cpc-retractation-ordonnance/')).toContain('<time datetime="2025-05-22">22 mai 2025</time>');
    expect(readPage(dist, '/archives/2024/')).toContain('19 novembre 2024');
  });
});

describe('real site: listings', () => {
  it('the home page lists the latest articles newest first', () => {
    const html = readPage(dist, '/');
    const order = SEED_ARTICLES.map((slug) => html.indexOf(`/articles/${slug}/`));
    expect(order.every((i) => i > 0)).toBe(true);
    // 28 June, 19 June, 22 May 2025, 15 January 2025, 19 November 2024.
    expect([order[2], order[1], order[4], order[0], order[3]]).toEqual([...order].sort((a, b) => a - b));
  });

  it('topic index shows counts', () => {
    const text = textOf(readPage(dist, '/themes/'));
    expect(text).toMatch(/Cybersécurité 1 article/);
    expect(text).toMatch(/Procédure civile 1 article/);
  });

  it('archives group by year and month', () => {
    const text = textOf(elementWith(readPage(dist, '/archives/'), 'id="contenu"'));
    expect(text).toMatch(/2025 \(4\) Juin 2025 \(2\) Mai 2025 \(1\) Janvier 2025 \(1\) 2024 \(1\) Novembre 2024 \(1\)/);
  });

  it('the 404 page is French and not indexed', () => {
    const html = readPage(dist, '/404.html');
    expect(html).toContain('Page introuvable');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});

describe('real site: feeds and sitemap', () => {
  it('the main feed is valid RSS 2.0 with full content, newest first, absolute links', () => {
    const { version, channel } = readRss(join(dist, 'rss.xml'));
    expect(version).toBe('2.0');
    expect(channel.language).toBe('fr-fr');
    expect(channel.item.map((item) => item.link)).toEqual([2, 1, 4, 0, 3].map((i) => `${ORIGIN}/articles/${SEED_ARTICLES[i]}/`));
    for (const item of channel.item) {
      expect(item.pubDate).toMatch(RFC822);
      expect(item['content:encoded']).toBeTruthy();
    }
    expect(channel.item[0]!.pubDate).toBe('Sat, 28 Jun 2025 00:00:00 GMT');
    expect(channel.item[4]!['content:encoded']).toContain('Dans un arrêt du 19 novembre 2024');
  });

  it('items carry the legal metadata a watcher filters on; the channel its last change', () => {
    const xml = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(xml).toContain('xmlns:dcterms="http://purl.org/dc/terms/"');
    const { channel } = readRss(join(dist, 'rss.xml'));
    // The newest publication in the feed (no seed article is updated): a rebuild gives the same date.
    expect((channel as unknown as { lastBuildDate: string }).lastBuildDate).toBe('Sat, 28 Jun 2025 00:00:00 GMT');
    const cass = channel.item[2]!;
    expect(cass.link).toBe(`${ORIGIN}/articles/${SEED_ARTICLES[4]}/`);
    const categories = (cass.category as unknown as { '#text': string; '@_domain': string }[]).map((c) => `${c['@_domain']} ${c['#text']}`);
    expect(categories).toEqual([
      `${ORIGIN}/themes/ Procédure civile`,
      `${ORIGIN}/types/ Arrêt`,
      `${ORIGIN}/autorites/ Cour de cassation`,
      `${ORIGIN}/juridictions/ France`,
    ]);
    // The citation and the key dates come first in the content, as the page shows them.
    expect(cass['content:encoded']).toMatch(/^<p><strong>Référence :<\/strong> Cass\. 2e civ\., 22 mai 2025/);
    expect(cass['content:encoded']).toContain('<p><strong>Dates clés :</strong></p><ul><li>22 mai 2025 — Décision : ');
  });

  it('there is one feed per topic, jurisdiction, type and authority in use, listed on /flux/', () => {
    const flux = readPage(dist, '/flux/');
    for (const path of ['/themes/cybersecurite/rss.xml', '/juridictions/france/rss.xml', '/types/arret/rss.xml', '/autorites/cnil/rss.xml']) {
      expect(existsSync(join(dist, path)), path).toBe(true);
      expect(flux).toContain(`href="${path}"`);
    }
    const france = readRss(join(dist, 'juridictions/france/rss.xml')).channel;
    expect(france.item.map((item) => item.link.split('/').at(-2))).toEqual([SEED_ARTICLES[1], SEED_ARTICLES[4], SEED_ARTICLES[3]]);
    // A feed's channel links to the page it belongs to.
    expect(france.link).toBe(`${ORIGIN}/juridictions/france/`);
    expect(readRss(join(dist, 'rss.xml')).channel.link).toBe(`${ORIGIN}/`);
  });

  it('the sitemap lists every page but the 404, with absolute URLs', () => {
    const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const pages = pagePaths(dist).filter((path) => path !== '/404.html');
    expect(urls.sort()).toEqual(pages.map((path) => `${ORIGIN}${path}`).sort());
  });
});
