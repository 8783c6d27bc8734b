/** Table of contents from an article's headings: shown only when there are enough of them. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export const TOC_MIN_HEADINGS = 3;

/** "1 – Un dispositif…", "II. Les mesures", "A) …": a heading that carries its own number. */
const NUMBERED = /^(?:\d{1,2}|[IVXL]{1,5}|[A-Z])\s*[.)\u2013\u2014-]\s/u;

/**
 * Whether the headings number themselves (most of them start with a number): the contents list
 * then shows their numbers only, not a second numbering of its own ("1. 1 – …").
 */
export function headingsNumberThemselves(headings: readonly Heading[]): boolean {
  const numbered = headings.filter((heading) => NUMBERED.test(heading.text)).length;
  return headings.length > 0 && numbered * 2 >= headings.length;
}

/** Section headings (h2, h3) when there are at least `TOC_MIN_HEADINGS` of them; otherwise none. */
export function tableOfContents(headings: readonly Heading[], minHeadings = TOC_MIN_HEADINGS): Heading[] {
  // The footnotes' heading (remark-gfm's "footnote-label") is not a section of the text.
  const sections = headings.filter((heading) => (heading.depth === 2 || heading.depth === 3) && !/(?:^|-)footnote-label$/.test(heading.slug));
  return sections.length >= minHeadings ? sections : [];
}
