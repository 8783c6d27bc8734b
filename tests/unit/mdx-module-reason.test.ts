import { describe, expect, it } from 'vitest';
import { mdxModuleReason } from '../../src/loading/mdx-module-reason.ts';

describe('mdxModuleReason', () => {
  it('leaves Markdown that reads the same in MDX to the Markdown renderer', () => {
    for (const body of [
      'Un paragraphe, une **emphase**, un [lien](https://example.org) et une note[^1].\n\n[^1]: La note.',
      '| A | B |\n| --- | ---: |\n| 1 | 2 |',
      '- un\n  - deux\n\n1. trois',
      'Des accolades échappées \\{x\\} et un chevron \\< échappé, une barre \\\\ seule.',
      '> Une citation.',
    ]) {
      expect(mdxModuleReason(body), body).toBeUndefined();
    }
  });

  it('sends to @astrojs/mdx what needs a module, or what Markdown would read otherwise', () => {
    expect(mdxModuleReason('import X from "./x.astro";\n\n<X />')).toBe('an import or export line');
    expect(mdxModuleReason('export const a = 1;')).toBe('an import or export line');
    expect(mdxModuleReason('Texte <Composant /> inline.')).toMatch(/JSX/);
    expect(mdxModuleReason('Une expression {1 + 1}.')).toMatch(/expression/);
    expect(mdxModuleReason('Un lien <https://example.org>.')).toMatch(/JSX, HTML/);
    expect(mdxModuleReason('{/* commentaire */}')).toMatch(/expression/);
    expect(mdxModuleReason('```js\nconst a = 1;\n```')).toBe('a code block');
    expect(mdxModuleReason('~~~\ncode\n~~~')).toBe('a code block');
    expect(mdxModuleReason('![Schéma](./schema.png)')).toBe('an image');
    expect(mdxModuleReason('Texte.\n\n    code indenté')).toBe('an indented line');
    // An escaped backslash does not escape the brace after it.
    expect(mdxModuleReason('\\\\{expression}')).toMatch(/expression/);
  });
});
