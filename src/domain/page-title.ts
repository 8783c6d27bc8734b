/**
 * The document <title>: "Page — Site" when it fits in 70 characters (what search engines show
 * and what html-validate's recommended preset allows), else the page title alone, cut at a word
 * boundary when even that is too long.
 */
export const MAX_TITLE_LENGTH = 70;

export function pageTitle(title: string, site: string, max = MAX_TITLE_LENGTH): string {
  if (title === site) return site;
  const full = `${title} — ${site}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
