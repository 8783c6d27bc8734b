/**
 * Metadata from raw text, by rules and the taxonomy's own keywords (one vocabulary for the site
 * and the importer): jurisdiction, authority (with the Cour de cassation's chamber), document
 * type, topics, identifiers, a proposed title and summary. Every inference keeps the words it came
 * from, for the editor's review.
 */
import { foldWord } from '../domain/fold-word.ts';
import { slugify } from '../domain/slug.ts';
import type { Taxonomy, TaxonomyEntry } from '../domain/taxonomy-entry.ts';
import { IDENTIFIER_PATTERNS, identifierKind, type IdentifierKind } from '../domain/identifiers.ts';
import { taxonomyPattern } from './taxonomy-patterns.ts';

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

/** `foldText` without changing any position (one character for one), to read indexes in the original. */
function foldInPlace(text: string): string {
  return text.replace(/[\s\S]/gu, (char) => {
    if (/\s/u.test(char)) return ' ';
    if (/[’ʼ]/u.test(char)) return "'";
    const folded = foldWord(char);
    return folded.length === char.length ? folded : char;
  });
}

/** Occurrences of a keyword as whole words; short all-caps keywords (IA, EAA) match case-sensitively. */
function keywordCount(text: string, folded: string, keyword: string): number {
  const caseSensitive = keyword.length <= 4 && keyword === keyword.toUpperCase();
  const haystack = caseSensitive ? text.replace(/[’ʼ]/g, "'") : folded;
  const needle = caseSensitive ? keyword : foldText(keyword);
  // A word keyword also counts in the plural ("logiciel" in "logiciels").
  const plural = !caseSensitive && /\p{L}$/u.test(needle) && !/[sx]$/.test(needle) ? '(?:s|x)?' : '';
  // A name with a number is also written together: "NIS 2" in "NIS2".
  const written = /^\p{L}+ \d+$/u.test(needle) ? escapeRegExp(needle).replace(' ', ' ?') : escapeRegExp(needle);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${written}${plural}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
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

export interface AuthorityGuess {
  slug: string;
  label: string;
  jurisdiction: string;
  /** False when the slug is not in the taxonomy yet (e.g. a court of appeal not listed). */
  known: boolean;
  /** A court of appeal read by its city, listed or not. */
  appealCourt?: boolean;
  chamber?: string;
  from: string[];
}

/** A court of appeal named by its city in prose or in a label: "cour d'appel de Versailles", "Cour d’appel d’Aix-en-Provence". */
const APPEAL_NAME = /[Cc]ours?\s+d['’]appel\s+(?:de\s+|d['’])((?:\p{Lu}[\p{L}-]*)(?:[\s-](?:en|sur|de|la|le|les|du)?[\s-]?\p{Lu}[\p{L}-]*)*)/u;
/** A court of appeal's citation, listed or not: "CA Lyon, 12 mars 2026". */
const APPEAL_CITATION = /(?<![\p{L}])CA\s+(?:de\s+|d['’])?(\p{Lu}[\p{L}-]+(?:[\s-](?:en|sur|de)?[\s-]?\p{Lu}[\p{L}-]+)*)\s*,/u;

interface AppealCourts {
  /** The courts of appeal listed (authorities.json: `appealCourt`), by the slug of the city their label names. */
  byCity: Map<string, TaxonomyEntry>;
  /** What an unlisted court of appeal takes from the listed ones: its slug's form, their jurisdiction and ruling type. */
  slugOf: (city: string) => string;
  jurisdiction?: string;
  ruling?: string;
}

const appealCache = new WeakMap<Taxonomy, AppealCourts>();

/**
 * The taxonomy's courts of appeal. Texts cite any of the country's courts of appeal, listed or
 * not ("CA Nîmes, …"): an unlisted one is proposed with a slug formed as the listed ones' are
 * ("ca-rennes" for Rennes → "ca-nimes"), and their jurisdiction and ruling type.
 */
function appealCourts(taxonomy: Taxonomy): AppealCourts {
  let courts = appealCache.get(taxonomy);
  if (courts) return courts;
  const byCity = new Map<string, TaxonomyEntry>();
  // By the city its label names, and those its keywords name ("Cour d’appel de Saint-Denis de La Réunion").
  for (const entry of taxonomy.authorities.filter((a) => a.appealCourt))
    for (const name of [entry.label, ...entry.keywords]) {
      const city = APPEAL_NAME.exec(name)?.[1];
      if (city && !byCity.has(slugify(city))) byCity.set(slugify(city), entry);
    }
  // The slug's part before the city, from the first listed court whose slug ends with its city.
  const model = [...byCity].find(([city, entry]) => entry.slug.endsWith(city));
  const prefix = model ? model[1].slug.slice(0, -model[0].length) : undefined;
  const listed = [...byCity.values()];
  courts = {
    byCity,
    slugOf: (city) => (prefix !== undefined ? `${prefix}${slugify(city)}` : slugify(`Cour d’appel de ${city}`)),
    jurisdiction: listed.find((entry) => entry.jurisdiction)?.jurisdiction,
    ruling: listed.find((entry) => entry.ruling)?.ruling,
  };
  appealCache.set(taxonomy, courts);
  return courts;
}

/** The ruling type of a court of appeal the taxonomy does not list: that of the listed ones. */
export function appealCourtRuling(taxonomy: Taxonomy): string | undefined {
  return appealCourts(taxonomy).ruling;
}

/** An authority of the taxonomy, as the author `from` these words. */
function entryGuess(entry: TaxonomyEntry, from: string, fallbackJurisdiction = ''): AuthorityGuess {
  return { slug: entry.slug, label: entry.label, jurisdiction: entry.jurisdiction ?? fallbackJurisdiction, known: true, from: [from.trim()] };
}

/** The court of appeal of `city`: the taxonomy's, else one proposed on the model of those it lists. */
function appealCourtGuess(city: string, from: string, taxonomy: Taxonomy): AuthorityGuess {
  const courts = appealCourts(taxonomy);
  const listed = courts.byCity.get(slugify(city));
  // A court of appeal without a jurisdiction of its own belongs where the listed ones do.
  if (listed) return { ...entryGuess(listed, from, courts.jurisdiction), appealCourt: true };
  return {
    slug: courts.slugOf(city),
    label: `Cour d’appel de ${city}`,
    jurisdiction: courts.jurisdiction ?? '',
    known: false,
    appealCourt: true,
    from: [from.trim()],
  };
}

interface Citation {
  pattern: RegExp;
  guessOf: (match: RegExpExecArray, from: string) => AuthorityGuess;
}

const citationCache = new WeakMap<Taxonomy, Citation[]>();

/**
 * Citation forms that open a decision summary ("Cass. soc., 17 septembre 2025, n° …", "CE, 3
 * juillet 2025", "CJUE, 5 février 2026, aff. C-412/24", "CA Lyon, 12 mars 2026"): the court is
 * the author, whatever else the text mentions. Each court's forms are its `citations` in
 * authorities.json; courts of appeal are cited by city.
 */
function citations(taxonomy: Taxonomy): Citation[] {
  let found = citationCache.get(taxonomy);
  if (!found) {
    found = [
      ...taxonomy.authorities.flatMap((entry) =>
        (entry.citations ?? []).map((source, i) => ({
          pattern: taxonomyPattern('authorities.json', entry, `citations[${i}]`, source, 'u', (s) => `(?<![\\p{L}])(?:${s})`),
          guessOf: (_match: RegExpExecArray, from: string) => entryGuess(entry, from),
        })),
      ),
      { pattern: APPEAL_CITATION, guessOf: (match: RegExpExecArray, from: string) => appealCourtGuess(match[1]!, from, taxonomy) },
    ];
    citationCache.set(taxonomy, found);
  }
  return found;
}

/** Whether an authority names a court (its documents are rulings): marked so in the taxonomy, or a court of appeal read by city. */
export function isCourt(guess: AuthorityGuess, taxonomy: Taxonomy): boolean {
  return guess.appealCourt === true || taxonomy.authorities.some((entry) => entry.slug === guess.slug && entry.court === true);
}

/** Words before a mention that make it incidental: an appeal to, a notice to, an opinion of, the ruling under appeal. */
const INCIDENTAL_BEFORE = new RegExp(
  [
    String.raw`(?:recours|appel|pourvoi|contestation|renvo\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:devant|auprès)\s+(?:de\s+)?(?:la|le|l['’])?\s*$`,
    String.raw`(?:devant|saisir|saisine\s+(?:de|du))\s+(?:la|le|l['’])?\s*$`,
    String.raw`décret\s+en\s*$`,
    String.raw`(?:avis|accord|autorisation|contrôle)\s+(?:conforme\s+|préalable\s+)?(?:de\s+la|du|de\s+l['’])\s*$`,
    String.raw`(?:adress\p{L}*|notifi\p{L}*|transm\p{L}*|communiqu\p{L}*|signal\p{L}*|déclar\p{L}*|soumi\p{L}*|rapport\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:à\s+la|au|à\s+l['’]|aux)\s*$`,
    String.raw`(?:auprès|au\s+sein|sous\s+l['’]égide)\s+(?:de\s+la|du|de\s+l['’])\s*$`,
    String.raw`(?:gérée?s?|opérée?s?|tenue?s?)\s+par\s+(?:la|le|l['’])\s*$`,
    String.raw`(?:arrêt|jugement|décision)\s+(?:attaqué\s+|rendu\s+)?(?:de\s+la|du|de\s+l['’])\s*$`,
    String.raw`contre\s+(?:l['’]arrêt|le\s+jugement|la\s+décision|l['’]ordonnance)[^.]{0,60}\spar\s+(?:la|le|l['’])\s*$`,
    String.raw`(?:selon|conformément\s+à|comme)\s+(?:la|le|l['’])\s*$`,
    String.raw`(?:proposition|initiative)\s+(?:de\s+la|du|de\s+l['’])\s*$`,
  ].join('|'),
  'iu',
);

/**
 * Verbs that make a mention the author: "la CNIL a prononcé", "la Cour juge", "publiées par la
 * CNIL". Not the pluperfect: "la cour d'appel avait jugé" is the ruling under review.
 */
const ACTING_AFTER =
  /^\s*(?:\([^)]{0,80}\)\s*)?(?:,[^,.;]{0,60},\s*)?(?:(?:a|ont|vient\s+de|viennent\s+de)\s+)?(?:\p{L}+ment\s+)?(?:publi|adopt|pr[ée]sent|rend|jug|prononc|sanctionn|inflig|mis\p{L}*\s+en\s+demeure|met\p{L}*\s+en\s+demeure|lanc|dévoil|rappel|précis|estim|consid[èée]r|annul|valid|censur|cass|condamn|recommand|détaill|proposé|propose|décid|ordonn|enjoin|déclar|dit\s+pour\s+droit)\p{L}*/iu;
const ACTING_BEFORE = /(?:publi|adopt|présent|rendu|prononc|inflig|dévoil|lanc|édict|élabor)\p{L}*\s+(?:[^.]{0,40}\s)?par\s+(?:la|le|l['’])\s*$/iu;

/** What opens a line before a citation: the line's start, a "Réf. :" label, a parenthesis or a list dash. */
const LINE_OPENING = /(?:^|\n)\s*(?:#{1,6}\s*)?(?:Réf(?:érences?)?\.?\s*:\s*|[-*•]\s*)?\(?$/u;

/** After a court's name opening a line, what makes the line a citation: a comma, then a year within the line. */
const DATED_AFTER_NAME = /^\s*,[^\n]{0,80}?\b\d{4}\b/u;

/** How far a court page's header runs: the court's name, chamber mark, hearing, decision number. */
const HEADER_LENGTH = 600;

/** The court whose citation opens `line` ("Cass. soc., 17 septembre 2025"), if any. */
export function openingCitation(line: string, taxonomy: Taxonomy): string | undefined {
  for (const { pattern, guessOf } of citations(taxonomy)) {
    // A Markdown heading's marks ("## Soc., …") do not move the citation off the line's start.
    const marks = /^#{1,6}\s+/.exec(line)?.[0].length ?? 0;
    const match = pattern.exec(line.slice(marks));
    if (match && match.index <= 2) return guessOf(match, match[0]).slug;
  }
  return undefined;
}

interface Mention {
  index: number;
  guess: AuthorityGuess;
  score: number;
}

/**
 * The authority that decided or published, not one merely mentioned. Each mention of a court or
 * body (courts of appeal by city, others by the taxonomy's keywords) is scored: a citation that
 * opens the text wins; then mentions as the acting subject ("la CNIL a prononcé"); then mentions
 * in the lead (title line or first sentence). Incidental mentions ("recours devant le Conseil
 * d'État", "notifier à l'ANSSI", "avis de la CNIL") and mentions only in the body count for
 * nothing: no authority is better than a wrong one.
 */
export function inferAuthority(text: string, taxonomy: Taxonomy): AuthorityGuess | undefined {
  const leadEnd = leadLength(text);
  const mentions: Mention[] = [];
  const add = (index: number, length: number, guess: AuthorityGuess) => {
    const before = text.slice(Math.max(0, index - 60), index);
    const after = text.slice(index + length, index + length + 80);
    let score = 0;
    if (!INCIDENTAL_BEFORE.test(before)) {
      if (ACTING_AFTER.test(after) || ACTING_BEFORE.test(before)) score += 10;
      if (index < leadEnd) score += 5;
    }
    mentions.push({ index, guess, score });
  };

  const opening = text.slice(0, Math.max(leadEnd, 200));
  for (const { pattern, guessOf } of citations(taxonomy)) {
    const match = pattern.exec(opening);
    const guess = match && guessOf(match, match[0].replace(/\s*[,(]$/, ''));
    // A citation opening the text or a line ("Réf. : CA Rennes, …") names the deciding court; one
    // inside a sentence ("(CJCE, arrêt du …)") is case law the text cites, a mention like any other.
    if (match && guess && (match.index < 80 || LINE_OPENING.test(text.slice(Math.max(0, match.index - 20), match.index))))
      mentions.push({ index: match.index, guess, score: match.index < 80 ? 100 : 20 });
    else if (match && guess && !/^ECLI:/i.test(match[0])) add(match.index, match[0].length, guess);
    else {
      // A court's ECLI ("ECLI:FR:CCASS:2021:C200123") identifies it wherever the text writes it,
      // as a court the lead names would.
      const ecli = new RegExp(pattern.source, 'u').exec(text);
      if (ecli && /^ECLI:/i.test(ecli[0])) mentions.push({ index: ecli.index, guess: guessOf(ecli, ecli[0]), score: 5 });
    }
  }
  // A court's page header names the court on a line of its own ("COUR DE CASSATION" over the
  // hearing's date), and a line may open with its name and a date (Légifrance's titles: "Cour de
  // cassation, civile, Chambre sociale, 9 décembre 2020, …"), as a citation opening a line does.
  const header = text.slice(0, HEADER_LENGTH).split('\n');
  for (const entry of taxonomy.authorities.filter((a) => a.court)) {
    const names = [entry.label, ...entry.keywords].map(foldText);
    const line = header.findIndex((l) => {
      const folded = foldText(l.trim().replace(/^(?:#{1,6}\s+|[-*•]\s*)/, ''));
      return names.some((name) => folded === name || (folded.startsWith(name) && DATED_AFTER_NAME.test(folded.slice(name.length))));
    });
    if (line >= 0) mentions.push({ index: header.slice(0, line).join('\n').length, guess: entryGuess(entry, header[line]!.trim()), score: 20 });
  }
  for (const appeal of text.matchAll(new RegExp(APPEAL_NAME, 'gu'))) {
    const guess = appealCourtGuess(appeal[1]!.trim(), appeal[0], taxonomy);
    const end = appeal.index! + appeal[0].length;
    if (
      appeal.index! < HEADER_LENGTH &&
      LINE_OPENING.test(text.slice(Math.max(0, appeal.index! - 20), appeal.index)) &&
      DATED_AFTER_NAME.test(text.slice(end, end + 100))
    )
      mentions.push({ index: appeal.index!, guess, score: 20 });
    else add(appeal.index!, appeal[0].length, guess);
  }
  const folded = foldInPlace(text);
  const readByCity = new Set(appealCourts(taxonomy).byCity.values());
  for (const entry of taxonomy.authorities) {
    // Courts of appeal are read by city, above.
    if (readByCity.has(entry)) continue;
    for (const keyword of entry.keywords) {
      const caseSensitive = keyword.length <= 5 && keyword === keyword.toUpperCase();
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(caseSensitive ? keyword : foldText(keyword))}(?![\\p{L}\\p{N}])`,
        caseSensitive ? 'gu' : 'giu',
      );
      for (const match of (caseSensitive ? text : folded).matchAll(pattern)) {
        add(match.index!, match[0].length, entryGuess(entry, keyword));
      }
    }
  }
  const ranked = mentions.filter((m) => m.score >= 5).sort((a, b) => b.score - a.score || a.index - b.index);
  const best = ranked[0]?.guess;
  const court = best?.known ? taxonomy.authorities.find((entry) => entry.slug === best.slug) : undefined;
  if (best && court) readChamber(best, court, text);
  return best;
}

/**
 * A chamber's citation form, its `$<name>` or `$1` filled with what the names matched: the Conseil
 * d'État's "10ème et 9ème chambres réunies" is cited "10e-9e ch. réunies".
 */
function chamberCitation(template: string, match: RegExpExecArray): string {
  return template.replace(/\$<(\w+)>|\$(\d)/g, (_, name: string | undefined, n: string | undefined) => (name ? match.groups?.[name] : match[Number(n)]) ?? '');
}

/**
 * The court's chamber (authorities.json: `chambers`), named anywhere in the text ("chambre
 * sociale", "Cass. soc.", "Soc., 12 mars 2024"): the one named first, so that the citation opening
 * the text wins over a chamber the text mentions later.
 */
function readChamber(guess: AuthorityGuess, court: TaxonomyEntry, text: string): void {
  let first: { index: number; citation: string; words: string } | undefined;
  for (const [i, chamber] of (court.chambers ?? []).entries()) {
    const match = taxonomyPattern('authorities.json', court, `chambers[${i}].names`, chamber.names, 'iu').exec(text);
    if (match && (!first || match.index < first.index)) first = { index: match.index, citation: chamberCitation(chamber.citation, match), words: match[0] };
  }
  if (!first) return;
  guess.chamber = first.citation;
  if (!guess.from.includes(first.words)) guess.from.push(first.words);
}

/** A line naming an act of Parliament or government as its own title: "Loi n° 2025-987 du 8 octobre 2025 …", "Arrêté du 12 février 2026 …", "Directive (UE) 2026/517 du Parlement européen …". */
const ACT_TITLE =
  /^(?:(?:loi|décret|ordonnance|arrêté)\s+(?:n°\s*[\d-]+\s+)?du\s+(?:1er|\d{1,2})\s+\p{L}+\.?\s+\d{4}|(?:directive|règlement)\s+\(UE\)\s*(?:n°\s*)?\d{4}\/\d+\s+du\s+Parlement)/iu;
/** An act of the Commission: "Règlement d'exécution (UE) 2025/2231 de la Commission du …". */
const COMMISSION_ACT =
  /(?<![\p{L}])(?:règlement|directive|décision|recommandation)(?:\s+d['’]exécution|\s+déléguée?)?\s+\(UE\)\s*(?:n°\s*)?\d{4}\/\d+\s+de\s+la\s+Commission(?![\p{L}])(?!\s+(?:nationale|des|de\s))/iu;

/**
 * The authority an act's own designation in the lead settles: the Commission for its acts;
 * `null` (none) when a line of the lead titles an act of Parliament or government, whatever
 * bodies the text names ("promulguée après une décision du Conseil constitutionnel");
 * `undefined` when the lead names no act as its own.
 */
export function actAuthority(lead: string, taxonomy: Taxonomy): AuthorityGuess | null | undefined {
  const commission = COMMISSION_ACT.exec(lead);
  // The body that enacts such acts (authorities.json: `enacts`), when the taxonomy has it.
  const entry = taxonomy.authorities.find((a) => a.enacts === true);
  if (commission && entry) return entryGuess(entry, commission[0]);
  return lead.split('\n').some((line) => ACT_TITLE.test(line.trim())) ? null : undefined;
}

/** Length of the lead: the title line, if the text opens with one, and the first sentence. */
export function leadLength(text: string): number {
  const firstLine = text.split('\n', 1)[0]!;
  const titled = isTitleLine(firstLine) && text.length > firstLine.length;
  const rest = titled ? text.slice(firstLine.length + 1) : text;
  return (titled ? firstLine.length + 1 : 0) + firstSentence(rest, 10_000).length;
}

/**
 * Whether a document's first line is a title rather than prose: short, and not ending as a
 * sentence or a list introduction does.
 */
export function isTitleLine(line: string): boolean {
  const trimmed = line.trim();
  // An EU act's full title runs to 250 characters.
  return trimmed.length > 0 && trimmed.length <= 300 && !/[.;:,!?…]$/.test(trimmed) && /\p{L}/u.test(trimmed);
}

export interface FoundIdentifier {
  kind: IdentifierKind;
  value: string;
  source: string;
}

/** The CNIL named: its deliberations' plain numbers (2025-045) are read only where it is. */
const CNIL_NAMED = /(?<![\p{L}])CNIL(?![\p{L}])|Commission nationale de l['’]informatique et des libertés/iu;

/** Where a plain deliberation number is the CNIL's: the CNIL named in the same paragraph, or in the text's first 600 characters. */
function cnilDeliberation(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n\n', index) + 1;
  const end = text.indexOf('\n\n', index);
  return CNIL_NAMED.test(text.slice(start, end < 0 ? undefined : end)) || CNIL_NAMED.test(text.slice(0, 600));
}

const IDENTIFIER_SEARCH: [IdentifierKind, RegExp, ((text: string, index: number) => boolean)?][] = [
  ['ECLI', /\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]*[A-Z0-9]/g],
  ['ELI', /https?:\/\/(?:data\.europa\.eu|eur-lex\.europa\.eu|www\.legifrance\.gouv\.fr)\/eli\/[A-Za-z0-9_/.-]*[A-Za-z0-9_/]/g],
  ['CELEX', /\b(?:CELEX\s*:?\s*)?([0-9CE]\d{4}[A-Z]{1,2}\d{4})\b/g],
  ['NOR', /\b(?:NOR\s*:?\s*)?([A-Z]{4}\d{7}[A-Z])\b/g],
  // "pourvoi n° 22-18.321", "N° de pourvoi : 19-22.838", "pourvoi 19-22.838", "Pourvoi n° B 19-60.222"
  // (the registry's letter), and the bare number after a citation's date ("…, 11 février 2021, 19-22.838",
  // the Cour de cassation's former pages: "Arrêt n° 1190 du 9 décembre 2020 (19-20.319)").
  [
    'pourvoi',
    /(?:\b(?:n[°o]\s*de\s+pourvoi\s*:?\s*|pourvoi\s*(?:n[°o]\s*)?:?\s*(?:[A-Z]\s+)?|n[°o]\s*(?:[A-Z]\s+)?)|(?<=\d{4}\s*[,(]\s*))(\d{2}-\d{2}\.\d{3})\b/gi,
  ],
  // "RG n° 20/00804", "n° RG 20/00804", "RG 20/00804", "n° 20/00804", "Numéro d'inscription au répertoire général : 22/10274".
  ['RG', /(?:\bRG\s*(?:n[°o]\s*)?:?\s*|\bn[°o]\s*(?:RG\s*)?|répertoire\s+général\s*:?\s*)(\d{2}\/\d{5})\b/giu],
  // "Délibération SAN-2024-012", "n° MED-2025-003".
  ['CNIL', /\b((?:SAN|MED)-\d{4}-\d{3,4})\b/g],
  // "Délibération n° 2025-045 du 19 juin 2025", "délibération de la CNIL n° 2025-045": other
  // regulators number their deliberations alike, hence the CNIL named around it.
  ['CNIL', /(?<![\p{L}])(?:délibération|délib\.)\s+(?:de\s+la\s+(?:CNIL|formation\s+restreinte)\s+)?n[°o]\s*(\d{4}-\d{3})(?![\d-])/giu, cnilDeliberation],
  // "communiqué IP/25/1234", "MEMO/25/567".
  ['press', /\b((?:IP|MEMO|STATEMENT|SPEECH|QANDA)\/\d{2}\/\d{1,5})\b/g],
];

/** Kinds of number that identify a Cour de cassation ruling (the RG of the decision under appeal is kept: the editor's sources cite it). */
const CASE_NUMBER_KINDS = new Set<IdentifierKind>(['pourvoi', 'ECLI']);

/**
 * Whether `index` lies inside a parenthesis that cites another ruling by its date ("(1re Civ., 25
 * avril 2007, pourvoi n° 04-17.632, Bull. …)"): case law the text cites, not its own number.
 */
function inCitedCaseLaw(text: string, index: number): boolean {
  const open = text.lastIndexOf('(', index);
  if (open < 0) return false;
  const inside = text.slice(open + 1, index);
  return !/[)\n]/.test(inside) && /\d{4}\s*,/.test(inside);
}

export function findIdentifiers(text: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  for (const [kind, pattern, applies] of IDENTIFIER_SEARCH) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? match[0];
      if (!IDENTIFIER_PATTERNS[kind].test(value) || identifierKind(value) !== kind) continue;
      if (applies && !applies(text, match.index!)) continue;
      if (CASE_NUMBER_KINDS.has(kind) && inCitedCaseLaw(text, match.index!)) continue;
      if (!found.some((f) => f.value === value)) found.push({ kind, value, source: match[0] });
    }
  }
  return found;
}

/**
 * Abbreviations after which a period does not end a sentence: months ("4 sept. 2025"), legal
 * citations ("Cass. soc.", "aff. C-519/24", "n°", "art. 14", "ch.", "civ."), titles ("M.", "Mme").
 */
const ABBREVIATION =
  /(?<![\p{L}])(?:janv|févr|fév|avr|juil|sept|oct|nov|déc|art|arts|aff|al|ch|civ|com|soc|crim|Cass|req|ass|plén|sect|cf|p|pp|M|MM|Mme|Me|Dr|Pr|min|dir|éd|vol|spéc|not|obs|préc|op|cit|ibid|etc|n|no|réf|JO|JOUE|Bull|Rec|coll|c|v)\.$/u;

/**
 * Index of the period, "!" or "?" that ends the first sentence of `text`, or -1: one followed by
 * a capital, or at the end of a line ("… en fin de contrat SaaS." above "1. Les faits").
 */
export function sentenceEnd(text: string, from = 0): number {
  const pattern = /[.!?](?=\s+[\p{Lu}«"“(]|[ \t]*\n|\s*$)/gu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, match.index - 8), match.index + 1))) continue;
    return match.index;
  }
  return -1;
}

/** The first sentence, on one line, cut at a word boundary when longer than `max`. */
export function firstSentence(text: string, max = 300): string {
  const trimmed = text.trim();
  const end = sentenceEnd(trimmed);
  const sentence = (end >= 0 ? trimmed.slice(0, end + 1) : trimmed).replace(/\s+/g, ' ');
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max + 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:–-]+$/, '')}…`;
}
