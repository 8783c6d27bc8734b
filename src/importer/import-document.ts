/**
 * One raw document → one draft article: frontmatter inferred from the text (with the words each
 * value came from and what the editor must check), and an MDX body that keeps every sentence.
 */
import { articleFileText } from '../domain/article-file.ts';
import { courtWithChamber } from '../domain/citation.ts';
import { KEY_DATE_KINDS, type KeyDateKind } from '../domain/article.ts';
import { formatDateFr, parseIsoDay } from '../domain/french-date.ts';
import { formatPartialDateFr } from '../domain/partial-date.ts';
import { slugify } from '../domain/slug.ts';
import type { Taxonomy, TaxonomyEntry } from '../domain/taxonomy-entry.ts';
import { contentLines } from './content-lines.ts';
import { InputError } from './decode-text.ts';
import { findDates, mainDate, type FoundDate } from './infer-dates.ts';
import {
  actAuthority,
  appealCourtRuling,
  findIdentifiers,
  firstSentence,
  inferAuthority,
  isCourt,
  isTitleLine,
  openingCitation,
  scoreEntries,
  sentenceEnd,
  type AuthorityGuess,
  type Evidence,
  type FoundIdentifier,
  type ScoredEntry,
} from './infer-metadata.ts';
import { bodyBlocks, isListItem, joinWrapped, lostLines, sectionTitle, unwrapLines } from './body-blocks.ts';
import { readDraftBody } from './read-draft-body.ts';
import { serializeBody } from './serialize-body.ts';
import { trimBlankLines, type RawDocument } from './split-documents.ts';
import { taxonomyPattern } from './taxonomy-patterns.ts';

/** Inference reads at most this much of a document (dates and keywords sit at the start). */
const INFERENCE_LIMIT = 50_000;

export interface DraftSource {
  label: string;
  url?: string;
  identifier?: string;
}

export interface DraftFrontmatter {
  title: string;
  summary: string;
  published: string;
  jurisdiction: string;
  authority?: string;
  type: string;
  topics: string[];
  keyDates: { date: string; precision: string; qualifier?: string; kind: string; label: string }[];
  sources: DraftSource[];
  decision?: { court: string; chamber?: string; date: string; number?: string; ecli?: string };
  draft: true;
}

export interface Inferred {
  published: Evidence<string>;
  jurisdiction: Evidence<string>;
  authority?: Evidence<string> & { known: boolean; chamber?: string };
  type: Evidence<string>;
  topics: Evidence<string>[];
  identifiers: FoundIdentifier[];
  keyDates: FoundDate[];
}

export interface ImportedDocument {
  /** Proposed file name: YYYY-MM-DD-<slug>.mdx. */
  fileName: string;
  frontmatter: DraftFrontmatter;
  body: string;
  inferred: Inferred;
  /** What the editor must check before publishing. */
  review: string[];
}

export class LostTextError extends Error {}

const IDENTIFIER_LABELS: Record<FoundIdentifier['kind'], string> = {
  ECLI: 'Identifiant européen de la jurisprudence (ECLI)',
  CELEX: 'Numéro CELEX',
  ELI: 'Identifiant européen de la législation (ELI)',
  NOR: 'Numéro NOR',
  pourvoi: 'Numéro de pourvoi',
  RG: 'Numéro de répertoire général (RG)',
  CNIL: 'Délibération de la CNIL',
  press: 'Communiqué de la Commission européenne',
};

/**
 * The name of a header field before its value: "Objet :", "Sujet :", "Références :", or any name
 * a tab follows ("Rédacteur :\t…"); not "Date :", which alone says what a bare date is.
 */
const FIELD_NAME = /^(?:(?:objet|sujet|subject|réf(?:érences?)?|ref)\s*:\s*|(?!date\s*:)[\p{L}' ]{2,30}\s*:\t+)/iu;

/** The sentence around `index` (within its line), cut at a word boundary when longer than `max`. */
function sentenceAround(text: string, index: number, max = 160): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = text.indexOf('\n', index);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const at = index - lineStart;
  let start = 0;
  let end = line.length;
  for (let stop = sentenceEnd(line); stop >= 0; stop = sentenceEnd(line, stop + 1)) {
    if (stop < at) start = stop + 1;
    else {
      end = stop + 1;
      break;
    }
  }
  // A label is prose: no list dash, no section emoji, no field name of a memo's or e-mail's
  // header ("Objet :\t…"), and no tab.
  const sentence = line.slice(start, end).trim().replace(FIELD_NAME, '').replace(/\s+/g, ' ');
  const prose = (sectionTitle(sentence) ?? sentence).replace(/^[-*•–]\s+/, '');
  if (prose.length <= max) return prose;
  // A long sentence is cut around its date, so that the label still says what the date is.
  const dateAt = Math.max(0, prose.indexOf(line.slice(at, at + 12).trim()));
  if (dateAt + 30 <= max) return `${prose.slice(0, prose.lastIndexOf(' ', max)).replace(/[\s,;:]+$/, '')}…`;
  const from = prose.indexOf(' ', Math.max(0, dateAt - 60)) + 1;
  if (prose.length - from <= max - 1) return `…${prose.slice(from)}`;
  const to = prose.lastIndexOf(' ', from + max - 2);
  return `…${prose.slice(from, to > from ? to : prose.length).replace(/[\s,;:]+$/, '')}…`;
}

/** A dateline or publication line: "Paris, le 1er octobre 2025", "Publié le 03/02/2026", CURIA's "16 juillet 2024 ( *1 )". */
const DATELINE =
  /^(?:\p{Lu}[\p{L}'’ -]{1,40},\s*)?(?:(?:publié|mis\s+à\s+jour|mise?\s+en\s+ligne|diffusé|paru)e?\s+le\s+|le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:(?:1er|\d{1,2})\s+\p{L}+\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:\s*\(\s*\*\d+\s*\))?$/iu;
/**
 * A reference line: "Réf. : CA Rennes, …", "ECLI:FR:…", "NOR : …", a journal's issue and text
 * number ("JORF n°0106 du 8 mai 2014", "Texte n° 27", "Version initiale"), a page's mention of
 * where a ruling is published ("Mentionné dans les tables du recueil Lebon", "Document 62022CJ0597").
 */
const REFERENCE =
  /^(?:réf(?:érences?)?\.?\s*:|ecli:|celex\b|nor\s*:|eli\s*:|sources?\s*:|(?:JORF|JOUE|JO)(?:\s+n°\s*\d+)?\s+du\s|texte\s+n°\s*\d+$|version\s+(?:initiale|en\s+vigueur|consolidée)|document\s+[0-9CE]\d{4}[A-Z]{1,2}\d{4}$|(?:mentionné\s+dans\s+les\s+tables|publié\s+au|inédit\s+au)\s+(?:du\s+)?recueil\s+Lebon$|publié\s+au\s+bulletin$|information\s+de\s+la\s+jurisprudence$|n°\s*[\d./-]+$|(?:arr[êe]t|ordonnance)\s+d(?:e\s+la\s+cour|u\s+tribunal)\s*(?:\([^)]{0,40}\))?$)/iu;
/** A rubric or section label, not a title: "Résumé", "Note interne - Direction juridique". */
const LABEL =
  /^(?:[*_]{1,2}[^*_].*[*_]{1,2}|(?:résumé|synthèse|en\s+bref|l['’]essentiel|contexte|analyse|commentaire|(?:les\s+)?faits|à\s+retenir|ce\s+qu['’]il\s+faut\s+retenir|points?\s+clés?|introduction|texte\s+intégral|sur\s+la\s+décision|sur\s+les\s+parties)\s*:?|(?:note(?:\s+interne)?|mémo|flash(?:\s+info)?|brève|alerte|newsletter|lettre\s+d['’]information|communiqué(?:\s+de\s+presse)?|veille(?:\s+juridique)?)(?:\s*[-–—:|]\s*.{0,40})?)$/iu;

/**
 * The lines that head a document before its prose: a title, and around it a citation ("Cass.
 * soc., 14 janv. 2026"), a reference ("ECLI:…", "Réf. : …"), a dateline ("Paris, le 1er octobre
 * 2025") or a label ("COMMUNIQUÉ DE PRESSE", "Résumé", "*Note du 15 septembre 2025*"). `title`
 * is the document's own title among them, if any: a Markdown "# " title opening the document, else
 * the last line that is none of those.
 */
function headingLines(lines: readonly string[], taxonomy: Taxonomy): { count: number; title?: { index: number; text: string } } {
  let count = 0;
  let title: { index: number; text: string } | undefined;
  let markdownTitle = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if (count === 0 && /^#\s+\S/.test(line)) {
      count = i + 1;
      title = { index: i, text: line.replace(/^#\s+/, '').trim() };
      markdownTitle = true;
      continue;
    }
    const label = sectionTitle(line);
    const allCaps = label !== undefined && label === line.trim() && line.trim() === line.trim().toUpperCase();
    if (!isTitleLine(line) || (label !== undefined && !allCaps) || isListItem(line)) break;
    // A line the next one goes on from is wrapped prose, not a heading.
    if (lines[i + 1] && joinWrapped(line.trim(), lines[i + 1]!.trim()) !== undefined) break;
    // Some prose must follow.
    if (!lines.slice(i + 1).some((next) => /[\p{L}\p{N}]/u.test(next))) break;
    count = i + 1;
    const trimmed = line.trim();
    if (!markdownTitle && !allCaps && !openingCitation(line, taxonomy) && !DATELINE.test(trimmed) && !REFERENCE.test(trimmed) && !LABEL.test(trimmed))
      title = { index: i, text: trimmed };
  }
  // Many lines before the prose are a page's furniture (a court's or a journal's layout): none
  // of them can be told for the title; one is proposed from the metadata instead.
  const headed = lines.slice(0, count).filter((line) => line !== '').length;
  return { count, ...(title && (markdownTitle || headed <= 4) ? { title } : {}) };
}

/** A line of prose: eight words or more, with a sentence end; not a legal text's visa ("Vu le code …;"). */
const isProse = (line: string) => line.split(/\s+/).length >= 8 && sentenceEnd(line) >= 0 && !/^(?:Vu|Sur\s+le\s+rapport|Après\s+avis)(?![\p{L}])/u.test(line);

/**
 * Where the prose begins from `lines[from]` on, past section titles and what is no sentence
 * (labels, tags, "Le Premier ministre,", "Vu la procédure suivante :"): the index of its first
 * line, and the rest of its paragraph, wrapped lines joined (joinWrapped).
 */
function proseFrom(lines: readonly string[], from: number): { start: number; text: string } | undefined {
  for (let i = from; i < lines.length; ) {
    if (lines[i] === '' || sectionTitle(lines[i]!) !== undefined) {
      i++;
      continue;
    }
    const blank = lines.indexOf('', i);
    const end = blank < 0 ? lines.length : blank;
    const logical = unwrapLines(lines.slice(i, end));
    const first = logical.findIndex((line) => isProse(line.text) && sectionTitle(line.text) === undefined);
    if (first >= 0)
      return {
        start: i + logical[first]!.index,
        text: logical
          .slice(first)
          .map((line) => line.text)
          .join('\n'),
      };
    i = end;
  }
  return undefined;
}

/**
 * The act a date belongs to, when the words before it name one: "la directive (UE) 2026/1043 du
 * Parlement européen et du Conseil du", "le décret n° 2025-1187 du". The nearest act wins.
 */
interface ActWord {
  pattern: RegExp;
  type: string;
}

/** Each type's act words (types.json: `acts`), as one pattern per word. */
function actWords(taxonomy: Taxonomy): ActWord[] {
  return taxonomy.types.flatMap((entry) =>
    (entry.acts ?? []).map((source, i) => ({
      pattern: taxonomyPattern('types.json', entry, `acts[${i}]`, source, 'iu', (s) => `^(?:${s})`),
      type: entry.slug,
    })),
  );
}

/**
 * The type of an act named by `word` ("décret" → decret, "ordonnance" → loi), if any; `following`
 * is the text after it, which an act word's pattern may look at ("ordonnance" only before "n°").
 */
function typeOfActWord(word: string, acts: readonly ActWord[], following = ''): string | undefined {
  return acts.find(({ pattern }) => pattern.exec(`${word}${following}`)?.[0].length === word.length)?.type;
}

interface NumberedActs {
  /** "<word> n° <number>", the number (group 2) of any type's form. */
  mention: RegExp;
  /** Each type's own number form, whole. */
  numberOf: Map<string, RegExp>;
}

const numberedCache = new WeakMap<Taxonomy, NumberedActs | undefined>();

/** The types whose acts bear a number (types.json: `actNumber`), compiled once per taxonomy. */
function numberedActs(taxonomy: Taxonomy): NumberedActs | undefined {
  if (numberedCache.has(taxonomy)) return numberedCache.get(taxonomy);
  const numberOf = new Map<string, RegExp>();
  const forms: string[] = [];
  for (const entry of taxonomy.types) {
    if (!entry.actNumber) continue;
    // Each form compiled alone first, so that an invalid one is named.
    numberOf.set(
      entry.slug,
      taxonomyPattern('types.json', entry, 'actNumber', entry.actNumber, 'iu', (s) => `^(?:${s})$`),
    );
    forms.push(`(?:${entry.actNumber})`);
  }
  const numbered = forms.length
    ? { mention: new RegExp(`(?<![\\p{L}])(\\p{L}+)\\s+n°\\s*(${forms.join('|')})(?:\\s+du\\s+(?:1er|\\d{1,2})\\s+\\p{L}+\\s+\\d{4})?`, 'iu'), numberOf }
    : undefined;
  numberedCache.set(taxonomy, numbered);
  return numbered;
}

/**
 * An act the lead names by its number ("Ordonnance n° 2026-58 du 4 février 2026"): the text
 * itself, whatever it cites. The first "<word> n° <number>" of the lead counts when the word names
 * an act of a type whose numbers (types.json: `actNumber`) the number has.
 */
function numberedAct(lead: string, taxonomy: Taxonomy, acts: readonly ActWord[]): { type: string; words: string } | undefined {
  const numbered = numberedActs(taxonomy);
  const match = numbered?.mention.exec(lead);
  if (!numbered || !match) return undefined;
  const type = typeOfActWord(match[1]!, acts, ' n°');
  return type && numbered.numberOf.get(type)?.test(match[2]!) ? { type, words: match[0] } : undefined;
}

function actOfDate(text: string, date: FoundDate, acts: readonly ActWord[]): { type: string; words: string } | undefined {
  if (!acts.length) return undefined;
  const before = text.slice(Math.max(0, date.index - 200), date.index);
  const words = [...before.matchAll(/(?<![\p{L}])(\p{L}+)(?![\p{L}])/gu)].filter((m) =>
    typeOfActWord(m[1]!, acts, before.slice(m.index! + m[0].length, m.index! + m[0].length + 6)),
  );
  const last = words.at(-1);
  if (!last || !/^[^.;:\n]{0,150}\sdu\s*$/u.test(before.slice(last.index! + last[0].length))) return undefined;
  const end = text.slice(date.index).search(/\d{4}/) + 4;
  const type = typeOfActWord(last[1]!, acts, before.slice(last.index! + last[0].length, last.index! + last[0].length + 6))!;
  return { type, words: text.slice(date.index - before.length + last.index!, date.index + end) };
}

export function importDocument(document: RawDocument, taxonomy: Taxonomy, today: string): ImportedDocument {
  const review: string[] = [];
  // Inference reads the text itself, not an e-mail's headers, greeting and signature.
  const content = contentLines(document.lines);
  const lines = content.map((line) => line.text);
  const kept = new Set(content.map((line) => line.index));
  const unread = document.lines.filter((line, index) => line.trim() !== '' && !kept.has(index)).length;
  if (unread)
    review.push(
      `${unread} line(s) of e-mail headers, greeting, signature or page furniture are in the body but were not read for the metadata: delete what the article does not need`,
    );
  // Hyphens read as "-" (CURIA writes "C‑597/22" with a non-breaking one), one character for one,
  // so positions stay those of the lines.
  const fullText = lines
    .filter((line) => line !== '')
    .join('\n')
    .replace(/[\u2010\u2011]/g, '-');
  const text = fullText.slice(0, INFERENCE_LIMIT);
  if (fullText.length > INFERENCE_LIMIT) review.push(`long document (${fullText.length} characters): metadata inferred from its first ${INFERENCE_LIMIT}`);

  // The lead: heading lines, then the first sentence of prose (the summary).
  const heading = headingLines(lines, taxonomy);
  const prose = proseFrom(lines, heading.count) ?? {
    start: heading.count,
    text: unwrapLines(lines.slice(heading.count).filter((line) => line !== ''))
      .map((line) => line.text)
      .join('\n'),
  };
  const paragraph = prose.text;
  const proseOffset = lines
    .slice(0, prose.start)
    .filter((line) => line !== '')
    .reduce((length, line) => length + line.length + 1, 0);
  const paragraphEnd = sentenceEnd(paragraph);
  const leadEnd = proseOffset + (paragraphEnd >= 0 ? paragraphEnd + 1 : paragraph.length);

  // An act titled in the lead settles its author (or that there is none among the taxonomy's bodies).
  const byAct = actAuthority(text.slice(0, leadEnd), taxonomy);
  const authorityGuess = byAct === undefined ? inferAuthority(text, taxonomy) : (byAct ?? undefined);
  const court = authorityGuess !== undefined && isCourt(authorityGuess, taxonomy);

  // Dates
  // A legal text's visas ("Vu la loi n° 2025-604 du 27 juin 2025 ;") date the texts it is based on, not its own events.
  const courtCitations = taxonomy.authorities.flatMap((entry) => entry.citations ?? []);
  const dates = findDates(text, parseIsoDay(today), courtCitations).filter((d) => !/^\s*Vu\s/u.test(text.slice(text.lastIndexOf('\n', d.index) + 1, d.index)));
  // A deadline still to come is not when the document was issued.
  const main = mainDate(
    dates.filter((d) => d.date <= today.slice(0, d.date.length)),
    leadEnd,
    court,
    proseOffset,
  );
  let published: Evidence<string>;
  if (main) {
    const day = main.precision === 'day' ? main.date : main.precision === 'month' ? `${main.date}-01` : `${main.date}-01-01`;
    published = { value: day, from: [main.source] };
    if (main.precision !== 'day') review.push(`no precise date: "published" set from "${main.source}"`);
  } else {
    published = { value: today, from: [] };
    review.push(
      dates.length
        ? `every date in the text is still to come: "published" set to the import day (${today})`
        : `no date found: "published" set to the import day (${today})`,
    );
  }

  // Document type: a court's ruling; else the act the lead names; else the taxonomy's keywords, the lead weighing most.
  const types = scoreEntries(text, taxonomy.types, 3);
  let type: Evidence<string>;
  // A regulator or agency does not enact laws or EU acts (the types with `acts` in types.json):
  // when one is the author, the acts it cites are not its document's type.
  const enacts = !authorityGuess || taxonomy.authorities.some((entry) => entry.slug === authorityGuess.slug && entry.enacts === true);
  const acts = actWords(taxonomy);
  const enacted = new Set(acts.map((act) => act.type));
  const plausibleTypes = enacts ? types : types.filter((t) => !enacted.has(t.entry.slug));
  // The act whose date is the main date ("le décret n° 2025-1187 du 21 novembre 2025"), else an
  // act numbered in the lead ("Ordonnance n° 2026-58").
  const act = (main?.precision === 'day' && enacts ? actOfDate(text, main, acts) : undefined) ?? numberedAct(text.slice(0, leadEnd), taxonomy, acts);
  const authorityEntry = authorityGuess?.known ? taxonomy.authorities.find((a) => a.slug === authorityGuess.slug) : undefined;
  const ruling = authorityGuess && court ? rulingType(authorityGuess, authorityEntry, types, taxonomy, review) : undefined;
  if (authorityGuess && ruling) type = { value: ruling, from: authorityGuess.from.slice(0, 1) };
  else if (court) type = fallbackType(taxonomy, review);
  else if (act) {
    type = { value: act.type, from: [act.words] };
    if (/^ordonnance/i.test(act.words)) review.push(`an ordonnance: typed "${act.type}" (the taxonomy has no ordonnance type)`);
  } else if (plausibleTypes[0]) type = { value: plausibleTypes[0].entry.slug, from: plausibleTypes[0].from };
  else type = fallbackType(taxonomy, review);

  // Jurisdiction: the authority's, else the legal order of the text's type, else keywords.
  const typeJurisdiction = (slug: string) => taxonomy.types.find((entry) => entry.slug === slug)?.jurisdiction;
  let jurisdiction: Evidence<string>;
  if (authorityGuess?.jurisdiction) jurisdiction = { value: authorityGuess.jurisdiction, from: authorityGuess.from.slice(0, 1) };
  else if (act && typeJurisdiction(act.type)) jurisdiction = { value: typeJurisdiction(act.type)!, from: [act.words] };
  else if (typeJurisdiction(type.value)) jurisdiction = { value: typeJurisdiction(type.value)!, from: type.from.slice(0, 1) };
  else {
    const scored = scoreEntries(text, taxonomy.jurisdictions)[0];
    if (scored) jurisdiction = { value: scored.entry.slug, from: scored.from };
    else {
      const fallback = taxonomy.jurisdictions.find((entry) => entry.fallback) ?? taxonomy.jurisdictions[0];
      // An input error, so that the import stops with this message and writes nothing.
      if (!fallback) throw new InputError('content/taxonomy/jurisdictions.json lists no jurisdiction; expected at least one.');
      jurisdiction = { value: fallback.slug, from: [] };
      review.push(`unknown jurisdiction: nothing in the text names one; set to "${fallback.slug}"`);
    }
  }
  if (authorityGuess && !authorityGuess.known) {
    review.push(`authority "${authorityGuess.slug}" (${authorityGuess.label}) is not in content/taxonomy/authorities.json: add it, then set "authority"`);
  }

  // Topics: the best one, and every other scoring at least a quarter of it and more than one
  // word's mention in the body (one "assignation" does not make a text about civil procedure, one
  // "hôpital" in the first sentence does make it about health); three at most.
  const topicScores = scoreEntries(text, taxonomy.topics, 2);
  const best = topicScores[0]?.score ?? 0;
  const topics = topicScores
    .filter((t, i) => i === 0 || (t.score >= best * 0.25 && t.score >= 2))
    .slice(0, 3)
    .map((t) => ({ value: t.entry.slug, from: t.from }));
  if (!topics.length) review.push('no topic found: set "topics" before publishing');

  // Identifiers and sources: a source line's identifier goes with it ("CA Versailles, 3 juillet
  // 2025, RG n° 22/06781"); the others, from the text, get a source of their own.
  const identifiers = findIdentifiers(text);
  const sources: DraftSource[] = [];
  const listed = new Set<string>();
  for (const line of document.sourcesBlock?.sources ?? []) {
    const url = /https?:\/\/\S+/.exec(line)?.[0].replace(/[).,;]+$/, '');
    const label = line
      .replace(/^[-*•]\s*/, '')
      .replace(/^sources?\s*:\s*/i, '')
      .trim();
    const identifier = findIdentifiers(line).find((found) => found.kind !== 'ELI' && !listed.has(found.value));
    if (identifier) {
      listed.add(identifier.value);
      if (!identifiers.some((found) => found.value === identifier.value)) identifiers.push(identifier);
    }
    const withIdentifier = identifier ? { identifier: identifier.value } : {};
    if (url?.startsWith('https://')) sources.push({ label: label === url ? new URL(url).hostname : label, url, ...withIdentifier });
    else if (identifier) sources.push({ label, ...withIdentifier });
    else {
      // An http:// address is kept as written, in the label: the site links https:// only, and
      // changing the scheme would be writing an address the text does not give.
      sources.push({ label });
      if (url) review.push(`source "${label}": its address is http://, not https://; check whether ${url.replace(/^http:/, 'https:')} works, then set "url"`);
    }
  }
  if (document.sourcesBlock && !document.sourcesBlock.sources.length)
    review.push(`"${document.sourcesBlock.heading}" is followed by no source: nothing rendered, none invented`);
  for (const identifier of identifiers)
    if (!listed.has(identifier.value)) sources.push({ label: IDENTIFIER_LABELS[identifier.kind], identifier: identifier.value });

  // Title, summary, decision
  const typeLabel = taxonomy.types.find((t) => t.slug === type.value)?.label ?? type.value;
  const topicLabel = topics[0] ? taxonomy.topics.find((t) => t.slug === topics[0]!.value)?.label : undefined;
  const dateText = main ? (main.precision === 'day' ? formatDateFr(parseIsoDay(main.date)!) : formatPartialDateFr(main)) : undefined;
  const ownTitle = heading.title?.text;
  let title: string;
  let slugParts: string[];
  let decision: DraftFrontmatter['decision'];
  if (authorityGuess && ruling) {
    const court = authorityEntry?.short ?? authorityGuess.label;
    const who = courtWithChamber(court, authorityGuess.chamber);
    title = [who, dateText].filter(Boolean).join(', ') + (topicLabel ? ` : ${topicLabel.toLowerCase()}` : '');
    slugParts = [who, topicLabel ?? ''];
    if (authorityEntry && main?.precision === 'day') {
      const number = identifiers.find((i) => i.kind === 'pourvoi' || i.kind === 'RG')?.value ?? courtNumber(authorityEntry, text);
      const ecli = identifiers.find((i) => i.kind === 'ECLI')?.value;
      decision = {
        court: authorityEntry.slug,
        ...(authorityGuess.chamber ? { chamber: authorityGuess.chamber } : {}),
        date: main.date,
        ...(number ? { number } : {}),
        ...(ecli ? { ecli } : {}),
      };
    }
  } else if (act) {
    // The act's own designation, as the text writes it: "Ordonnance n° 2025-1123 du 26 novembre 2025".
    title = act.words.charAt(0).toUpperCase() + act.words.slice(1);
    slugParts = [title];
  } else {
    const who = authorityEntry?.label ?? taxonomy.jurisdictions.find((j) => j.slug === jurisdiction.value)?.label ?? jurisdiction.value;
    const when =
      main && dateText
        ? main.kind === 'entree-en-application'
          ? `, entrée en application le ${dateText}`
          : main.kind === 'entree-en-vigueur'
            ? `, entrée en vigueur le ${dateText}`
            : ` du ${dateText}`
        : '';
    title = `${who} : ${typeLabel.toLowerCase()}${when}${topicLabel ? ` (${topicLabel.toLowerCase()})` : ''}`;
    slugParts = [authorityEntry?.short ?? who, typeLabel, topicLabel ?? ''];
  }
  if (ownTitle) {
    title = ownTitle;
    slugParts = [ownTitle];
    review.push("title is the document's first line: check it");
  } else review.push('title proposed from the metadata: rewrite it');
  review.push('summary is the first sentence: check it reads as a chapeau');
  // The summary is prose: the first sentence of the first paragraph after the heading lines (a long one kept whole).
  const summary = firstSentence(paragraph || fullText, 600);

  // Body: every line must survive (the title line, as the article's title).
  const titleLine = heading.title ? content[heading.title.index]!.index : -1;
  // Lines inference did not read (headers, signature, page furniture) are not wrapped prose:
  // each stays a paragraph of its own instead of being joined to the next.
  const bodyLines = document.lines.flatMap((line, index) => (index === titleLine ? [] : line.trim() !== '' && !kept.has(index) ? [line, ''] : [line]));
  const body = serializeBody(bodyBlocks(trimBlankLines(bodyLines)));
  // Read back as the build will: a body that is not plain text and links would be a serializer defect.
  const readBack = readDraftBody(body);
  if (readBack.syntax.length) throw new LostTextError(`the MDX body would read as syntax (${[...new Set(readBack.syntax)].join(', ')}), not as the text`);
  const lost = lostLines(bodyLines, readBack.text);
  if (lost.length)
    throw new LostTextError(
      `text would be lost in the MDX body: ${lost
        .slice(0, 3)
        .map((l) => `"${l.slice(0, 80)}"`)
        .join(', ')}`,
    );

  const keyDates = dates.map((d) => ({
    date: d.date,
    precision: d.precision,
    ...(d.qualifier ? { qualifier: d.qualifier } : {}),
    kind: d.kind,
    label: sentenceAround(text, d.index),
  }));
  if (keyDates.length) review.push(`key dates: check kinds (${dates.map((d) => `${d.source} → ${KEY_DATE_KINDS[d.kind as KeyDateKind]}`).join('; ')})`);

  const slug = slugify(slugParts.filter(Boolean).join(' '), 60) || 'document';
  return {
    fileName: `${published.value}-${slug}.mdx`,
    frontmatter: {
      title,
      summary,
      published: published.value,
      jurisdiction: jurisdiction.value,
      ...(authorityGuess?.known ? { authority: authorityGuess.slug } : {}),
      type: type.value,
      topics: topics.map((t) => t.value),
      keyDates,
      sources,
      ...(decision ? { decision } : {}),
      draft: true,
    },
    body,
    inferred: {
      published,
      jurisdiction,
      ...(authorityGuess
        ? {
            authority: {
              value: authorityGuess.slug,
              from: authorityGuess.from,
              known: authorityGuess.known,
              ...(authorityGuess.chamber ? { chamber: authorityGuess.chamber } : {}),
            },
          }
        : {}),
      type,
      topics,
      identifiers,
      keyDates: dates,
    },
    review,
  };
}

/**
 * A court's ruling type: its own (authorities.json: `ruling`; an unlisted court of appeal, that of
 * the listed ones), or the one the text calls it when the court has a second (`rulingWhenNamed`:
 * the Conseil d'État's "arrêt"); the texts say "décision" of many other things ("décision
 * individuelle automatisée"). None, said in the report, when the taxonomy gives none or one that
 * types.json lacks: the draft then takes the fallback type.
 */
function rulingType(
  guess: AuthorityGuess,
  court: TaxonomyEntry | undefined,
  scoredTypes: readonly ScoredEntry[],
  taxonomy: Taxonomy,
  review: string[],
): string | undefined {
  const named = court?.rulingWhenNamed && scoredTypes.some((t) => t.entry.slug === court.rulingWhenNamed) ? court.rulingWhenNamed : undefined;
  const ruling = named ?? court?.ruling ?? (guess.appealCourt ? appealCourtRuling(taxonomy) : undefined);
  if (!ruling) review.push(`no ruling type for ${guess.label} in content/taxonomy/authorities.json ("ruling"): set "type"`);
  else if (!taxonomy.types.some((entry) => entry.slug === ruling)) {
    review.push(`ruling type "${ruling}" of ${guess.label} is not in content/taxonomy/types.json: add it, or set "type"`);
    return undefined;
  }
  return ruling;
}

/** A court's own decision number as the text writes it (authorities.json: `decisionNumber`; "n° 491208", "aff. C-519/24"). */
function courtNumber(court: TaxonomyEntry, text: string): string | undefined {
  if (!court.decisionNumber) return undefined;
  // Case aside: pages write "N° 490536", "Affaire C-597/22 P".
  return taxonomyPattern('authorities.json', court, 'decisionNumber', court.decisionNumber, 'iu', (s) => `(?<![\\p{L}])(?:${s})`).exec(text)?.[1];
}

/** The type given when none is recognised (types.json: `fallback`), said in the report. */
function fallbackType(taxonomy: Taxonomy, review: string[]): Evidence<string> {
  const fallback = taxonomy.types.find((entry) => entry.fallback) ?? taxonomy.types[0];
  if (!fallback) throw new InputError('content/taxonomy/types.json lists no document type; expected at least one.');
  review.push(`document type not recognised: set to "${fallback.slug}"`);
  return { value: fallback.slug, from: [] };
}

/**
 * The draft file, written as every writer of articles writes one (src/domain/article-file.ts), in
 * the schema's order: the editing interface then saves it changing only the lines it edits.
 */
export function draftFileText(doc: ImportedDocument): string {
  const f = doc.frontmatter;
  const data = {
    title: f.title,
    summary: f.summary,
    published: f.published,
    jurisdiction: f.jurisdiction,
    authority: f.authority,
    type: f.type,
    topics: f.topics,
    decision: f.decision && { court: f.decision.court, chamber: f.decision.chamber, date: f.decision.date, number: f.decision.number, ecli: f.decision.ecli },
    keyDates: f.keyDates.length
      ? f.keyDates.map((d) => ({ date: d.date, precision: d.precision, qualifier: d.qualifier, kind: d.kind, label: d.label }))
      : undefined,
    sources: f.sources.length ? f.sources.map((s) => ({ label: s.label, url: s.url, identifier: s.identifier })) : undefined,
    draft: true,
  };
  return articleFileText(data, doc.body);
}
