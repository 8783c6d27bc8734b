/**
 * Official identifiers of legal texts and decisions: recognised by format, validated at build
 * time, and linked to their official resolver when the editor gives no URL.
 *
 * | kind     | example                                         | resolver |
 * | -------- | ----------------------------------------------- | -------- |
 * | ECLI     | ECLI:FR:CCASS:2025:C200512, ECLI:EU:C:2020:559  | Judilibre search (Cass., CA), Légifrance search (other FR), EUR-Lex (EU) |
 * | CELEX    | 32019L0882                                      | EUR-Lex |
 * | ELI      | http://data.europa.eu/eli/dir/2019/882/oj, https://eur-lex.europa.eu/eli/reg/2024/2847/oj, https://www.legifrance.gouv.fr/eli/decret/2023/10/9/ECOI2310697D/jo/texte | the ELI itself (https) |
 * | NOR      | ECOI2310697D                                    | Légifrance search |
 * | pourvoi  | 22-12.345 (Cour de cassation)                   | none |
 * | RG       | 20/00804 (cours d'appel, tribunaux)             | none |
 * | CNIL     | SAN-2024-012 (sanction), MED-2025-003 (mise en demeure), 2025-045 (délibération) | Légifrance search |
 * | press    | IP/25/1234, MEMO/25/567 (Commission européenne)  | the Commission's press corner |
 */

export type IdentifierKind = 'ECLI' | 'CELEX' | 'ELI' | 'NOR' | 'pourvoi' | 'RG' | 'CNIL' | 'press';

export const IDENTIFIER_PATTERNS: Record<IdentifierKind, RegExp> = {
  // ECLI:<country>:<court>:<year>:<ordinal>
  ECLI: /^ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}$/,
  // Sector digit, year, document type letter(s), number (32019L0882, 62018CJ0311).
  CELEX: /^[0-9CE]\d{4}[A-Z]{1,2}\d{4}(?:\(\d{2}\))?$/,
  // EU (data.europa.eu/eli/…, or EUR-Lex's eur-lex.europa.eu/eli/…) or French (legifrance.gouv.fr/eli/…) ELI URIs.
  ELI: /^https?:\/\/(?:data\.europa\.eu|eur-lex\.europa\.eu|www\.legifrance\.gouv\.fr)\/eli\/[a-z_]+\/[A-Za-z0-9_/.-]+$/,
  // Ministry (3 letters), year (2 digits), number (5 digits), type letter: ECOI2310697D.
  NOR: /^[A-Z]{4}\d{7}[A-Z]$/,
  // Cour de cassation appeal number: 22-12.345.
  pourvoi: /^\d{2}-\d{2}\.\d{3}$/,
  // Répertoire général of a court of appeal or tribunal: 20/00804.
  RG: /^\d{2}\/\d{5}$/,
  // A CNIL sanction (SAN) or formal notice (MED) deliberation, SAN-2024-012, or another of its
  // deliberations, numbered by year on three digits: 2025-045 (a French act's number, 2025-1187,
  // is no identifier: its NOR is).
  CNIL: /^(?:(?:SAN|MED)-\d{4}-\d{3,4}|\d{4}-\d{3})$/,
  // A Commission press release or memo: IP/25/1234.
  press: /^(?:IP|MEMO|STATEMENT|SPEECH|QANDA)\/\d{2}\/\d{1,5}$/,
};

/** Strips "n°", "pourvoi n°", "RG n°" prefixes editors often type. */
export function cleanIdentifier(text: string): string {
  return text
    .trim()
    .replace(/^(?:pourvoi\s+|RG\s+)?n[°o]\s*/i, '')
    .replace(/\s+/g, '');
}

export function identifierKind(text: string): IdentifierKind | undefined {
  const value = cleanIdentifier(text);
  return (Object.keys(IDENTIFIER_PATTERNS) as IdentifierKind[]).find((kind) => IDENTIFIER_PATTERNS[kind].test(value));
}

/** Undefined when valid; otherwise what was expected. */
export function identifierProblem(text: string): string | undefined {
  if (identifierKind(text)) return undefined;
  return `"${text}" is not a recognised identifier; expected an ECLI (ECLI:FR:CCASS:2025:C200512), a CELEX number (32019L0882), an ELI URI, a NOR (ECOI2310697D), a pourvoi number (22-12.345), an RG number (20/00804), a CNIL deliberation number (SAN-2024-012, 2025-045) or a Commission press release (IP/25/1234).`;
}

/** The official page for an identifier, or undefined when there is no public resolver. */
export function resolverUrl(text: string): string | undefined {
  const value = cleanIdentifier(text);
  switch (identifierKind(value)) {
    case 'CELEX':
      return `https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:${encodeURIComponent(value)}`;
    case 'ECLI':
      if (value.startsWith('ECLI:EU:')) return `https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=ecli:${encodeURIComponent(value)}`;
      // Cour de cassation (CCASS) and courts of appeal (CA…) publish on Judilibre; other French courts
      // (Conseil d'État, Conseil constitutionnel: ECLI:FR:CE…, ECLI:FR:CC:…) through Légifrance.
      if (/^ECLI:FR:(?:CCASS|CA[A-Z]*):/.test(value))
        return `https://www.courdecassation.fr/recherche-judilibre?search_api_fulltext=${encodeURIComponent(value)}`;
      if (value.startsWith('ECLI:FR:')) return `https://www.legifrance.gouv.fr/search/all?tab_selection=all&query=${encodeURIComponent(value)}`;
      return undefined;
    case 'ELI':
      return value.replace(/^http:/, 'https:');
    case 'NOR':
    case 'CNIL':
      return `https://www.legifrance.gouv.fr/search/all?tab_selection=all&query=${encodeURIComponent(value)}`;
    case 'press':
      return `https://ec.europa.eu/commission/presscorner/detail/fr/${value.toLowerCase().replaceAll('/', '_')}`;
    default:
      return undefined;
  }
}

/** How the identifier is shown: "n° 22-12.345" for case numbers, as is otherwise. */
export function formatIdentifier(text: string): string {
  const value = cleanIdentifier(text);
  const kind = identifierKind(value);
  if (kind === 'pourvoi') return `pourvoi n°\u00a0${value}`;
  if (kind === 'RG') return `RG n°\u00a0${value}`;
  if (kind === 'CELEX') return `CELEX ${value}`;
  if (kind === 'NOR') return `NOR ${value}`;
  if (kind === 'CNIL') return `délibération n°\u00a0${value}`;
  if (kind === 'press') return `communiqué ${value}`;
  return value;
}

/**
 * Numbers a decision is cited by, beyond the pourvoi and RG numbers above: a Conseil d'État
 * requête (489123), a case before the EU courts (C-519/24, T-12/23, an appeal C-597/22 P), a Conseil constitutionnel
 * decision (2026-1123 QPC, 2025-876 DC).
 */
export type DecisionNumberKind = 'pourvoi' | 'RG' | 'requête' | 'affaire' | 'décision';

const DECISION_NUMBER_PATTERNS: [DecisionNumberKind, RegExp][] = [
  ['pourvoi', IDENTIFIER_PATTERNS.pourvoi],
  ['RG', IDENTIFIER_PATTERNS.RG],
  ['requête', /^\d{5,6}$/],
  // An appeal to the Court of Justice adds "P": C-597/22 P.
  ['affaire', /^[CT]-\d{1,4}\/\d{2}P?$/],
  ['décision', /^\d{4}-\d{1,4}(?:QPC|DC|L|LP|LOM|FNR|AN|SEN|PDR|ELEC|REF|ORGA|I|D)$/],
];

/** Strips "n°", "aff." and inner spaces ("2026-1123 QPC" → "2026-1123QPC"). */
function cleanDecisionNumber(text: string): string {
  return cleanIdentifier(text.trim().replace(/^aff(?:aire)?\.?\s*/i, ''));
}

export function decisionNumberKind(text: string): DecisionNumberKind | undefined {
  const value = cleanDecisionNumber(text);
  return DECISION_NUMBER_PATTERNS.find(([, pattern]) => pattern.test(value))?.[0];
}

/** As cited: "n° 22-12.345", "n° 489123", "aff. C-519/24", "n° 2026-1123 QPC". */
export function formatDecisionNumber(text: string): string {
  const value = cleanDecisionNumber(text);
  const kind = decisionNumberKind(value);
  if (kind === 'affaire') return `aff.\u00a0${value.replace(/P$/, '\u00a0P')}`;
  if (kind === 'décision') return `n°\u00a0${value.replace(/^(\d{4}-\d+)([A-Z]+)$/, '$1\u00a0$2')}`;
  return `n°\u00a0${value}`;
}
