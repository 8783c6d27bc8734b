/**
 * The pages' single entry point to content: published articles (through the one publishing
 * filter), their taxonomy listings and related-article index, computed once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ARTICLE_COLLECTIONS, articleSchema, HAS_AUTHORS } from '../content.config.ts';
import { listArticleFiles } from '../loading/article-files.ts';
import { assertValidFrontmatterSinceLastCheck } from '../loading/frontmatter-problems.ts';
import { buildDay } from '../domain/build-day.ts';
import { publishedArticles } from '../domain/publish.ts';
import { buildRelatedIndex, type RelatedIndex } from '../domain/related.ts';
import { taxonomyUsage, type TaxonomyUsage } from '../domain/taxonomy-usage.ts';
import { contentDirs } from '../loading/content-dir.ts';
import { loadTaxonomy } from '../loading/taxonomy.ts';
import { typesetTaxonomy, type Taxonomy } from '../domain/taxonomy-entry.ts';

/** An article, from either collection (content.config.ts: rendered as Markdown, or compiled as MDX). */
export type ArticleEntry = CollectionEntry<'articles'> | CollectionEntry<'mdxArticles'>;

export interface SiteContent {
  /** Published articles, newest first. */
  articles: ArticleEntry[];
  /** Position of each article in `articles`, for previous/next links. */
  indexOf: Map<string, number>;
  usage: TaxonomyUsage<ArticleEntry>;
  related: RelatedIndex<ArticleEntry>;
  taxonomy: Taxonomy;
  /** Authors by slug (content/authors/). */
  authors: Map<string, AuthorEntry>;
  /** Published articles of each author, newest first. */
  byAuthor: Map<string, ArticleEntry[]>;
}

export type AuthorEntry = CollectionEntry<'authors'>;

/** An article's authors, in byline order. */
export function authorsOf(article: ArticleEntry, authors: ReadonlyMap<string, AuthorEntry>): AuthorEntry[] {
  return (article.data.authors ?? []).map((slug) => authors.get(slug)!).filter(Boolean);
}

let cached: Promise<SiteContent> | undefined;

export function siteContent(): Promise<SiteContent> {
  // `astro dev` keeps running when an edit breaks a frontmatter: the error overlay says where.
  if (import.meta.env.DEV) assertValidFrontmatterSinceLastCheck(listArticleFiles(contentDirs().articles), articleSchema);
  cached ??= (async () => {
    // Drafts and scheduled articles show while editing with `astro dev`, never in a build.
    const articles = publishedArticles(await allArticles(), { includeDrafts: import.meta.env.DEV, today: buildDay() });
    const dirs = contentDirs();
    const authors = new Map((HAS_AUTHORS ? await getCollection('authors') : []).map((author) => [author.id, author]));
    const byAuthor = new Map<string, ArticleEntry[]>();
    for (const article of articles) for (const slug of article.data.authors ?? []) byAuthor.set(slug, [...(byAuthor.get(slug) ?? []), article]);
    return {
      authors,
      byAuthor,
      articles,
      indexOf: new Map(articles.map((article, index) => [article.id, index])),
      usage: taxonomyUsage(articles),
      related: buildRelatedIndex(articles),
      taxonomy: typesetTaxonomy(loadTaxonomy(dirs.taxonomy, dirs.fallbackTaxonomy)),
    };
  })();
  return cached;
}

/** Every article of both collections (content.config.ts), drafts included. */
async function allArticles(): Promise<ArticleEntry[]> {
  const lists = await Promise.all(ARTICLE_COLLECTIONS.map((name) => getCollection(name)));
  return lists.flat();
}
