/**
 * French typography for running text: narrow no-break space (U+202F) before ; ! ? and inside
 * « », no-break space (U+00A0) before : and %, typographic apostrophe, "1er" in dates, and a
 * no-break space after "n°". URLs, e-mail addresses, identifiers (ECLI:FR:…), times (10:30) and
 * numbers are left alone. Idempotent: applying it twice changes nothing more.
 */
import { FRENCH_MONTHS } from './french-date.ts';

export const NNBSP = '\u202f';
export const NBSP = '\u00a0';

/** Spans that must not be touched: URLs, e-mail addresses, identifiers with colons, "&amp;"-like text. */
const PROTECTED = /(?:https?:\/\/|www\.)[^\s<>"«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[A-Z]{2,}(?::[\w.-]+){2,}|&#?[a-zA-Z0-9]+;/g;

function typesetPlain(text: string): string {
  const months = FRENCH_MONTHS.join('|');
  return (
    text
      // Apostrophe between letters (l'intérêt, aujourd'hui) or after an elided word.
      .replace(/(?<=\p{L})'(?=\p{L})/gu, '’')
      // « guillemets »: narrow no-break space inside.
      .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
      // ; ! ? take a narrow no-break space, inserted after a word when missing.
      .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
      .replace(/(?<=[\p{L}\p{N})\]»])([;!?])(?=\s|$|[)»])/gu, `${NNBSP}$1`)
      // : and % take a no-break space; colons inside words or numbers (10:30) are not punctuation.
      .replace(/[ \u00a0\u202f]+:(?=\s|$)/g, `${NBSP}:`)
      .replace(/(?<=[\p{L})\]»])(:)(?=\s|$)/gu, `${NBSP}$1`)
      .replace(/(?<=\d)[ \u202f]*%/g, `${NBSP}%`)
      // "1 janvier 2026" → "1er janvier 2026".
      .replace(new RegExp(`\\b1(?=[ \\u00a0](?:${months})\\b)`, 'g'), '1er')
      // "n° 22-12.345", "n°22" → no-break space after n°.
      .replace(/\b([nN]°)[ \u202f]*(?=[\p{L}\p{N}])/gu, `$1${NBSP}`)
  );
}

/** Applies French typography to a text, leaving protected spans (URLs, identifiers) unchanged. */
export function frenchTypography(text: string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    result += typesetPlain(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + typesetPlain(text.slice(last));
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

/** Elements whose text is code or data, never prose. */
const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var', 'math', 'svg']);

/**
 * Rehype plugin: typesets text nodes only (attributes are never touched), skipping code and
 * preformatted text. Text split across inline elements is handled node by node.
 */
export function rehypeFrenchTypography() {
  return (tree: HastNode): void => {
    const visit = (node: HastNode): void => {
      if (node.type === 'element' && node.tagName && SKIP.has(node.tagName)) return;
      if (node.type === 'text' && typeof node.value === 'string') node.value = frenchTypography(node.value);
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
