/** The real content built with `base: '/veille'`, as when deployed under a sub-path. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../helpers/site-build.ts';
import { attributeValues, pagePaths, readPage } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { readRss } from '../helpers/read-feeds.ts';

const dist = SITES.based;

describe('site under /veille', () => {
  it('prefixes every internal link, asset and form action with the base', () => {
    for (const path of pagePaths(dist)) {
      const html = readPage(dist, path);
      const internal = [...attributeValues(html, 'href'), ...attributeValues(html, 'src'), ...attributeValues(html, 'action')].filter((link) =>
        link.startsWith('/'),
      );
      expect(
        internal.filter((link) => !link.startsWith('/veille/')),
        path,
      ).toEqual([]);
    }
  });

  it('resolves every internal link and anchor', () => {
    expect(brokenLinks(dist, '/veille/')).toEqual([]);
  });

  it('prefixes links written in article bodies (fixture content)', () => {
    expect(readPage(SITES.fixtureBased, '/articles/tableaux-gfm/')).toContain('<a href="/veille/articles/fixture-001/">un autre article</a>');
    expect(brokenLinks(SITES.fixtureBased, '/veille/')).toEqual([]);
  });

  it('uses absolute URLs with the base in canonical links and feeds', () => {
    expect(readPage(dist, '/flux/')).toContain('<link rel="canonical" href="https://veille.example.org/veille/flux/">');
    const { channel } = readRss(join(dist, 'rss.xml'));
    expect(channel.link).toBe('https://veille.example.org/veille/');
    for (const item of channel.item) expect(item.link).toMatch(/^https:\/\/veille\.example\.org\/veille\/articles\/[a-z0-9-]+\/$/);
  });
});
