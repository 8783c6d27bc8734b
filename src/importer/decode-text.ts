/**
 * Raw input to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 (what Word
 * and older mail clients export), line ends normalised to LF. Binary, PDF, RTF or empty input is
 * refused, with what to do instead.
 */

export type InputEncoding = 'utf-8' | 'utf-8 (BOM)' | 'utf-16le (BOM)' | 'utf-16be (BOM)' | 'windows-1252';

/** Formats whose bytes can look like text but are not the document's text. */
const NOT_TEXT: [string, string][] = [
  ['%PDF-', 'a PDF file: export its text first (e.g. with pdftotext), then import the .txt'],
  ['{\\rtf', 'an RTF file: save it as plain text (.txt) first'],
];

export interface DecodedText {
  text: string;
  encoding: InputEncoding;
  /** Control characters found: vertical tabs and form feeds read as line breaks, others dropped. */
  controls: { lineBreaks: number; dropped: number };
}

/**
 * Word's Shift+Enter (vertical tab) and a PDF's page break (form feed) are line breaks; other
 * control characters (and what XML forbids) would end up in a draft, then in pages and feeds,
 * which no reader can parse: dropped.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const DROPPED = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function cleanControls(text: string): { text: string; controls: DecodedText['controls'] } {
  let lineBreaks = 0;
  let dropped = 0;
  const cleaned = text
    .replace(/[\v\f]/g, () => {
      lineBreaks++;
      return '\n';
    })
    .replace(DROPPED, () => {
      dropped++;
      return '';
    });
  return { text: cleaned, controls: { lineBreaks, dropped } };
}

export class InputError extends Error {}

export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  if (bytes.length === 0) throw new InputError(`${name}: the file is empty; expected UTF-8 or Windows-1252 text.`);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  for (const [magic, what] of NOT_TEXT) if (head.startsWith(magic)) throw new InputError(`${name}: ${what}.`);
  // UTF-16 with a byte-order mark (Windows "Unicode" text): decoded, then read like any text.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    let decoded: string;
    try {
      decoded = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new InputError(`${name}: the file starts with a ${utf16.toUpperCase()} byte-order mark but is not valid ${utf16.toUpperCase()}; expected text.`);
    }
    return decoded.trim() ? { ...cleanControls(decoded.replace(/\r\n?/g, '\n')), encoding: `${utf16} (BOM)` } : blank(name);
  }
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0)
      throw new InputError(
        `${name}: the file is binary (it contains NUL bytes; UTF-16 text needs a byte-order mark); expected UTF-8, UTF-16 or Windows-1252 text.`,
      );
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control / sample.length > 0.01)
    throw new InputError(`${name}: the file looks binary (${control} control bytes in the first ${sample.length}); expected text.`);
  let text: string;
  let encoding: InputEncoding;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    encoding = bom ? 'utf-8 (BOM)' : 'utf-8';
  } catch {
    // Not valid UTF-8: Windows-1252 decodes every byte, and is what such files almost always are.
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
  }
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) return blank(name);
  return { ...cleanControls(text), encoding };
}

function blank(name: string): never {
  throw new InputError(`${name}: the file holds only white space; expected text.`);
}
