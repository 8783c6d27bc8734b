/**
 * The document <title>: "Page — Site", at most 70 characters (what search engines show and what
 * html-validate's recommended preset allows). A longer page title is cut at a word boundary with
 * "…", and the site name always ends it: a tab or a bookmark says whose page it is.
 */
export const MAX_TITLE_LENGTH = 70;

export function pageTitle(title: string, site: string, max = MAX_TITLE_LENGTH): string {
  if (title === site) return site;
  const suffix = ` — ${site}`;
  if (title.length + suffix.length <= max) return `${title}${suffix}`;
  // Room for the words and the ellipsis; a space right after the room still ends a whole word.
  const room = max - suffix.length - 1;
  const boundary = title.slice(0, room + 1).lastIndexOf(' ');
  // A first word longer than the room stays whole: a title is never cut mid-word.
  const kept = boundary > 0 ? title.slice(0, boundary) : title.split(' ')[0]!;
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}…${suffix}`;
}
