/**
 * An article's file as text: YAML frontmatter between `---` lines, then the MDX body. Whoever
 * writes an article (the importer, the editing interface) writes it through `articleFileText`, in
 * one style, so that saving a file changes only the lines of the values that changed: keys in the
 * schema's order, one line per value (never folded), free text double-quoted, slugs and days
 * plain, lists of slugs on one line (`topics: [a, b]`), lists of objects and objects as blocks.
 */
import { Document, isScalar, parse, Scalar, visit } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[^\S\r\n]*(?:\r?\n|$)/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Slugs and days, as YAML reads them back unchanged; everything else (free text, "2026", "22-12.345") is quoted. */
function isPlain(text: string): boolean {
  return DAY.test(text) || (SLUG.test(text) && /[a-z]/.test(text) && !/^(?:true|false|null|yes|no|on|off|y|n)$/.test(text));
}

/** The frontmatter's values (days as `YYYY-MM-DD` strings, as the YAML 1.2 core schema reads them) and the body, byte for byte. */
export function parseArticleFile(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return { data: {}, body: text };
  const data: unknown = parse(match[1] ?? '', { schema: 'core' });
  return {
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    body: text.replace(/^\uFEFF/, '').slice(match[0].length),
  };
}

/**
 * The file: `data` in `keyOrder` (keys it does not name keep their order, after), a blank line,
 * then `body`, ending with a line break (both added if the body lacks them).
 */
export function articleFileText(data: Record<string, unknown>, body: string, keyOrder: readonly string[] = []): string {
  const rank = (key: string) => (keyOrder.includes(key) ? keyOrder.indexOf(key) : keyOrder.length);
  const ordered = Object.fromEntries(
    Object.entries(data)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => rank(a) - rank(b)),
  );
  const doc = new Document(ordered);
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string') node.type = isPlain(node.value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
    },
    Seq(_, node) {
      node.flow = node.items.every(isScalar);
    },
  });
  const text = body.startsWith('\n') ? body : `\n${body}`;
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${text.endsWith('\n') ? text : `${text}\n`}`;
}
