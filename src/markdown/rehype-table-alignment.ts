/**
 * Rehype plugin: a GFM table column's alignment (`| ---: |`) becomes a class on its cells
 * (`align-right`), styled by the site's stylesheet. Left as is, it would be an obsolete `align`
 * attribute (Markdown) or an inline `style` (MDX), which the pages' Content Security Policy blocks.
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const ALIGNMENTS = new Set(['left', 'right', 'center']);

export function rehypeTableAlignment() {
  return (tree: Node): void => {
    const visit = (node: Node) => {
      const align = node.properties?.align;
      if ((node.tagName === 'th' || node.tagName === 'td') && typeof align === 'string') {
        delete node.properties!.align;
        if (ALIGNMENTS.has(align)) {
          const classes = node.properties!.className;
          node.properties!.className = [...(Array.isArray(classes) ? classes : []), `align-${align}`];
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
