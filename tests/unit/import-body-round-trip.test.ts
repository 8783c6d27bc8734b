/**
 * Property-based proof of the importer's body serializer (issue 20): for thousands of generated
 * texts full of what MDX and Markdown read as syntax, and of addresses, the draft's body parsed
 * back as MDX (and as plain Markdown) holds nothing but text and links, and its text is the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyBlocks, lostLines } from '../../src/importer/body-blocks.ts';
import type { BodyBlock } from '../../src/importer/body-blocks.ts';
import { readDraftBody } from '../../src/importer/read-draft-body.ts';
import { serializeBody } from '../../src/importer/serialize-body.ts';

const RUNS = { numRuns: 1000 };

const SYNTAX = [...'\\{}<>[]()*_#|~`&!:/.-+=\'"@;,?%$^'];
const WORDS = [
  'la',
  'CNIL',
  'données',
  'article',
  'L. 34-5',
  'import',
  'export',
  'import {',
  'export default',
  '&amp;',
  '&#123;',
  '<b>',
  '</b>',
  '<!--',
  '-->',
  '{process.exit()}',
  'R&D',
  '1.',
  '2)',
  '***',
  '---',
  '> cite',
  '[^1]',
  '![x](y)',
  '$$',
];
const HOSTS = ['www.cnil.fr', 'www.legifrance.gouv.fr', 'eur-lex.europa.eu', 'curia.europa.eu', 'exemple.fr'];

/** An address as jurists paste them: scheme or www, a host, a path full of the characters URLs allow. */
const address = fc
  .record({
    scheme: fc.constantFrom('https://', 'http://', ''),
    host: fc.constantFrom(...HOSTS),
    path: fc.array(fc.constantFrom('/', 'fr', 'a_b', '*', '(x)', '?q=1', '&b=2', '#s', '~u', '%C3%A9', '-', '.', '=', '_', '!'), { maxLength: 8 }),
  })
  .map(({ scheme, host, path }) => `${scheme || (host.startsWith('www.') ? '' : 'https://')}${host}${path.length ? `/${path.join('')}` : ''}`);
const email = fc.constantFrom('dpo@exemple.fr', 'contact@cnil.fr', 'a.b+c@sous-domaine.exemple.eu');

/** A fragment of a line: syntax characters, words, addresses; never `<` right before an address. */
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '  ') },
  { weight: 2, arbitrary: address },
  { weight: 1, arbitrary: email },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** Text as a line of a document gives it: no line break or tab, trimmed, not empty. */
const lineText = fc
  .array(fragment, { minLength: 1, maxLength: 24 })
  .map((parts) =>
    parts
      .join('')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: line breaks and controls are the decoder's business.
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      // As the linker reads an e-mail address's local part (text-links.ts): letters, digits, "._%+-".
      .replace(/<(?=https?:|www\.|[\p{L}\p{N}._%+-]+@)/gu, '< ')
      .trim(),
  )
  .filter((text) => text !== '');

/** Each kind of block a text can land in. */
const placements: [string, (text: string) => BodyBlock[]][] = [
  ['paragraph', (text) => [{ kind: 'paragraph', text }]],
  ['heading', (text) => [{ kind: 'heading', text }]],
  ['list item', (text) => [{ kind: 'list', items: [{ text, children: [] }] }]],
  ['sub-list item', (text) => [{ kind: 'list', items: [{ text: 'Point :', children: [text] }] }]],
  ['numbered item', (text) => [{ kind: 'list', start: 3, items: [{ text, children: [] }] }]],
  [
    'table cell',
    (text) => [
      {
        kind: 'table',
        rows: [
          ['A', 'B'],
          [text, text],
        ],
      },
    ],
  ],
];
const expected: Record<string, (text: string) => string> = {
  paragraph: (text) => text,
  heading: (text) => text,
  'list item': (text) => text,
  'sub-list item': (text) => `Point : ${text}`,
  'numbered item': (text) => text,
  'table cell': (text) => `A B ${text} ${text}`,
};

describe('the importer writes any text as MDX that reads back as that text', () => {
  for (const [kind, place] of placements) {
    it(`in a ${kind}`, () => {
      fc.assert(
        fc.property(lineText, (text) => {
          const body = serializeBody(place(text));
          for (const as of ['mdx', 'markdown'] as const) {
            const read = readDraftBody(body, as);
            expect(read.syntax, `${as}: ${body}`).toEqual([]);
            // Table cells are trimmed by GFM, like the importer's own cells.
            expect(read.text, `${as}: ${body}`).toBe(expected[kind]!(kind === 'table cell' ? text.trim() : text));
          }
        }),
        RUNS,
      );
    });
  }

  it('every address is a link to itself, between angle brackets or not', () => {
    fc.assert(
      fc.property(lineText, fc.oneof(address, email), lineText, fc.boolean(), (before, target, after, delimited) => {
        const written = delimited ? `<${target}>` : target;
        const body = serializeBody([{ kind: 'paragraph', text: `${before} ${written} ${after}` }]);
        const read = readDraftBody(body);
        expect(read.syntax).toEqual([]);
        expect(read.text).toBe(`${before} ${target} ${after}`);
        // Without delimiters, punctuation at the address's end is the sentence's, not the link's.
        const linked = delimited ? target : target.replace(/[.!*_~]+$/, '');
        const href = target.includes('@') && !target.includes('/') ? `mailto:${linked}` : target.startsWith('www.') ? `https://${linked}` : linked;
        expect(read.links).toContain(href);
      }),
      RUNS,
    );
  });

  it('a whole document: every line survives, nothing reads as syntax', () => {
    const line = fc.oneof(
      { weight: 6, arbitrary: lineText },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom('', '', '- ', '  - ', '1. ', '# ', '🟠 ', 'ARTICLE PREMIER', 'Article 2')
          .chain((prefix) => lineText.map((text) => `${prefix}${text}`)),
      },
      { weight: 1, arbitrary: fc.tuple(lineText, lineText).map(([a, b]) => `${a}\t${b}`) },
      { weight: 1, arbitrary: fc.constant('') },
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const body = serializeBody(bodyBlocks(lines));
        const read = readDraftBody(body);
        expect(read.syntax, body).toEqual([]);
        expect(lostLines(lines, read.text), body).toEqual([]);
      }),
      RUNS,
    );
  });
});
