/**
 * The links in a line of imported text: web addresses (`https://…`, `www.…`) and e-mail addresses
 * become mdast link nodes, the rest stays text. The importer decides here what is a link, instead
 * of leaving it to the autolinking of whatever reads the draft: the serializer then escapes every
 * other character, and an address is written as a link whatever surrounds it.
 */
import type { Link, PhrasingContent, Text } from 'mdast';

/** A web address runs to the first character a URL cannot hold unencoded (RFC 3986) or a space. */
const WEB = /(?:https?:\/\/|www\.)[^\s<>"{}|\\^`]+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Punctuation that ends the sentence, not the address ("voir www.cnil.fr."). */
const TRAILING = /[.,:;!?'"’”»*_~]+$/u;
/** A host name as people write it: labels of letters, digits and hyphens, with at least one dot. */
const HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]*\p{L}[\p{L}\p{N}-]*$/u;

/** The address without what ends the sentence around it: final punctuation, an unbalanced ")". */
function trimAddress(candidate: string): string {
  let address = candidate;
  for (;;) {
    const before = address;
    address = address.replace(TRAILING, '');
    const opened = address.split('(').length - 1;
    if (address.endsWith(')') && address.split(')').length - 1 > opened) address = address.slice(0, -1);
    if (address === before) return address;
  }
}

/**
 * The link's target, or undefined when the text is not an address a reader could follow. An
 * address written without a scheme gets https, as the site's pages give it (rehypeSecureAutolinks).
 */
function webTarget(address: string): string | undefined {
  const href = /^www\./i.test(address) ? `https://${address}` : address;
  if (!URL.canParse(href)) return undefined;
  const url = new URL(href);
  // The host as written (URL folds it to ASCII): "https://\{…}" or "https://a@b" are not links.
  const written = href.replace(/^https?:\/\//i, '').split(/[/?#]/)[0]!;
  if (url.username || url.password || !HOST.test(written)) return undefined;
  return href;
}

interface Found {
  start: number;
  end: number;
  href: string;
  label: string;
}

function addresses(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(WEB)) {
    // Part of a word or of an e-mail address ("contact@www.cnil.fr"), not an address of its own.
    if (/[\p{L}\p{N}@._%+-]/u.test(text[match.index - 1] ?? '')) continue;
    // Between angle brackets, the address runs to the ">" (that is what the delimiters are for).
    const delimited = text[match.index - 1] === '<' && text[match.index + match[0].length] === '>';
    const label = delimited ? match[0] : trimAddress(match[0]);
    const href = webTarget(label);
    if (href) found.push({ start: match.index, end: match.index + label.length, href, label });
  }
  for (const match of text.matchAll(EMAIL)) {
    const delimited = text[match.index - 1] === '<' && text[match.index + match[0].length] === '>';
    const label = delimited ? match[0] : match[0].replace(/[.-]+$/, '');
    const start = match.index;
    // Part of a web address: "…/a@b.fr" is a path, "https://user@host" a refused address.
    if (/[/:]/.test(text[start - 1] ?? '') || found.some((f) => start < f.end && start + label.length > f.start)) continue;
    if (!HOST.test(label.split('@')[1]!)) continue;
    found.push({ start, end: start + label.length, href: `mailto:${label}`, label });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The phrasing content of a line: text, and a link for each address. An address between angle
 * brackets, the delimiters RFC 3986 (appendix C) and e-mail use for addresses in plain text
 * ("Lien : <https://www.cnil.fr/fr/cookies>"), is the link alone, without them.
 */
export function phrasingOf(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let last = 0;
  const pushText = (value: string) => {
    if (value) nodes.push({ type: 'text', value } satisfies Text);
  };
  for (const { start, end, href, label } of addresses(text)) {
    const delimited = text[start - 1] === '<' && text[end] === '>' && start - 1 >= last;
    pushText(text.slice(last, delimited ? start - 1 : start));
    nodes.push({ type: 'link', url: href, children: [{ type: 'text', value: label }] } satisfies Link);
    last = delimited ? end + 1 : end;
  }
  pushText(text.slice(last));
  return nodes;
}

/** The text a reader sees of a line once its links are made: the line without its addresses' delimiters. */
export function readableText(text: string): string {
  return phrasingOf(text)
    .map((node) => (node.type === 'link' ? (node.children[0] as Text).value : (node as Text).value))
    .join('');
}
