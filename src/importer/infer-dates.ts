/**
 * Dates in French legal text, with their kind and precision. Precise dates come from chrono-node's
 * French parser and are kept only when day, month and year are all written (no guessed year);
 * partial dates ("juin 2025", "fin 2025", "d'ici 2026", "début 2026", "mi-2026") come from our
 * own rules. The kind is read from the words just before the date.
 */
import * as chrono from 'chrono-node';
import { FRENCH_MONTHS } from '../domain/french-date.ts';
import type { Precision, Qualifier } from '../domain/partial-date.ts';

export interface FoundDate {
  date: string;
  precision: Precision;
  qualifier?: Qualifier;
  kind: string;
  /** The words the date was read from, for the report. */
  source: string;
  /** Position in the text. */
  index: number;
  /** The date of an official journal's issue ("JORF n° 0261 du 8 novembre 2025"), not of the act it prints. */
  gazette?: boolean;
  /** The date of the decision under appeal ("contre l'arrêt rendu le 3 juillet 2019 par la cour d'appel"), not of the ruling. */
  appealed?: boolean;
}

/** Words before the date of the decision an appeal is against: "contre l'arrêt rendu le", "l'arrêt attaqué (Versailles,", "Décision déférée à la Cour : Jugement du". */
const APPEALED =
  /(?:contre\s+(?:l['’]arrêt|le\s+jugement|la\s+décision|l['’]ordonnance)\s+(?:n°\s*\S+\s+)?(?:rendu\p{L}*\s+le|du)|(?:arrêt|jugement)\s+(?:attaqué|déféré)\s*\([^)]{0,60}|(?:décision|jugement|arrêt|ordonnance)\s+(?:attaquée?|déférée?)(?:\s+à\s+la\s+cour)?\s*:[^\n]{0,40}?\s(?:du|en\s+date\s+du))\s*$/iu;
/** Words after the date of a court's referring decision, in a reference for a preliminary ruling: "par décision du 27 février 2024, parvenue à la Cour le …". */
const REFERRING_AFTER = /^\s*,\s*parvenue\s+à\s+la\s+Cour/iu;

/** The words before the date of a citation that opens a line, of the courts `forms` (regular expression sources) name. */
function citationBefore(forms: string): RegExp {
  // A Markdown heading or list item may hold it: "## Soc., 12 mars 2024, n° …" in a digest.
  return new RegExp(String.raw`(?:^|\n)\s*(?:#{1,6}\s+|[-*•]\s+)?(?:Réf(?:érences?)?\.?\s*:\s*)?\(?(?:${forms})[^\n]{0,80}$`, 'u');
}

const citationCache = new Map<string, RegExp>();

/** The same for the citation forms of the taxonomy's courts (authorities.json: `citations`), compiled once. */
function taxonomyCitationBefore(forms: readonly string[]): RegExp | undefined {
  if (!forms.length) return undefined;
  const key = forms.join('\n');
  let pattern = citationCache.get(key);
  if (!pattern) {
    pattern = citationBefore(forms.map((form) => `(?:${form})`).join('|'));
    citationCache.set(key, pattern);
  }
  return pattern;
}

/** Context words (before the date) → kind of key date; first match wins. */
const KIND_RULES: [RegExp, string][] = [
  // The date of a citation that opens a line: "Cass. soc., 17 septembre 2025", "CJUE, 4 sept. 2025";
  // the usual forms of French and EU courts, and their full names, whatever the taxonomy lists.
  [
    citationBefore(
      String.raw`Cass\.|CE\s*,|CE\s+(?:Ass|Sect)|CJUE|CJCE|CA\s+\p{Lu}|Cons\.\s*const\.|(?:Conseil\s+d['’]État|Cour\s+de\s+cassation|Conseil\s+constitutionnel|Cour\s+d['’]appel\s+de\s+\p{Lu}[\p{L}-]*)\s*,`,
    ),
    'decision',
  ],
  // A published decision's own date: "Audience publique du 11 février 2021", "ARRÊT DE LA COUR DE
  // CASSATION, DEUXIÈME CHAMBRE CIVILE, DU 11 FÉVRIER 2021", "ARRET DU 14 JUIN 2023", "Arrêt de la
  // chambre sociale du 9 décembre 2020", "Arrêt Soc. du 9 décembre 2020" (a line's opening words).
  [/(?:audience\s+publique\s+du|(?:^|\n)\s*arr[êe]t\s+(?:[^\n]{0,80}?\s)?du)\s*$/iu, 'decision'],
  // The EU courts' heading, the date on the next line: "ARRÊT DE LA COUR (troisième chambre)", "ORDONNANCE DU TRIBUNAL".
  [/(?:^|\n)\s*(?:arr[êe]t|ordonnance)\s+d(?:e\s+la\s+cour|u\s+tribunal)(?:\s*\([^)\n]{0,40}\))?\s*\n\s*$/iu, 'decision'],
  [/(?:entr\p{L}* en application|applicable|s['’]appliqu\p{L}*|appliqu\p{L}+ à (?:partir|compter))[^.]{0,40}$/iu, 'entree-en-application'],
  [/(?<![\p{L}])application[^.]{0,50}(?:à compter du|à partir du)\s*$/iu, 'entree-en-application'],
  [/(?:entr\p{L}* en vigueur|à compter du|à partir du)[^.]{0,30}$/iu, 'entree-en-vigueur'],
  // A text's own date: "la directive (UE) 2022/2557 du 14 décembre 2022", "la loi n° 2025-12 du …".
  // (A government "ordonnance" has a number; a judge's "ordonnance du …" is a decision.)
  // Its author may come between: "la directive (UE) 2026/517 du Parlement européen et du Conseil du …", "un arrêté de la ministre … du …".
  [/(?<![\p{L}])(?:directive|règlement|loi|décret|arrêté|ordonnance\s+n°)(?:(?!publi|paru|Journal|JO\b)[^.;:]){0,120}?\sdu\s*$/iu, 'adoption'],
  [
    /(?:arrêt|décision|jugement|ordonnance|délibération|avis)\s+(?:de\s+référé\s+|sur\s+requête\s+)?(?:(?:n°\s*)?\S*\d\S*\s+)?(?:du|en date du|rendu\p{L}* le)\s*$/iu,
    'decision',
  ],
  [/(?:a (?:rendu|statué|jugé|tranché)|a rappelé)[^.]{0,20}$/iu, 'decision'],
  [/(?:transpos\p{L}+)[^.]{0,60}$/iu, 'transposition'],
  [/(?:consultation|concertation|appel à contributions?|appel à commentaires)[^.]{0,80}$/iu, 'consultation'],
  [/(?:évaluer|évaluation|bilan|réexamen)[^.]{0,60}$/iu, 'evaluation'],
  [/(?:adopt\p{L}+|signé\p{L}*|promulgu\p{L}+)[^.]{0,40}$/iu, 'adoption'],
  [/(?:dévoil\p{L}+|présent\p{L}+|annonc\p{L}+|lanc\p{L}+)[^.]{0,40}$/iu, 'presentation'],
  [/(?:publi\p{L}+|paru\p{L}*|diffus\p{L}+)[^.]{0,40}$/iu, 'publication'],
  [/(?:d['’]ici|au plus tard|avant le|jusqu['’]au|date limite|échéance|opérationnel)[^.]{0,30}$/iu, 'echeance'],
];

function kindFromContext(before: string, afterDate: string, fallback: string, citation?: RegExp): string {
  // A date that ends its line ("Note du 15 septembre 2025" over "Par un arrêt du …") takes no
  // kind from the next line's verb.
  const after = /^[ \t]*\n/.test(afterDate) ? '' : afterDate;
  // "ont jusqu'au 9 décembre 2026 pour transposer": the purpose follows the date.
  if (/^[^.;]{0,20}?pour\s+(?:la\s+)?transpos/iu.test(after)) return 'transposition';
  if (citation?.test(before)) return 'decision';
  for (const [pattern, kind] of KIND_RULES) if (pattern.test(before)) return kind;
  // "… sera opérationnel d'ici 2026", "… évaluer … d'ici fin 2025": look at the clause too.
  const clause = `${before.split(/[.;]/).at(-1) ?? ''} ${after.split(/[.;]/)[0] ?? ''}`;
  // "Le 18 septembre 2025, la CNIL a prononcé …": the verb after a date that opens the sentence.
  const verb =
    /^[^.;]{0,80}?(?<![\p{L}])(?:a|ont)\s+(?:(prononcé|rendu|jugé|infligé|sanctionné|statué|condamné|annulé|rejeté|censuré|cassé)|(publié|mis en ligne|diffusé)|(adopté|signé|promulgué)|(présenté|dévoilé|annoncé|lancé))(?![\p{L}])/iu.exec(
      after,
    );
  if (verb) return verb[1] ? 'decision' : verb[2] ? 'publication' : verb[3] ? 'adoption' : 'presentation';
  if (/évalu|bilan/i.test(clause)) return 'evaluation';
  if (/entr\p{L}* en application|applicable/iu.test(clause)) return 'entree-en-application';
  if (/entr\p{L}* en vigueur/iu.test(clause)) return 'entree-en-vigueur';
  return fallback;
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = FRENCH_MONTHS.join('|');

/** An official journal named before a date, with no act named in between: the issue's date. */
const GAZETTE = /(?:journal\s+officiel|JORF|JOUE|(?<![\p{L}])JO(?![\p{L}]))(?:(?!directive|règlement|loi|décret|arrêté|ordonnance|arrêt|décision)[^.;])*$/iu;

/**
 * Dates found in `text`, in order of appearance, without duplicates. `courtCitations`: the
 * citation forms of the taxonomy's courts, whose dates are decisions' (a court added there has its
 * rulings dated by their decision).
 */
export function findDates(text: string, reference: Date = new Date(), courtCitations: readonly string[] = []): FoundDate[] {
  const citation = taxonomyCitationBefore(courtCitations);
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a);
  const context = (index: number, length: number) => [text.slice(Math.max(0, index - 80), index), text.slice(index + length, index + length + 80)] as const;

  const today = reference.toISOString().slice(0, 10);
  for (const result of chrono.fr.parse(text, reference, { forwardDate: false })) {
    const start = result.start;
    // Only dates written out with their year: no guessed years, no relative phrases ("huit jours").
    if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year') || !/\d{4}|\d{1,2}\/\d{1,2}\/\d{2}/.test(result.text)) continue;
    const date = `${start.get('year')}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`;
    const [before, after] = context(result.index, result.text.length);
    const gazette = GAZETTE.test(before);
    const appealed = APPEALED.test(before) || REFERRING_AFTER.test(after);
    found.push({
      date,
      precision: 'day',
      kind: gazette ? 'publication' : kindFromContext(before, after, date > today ? 'echeance' : 'publication', citation),
      source: text.slice(Math.max(0, result.index - 30), result.index + result.text.length).trim(),
      index: result.index,
      ...(gazette ? { gazette } : {}),
      ...(appealed ? { appealed } : {}),
    });
    taken.push([result.index, result.index + result.text.length]);
  }

  const partial: [RegExp, (m: RegExpMatchArray) => Omit<FoundDate, 'kind' | 'source' | 'index'>][] = [
    [
      new RegExp(`\\b(début|fin|mi-?)\\s*(${MONTHS})\\s+(\\d{4})\\b`, 'gi'),
      (m) => ({ date: `${m[3]}-${pad(FRENCH_MONTHS.indexOf(m[2]!.toLowerCase() as never) + 1)}`, precision: 'month', qualifier: qualifierOf(m[1]!) }),
    ],
    [
      new RegExp(`\\b(${MONTHS})\\s+(\\d{4})\\b`, 'gi'),
      (m) => ({ date: `${m[2]}-${pad(FRENCH_MONTHS.indexOf(m[1]!.toLowerCase() as never) + 1)}`, precision: 'month' }),
    ],
    [/\b(?:d['’]ici\s+(?:à\s+)?(?:la\s+)?)(fin|début|mi-?)\s*(\d{4})\b/gi, (m) => ({ date: m[2]!, precision: 'year', qualifier: qualifierOf(m[1]!) })],
    [/\b(début|fin|mi-?)\s*(\d{4})\b/gi, (m) => ({ date: m[2]!, precision: 'year', qualifier: qualifierOf(m[1]!) })],
    [/\bd['’]ici\s+(?:à\s+)?(\d{4})\b/gi, (m) => ({ date: m[1]!, precision: 'year', qualifier: 'd-ici' })],
    [/\bavant\s+(\d{4})\b/gi, (m) => ({ date: m[1]!, precision: 'year', qualifier: 'avant' })],
    // "au premier semestre 2027", "au 3e trimestre 2026": the year, the label keeps the words.
    [
      /\b(?:(?:premier|second|deuxième|1er|2e|2nd)\s+semestre|(?:premier|deuxième|troisième|quatrième|1er|2e|3e|4e)\s+trimestre)\s+(?:de\s+l['’]année\s+)?(\d{4})\b/gi,
      (m) => ({ date: m[1]!, precision: 'year' }),
    ],
  ];
  for (const [pattern, build] of partial) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index!;
      if (overlaps(index, index + match[0].length)) continue;
      const value = build(match);
      const [before, after] = context(index, match[0].length);
      const future = value.date > today.slice(0, value.date.length);
      const fallback = future || value.qualifier === 'd-ici' || value.qualifier === 'avant' || value.qualifier === 'fin' ? 'echeance' : 'publication';
      found.push({
        ...value,
        kind: kindFromContext(`${before}${match[0].startsWith('d') ? match[0] : ''}`, after, fallback, citation),
        source: match[0],
        index,
      });
      taken.push([index, index + match[0].length]);
    }
  }

  found.sort((a, b) => a.index - b.index);
  // A date written twice is one key date, at its first mention; a later mention may say better
  // what it is ("Référence : … 11 sept. 2025", then "Par un arrêt du 11 septembre 2025").
  const first = new Map<string, FoundDate>();
  return found.filter((d) => {
    const key = `${d.date}|${d.precision}|${d.qualifier ?? ''}`;
    const kept = first.get(key);
    if (!kept) {
      first.set(key, d);
      return true;
    }
    if (GENERAL_KINDS.has(kept.kind) && !GENERAL_KINDS.has(d.kind)) kept.kind = d.kind;
    return false;
  });
}

/** What a date is called when its words say little more (the fallback kinds). */
const GENERAL_KINDS = new Set(['publication', 'echeance']);

function qualifierOf(word: string): Qualifier {
  const w = word.toLowerCase();
  return w === 'début' ? 'debut' : w === 'fin' ? 'fin' : 'mi';
}

/** Kinds of date that belong to an act or a decision, not to its publication or application. */
const ISSUE_KINDS = new Set(['decision', 'adoption']);

/**
 * The main date (pass only dates not to come): the first precise one, else the first month, else
 * the first partial date. But when the lead (the text's first `leadEnd` characters: title and
 * first sentence) dates several acts or decisions, the latest of them: the one reported is newer
 * than those it cites ("Pris pour l'application de la loi du 14 octobre 2025, le décret du 21
 * novembre 2025"; "dans le prolongement du règlement du 25 novembre 2020, la directive du 24 juin
 * 2026"). For a court's ruling (`ruling`), the decision's date: in the lead, the latest (an
 * appeal is newer than the ruling it reviews), else the first in the text. An official journal's
 * issue date ("JORF n° 0261 du 8 novembre 2025") counts only when no act or decision is dated, and
 * a date of no telling kind among the heading lines (before `proseStart`) gives way to the one act
 * or decision the lead dates. A ruling without a dated decision above or in its lead takes such a
 * heading date before a decision its text cites.
 */
export function mainDate(found: readonly FoundDate[], leadEnd = 0, ruling = false, proseStart = 0): FoundDate | undefined {
  // A journal's issue date only when no act or decision is dated to the day.
  const dates = found.some((d) => d.precision === 'day' && !d.gazette && ISSUE_KINDS.has(d.kind)) ? found.filter((d) => !d.gazette) : found;
  const latest = (candidates: readonly FoundDate[]) =>
    candidates.reduce<FoundDate | undefined>((best, d) => (!best || d.date > best.date ? d : best), undefined);
  if (ruling) {
    // A court's ruling is dated by its decision, not by the note or the e-mail reporting it.
    // Not the decision under appeal ("contre l'arrêt rendu le 3 juillet 2019 par la cour d'appel").
    const decisions = dates.filter((d) => d.precision === 'day' && d.kind === 'decision' && !d.appealed);
    // A citation or court header above the prose dates the ruling itself; the first sentence may
    // cite older case law ("Soc., 12 mars 2024" over "… depuis l'arrêt du 19 juillet 2007").
    // A day on a heading line of its own, saying nothing of itself, is the ruling's when the lead
    // dates no decision (Judilibre's page: "Cour de cassation", "Chambre sociale", "9 décembre 2020").
    const headingDay = dates.find((d) => d.index < proseStart && d.precision === 'day' && !d.gazette && GENERAL_KINDS.has(d.kind));
    const chosen = latest(decisions.filter((d) => d.index < proseStart)) ?? latest(decisions.filter((d) => d.index < leadEnd)) ?? headingDay ?? decisions[0];
    if (chosen) return chosen;
  }
  const issued = dates.filter((d) => d.index < leadEnd && d.precision === 'day' && ISSUE_KINDS.has(d.kind));
  const first = dates.find((d) => d.precision === 'day');
  // A date among the heading lines that says nothing of itself ("Semaine 47 (du 16 au 22 novembre
  // 2026)") gives way to the act or decision the first sentence dates.
  if (first && first.index < proseStart && GENERAL_KINDS.has(first.kind) && issued.length === 1) return issued[0];
  return (issued.length > 1 ? latest(issued) : undefined) ?? first ?? dates.find((d) => d.precision === 'month') ?? dates[0];
}
