/**
 * Reads a draft's body back with the parser MDX uses (remark-parse, remark-mdx, remark-gfm), as the
 * build will: its text, and the constructs in it that the importer never writes. The importer
 * checks every draft this way before writing it, and the tests prove the serializer with it.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const markdownParser = unified().use(remarkParse).use(remarkGfm);
const PIECE = 1_000_000;

/** What an imported body is made of; anything else (JSX, expressions, emphasis, code…) was read from the text as syntax. */
const WRITTEN = new Set(['root', 'heading', 'paragraph', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'text', 'link']);
/** Blocks whose texts a reader sees apart: their texts are joined with a space. */
const BLOCKS = new Set(['heading', 'paragraph', 'tableCell']);

export interface DraftBodyReading {
  /** The text a reader sees, block texts joined with a space. */
  text: string;
  /** Node types read in the body that the importer does not write, in document order. */
  syntax: string[];
  /** The link targets, in document order. */
  links: string[];
}

function reading(tree: Root): DraftBodyReading {
  const texts: string[] = [];
  const syntax: string[] = [];
  const links: string[] = [];
  let current = '';
  const visit = (node: Nodes) => {
    if (!WRITTEN.has(node.type)) syntax.push(node.type);
    if (node.type === 'link') links.push(node.url);
    if ('value' in node && typeof node.value === 'string') current += node.value;
    if ('children' in node) for (const child of node.children) visit(child);
    if (BLOCKS.has(node.type)) {
      texts.push(current);
      current = '';
    }
  };
  visit(tree);
  return { text: texts.join(' '), syntax, links };
}

/**
 * A body as MDX reads it (`as: 'mdx'`, the default) or as plain Markdown does (`as: 'markdown'`:
 * the build renders bodies without MDX syntax as Markdown). Throws MDX's own error, with line and
 * column, when the body does not parse.
 */
export function readDraftBody(body: string, as: 'mdx' | 'markdown' = 'mdx'): DraftBodyReading {
  const parser = as === 'mdx' ? mdxParser : markdownParser;
  // The parser's memory grows with the document (about 150 MB a MB of MDX): a long body is read
  // in pieces cut between blocks. serializeBody writes no blank line inside a block (lists are
  // tight), so a piece holds whole blocks, and an unclosed construct still fails in its piece.
  const pieces: string[] = [];
  let start = 0;
  while (start < body.length) {
    const cut = body.length - start <= PIECE ? -1 : body.lastIndexOf('\n\n', start + PIECE);
    const end = cut > start ? cut : body.length;
    pieces.push(body.slice(start, end));
    start = end + 2;
  }
  const readings = pieces.map((piece) => reading(parser.parse(piece)));
  return {
    text: readings.map((r) => r.text).join(' '),
    syntax: readings.flatMap((r) => r.syntax),
    links: readings.flatMap((r) => r.links),
  };
}
