/**
 * What an issue of the letter says, as plain data with absolute URLs: the page, the e-mail, its
 * text version and the feed of issues are all written from it.
 */
export interface LetterArticle {
  title: string;
  url: string;
  /** "19 juin 2025". */
  date: string;
  /** The decision's citation, when the article is about one. */
  citation?: string;
  summary: string;
}

export interface LetterModel {
  siteName: string;
  /** The site's home page, absolute. */
  siteUrl: string;
  /** The web page, absolute. */
  url: string;
  number: number;
  /** "Juin 2025". */
  title: string;
  intro?: { heading: string; html: string; text: string };
  /** `more`: articles of the topic left out of an e-mail too long for one message (letter-email.ts). */
  groups: { topic: string; articles: LetterArticle[]; more?: number }[];
  deadlines: { date: string; kind: string; label: string; article: string; url: string }[];
  /** Absolute URLs of the feed of issues and of the agenda. */
  feedUrl: string;
  agendaUrl: string;
  /** The mailing tool's placeholder for the reader's unsubscribe link. */
  unsubscribe: string;
}
