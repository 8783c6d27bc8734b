/**
 * Rehype plugin: editors write internal links as site paths ("/articles/x/"); when the site is
 * deployed under a sub-path (`base: '/veille'`), they must become "/veille/articles/x/".
 * Protocol-relative ("//host") and already-prefixed links are left alone.
 */
import { withBase } from './urls.ts';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', audio: 'src', video: 'src', link: 'href' };

export function prefixBase(url: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === prefix || url.startsWith(`${prefix}/`)) return url;
  return withBase(base, url);
}

export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Node): void => {
    const visit = (node: Node) => {
      const attribute = node.type === 'element' && node.tagName ? LINK_ATTRIBUTES[node.tagName] : undefined;
      const value = attribute ? node.properties?.[attribute] : undefined;
      if (attribute && typeof value === 'string') node.properties![attribute] = prefixBase(value, options.base);
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
