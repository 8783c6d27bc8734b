/**
 * French ordinal abbreviations, whose letters are set in superscript: "1er", "1re", "2e", "2d",
 * "XXIe", "Ier" (Imprimerie nationale's rules; the common "2ème" too). Roman numerals are of I, V
 * and X only and take "e" ("Ier" alone "er"): "Le", "Me", "Ce" or "Vers" are words, not ordinals.
 */
const ORDINAL = /(?<![\p{L}\p{N}\-.,/])(?:(\d{1,4})(ers?|res?|ères?|èmes?|es?|nde?s?|ds?)|(I)(er|re)|([IVX]{1,6})(e))(?![\p{L}\p{N}])/gu;

export type OrdinalPart = string | { number: string; suffix: string };

/** The text cut into plain strings and ordinals, in order. */
export function ordinalParts(text: string): OrdinalPart[] {
  const parts: OrdinalPart[] = [];
  let last = 0;
  for (const match of text.matchAll(ORDINAL)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    const [number, suffix] = [match[1] ?? match[3] ?? match[5]!, match[2] ?? match[4] ?? match[6]!];
    parts.push({ number, suffix });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var', 'math', 'svg', 'sup']);

/** Rehype plugin: ordinals in text nodes get their letters in `<sup>` (never in code). */
export function rehypeFrenchOrdinals() {
  return (tree: HastNode): void => {
    const visit = (node: HastNode): void => {
      if (node.type === 'element' && node.tagName && SKIP.has(node.tagName)) return;
      if (!node.children) return;
      node.children = node.children.flatMap((child) => {
        if (child.type !== 'text' || typeof child.value !== 'string') {
          visit(child);
          return [child];
        }
        const parts = ordinalParts(child.value);
        if (parts.length === 1 && typeof parts[0] === 'string') return [child];
        return parts.flatMap((part): HastNode[] =>
          typeof part === 'string'
            ? [{ type: 'text', value: part }]
            : [
                { type: 'text', value: part.number },
                { type: 'element', tagName: 'sup', properties: {}, children: [{ type: 'text', value: part.suffix }] },
              ],
        );
      });
    };
    visit(tree);
  };
}
