/**
 * The letter's issues for the pages, e-mails and feed: domain/letter.ts over the published
 * articles and the editors' introductions (`content/lettres/`), computed once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { SITE } from '../config.ts';
import { HAS_LETTER_INTROS, letterSettings } from '../content.config.ts';
import type { LetterSettings } from '../loading/letter-settings.ts';
import { KEY_DATE_KINDS, type KeyDateKind } from '../domain/article.ts';
import { articleDecisionCitation } from '../domain/citation.ts';
import { formatDateFr } from '../domain/french-date.ts';
import { groupByMainTopic, issueDeadlines, letterIssues, type LetterIssue } from '../domain/letter.ts';
import { formatPartialDateFr } from '../domain/partial-date.ts';
import { taxonomyEntry } from '../domain/taxonomy-entry.ts';
import { absoluteUrl, paths } from '../domain/urls.ts';
import type { LetterModel } from '../letter/letter-model.ts';
import { siteContent, type ArticleEntry } from './articles.ts';
import { entryHtml } from './entry-html.ts';

export type LetterIntro = CollectionEntry<'letters'>;

export interface SiteLetters {
  settings: LetterSettings;
  /** Newest first. */
  issues: LetterIssue<ArticleEntry>[];
  intros: Map<string, LetterIntro>;
}

let cached: Promise<SiteLetters> | undefined;

export function siteLetters(): Promise<SiteLetters> {
  cached ??= (async () => {
    const { articles } = await siteContent();
    const settings = letterSettings;
    const issues = letterIssues(articles, settings.period, settings.since);
    const intros = new Map((HAS_LETTER_INTROS ? await getCollection('letters') : []).map((intro) => [intro.id, intro]));
    for (const key of intros.keys()) {
      if (!issues.some((issue) => issue.key === key))
        console.warn(`[vigie] content/lettres/${key}: no published article in this period, so no issue to introduce.`);
    }
    return { settings, issues, intros };
  })();
  return cached;
}

/** The introduction's heading when its file gives none. */
export const DEFAULT_INTRO_HEADING = 'Le mot de la rédaction';

/** Links of rendered HTML made absolute: an e-mail has no page to resolve them against. */
function absoluteLinks(html: string, site: URL): string {
  return html.replace(/(href|src)="(\/[^"]*)"/g, (_, attribute: string, path: string) => `${attribute}="${new URL(path, site).href}"`);
}

/** Models by issue and site: the e-mail, its text version and the feed each ask for every issue. */
const models = new Map<string, Promise<LetterModel>>();

/** Everything an issue says, with absolute URLs (`site`: the site's origin). */
export function letterModel(issue: LetterIssue<ArticleEntry>, site: URL): Promise<LetterModel> {
  const key = `${issue.key}|${site.href}`;
  let model = models.get(key);
  if (!model) {
    model = buildLetterModel(issue, site);
    models.set(key, model);
  }
  return model;
}

async function buildLetterModel(issue: LetterIssue<ArticleEntry>, site: URL): Promise<LetterModel> {
  const { articles, taxonomy } = await siteContent();
  const { intros, settings } = await siteLetters();
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => absoluteUrl(site, base, path);
  const intro = intros.get(issue.key);
  const introHtml = intro ? absoluteLinks(await entryHtml(intro), site) : undefined;
  return {
    siteName: SITE.name,
    siteUrl: url(paths.home()),
    url: url(paths.letter(issue.key)),
    number: issue.number,
    title: issue.title,
    ...(intro && introHtml !== undefined ? { intro: { heading: intro.data.title ?? DEFAULT_INTRO_HEADING, html: introHtml, text: textOf(introHtml) } } : {}),
    groups: groupByMainTopic(
      issue.articles,
      taxonomy.topics.map((topic) => topic.slug),
    ).map((group) => ({
      topic: group.topic ? taxonomyEntry(taxonomy.topics, group.topic).label : 'Autres sujets',
      articles: group.articles.map((article) => {
        const citation = articleDecisionCitation(article.data.decision, taxonomy.authorities);
        return {
          title: article.data.title,
          url: url(paths.article(article.id)),
          date: formatDateFr(article.data.published),
          ...(citation ? { citation } : {}),
          summary: article.data.summary,
        };
      }),
    })),
    deadlines: issueDeadlines(articles, issue.end).map(({ article, keyDate }) => ({
      date: formatPartialDateFr(keyDate),
      kind: KEY_DATE_KINDS[keyDate.kind as KeyDateKind],
      label: keyDate.label,
      article: article.data.title,
      url: url(paths.article(article.id)),
    })),
    feedUrl: url(paths.lettersFeed()),
    agendaUrl: url(paths.agenda()),
    unsubscribe: settings.unsubscribe,
  };
}

/** Rendered HTML as text, paragraphs apart, links written after their text. */
function textOf(html: string): string {
  return html
    .replace(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, '$2 ($1)')
    .replace(/<\/(p|li|h\d|blockquote)>/g, '\n\n')
    .replace(/<li[^>]*>/g, '- ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, '\u00a0')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
