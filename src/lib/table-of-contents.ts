/** Table of contents from an article's headings: shown only when there are enough of them. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export const TOC_MIN_HEADINGS = 3;

/** Section headings (h2, h3) when there are at least `TOC_MIN_HEADINGS` of them; otherwise none. */
export function tableOfContents(headings: readonly Heading[], minHeadings = TOC_MIN_HEADINGS): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  return sections.length >= minHeadings ? sections : [];
}
