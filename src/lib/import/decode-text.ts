/**
 * Raw input to text: UTF-8 (with or without BOM) or Windows-1252 (what Word and older mail
 * clients export), line ends normalised to LF. Binary or empty input is refused.
 */

export type InputEncoding = 'utf-8' | 'utf-8 (BOM)' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: InputEncoding;
}

export class InputError extends Error {}

export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  if (bytes.length === 0) throw new InputError(`${name}: the file is empty; expected UTF-8 or Windows-1252 text.`);
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) throw new InputError(`${name}: the file is binary (it contains NUL bytes); expected UTF-8 or Windows-1252 text.`);
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control / sample.length > 0.01) throw new InputError(`${name}: the file looks binary (${control} control bytes in the first ${sample.length}); expected text.`);
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
  if (!text.trim()) throw new InputError(`${name}: the file holds only white space; expected text.`);
  return { text, encoding };
}
