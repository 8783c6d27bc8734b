/**
 * Metadata from raw text, by rules and the taxonomy's own keywords (one vocabulary for the site
 * and the importer): jurisdiction, authority (with the Cour de cassation's chamber), document
 * type, topics, identifiers, a proposed title and summary. Every inference keeps the words it came
 * from, for the editor's review.
 */
import { foldWord } from '../search-query.ts';
import { slugify } from '../slug.ts';
import type { Taxonomy, TaxonomyEntry } from '../taxonomy.ts';
import { IDENTIFIER_PATTERNS, identifierKind, type IdentifierKind } from '../identifiers.ts';

export interface Evidence<T> {
  value: T;
  /** Words of the text the value was inferred from. */
  from: string[];
}

/** Text folded for matching: lowercase, no accents, ASCII apostrophes, single spaces. */
export function foldText(text: string): string {
  return foldWord(text).replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Occurrences of a keyword as whole words; short all-caps keywords (IA, EAA) match case-sensitively. */
function keywordCount(text: string, folded: string, keyword: string): number {
  const caseSensitive = keyword.length <= 4 && keyword === keyword.toUpperCase();
  const haystack = caseSensitive ? text.replace(/[’ʼ]/g, "'") : folded;
  const needle = caseSensitive ? keyword : foldText(keyword);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
  return haystack.match(pattern)?.length ?? 0;
}

export interface ScoredEntry {
  entry: TaxonomyEntry;
  score: number;
  from: string[];
}

/**
 * Scores taxonomy entries by their keywords: each occurrence counts as many words as the keyword
 * has (up to 3), and occurrences in the lead (first sentence) count `leadWeight` times more.
 */
export function scoreEntries(text: string, entries: readonly TaxonomyEntry[], leadWeight = 1): ScoredEntry[] {
  const folded = foldText(text);
  const lead = firstSentence(text, 1000);
  const foldedLead = foldText(lead);
  return entries
    .map((entry) => {
      const from: string[] = [];
      let score = 0;
      for (const keyword of entry.keywords) {
        const count = keywordCount(text, folded, keyword);
        if (count) {
          const inLead = leadWeight > 1 ? keywordCount(lead, foldedLead, keyword) : 0;
          score += (count + inLead * (leadWeight - 1)) * Math.min(3, keyword.split(/\s+/).length);
          from.push(count > 1 ? `${keyword} (×${count})` : keyword);
        }
      }
      return { entry, score, from };
    })
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score);
}

const CHAMBERS: [RegExp, string][] = [
  [/premi[eè]re chambre civile|1re civ|1ère chambre civile/i, '1re civ.'],
  [/deuxi[eè]me chambre civile|2e civ|2ème chambre civile/i, '2e civ.'],
  [/troisi[eè]me chambre civile|3e civ|3ème chambre civile/i, '3e civ.'],
  [/chambre commerciale|cass\.? com/i, 'com.'],
  [/chambre sociale|cass\.? soc/i, 'soc.'],
  [/chambre criminelle|cass\.? crim/i, 'crim.'],
  [/chambre mixte/i, 'ch. mixte'],
  [/assembl[ée]e pl[ée]ni[èe]re/i, 'ass. plén.'],
];

export interface AuthorityGuess {
  slug: string;
  label: string;
  jurisdiction: string;
  /** False when the slug is not in the taxonomy yet (e.g. a court of appeal not listed). */
  known: boolean;
  chamber?: string;
  from: string[];
}

/** Courts of appeal by city, other courts and bodies by the taxonomy's keywords; first mention wins. */
export function inferAuthority(text: string, taxonomy: Taxonomy): AuthorityGuess | undefined {
  const candidates: { index: number; guess: AuthorityGuess }[] = [];
  const appeal = /[Cc]ours?\s+d['’]appel\s+(?:de\s+|d['’])((?:\p{Lu}[\p{L}-]*)(?:[\s-](?:en|sur|de|la|le|les|du)?[\s-]?\p{Lu}[\p{L}-]*)*)/u.exec(text);
  if (appeal) {
    const city = appeal[1]!.trim();
    const slug = `ca-${slugify(city)}`;
    const entry = taxonomy.authorities.find((a) => a.slug === slug);
    candidates.push({ index: appeal.index, guess: { slug, label: entry?.label ?? `Cour d’appel de ${city}`, jurisdiction: 'france', known: Boolean(entry), from: [appeal[0]] } });
  }
  const folded = foldText(text);
  for (const entry of taxonomy.authorities) {
    if (entry.slug.startsWith('ca-')) continue;
    for (const keyword of entry.keywords) {
      const caseSensitive = keyword.length <= 5 && keyword === keyword.toUpperCase();
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(caseSensitive ? keyword : foldText(keyword))}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
      const match = pattern.exec(caseSensitive ? text : folded);
      if (match) candidates.push({ index: match.index, guess: { slug: entry.slug, label: entry.label, jurisdiction: entry.jurisdiction ?? '', known: true, from: [keyword] } });
    }
  }
  // Courts and authorities that decide or publish come before agencies merely mentioned.
  const weight = (slug: string) => (/^(cour-de-cassation|conseil-d-etat|cjue|ca-)/.test(slug) ? 0 : 1);
  candidates.sort((a, b) => weight(a.guess.slug) - weight(b.guess.slug) || a.index - b.index);
  const best = candidates[0]?.guess;
  if (best?.slug === 'cour-de-cassation') {
    const chamber = CHAMBERS.find(([pattern]) => pattern.test(text));
    if (chamber) {
      best.chamber = chamber[1];
      best.from.push(chamber[0].exec(text)![0]);
    }
  }
  return best;
}

export interface FoundIdentifier {
  kind: IdentifierKind;
  value: string;
  source: string;
}

const IDENTIFIER_SEARCH: [IdentifierKind, RegExp][] = [
  ['ECLI', /\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]*[A-Z0-9]/g],
  ['ELI', /https?:\/\/(?:data\.europa\.eu|www\.legifrance\.gouv\.fr)\/eli\/[A-Za-z0-9_/.-]*[A-Za-z0-9_/]/g],
  ['CELEX', /\b(?:CELEX\s*:?\s*)?([0-9CE]\d{4}[A-Z]{1,2}\d{4})\b/g],
  ['NOR', /\b(?:NOR\s*:?\s*)?([A-Z]{4}\d{7}[A-Z])\b/g],
  ['pourvoi', /\b(?:pourvoi\s+)?n[°o]\s*(\d{2}-\d{2}\.\d{3})\b/gi],
  ['RG', /\b(?:RG\s+)?n[°o]\s*(\d{2}\/\d{5})\b/gi],
];

export function findIdentifiers(text: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  for (const [kind, pattern] of IDENTIFIER_SEARCH) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? match[0];
      if (!IDENTIFIER_PATTERNS[kind].test(value) || identifierKind(value) !== kind) continue;
      if (!found.some((f) => f.value === value)) found.push({ kind, value, source: match[0] });
    }
  }
  return found;
}

/** The first sentence, cut at a word boundary when longer than `max`. */
export function firstSentence(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.!?](?=\s+\p{Lu}|\s*$)/u);
  const sentence = end >= 0 ? flat.slice(0, end + 1) : flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max + 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:–-]+$/, '')}…`;
}
