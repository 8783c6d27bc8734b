/**
 * The content schema: the single source of truth for what an article is. Everything the site,
 * the feeds, the search index and the importer know about an article comes from here.
 *
 * Content lives in `content/` (or in `$VIGIE_CONTENT_DIR`): one MDX file per article in
 * `articles/`, whose file name is its slug, and the taxonomy as JSON in `taxonomy/`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { KEY_DATE_KINDS } from './domain/article.ts';
import { articleFilesByRenderer, checkArticleFiles, slugOfFile } from './loading/article-files.ts';
import { assertValidFrontmatter } from './loading/frontmatter-problems.ts';
import { checkLetterFiles } from './loading/letter-files.ts';
import { loadLetterSettings } from './loading/letter-settings.ts';
import { markdownArticleLoader } from './loading/markdown-article-loader.ts';
import { unknownValueMessage } from './domain/closest-match.ts';
import { contentDirs } from './loading/content-dir.ts';
import { isoDate, parseIsoDay } from './domain/french-date.ts';
import { partialDateProblem, PRECISIONS, QUALIFIERS, type Precision, type Qualifier, yearProblem } from './domain/partial-date.ts';
import { forbiddenXmlCharacter } from './domain/xml-characters.ts';
import { loadTaxonomy } from './loading/taxonomy.ts';
import type { TaxonomyKind } from './domain/taxonomy-entry.ts';
import { frenchTypography } from './domain/french-typography.ts';
import { decisionNumberKind, identifierKind, identifierProblem } from './domain/identifiers.ts';

const dirs = contentDirs();
const taxonomy = loadTaxonomy(dirs.taxonomy, dirs.fallbackTaxonomy);

/** A slug that must exist in one taxonomy file; the error suggests the closest entry. */
function taxonomyRef(kind: TaxonomyKind, what: string) {
  const slugs = taxonomy[kind].map((entry) => entry.slug);
  return z.string({ error: `expected a ${what} slug (a string).` }).check((ctx) => {
    if (!slugs.includes(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `${unknownValueMessage(what, ctx.value, slugs)} (See content/taxonomy/${kind}.json.)` });
    }
  });
}

/** The authors' slugs: their files' names in `content/authors/`. */
const authorSlugs = existsSync(dirs.authors)
  ? readdirSync(dirs.authors)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
  : [];

/** A slug of `content/authors/`; the error suggests the closest author. */
function authorRef() {
  return z.string({ error: 'expected an author slug (a string).' }).check((ctx) => {
    if (!authorSlugs.includes(ctx.value))
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: authorSlugs.length
          ? `${unknownValueMessage('author', ctx.value, authorSlugs)} (See content/authors/.)`
          : `unknown author "${ctx.value}": content/authors/ has no author file; add content/authors/${ctx.value}.json ({ "name": … }).`,
      });
  });
}

/** A calendar day: YAML gives a Date for unquoted dates, a string for quoted ones. */
const calendarDay = z
  .union([z.date(), z.string()], { error: 'expected a date written YYYY-MM-DD.' })
  .transform((value, ctx) => {
    const day = value instanceof Date ? value : parseIsoDay(value.trim());
    if (!day || Number.isNaN(day.getTime())) {
      ctx.issues.push({ code: 'custom', input: value, message: `"${String(value)}" is not a valid date; expected YYYY-MM-DD (a real calendar day).` });
      return z.NEVER;
    }
    const outOfRange = yearProblem(day.getUTCFullYear());
    if (outOfRange) {
      ctx.issues.push({ code: 'custom', input: value, message: outOfRange });
      return z.NEVER;
    }
    return day;
  })
  .meta({ format: 'date' });

/** A day, month or year: unquoted `2026` is a YAML number and `2025-06-28` a Date. */
const partialDateValue = z
  .union([z.date(), z.number(), z.string()], { error: 'expected YYYY, YYYY-MM or YYYY-MM-DD.' })
  .transform((value) => (value instanceof Date ? isoDate(value) : String(value).trim()));

const keyDate = z
  .strictObject({
    /** The date, as precise as the text allows: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
    date: partialDateValue.meta({
      title: 'Date',
      description: 'Aussi précise que le texte : AAAA-MM-JJ, AAAA-MM ou AAAA.',
      pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
      patternMessage: 'Écrire la date AAAA-MM-JJ, AAAA-MM ou AAAA',
    }),
    /** How precise `date` is; must match its shape. */
    precision: z
      .enum(PRECISIONS, { error: `expected one of: ${PRECISIONS.join(', ')}.` })
      .meta({ title: 'Précision', description: 'Doit correspondre à la forme de la date.', ref: 'precisions' }),
    /** Approximation written in the text: "début", "mi-", "fin", "d'ici", "avant". */
    qualifier: z
      .enum(Object.keys(QUALIFIERS) as [Qualifier, ...Qualifier[]], { error: `expected one of: ${Object.keys(QUALIFIERS).join(', ')}.` })
      .optional()
      .meta({ title: 'Approximation', description: 'Seulement si le texte l’écrit : « début 2026 », « d’ici 2027 ».', ref: 'qualifiers' }),
    /** What happens then: entrée en application, échéance, décision… */
    kind: z
      .string()
      .check((ctx) => {
        const kinds = Object.keys(KEY_DATE_KINDS);
        if (!kinds.includes(ctx.value)) ctx.issues.push({ code: 'custom', input: ctx.value, message: unknownValueMessage('key date kind', ctx.value, kinds) });
      })
      .meta({ title: 'Nature', ref: 'keyDateKinds' }),
    /** Short French description of the event. */
    label: z
      .string()
      .trim()
      .min(1, 'expected a non-empty label.')
      .transform(frenchTypography)
      .meta({ title: 'Libellé', description: 'Ce qui se passe ce jour-là, en quelques mots.' }),
  })
  .check((ctx) => {
    const problem = partialDateProblem({ date: ctx.value.date, precision: ctx.value.precision as Precision });
    if (problem) ctx.issues.push({ code: 'custom', input: ctx.value.date, path: ['date'], message: problem });
  });

const source = z.strictObject({
  /** What the source is, in French ("Communiqué de la CNIL"). */
  label: z
    .string()
    .trim()
    .min(1, 'expected a non-empty label.')
    .transform(frenchTypography)
    .meta({ title: 'Libellé', description: 'Ce qu’est la source : « Communiqué de la CNIL », « Arrêt sur Légifrance ».' }),
  /** Link to the official text; https only. */
  url: z
    .url({ protocol: /^https$/, error: 'expected an absolute https:// URL.' })
    .check((ctx) => {
      // zod goes on checking after its own URL check failed: that one has said what is wrong.
      if (!URL.canParse(ctx.value)) return;
      const url = new URL(ctx.value);
      if (url.username || url.password) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `"${ctx.value}" names a user before the host (what comes before "@" hides the real site); expected https://host/path.`,
        });
      }
      if (!/^\w/.test(ctx.value.slice('https://'.length))) {
        ctx.issues.push({ code: 'custom', input: ctx.value, message: `"${ctx.value}" has no host right after https://; expected https://host/path.` });
      }
    })
    .optional()
    .meta({
      title: 'Adresse',
      description: 'Lien vers le texte officiel, commençant par https://.',
      pattern: '^https://\\w[^\\s/@]*(/\\S*)?$',
      patternMessage: 'Une adresse complète commençant par https:// est attendue (https://www.legifrance.gouv.fr/…)',
    }),
  /** Official identifier (ECLI, CELEX, NOR, ELI, pourvoi or RG number, CNIL deliberation, Commission press release); linked to its resolver when there is no url. */
  identifier: z
    .string()
    .trim()
    .check((ctx) => {
      const problem = identifierProblem(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
    })
    .optional()
    .meta({
      title: 'Identifiant officiel',
      description:
        'ECLI, CELEX, NOR, ELI, numéro de pourvoi ou de RG, délibération de la CNIL (SAN-2024-012, 2025-045), communiqué de la Commission (IP/25/1234).',
    }),
});

/** A court decision's reference, from which the citation is generated. */
const decision = z
  .strictObject({
    /** The court (taxonomy/authorities.json); its `short` form starts the citation. */
    court: taxonomyRef('authorities', 'court').meta({ title: 'Juridiction', ref: 'courts' }),
    /** Chamber or formation as cited: "2e civ.", "com.", "ch. mixte", "3e ch.". */
    chamber: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({ title: 'Chambre ou formation', description: 'Telle qu’on la cite : « 2e civ. », « com. », « ch. mixte », « 3e ch. ».' }),
    /** Date of the decision. */
    date: calendarDay.meta({ title: 'Date de la décision' }),
    /** Number the decision is cited by, when known: pourvoi (22-12.345), RG (20/00804), Conseil d'État requête (489123), EU case (C-519/24), Conseil constitutionnel decision (2026-1123 QPC). */
    number: z
      .string()
      .trim()
      .optional()
      .meta({ title: 'Numéro', description: 'Pourvoi (22-12.345), RG (20/00804), requête (489123), affaire (C-519/24) ou décision (2026-1123 QPC).' }),
    /** ECLI, when known. */
    ecli: z.string().trim().optional().meta({ title: 'ECLI', description: 'ECLI:FR:CCASS:2025:C200512, ECLI:EU:C:2020:559.' }),
  })
  .check((ctx) => {
    const { number, ecli } = ctx.value;
    if (number && !decisionNumberKind(number)) {
      ctx.issues.push({
        code: 'custom',
        input: number,
        path: ['number'],
        message: `"${number}" is not a decision number; expected a pourvoi (22-12.345), RG (20/00804), Conseil d'État requête (489123), EU case (C-519/24) or Conseil constitutionnel (2026-1123 QPC) number.`,
      });
    }
    if (ecli && identifierKind(ecli) !== 'ECLI') {
      ctx.issues.push({
        code: 'custom',
        input: ecli,
        path: ['ecli'],
        message: `"${ecli}" is not an ECLI; expected ECLI:FR:CCASS:2025:C200512 or ECLI:EU:C:2020:559.`,
      });
    }
  });

const ARTICLE_FIELDS = {
  /** Headline, in French, short and factual. */
  title: z
    .string({ error: 'expected a title (a non-empty string).' })
    .trim()
    .min(1, 'expected a non-empty title.')
    .transform(frenchTypography)
    .meta({ title: 'Titre', description: 'Court et factuel.' }),
  /** The chapeau: one or two plain-text sentences shown in lists, feeds and meta descriptions. */
  summary: z.string({ error: 'expected a summary (a non-empty string).' }).trim().min(1, 'expected a non-empty summary.').transform(frenchTypography).meta({
    title: 'Chapeau',
    description: 'Une ou deux phrases, sans mise en forme : reprises dans les listes, les flux et les moteurs de recherche.',
    widget: 'text',
  }),
  /** Date of publication on the site (YYYY-MM-DD). */
  published: calendarDay.meta({ title: 'Date de publication' }),
  /** Date of the last substantive update, if any; not before `published`. */
  updated: calendarDay.optional().meta({ title: 'Mise à jour', description: 'Date de la dernière mise à jour de fond ; pas avant la publication.' }),
  /** Where the text or decision applies (taxonomy/jurisdictions.json). */
  jurisdiction: taxonomyRef('jurisdictions', 'jurisdiction').meta({ title: 'Ordre juridique', ref: 'jurisdictions' }),
  /** The body or court that issued it (taxonomy/authorities.json); omit when the text does not say. */
  authority: taxonomyRef('authorities', 'authority').optional().meta({
    title: 'Autorité ou juridiction',
    description: 'Qui a adopté le texte ou rendu la décision ; vide si le texte ne le dit pas.',
    ref: 'authorities',
  }),
  /** Document type: plan d'action, recommandation, directive, arrêt… (taxonomy/types.json). */
  type: taxonomyRef('types', 'document type').meta({ title: 'Type de document', ref: 'types' }),
  /** One or more topics (taxonomy/topics.json); the first is the main one. A draft may have none yet. */
  topics: z
    .array(taxonomyRef('topics', 'topic'), { error: 'expected a list of topic slugs.' })
    // Left out, it is an empty list: a draft's; the check below asks published articles for one.
    .default([])
    .meta({ title: 'Thèmes', description: 'Le premier est le thème principal. Un brouillon peut n’en avoir aucun.', ref: 'topics' }),
  /** Who wrote it: slugs of `content/authors/<slug>.json`, in byline order; none by default (nobody is invented). */
  authors: z
    .array(authorRef(), { error: 'expected a list of author slugs ([jeanne-martin]).' })
    .default([])
    .meta({ title: 'Auteurs', description: 'Dans l’ordre de la signature ; aucun par défaut.', ref: 'authors' }),
  /** For court decisions: court, chamber, date and number; the citation is generated from it. */
  decision: decision.optional().meta({ title: 'Décision de justice', description: 'Pour une décision : la citation est composée à partir de ces champs.' }),
  /** Dates that matter to readers (entry into force, deadlines…), fed to the agenda. */
  keyDates: z
    .array(keyDate)
    .default([])
    .meta({ title: 'Dates clés', description: 'Entrée en vigueur, échéances… : elles alimentent l’agenda et les calendriers.', itemTitle: 'Date clé' }),
  /** Official texts and references; never invented. */
  sources: z.array(source).default([]).meta({ title: 'Sources', description: 'Textes officiels et références ; jamais inventés.', itemTitle: 'Source' }),
  /** Drafts are built by the dev server only, never published. */
  draft: z
    .boolean({ error: 'expected true or false.' })
    .default(false)
    .meta({ title: 'Brouillon', description: 'Un brouillon n’est jamais publié ; seul le serveur de développement l’affiche.' }),
};

/**
 * Checks on the frontmatter as parsed, before its fields are: characters that feeds and calendars
 * cannot carry, in any value; unknown keys, refused one by one, each under its own name (a
 * strict object would report them all under an empty field name), here because a key such as
 * `__proto__` does not survive into a parsed object.
 */
const knownKeys = z.unknown().check((ctx) => {
  if (typeof ctx.value !== 'object' || ctx.value === null) return;
  for (const [path, text] of stringsIn(ctx.value)) {
    const character = forbiddenXmlCharacter(text);
    if (character) {
      ctx.issues.push({
        code: 'custom',
        input: text,
        path,
        message: `contains the control character ${character}, which feeds and calendars cannot carry (Word's Shift+Enter inserts one); delete it or type a plain line break.`,
      });
    }
  }
  for (const key of Object.keys(ctx.value)) {
    if (!Object.hasOwn(ARTICLE_FIELDS, key)) {
      ctx.issues.push({
        code: 'custom',
        input: key,
        path: [key],
        message: `unknown frontmatter key "${key}"; expected one of ${Object.keys(ARTICLE_FIELDS).join(', ')} (see the frontmatter reference in README.md).`,
      });
    }
  }
});

/** Every string in parsed frontmatter, with its path. */
function* stringsIn(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}

export const articleSchema = knownKeys.pipe(
  z.looseObject(ARTICLE_FIELDS).check((ctx) => {
    const { published, updated, topics, draft } = ctx.value;
    if (!draft && topics.length === 0)
      ctx.issues.push({ code: 'custom', input: topics, path: ['topics'], message: 'expected at least one topic (only drafts may have none).' });
    if (updated && updated < published) {
      ctx.issues.push({
        code: 'custom',
        input: updated,
        path: ['updated'],
        message: `"updated" (${isoDate(updated)}) is before "published" (${isoDate(published)}).`,
      });
    }
    const duplicate = topics.find((topic, index) => topics.indexOf(topic) !== index);
    if (duplicate) ctx.issues.push({ code: 'custom', input: topics, path: ['topics'], message: `topic "${duplicate}" is listed twice.` });
  }),
);

/**
 * Articles live in two collections by how they are rendered: bodies that read the same as
 * Markdown are rendered while content is synced (markdown-article-loader.ts), the others (JSX,
 * expressions, imports, code blocks, images) are compiled by @astrojs/mdx through glob(). Pages
 * read both through src/data/articles.ts. The dev server compiles every article as MDX, since an
 * edit may add a component to any file.
 */
// Fails before Astro silently accepts a clashing slug or a rolled-over date.
checkArticleFiles(dirs.articles);
const byRenderer = articleFilesByRenderer(dirs.articles, process.env.NODE_ENV === 'development');
for (const { file, bytes } of byRenderer.large) {
  console.warn(
    `[vigie] ${relative(process.cwd(), file)}: ${(bytes / 2 ** 20).toFixed(1)} MB; an article this long makes heavy pages and feeds (each feed carries its articles whole): split it, or link the text at its source.`,
  );
}

// Astro reports schema errors at "file:0:0"; these name the field's line. The Markdown loader
// checks its own files the same way when Astro's validation fails.
assertValidFrontmatter(
  byRenderer.mdx.map((file) => join(dirs.articles, file)),
  articleSchema,
);

const articles = defineCollection({
  loader: markdownArticleLoader({ files: () => byRenderer.markdown, schema: articleSchema }),
  schema: articleSchema,
});

/** glob() patterns match literally only once their special characters are escaped. */
const literal = (path: string) => path.replace(/[()[\]{}*?!+@]/g, '\\$&');

const mdxArticles = defineCollection({
  loader: byRenderer.mdx.length
    ? glob({
        pattern: byRenderer.mdx.map(literal),
        base: dirs.articles,
        // The file name, not the folder structure, is the slug and the URL.
        generateId: ({ entry }) => slugOfFile(entry),
        // Pages render the compiled MDX; keeping every raw body only costs memory.
        retainBody: false,
      })
    : // glob() warns when it finds no file: none to compile, nothing to load.
      { name: 'vigie-no-mdx-articles', load: async ({ store }) => store.clear() },
  schema: articleSchema,
});

/**
 * Authors: `content/authors/<slug>.json`, the slug being what articles list in `authors`. Only
 * `name` is required; nothing else is shown unless given.
 */
const authors = defineCollection({
  loader: authorSlugs.length ? glob({ pattern: '*.json', base: dirs.authors }) : { name: 'vigie-no-authors', load: async ({ store }) => store.clear() },
  schema: ({ image }) =>
    z.strictObject(
      {
        /** Full name, as signed: "Jeanne Martin". */
        name: z.string({ error: 'expected the author’s name (a string).' }).trim().min(1, 'expected a non-empty name.'),
        /** Role or title: "Avocate associée", "Délégué à la protection des données". */
        role: z.string().trim().min(1).optional(),
        /** Firm, company or institution. */
        organisation: z.string().trim().min(1).optional(),
        /** Bar, for lawyers: "Barreau de Paris". */
        bar: z.string().trim().min(1).optional(),
        /** A page about the author elsewhere (https). */
        url: z.url({ protocol: /^https$/, error: 'expected an https address.' }).optional(),
        /** A portrait next to the file ("jeanne-martin.jpg"), shown on the author's page. */
        photo: image().optional(),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected name, role, organisation, bar, url, photo.`
            : undefined,
      },
    ),
});

/** Whether there are authors: Astro warns when a page reads an empty collection. */
export const HAS_AUTHORS = authorSlugs.length > 0;

/** The letter's editorial introductions: `content/lettres/<period>.mdx`, the period as in its URL. */
export const letterIntroSchema = z.strictObject(
  {
    /** Optional heading of the introduction ("Le mot de la rédaction" by default). */
    title: z.string({ error: 'expected a heading (a string).' }).trim().min(1, 'expected a non-empty heading.').transform(frenchTypography).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown frontmatter key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected only "title".` : undefined,
  },
);
/** The letter's settings (content/lettres/lettre.json), read once for the build. */
export const letterSettings = loadLetterSettings(dirs.letters, dirs.fallbackLetters);
const letterFiles = checkLetterFiles(dirs.letters, letterSettings.period);

const letters = defineCollection({
  loader: letterFiles.length
    ? glob({ pattern: letterFiles.map(literal), base: dirs.letters, generateId: ({ entry }) => slugOfFile(entry) })
    : { name: 'vigie-no-letter-introductions', load: async ({ store }) => store.clear() },
  schema: letterIntroSchema,
});

export const collections = { articles, mdxArticles, letters, authors };

/** Whether the letter has introductions: Astro warns when a page reads an empty collection. */
export const HAS_LETTER_INTROS = letterFiles.length > 0;

/** The collections holding articles: Astro warns when a page reads an empty one (src/data/articles.ts). */
export const ARTICLE_COLLECTIONS = [
  ...(byRenderer.markdown.length ? (['articles'] as const) : []),
  ...(byRenderer.mdx.length ? (['mdxArticles'] as const) : []),
];
