import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkSafeLinks } from '../../src/markdown/remark-safe-links.ts';

/** Runs the plugin over `body` parsed as Markdown (or MDX); returns the error message, if any. */
async function check(body: string, mdx = false): Promise<string | undefined> {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (mdx) processor.use(remarkMdx);
  processor.use(remarkSafeLinks);
  const file = new VFile({ value: body, path: 'content/articles/lien.mdx' });
  try {
    await processor.run(processor.parse(file), file);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('remarkSafeLinks', () => {
  it.each([
    ['an inline link', 'Texte [ici](javascript:alert(1)).'],
    ['upper case', 'Texte [ici](JavaScript:alert(1)).'],
    ['an entity-encoded scheme', 'Texte [ici](&#106;avascript:alert(1)).'],
    ['vbscript', 'Texte [ici](vbscript:msgbox).'],
    ['a data URL', 'Texte [ici](data:text/html;base64,PHNjcmlwdD4=).'],
    ['a reference-style link', 'Texte [ici][x].\n\n[x]: javascript:alert(1)'],
    ['a footnote', 'Texte[^1].\n\n[^1]: Voir [là](javascript:alert(1)).'],
    ['an image', '![schéma](data:image/svg+xml;base64,PHN2Zz4=)'],
  ])('refuses %s, naming the file and the line', async (_, body) => {
    expect(await check(`Premier paragraphe.\n\n${body}`)).toMatch(/^content\/articles\/lien\.mdx:[35]:\d+: the link ".*" would run a script/);
  });

  it('refuses such a URL in a JSX attribute', async () => {
    expect(await check('<a href="javascript:alert(1)">ici</a>', true)).toMatch(/lien\.mdx:1:1: the link "javascript:alert\(1\)"/);
  });

  it('accepts https, mailto, site paths, anchors and text that only mentions a scheme', async () => {
    expect(await check('[a](https://www.cnil.fr/) [b](mailto:dpo@example.org) [c](/articles/x/) [d](#section) « javascript: » en texte.')).toBeUndefined();
  });
});
