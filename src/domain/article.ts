/**
 * The shape of an article as `src/domain` sees it: what the content schema produces, without any
 * Astro type, so the logic here is testable with plain objects.
 */
import type { PartialDate } from './partial-date.ts';

export interface KeyDate extends PartialDate {
  /** What happens on that date (a `KEY_DATE_KINDS` key). */
  kind: string;
  /** Short French description of the event. */
  label: string;
}

export interface Source {
  label: string;
  url?: string | undefined;
  identifier?: string | undefined;
}

export interface Decision {
  /** Authority slug of the court. */
  court: string;
  chamber?: string | undefined;
  date: Date;
  number?: string | undefined;
  ecli?: string | undefined;
}

export interface ArticleData {
  title: string;
  summary: string;
  published: Date;
  updated?: Date | undefined;
  jurisdiction: string;
  authority?: string | undefined;
  type: string;
  topics: string[];
  keyDates: KeyDate[];
  sources: Source[];
  decision?: Decision | undefined;
  draft: boolean;
  /** Slugs of the authors, in byline order (none: no byline). */
  authors?: string[] | undefined;
}

export interface Article<D extends ArticleData = ArticleData> {
  /** The slug: the file name without extension. */
  id: string;
  data: D;
}

/** Kinds of key date, with their French labels. */
export const KEY_DATE_KINDS = {
  adoption: 'Adoption',
  presentation: 'Présentation',
  publication: 'Publication',
  'entree-en-vigueur': 'Entrée en vigueur',
  'entree-en-application': 'Entrée en application',
  transposition: 'Transposition',
  decision: 'Décision',
  audience: 'Audience',
  consultation: 'Consultation',
  echeance: 'Échéance',
  evaluation: 'Évaluation',
} as const;
export type KeyDateKind = keyof typeof KEY_DATE_KINDS;
