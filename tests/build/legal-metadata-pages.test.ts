/** Citations, identifiers, JSON-LD, the agenda and its iCalendar feeds, French typography: on the real build. */
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../helpers/site-build.ts';
import { elementWith, pagePaths, readPage, textOf } from '../helpers/dist.ts';
import { SEED_ARTICLES } from '../helpers/seed.ts';

const dist = SITES.real;
const ORIGIN = 'https://veille.example.org';

// biome-ignore lint/suspicious/noExplicitAny: JSON-LD is read as untyped JSON, field by field.
function jsonLd(path: string): Record<string, any> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(readPage(dist, path));
  if (!match) throw new Error(`no JSON-LD on ${path}`);
  return JSON.parse(match[1]!);
}

function calendar(file: string) {
  const text = readFileSync(join(dist, file), 'utf8');
  return { text, component: new ICAL.Component(ICAL.parse(text)) };
}

describe('decision citations and article citation', () => {
  it('generates the citation from the data, showing only what is known', () => {
    expect(textOf(elementWith(readPage(dist, `/articles/${SEED_ARTICLES[4]}/`), 'class="legal-reference"'))).toBe('Référence Cass. 2e civ., 22 mai 2025');
    expect(textOf(elementWith(readPage(dist, `/articles/${SEED_ARTICLES[3]}/`), 'class="legal-reference"'))).toBe('Référence CA Rennes, 19 nov. 2024');
    expect(readPage(dist, `/articles/${SEED_ARTICLES[0]}/`)).not.toContain('class="legal-reference"');
  });

  it('offers a ready citation of every article, and plain share links', () => {
    const section = elementWith(readPage(dist, `/articles/${SEED_ARTICLES[1]}/`), 'class="cite"');
    const url = `${ORIGIN}/articles/${SEED_ARTICLES[1]}/`;
    const citation = `Vigie, « IA et intérêt légitime : la CNIL publie de nouvelles recommandations », 19 juin 2025, ${url}`;
    expect(textOf(section)).toBe(`Citer cet article ${citation} Copier la citation Partager : sur LinkedIn · par courriel`);
    // The copy button holds the citation (the browser test clicks it) and is hidden until its script runs.
    expect(section).toMatch(/<button type="button" class="button-secondary" data-copy="[^"]+" aria-describedby="citer-etat" hidden>/);
    const hrefs = [...section.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(hrefs[0]).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`);
    const mail = new URL(hrefs[1]!);
    expect(mail.protocol).toBe('mailto:');
    // The title as typeset (a no-break space before the colon).
    expect(mail.searchParams.get('subject')).toBe('IA et intérêt légitime\u00a0: la CNIL publie de nouvelles recommandations');
    expect(mail.searchParams.get('body')?.replace(/[\u00a0\u202f]/g, ' ')).toBe(`${citation}\n`);
    // Plain links: the only script is the citation copier's.
    const scripts = [...readPage(dist, `/articles/${SEED_ARTICLES[1]}/`).matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual([expect.stringMatching(/^<script type="module" src="\/_astro\/CiteArticle[^"]+\.js">$/)]);
  });
});

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');

describe('share images (Open Graph)', () => {
  it.each([
    ['real', SITES.real, ''],
    ['based', SITES.based, '/veille'],
  ])('%s: every article has its own 1200×630 card, every other page the site card', (_, site, prefix) => {
    for (const path of pagePaths(site)) {
      const html = readPage(site, path);
      const image = meta(html, 'og:image');
      const article = /^\/articles\/([^/]+)\/$/.exec(path)?.[1];
      expect(image, path).toBe(`${ORIGIN}${prefix}${article ? `/og/articles/${article}.png` : '/og/site.png'}`);
      expect(pngSize(join(site, new URL(image!).pathname.slice(prefix.length))), path).toEqual({ width: 1200, height: 630 });
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'og:image:type')).toBe('image/png');
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(html, 'og:image:alt'), path).toMatch(/^Vigie — /);
    }
  });

  it('says in its alternative text what the card shows', () => {
    const html = readPage(dist, `/articles/${SEED_ARTICLES[4]}/`);
    expect(meta(html, 'og:image:alt')?.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Vigie — Arrêt — Cass. 2e civ., 22 mai 2025 : le délai de l’article 857 du CPC et la rétractation d’une ordonnance sur requête — Cass. 2e civ., 22 mai 2025 — Publié le 22 mai 2025',
    );
  });
});

describe('JSON-LD', () => {
  it('every article page has a valid NewsArticle, and no other page has one', () => {
    for (const path of pagePaths(dist)) {
      const html = readPage(dist, path);
      if (!path.startsWith('/articles/')) {
        expect(html, path).not.toContain('application/ld+json');
        continue;
      }
      const ld = jsonLd(path);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.inLanguage).toBe('fr-FR');
      expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(ld.url).toBe(`${ORIGIN}${path}`);
      expect(ld.publisher).toMatchObject({ '@type': 'Organization', name: 'Vigie' });
    }
  });

  it('describes the directive as Legislation and the decisions as CreativeWork', () => {
    expect(jsonLd(`/articles/${SEED_ARTICLES[2]}/`).about).toEqual({
      '@type': 'Legislation',
      name: 'European Accessibility Act\u00a0: la directive européenne sur l’accessibilité entre en application',
      legislationType: 'Directive',
      legislationJurisdiction: 'Union européenne',
    });
    expect(jsonLd(`/articles/${SEED_ARTICLES[4]}/`).about).toEqual({
      '@type': 'CreativeWork',
      name: 'Cass. 2e civ., 22 mai 2025',
      genre: 'Arrêt',
      creator: { '@type': 'Organization', name: 'Cour de cassation' },
      dateCreated: '2025-05-22',
    });
    expect(jsonLd(`/articles/${SEED_ARTICLES[1]}/`)).toMatchObject({
      headline: 'IA et intérêt légitime\u00a0: la CNIL publie de nouvelles recommandations',
      keywords: 'Intelligence artificielle, Protection des données',
    });
  });
});

describe('agenda (build date 2025-06-30)', () => {
  const html = readPage(dist, '/agenda/');
  const upcoming = textOf(elementWith(html, 'aria-labelledby="a-venir"'));
  const past = textOf(elementWith(html, 'aria-labelledby="passees"'));

  it('lists upcoming dates soonest first, partial dates as written', () => {
    expect(upcoming).toMatch(/2025 fin 2025 Évaluation Premier bilan .* 2026 d’ici 2026 Échéance Système d’alerte précoce/);
  });

  it('lists past dates most recent first, each linked to its article', () => {
    expect(past).toMatch(
      /Juin 2025 28 juin 2025 Entrée en application .* 19 juin 2025 Publication .* 22 mai 2025 Décision .* 15 janvier 2025 Présentation .* 19 novembre 2024 Décision/,
    );
    for (const slug of [SEED_ARTICLES[4], SEED_ARTICLES[0], SEED_ARTICLES[3]]) expect(html).toContain(`href="/articles/${slug}/"`);
  });

  it('the home page shows the next deadlines', () => {
    const home = textOf(elementWith(readPage(dist, '/'), 'class="home__deadlines"'));
    expect(home).toMatch(/^Prochaines échéances fin 2025 Évaluation .* d’ici 2026 Échéance/);
  });
});

describe('iCalendar feeds', () => {
  it('the main calendar holds every key date as an all-day event, RFC 5545 shaped', () => {
    const { text, component } = calendar('agenda.ics');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    const events = component.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(7);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.uid).toMatch(/@veille\.example\.org$/);
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    }
    const eaa = events.find((e) => e.summary.startsWith('Entrée en application'))!;
    expect(eaa.startDate.toString()).toBe('2025-06-28');
    expect(eaa.endDate.toString()).toBe('2025-06-29');
    expect(eaa.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/articles/${SEED_ARTICLES[2]}/`);
    const approximate = events.find((e) => e.summary.includes('(d’ici 2026)'))!;
    expect(approximate.startDate.toString()).toBe('2026-12-31');
    expect(approximate.description).toMatch(/^Date approximative : « d’ici 2026 » selon le texte, placée au 31 décembre 2026/);
    // No title repeats its kind ("Présentation : Présentation du…").
    for (const { summary } of events) expect(summary, summary).not.toMatch(/^([\p{L}’ ]+) : \1/iu);
    expect(events.map((e) => e.summary)).toContain('Présentation du programme de soutien aux établissements de santé par la Commission européenne');
  });

  it('UIDs and DTSTAMPs do not change between builds', () => {
    const stamps = (root: string) =>
      readFileSync(join(root, 'agenda.ics'), 'utf8')
        .split('\r\n')
        .filter((l) => /^(UID|DTSTAMP|DTSTART)/.test(l))
        .join('\n');
    expect(stamps(SITES.based)).toBe(stamps(dist));
  });

  it('has one calendar per topic, linked from /agenda/ and /flux/', () => {
    const cyber = calendar('themes/cybersecurite/agenda.ics').component.getAllSubcomponents('vevent');
    expect(cyber).toHaveLength(3);
    expect(calendar('themes/accessibilite/agenda.ics').component.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(readPage(dist, '/agenda/')).toContain('href="/agenda.ics"');
    expect(readPage(dist, '/agenda/')).toContain(`href="${ORIGIN.replace(/^https?:/, 'webcal:')}/agenda.ics"`);
    const flux = readPage(dist, '/flux/');
    expect(flux).toContain('href="/agenda.ics"');
    expect(flux).toContain('href="/themes/cybersecurite/agenda.ics"');
    expect(flux).toContain(`href="${ORIGIN.replace(/^https?:/, 'webcal:')}/themes/cybersecurite/agenda.ics"`);
  });
});

describe('French typography on the seed articles', () => {
  it('puts no-break spaces before colons and typographic apostrophes in text', () => {
    const plan = elementWith(readPage(dist, `/articles/${SEED_ARTICLES[0]}/`), 'class="prose"');
    expect(plan).toContain('Prévention renforcée\u00a0:');
    expect(plan).not.toMatch(/ :/);
    const cnil = elementWith(readPage(dist, `/articles/${SEED_ARTICLES[1]}/`), 'class="prose"');
    expect(cnil).toContain('l’intelligence artificielle');
    expect(cnil).toContain('l’«\u202fintérêt légitime\u202f»');
    expect(cnil).not.toMatch(/\p{L}'\p{L}/u);
  });

  it('applies to titles too (no-break space before the colon)', () => {
    expect(readPage(dist, `/articles/${SEED_ARTICLES[2]}/`)).toContain('<h1 data-pagefind-meta="title">European Accessibility Act\u00a0: la directive');
  });
});
