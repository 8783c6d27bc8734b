/**
 * Writes an imported document's body as MDX through a real serializer: the blocks become an mdast
 * tree (headings, paragraphs, lists, tables; text and links only inside), and remark-stringify
 * with the MDX and GFM extensions writes it, escaping whatever MDX or Markdown would read as
 * syntax, as remark itself does. No regular expression decides what is escaped.
 */
import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';
import type { BodyBlock } from './body-blocks.ts';
import { phrasingOf } from './text-links.ts';

/**
 * MDX reads a line starting with `import` or `export` as an ES module statement, which neither
 * remark-mdx nor remark-stringify escapes; their first letter is written as a character reference.
 */
const ESM_KEYWORDS: NonNullable<Options['unsafe']> = [
  { atBreak: true, character: 'i', after: 'mport(?![A-Za-z0-9_$])' },
  { atBreak: true, character: 'e', after: 'xport(?![A-Za-z0-9_$])' },
];

const OPTIONS: Options = {
  bullet: '-',
  listItemIndent: 'one',
  emphasis: '_',
  strong: '*',
  fences: true,
  rule: '-',
  unsafe: ESM_KEYWORDS,
};

const paragraph = (text: string): BlockContent => ({ type: 'paragraph', children: phrasingOf(text) });

function listNode(block: Extract<BodyBlock, { kind: 'list' }>): List {
  const items = block.items.map(
    (item): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [
        paragraph(item.text),
        ...(item.children.length
          ? [
              {
                type: 'list',
                ordered: false,
                spread: false,
                children: item.children.map((child): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(child)] })),
              } satisfies List,
            ]
          : []),
      ],
    }),
  );
  return block.start === undefined
    ? { type: 'list', ordered: false, spread: false, children: items }
    : { type: 'list', ordered: true, start: block.start, spread: false, children: items };
}

/** The mdast tree of a body: `##` headings, paragraphs, lists, tables; text and links only. */
export function bodyTree(blocks: readonly BodyBlock[]): Root {
  const children = blocks.map((block): RootContent => {
    if (block.kind === 'heading') return { type: 'heading', depth: 2, children: phrasingOf(block.text) };
    if (block.kind === 'paragraph') return paragraph(block.text);
    if (block.kind === 'list') return listNode(block);
    const width = block.rows[0]!.length;
    const rows = block.rows.map(
      (cells): TableRow => ({ type: 'tableRow', children: cells.map((cell) => ({ type: 'tableCell', children: phrasingOf(cell) as PhrasingContent[] })) }),
    );
    return { type: 'table', align: Array.from({ length: width }, () => null), children: rows };
  });
  return { type: 'root', children };
}

// Tables unpadded: one long cell would otherwise pad every row of its column.
const serializer = unified().use(remarkMdx).use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, OPTIONS);

/** The MDX body of an imported document. */
export function serializeBody(blocks: readonly BodyBlock[]): string {
  return serializer.stringify(bodyTree(blocks)).trimEnd();
}
