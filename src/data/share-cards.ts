/** The share card of an article (domain/share-card.ts), for its page's Open Graph tags and its image route alike. */
import { SITE } from '../config.ts';
import { articleDecisionCitation } from '../domain/citation.ts';
import { articleShareCard, type ShareCard } from '../domain/share-card.ts';
import { taxonomyEntry, type Taxonomy } from '../domain/taxonomy-entry.ts';
import type { ArticleEntry } from './articles.ts';

export function shareCardOf(article: ArticleEntry, taxonomy: Taxonomy): ShareCard {
  const { data } = article;
  return articleShareCard(SITE.name, {
    title: data.title,
    published: data.published,
    typeLabel: taxonomyEntry(taxonomy.types, data.type).label,
    citation: articleDecisionCitation(data.decision, taxonomy.authorities),
    authorityLabel: data.authority ? taxonomyEntry(taxonomy.authorities, data.authority).label : undefined,
  });
}
