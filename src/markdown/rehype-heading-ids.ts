/**
 * Rehype plugin: ASCII, French-folded ids for headings ("1 – Un dispositif européen" →
 * "section-1-un-dispositif-europeen"), unique within the page and starting with a letter, as
 * valid HTML ids should. Astro's own heading-id step keeps ids that already exist, so the table
 * of contents uses these.
 */
import { slugify } from '../domain/slug.ts';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

export function headingId(text: string): string {
  const slug = slugify(text, 70) || 'section';
  return /^[a-z]/.test(slug) ? slug : `section-${slug}`;
}

export function rehypeHeadingIds() {
  return (tree: Node): void => {
    const used = new Set<string>();
    const visit = (node: Node) => {
      if (node.type === 'element' && /^h[2-6]$/.test(node.tagName ?? '')) {
        node.properties ??= {};
        if (typeof node.properties.id !== 'string') {
          const base = headingId(textOf(node));
          let id = base;
          for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
          node.properties.id = id;
        }
        used.add(node.properties.id as string);
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
