/**
 * Rehype plugin: editors write internal links as site paths ("/articles/x/"); when the site is
 * deployed under a sub-path (`base: '/veille'`), they must become "/veille/articles/x/".
 * Protocol-relative ("//host") and already-prefixed links are left alone.
 */
import { withBase } from '../domain/urls.ts';

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

/**
 * Rehype plugin: GFM turns "www.example.org" into a link to http://www.example.org; the author
 * wrote no scheme, so link with https. Links the author wrote with http:// stay as written.
 */
export function rehypeSecureAutolinks() {
  return (tree: Node): void => {
    const text = (node: Node): string => ((node as Node & { value?: string }).value ?? '') + (node.children ?? []).map(text).join('');
    const visit = (node: Node) => {
      const href = node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href === 'string' && href.startsWith('http://www.') && !text(node).startsWith('http://')) node.properties!.href = `https://${href.slice(7)}`;
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
