/**
 * JSON-LD for article pages: a schema.org NewsArticle whose `about` is a Legislation (for
 * legislative texts) or a CreativeWork (decisions, with their ECLI as a PropertyValue; other
 * documents). Built from data only; serialised safely for a <script type="application/ld+json">.
 */
import type { ArticleData } from './article.ts';
import { isoDate } from './french-date.ts';
import { identifierKind } from './identifiers.ts';

/** Document types that are legislation (schema.org Legislation). */
export const LEGISLATION_TYPES = new Set(['directive', 'reglement', 'loi', 'decret']);

export interface JsonLdContext {
  url: string;
  publisher: string;
  siteUrl: string;
  jurisdictionLabel: string;
  typeLabel: string;
  topicLabels: string[];
  authorityLabel?: string | undefined;
  /** Generated decision citation, if any. */
  citation?: string | undefined;
  /** The article's authors, in byline order; none gives no `author`. */
  authors?: AuthorPerson[];
}

/** An author as JSON-LD names them. */
export interface AuthorPerson {
  name: string;
  jobTitle?: string | undefined;
  affiliation?: string | undefined;
  /** The author's page on the site, absolute. */
  url: string;
}

export function articleJsonLd(data: ArticleData, context: JsonLdContext): Record<string, unknown> {
  const identifiers = data.sources.map((source) => source.identifier).filter((id): id is string => Boolean(id));
  let about: Record<string, unknown>;
  if (LEGISLATION_TYPES.has(data.type)) {
    const legislationIdentifier = identifiers.find((id) => ['CELEX', 'ELI', 'NOR'].includes(identifierKind(id) ?? ''));
    const legislationDate = data.keyDates.find((d) => d.precision === 'day' && ['adoption', 'publication'].includes(d.kind))?.date;
    about = {
      '@type': 'Legislation',
      name: data.title,
      legislationType: context.typeLabel,
      legislationJurisdiction: context.jurisdictionLabel,
      ...(legislationIdentifier ? { legislationIdentifier } : {}),
      ...(legislationDate ? { legislationDate } : {}),
    };
  } else {
    const ecli = data.decision?.ecli ?? identifiers.find((id) => identifierKind(id) === 'ECLI');
    about = {
      '@type': 'CreativeWork',
      name: context.citation ?? data.title,
      genre: context.typeLabel,
      ...(context.authorityLabel ? { creator: { '@type': 'Organization', name: context.authorityLabel } } : {}),
      ...(data.decision ? { dateCreated: isoDate(data.decision.date) } : {}),
      ...(ecli ? { identifier: { '@type': 'PropertyValue', propertyID: 'ECLI', value: ecli } } : {}),
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    abstract: data.summary,
    description: data.summary,
    datePublished: isoDate(data.published),
    dateModified: isoDate(data.updated ?? data.published),
    inLanguage: 'fr-FR',
    keywords: context.topicLabels.join(', '),
    url: context.url,
    mainEntityOfPage: context.url,
    ...(context.authors?.length
      ? {
          author: context.authors.map((person) => ({
            '@type': 'Person',
            name: person.name,
            url: person.url,
            ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
            ...(person.affiliation ? { affiliation: { '@type': 'Organization', name: person.affiliation } } : {}),
          })),
        }
      : {}),
    publisher: { '@type': 'Organization', name: context.publisher, url: context.siteUrl },
    about,
  };
}

/** JSON safe inside a <script> element: no "</script>", no HTML comment openers. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
