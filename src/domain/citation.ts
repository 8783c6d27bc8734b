/**
 * Citations generated from data, never typed by hand: a decision in French legal style
 * ("Cass. 2e civ., 22 mai 2025, n° 23-12.345"; "CA Rennes, 19 nov. 2024, n° 22/01234"), and the
 * article itself ("Citer cet article"). Unknown parts are left out, never guessed.
 */
import { formatDateFr } from './french-date.ts';
import type { Decision } from './article.ts';
import { formatDecisionNumber } from './identifiers.ts';
import { taxonomyEntry, type TaxonomyEntry } from './taxonomy-entry.ts';

/** Abbreviated French months used in case citations. */
const MONTHS_SHORT = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'] as const;

/** "19 nov. 2024", "1er juin 2025". */
export function formatDateCitation(date: Date): string {
  const day = date.getUTCDate();
  return `${day === 1 ? '1er' : day} ${MONTHS_SHORT[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export interface DecisionData {
  /** Short name of the court ("Cass.", "CA Rennes", "CE", "CJUE"). */
  court: string;
  /** Chamber or formation ("2e civ.", "ch. mixte", "ass."), when known. */
  chamber?: string | undefined;
  date: Date;
  /** Pourvoi, RG, requête, case or decision number, when known. */
  number?: string | undefined;
}

/**
 * A court's short form with its chamber: the Cour de cassation's chamber follows "Cass." without a
 * comma ("Cass. 2e civ."); other courts take one ("CE, 10e-9e ch. réunies", "CA Paris, pôle 5,
 * ch. 11", "CJUE, gde ch.").
 */
export function courtWithChamber(court: string, chamber: string | undefined): string {
  return chamber ? `${court}${court.startsWith('Cass') ? ' ' : ', '}${chamber}` : court;
}

export function decisionCitation(decision: DecisionData): string {
  const parts = [courtWithChamber(decision.court, decision.chamber), formatDateCitation(decision.date)];
  if (decision.number) parts.push(formatDecisionNumber(decision.number));
  return parts.join(', ');
}

export interface ArticleCitationData {
  /** Authors' names, in byline order: they open the citation when there are some. */
  authors?: readonly string[];
  publisher: string;
  title: string;
  published: Date;
  url: string;
}

/**
 * "Vigie, « Titre », 22 mai 2025, https://…", or with authors "Jeanne Martin et Paul Durand,
 * « Titre », Vigie, 22 mai 2025, https://…"; guillemets inside the title become “ ” (French nesting).
 */
export function articleCitation(article: ArticleCitationData): string {
  const title = article.title.replace(/«[\s\u00a0\u202f]*/g, '“').replace(/[\s\u00a0\u202f]*»/g, '”');
  const quoted = `«\u202f${title}\u202f»`;
  const rest = `${formatDateFr(article.published)}, ${article.url}`;
  return article.authors?.length ? `${frenchList(article.authors)}, ${quoted}, ${article.publisher}, ${rest}` : `${article.publisher}, ${quoted}, ${rest}`;
}

/** "A", "A et B", "A, B et C". */
export function frenchList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** The citation of an article's decision, its court by the short name the taxonomy gives it ("Cass."). */
export function articleDecisionCitation(decision: Decision | undefined, authorities: readonly TaxonomyEntry[]): string | undefined {
  if (!decision) return undefined;
  const court = taxonomyEntry(authorities, decision.court);
  return decisionCitation({ court: court.short ?? court.label, chamber: decision.chamber, date: decision.date, number: decision.number });
}
