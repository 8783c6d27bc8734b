/**
 * Whether an article body must be compiled by @astrojs/mdx, or reads the same as Markdown and can
 * be rendered by Astro's Markdown renderer while content is synced (markdown-article-loader.ts).
 *
 * MDX parses like Markdown except for what needs a module (import/export, JSX, `{…}`
 * expressions) and three Markdown constructs it turns off (HTML, `<…>` autolinks, indented
 * code). All of these need `<`, `{`, `}`, a line starting with import/export, or an indented
 * line, so a body with none of them reads the same both ways. Code blocks (highlighted by Astro)
 * and images (optimised by Astro) are left to MDX too. The test is conservative: a body it sends
 * to MDX only costs build time.
 */
const CHECKS: [RegExp, string][] = [
  [/^[ \t]*(?:import|export)\b/m, 'an import or export line'],
  [/[<{}]/, 'a <, { or } (JSX, HTML or an expression)'],
  [/^[ \t]*(?:```|~~~)/m, 'a code block'],
  [/!\[/, 'an image'],
  [/^(?: {4}|\t)/m, 'an indented line'],
];

/** Why `body` needs @astrojs/mdx, or undefined when it reads the same as Markdown. */
export function mdxModuleReason(body: string): string | undefined {
  // Escaped characters (`\{`, `\<`, and `\\` itself) are plain text in both.
  const unescaped = body.replace(/\\[\\<{}]/g, '');
  return CHECKS.find(([pattern]) => pattern.test(unescaped))?.[1];
}
