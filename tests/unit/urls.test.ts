import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths, withBase } from '../../src/domain/urls.ts';
import { absolutizeLinks, feedItems, lastChange } from '../../src/domain/feed-items.ts';
import { headingsNumberThemselves, tableOfContents } from '../../src/domain/table-of-contents.ts';
import { neighbours } from '../../src/domain/neighbours.ts';
import { article, day } from './articles-fixture.ts';

describe('urls', () => {
  it('joins base and path whatever the slashes', () => {
    expect(withBase('/', '/articles/x/')).toBe('/articles/x/');
    expect(withBase('/veille', '/articles/x/')).toBe('/veille/articles/x/');
    expect(withBase('/veille/', 'rss.xml')).toBe('/veille/rss.xml');
  });
  it('builds the URL scheme', () => {
    expect(paths.article('cnil-ia')).toBe('/articles/cnil-ia/');
    expect(paths.entry('topics', 'cybersecurite', '2/')).toBe('/themes/cybersecurite/2/');
    expect(paths.entryFeed('jurisdictions', 'ue')).toBe('/juridictions/ue/rss.xml');
    expect(paths.authority('cnil')).toBe('/autorites/cnil/');
  });
  it('makes absolute URLs under a base', () => {
    expect(absoluteUrl('https://example.org', '/veille/', '/rss.xml')).toBe('https://example.org/veille/rss.xml');
  });
});

describe('feed items', () => {
  it('keeps the newest `limit` items with absolute links and content', async () => {
    const items = [article('b', { published: day('2025-02-01'), updated: day('2025-03-04') }), article('a', { published: day('2025-01-01') })];
    const feed = await feedItems(items, {
      limit: 1,
      link: (a) => `https://example.org/articles/${a.id}/`,
      categories: (a) => [
        ...a.data.topics.map((label) => ({ label, domain: 'https://example.org/themes/' })),
        { label: 'R&D <x>', domain: 'https://example.org/types/' },
      ],
      header: () => '<p><strong>Référence :</strong> <a href="/x/">x</a></p>',
      content: async () => '<p><a href="/articles/a/">lien</a> <a href="//cdn.example/x">x</a></p>',
      origin: 'https://example.org',
    });
    expect(feed).toHaveLength(1);
    expect(feed[0]).toMatchObject({ title: 'Titre b', link: 'https://example.org/articles/b/', description: 'Résumé b' });
    expect(feed[0]!.customData).toBe(
      '<category domain="https://example.org/themes/">cybersecurite</category><category domain="https://example.org/types/">R&amp;D &lt;x&gt;</category><dcterms:modified>2025-03-04</dcterms:modified>',
    );
    expect(feed[0]!.content).toBe(
      '<p><strong>Référence :</strong> <a href="https://example.org/x/">x</a></p><p><a href="https://example.org/articles/a/">lien</a> <a href="//cdn.example/x">x</a></p>',
    );
    expect(lastChange(items)).toEqual(day('2025-03-04'));
  });
  it('never carries a character XML forbids into a feed', async () => {
    const [item] = await feedItems([article('a')], {
      limit: 1,
      link: () => 'https://example.org/articles/a/',
      categories: () => [],
      content: async () => '<p>Ligne\u000bsuite\u000c et \u001b échappement \ufffe, tab\tgardé</p>',
      origin: 'https://example.org',
    });
    expect(item!.content).toBe('<p>Lignesuite et  échappement , tab\tgardé</p>');
  });
  it('absolutizeLinks leaves absolute and fragment links alone', () => {
    expect(absolutizeLinks('<a href="#x">a</a><a href="https://a.b/">b</a><img src="/i.png">', 'https://s.org/')).toBe(
      '<a href="#x">a</a><a href="https://a.b/">b</a><img src="https://s.org/i.png">',
    );
  });
});

describe('tableOfContents', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
  it('needs three section headings', () => {
    expect(tableOfContents([h(2, 'a'), h(2, 'b')])).toEqual([]);
    expect(tableOfContents([h(2, 'a'), h(3, 'b'), h(2, 'c'), h(4, 'd')]).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
    // Footnotes are no section: two sections and the notes make no contents list.
    expect(tableOfContents([h(2, 'a'), h(2, 'b'), h(2, 'footnote-label')])).toEqual([]);
  });
  it('knows when headings carry their own numbers, so the list adds none', () => {
    const t = (text: string) => ({ depth: 2, slug: text, text });
    expect(headingsNumberThemselves([t('1 – Un dispositif'), t('2 – Des mesures'), t('Conclusion')])).toBe(true);
    expect(headingsNumberThemselves([t('II. Les mesures'), t('A) Le champ'), t('Suite')])).toBe(true);
    expect(headingsNumberThemselves([t('Contexte'), t('Portée'), t('2025 en bref')])).toBe(false);
  });
});

describe('neighbours', () => {
  it('gives newer and older around an index', () => {
    const list = [article('new'), article('mid'), article('old')];
    expect(neighbours(list, 1)).toEqual({ newer: list[0], older: list[2] });
    expect(neighbours(list, 0).newer).toBeUndefined();
  });
});

describe('rehypeBaseLinks', async () => {
  const { prefixBase, rehypeBaseLinks } = await import('../../src/markdown/rehype-base-links.ts');
  it('prefixes site paths with the base, once', () => {
    expect(prefixBase('/articles/x/', '/veille')).toBe('/veille/articles/x/');
    expect(prefixBase('/veille/articles/x/', '/veille/')).toBe('/veille/articles/x/');
    expect(prefixBase('//cdn.example/x', '/veille')).toBe('//cdn.example/x');
    expect(prefixBase('https://a.b/', '/veille')).toBe('https://a.b/');
    expect(prefixBase('#x', '/veille')).toBe('#x');
    expect(prefixBase('/articles/x/', '/')).toBe('/articles/x/');
  });
  it('rewrites a and img in a hast tree', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'element', tagName: 'a', properties: { href: '/themes/' }, children: [] },
            { type: 'element', tagName: 'img', properties: { src: '/i.png' }, children: [] },
          ],
        },
      ],
    };
    rehypeBaseLinks({ base: '/veille' })(tree);
    expect(JSON.stringify(tree)).toContain('"href":"/veille/themes/"');
    expect(JSON.stringify(tree)).toContain('"src":"/veille/i.png"');
  });
});
