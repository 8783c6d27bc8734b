/**
 * Remark plugin: a body link or image whose URL runs script or embeds a document (`javascript:`,
 * `vbscript:`, `data:`) fails the build with the file and the line. Without it such a link is
 * written verbatim into the page and into every feed's content, where only the site's Content
 * Security Policy would stand in the way, and feed readers have none. Checked on Markdown links,
 * images and reference definitions (URLs as the parser decoded them: entities and case do not
 * hide a scheme) and on the `href`/`src` of JSX elements.
 */
import type { VFile } from 'vfile';

interface Node {
  type: string;
  url?: string;
  name?: string | null;
  value?: unknown;
  attributes?: Node[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"). */
const DANGEROUS = /^(?:javascript|vbscript|data):/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

export function dangerousUrl(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these inside a scheme.
  return DANGEROUS.test(url.replace(/[\u0000-\u0020\u007F]/g, ''));
}

export function remarkSafeLinks() {
  return (tree: Node, file: VFile): void => {
    const refuse = (node: Node, url: string) => {
      const where = node.position ? `${file.path}:${node.position.start.line}:${node.position.start.column}` : file.path;
      throw new Error(
        `${where}: the link "${url.slice(0, 60)}" would run a script or embed a document in the page and in the feeds; expected an https:// address or a site path such as /articles/…/.`,
      );
    };
    const visit = (node: Node) => {
      if (typeof node.url === 'string' && dangerousUrl(node.url)) refuse(node, node.url);
      for (const attribute of node.attributes ?? []) {
        if (
          attribute.type === 'mdxJsxAttribute' &&
          URL_ATTRIBUTES.has(String(attribute.name).toLowerCase()) &&
          typeof attribute.value === 'string' &&
          dangerousUrl(attribute.value)
        ) {
          refuse(node, attribute.value);
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
