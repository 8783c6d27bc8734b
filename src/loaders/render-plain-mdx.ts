/**
 * Renders an article's MDX body to HTML without compiling it to a JavaScript module, when the
 * body uses nothing that needs one: no `import`/`export`, no JSX component or tag, no `{…}`
 * expression, no code block (Astro highlights those) and no local image (Astro optimises those).
 * Legal-watch articles are text, lists, tables, links and notes, so nearly all of them qualify.
 *
 * Why: Astro compiles every MDX file into a module and bundles them all; at 10,000 articles that
 * bundling is most of the build's time and memory. An article rendered here is stored as HTML in
 * Astro's content store (and kept there between builds until its file changes); any other article
 * is left to @astrojs/mdx, which reports its syntax errors as before.
 *
 * The body goes through the same parser (remark-mdx: `<`, `{` and indented code mean what they
 * mean in MDX) and the same plugins (markdown-pipeline.ts), then Astro's heading step, as in
 * @astrojs/mdx. The HTML is written by hast-util-to-html instead of Astro's JSX runtime, with the
 * two things MDX's JSX does differently applied first (tables, below); a build test renders every
 * real and fixture article both ways and compares them (tests/build/render-at-sync.test.ts).
 */
import { rehypeHeadingIds as astroHeadingIds } from '@astrojs/markdown-remark';
import { toHtml } from 'hast-util-to-html';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from '../lib/markdown-pipeline.ts';

export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export type PlainMdxRender =
  | { html: string; headings: RenderedHeading[] }
  /** Left to @astrojs/mdx, with the construct that needs it (for logs and tests). */
  | { needsModule: string };

/** mdast node types that only a compiled MDX module can render. */
const MODULE_NODES: Record<string, string> = {
  mdxjsEsm: 'an import or export',
  mdxJsxFlowElement: 'a JSX element',
  mdxJsxTextElement: 'a JSX element',
  mdxFlowExpression: 'a {…} expression',
  mdxTextExpression: 'a {…} expression',
  code: 'a code block',
};

interface MdastNode {
  type: string;
  url?: string;
  children?: MdastNode[];
}

/** Remote images render as plain `<img>`; anything else goes through Astro's image pipeline. */
const REMOTE = /^(?:https?:)?\/\//i;

function moduleConstruct(node: MdastNode): string | undefined {
  const construct = MODULE_NODES[node.type];
  if (construct) return construct;
  if (node.type === 'image' && !REMOTE.test(node.url ?? '')) return 'a local image';
  if (node.type === 'imageReference') return 'an image reference';
  for (const child of node.children ?? []) {
    const found = moduleConstruct(child);
    if (found) return found;
  }
  return undefined;
}

const pipelines = new Map<string, { parse: Processor<MdastRoot, MdastRoot, MdastRoot>; toHast: Processor<undefined, MdastRoot, HastRoot> }>();

function pipeline(base: string) {
  let found = pipelines.get(base);
  if (!found) {
    found = {
      parse: unified().use(remarkParse).use(remarkMdx).use(remarkPlugins as PluggableList) as unknown as Processor<MdastRoot, MdastRoot, MdastRoot>,
      toHast: unified()
        .use(remarkRehype, remarkRehypeOptions)
        .use(rehypePlugins(base) as PluggableList)
        .use(astroHeadingIds) as unknown as Processor<undefined, MdastRoot, HastRoot>,
    };
    pipelines.set(base, found);
  }
  return found;
}

const TABLE_ELEMENTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * What MDX's JSX does to tables (hast-util-to-estree), done here too: the line breaks between
 * rows and cells are dropped, and a column's alignment becomes `style="text-align:…"` (the
 * `align` attribute is obsolete in HTML).
 */
function tablesAsMdxWritesThem(node: HastRoot | HastRoot['children'][number]): void {
  if (!('children' in node)) return;
  if (node.type === 'element') {
    if (TABLE_ELEMENTS.has(node.tagName)) node.children = node.children.filter((child) => !(child.type === 'text' && child.value === '\n'));
    const align = node.properties.align;
    if ((node.tagName === 'th' || node.tagName === 'td') && typeof align === 'string') {
      delete node.properties.align;
      node.properties.style = `text-align:${align}`;
    }
  }
  node.children.forEach(tablesAsMdxWritesThem);
}

/**
 * `body` is the MDX after its front matter; `filePath` names the file (Astro's heading step
 * reads headings as MDX when it ends in .mdx); `base` is the site's base path for links.
 */
export async function renderPlainMdx(body: string, filePath: string, base: string): Promise<PlainMdxRender> {
  const { parse, toHast } = pipeline(base);
  const file = new VFile({ value: body, path: filePath });
  let mdast: MdastRoot;
  try {
    mdast = await parse.run(parse.parse(file), file);
  } catch {
    // Invalid MDX: @astrojs/mdx reports it with the file, line and column.
    return { needsModule: 'invalid MDX' };
  }
  const construct = moduleConstruct(mdast as MdastNode);
  if (construct) return { needsModule: construct };
  const hast = await toHast.run(mdast, file);
  tablesAsMdxWritesThem(hast);
  const headings = ((file.data as { astro?: { headings?: RenderedHeading[] } }).astro?.headings ?? []).map(({ depth, slug, text }) => ({ depth, slug, text }));
  // Boolean attributes as the JSX runtime writes them (`data-footnote-backref`, not `=""`).
  return { html: toHtml(hast, { collapseEmptyAttributes: true }), headings };
}
