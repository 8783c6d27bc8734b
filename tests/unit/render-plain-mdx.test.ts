import { describe, expect, it } from 'vitest';
import { renderPlainMdx } from '../../src/loaders/render-plain-mdx.ts';

const render = (body: string, base = '/') => renderPlainMdx(body, '/content/articles/test.mdx', base);

async function html(body: string, base = '/'): Promise<string> {
  const result = await render(body, base);
  if ('needsModule' in result) throw new Error(`needs a module: ${result.needsModule}`);
  return result.html;
}

describe('renderPlainMdx', () => {
  it('renders Markdown with the project pipeline: GFM, French typography, heading ids, base links', async () => {
    const out = await html('## Portée : 1re lecture\n\nVoir [le thème](/themes/cybersecurite/) et www.example.org ; ~~barré~~.', '/veille');
    expect(out).toContain('<h2 id="portee-1re-lecture">Portée\u00a0: 1re lecture</h2>');
    expect(out).toContain('<a href="/veille/themes/cybersecurite/">le thème</a>');
    expect(out).toContain('<a href="https://www.example.org">www.example.org</a>\u202f;');
    expect(out).toContain('<del>barré</del>');
  });

  it('returns the headings for the table of contents, with the ids written', async () => {
    const result = await render('## Contexte\n\n### Détail\n\n## Contexte');
    expect(result).toMatchObject({ headings: [
      { depth: 2, slug: 'contexte', text: 'Contexte' },
      { depth: 3, slug: 'detail', text: 'Détail' },
      { depth: 2, slug: 'contexte-2', text: 'Contexte' },
    ] });
  });

  it('writes tables and notes as @astrojs/mdx does', async () => {
    const out = await html('| A | B |\n| :--- | ---: |\n| 1 | 2 |\n\nTexte[^n].\n\n[^n]: Une note.');
    expect(out).toContain('<th style="text-align:left">A</th><th style="text-align:right">B</th>');
    expect(out).not.toContain('align=');
    expect(out).toMatch(/<tr><td[^>]*>1<\/td>/);
    expect(out).toContain('<h2 class="footnotes__title" id="footnote-label">Notes</h2>');
    expect(out).toContain('data-footnote-backref aria-label="Retour à l’appel de note 1"');
  });

  it('reads the body as MDX: escapes stay text, and there is no raw HTML', async () => {
    const out = await html('Des \\{accolades\\} et \\<chevrons\\> ; 3 &lt; 4.');
    expect(out).toContain('{accolades}');
    expect(out).toMatch(/&#x3C;chevrons>|&lt;chevrons&gt;/);
    expect(out).not.toContain('<chevrons>');
  });

  it('keeps remote images as plain images', async () => {
    expect(await html('![Logo](https://example.org/logo.png)')).toContain('<img src="https://example.org/logo.png" alt="Logo">');
  });

  it.each([
    ['import Note from "../components/Note.astro";\n\nTexte.', 'an import or export'],
    ['export const meta = 1;\n\nTexte.', 'an import or export'],
    ['<Note>Texte</Note>', 'a JSX element'],
    ['Le <abbr title="x">RGPD</abbr>.', 'a JSX element'],
    ['{/* commentaire */}', 'a {…} expression'],
    ['Depuis {2016 + 2}.', 'a {…} expression'],
    ['```js\nconst a = 1;\n```', 'a code block'],
    ['![Schéma](./schema.png)', 'a local image'],
    ['![Schéma][s]\n\n[s]: https://example.org/s.png', 'an image reference'],
    ['Une accolade { jamais fermée.', 'invalid MDX'],
  ])('leaves %j to @astrojs/mdx (%s)', async (body, construct) => {
    expect(await render(body)).toEqual({ needsModule: construct });
  });
});
