/**
 * Reading and writing Pagefind's files: gzip of the signature "pagefind_dcd" followed by JSON
 * (`.pf_fragment`) or by one CBOR value (`.pf_meta`, `.pf_index`). Only the part of CBOR these files use is
 * supported (unsigned and negative integers, text strings, arrays); anything else is an error that
 * names the file and the byte, so that a change in Pagefind's format fails the build loudly
 * instead of writing a broken index.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const PAGEFIND_SIGNATURE = 'pagefind_dcd';
const SIGNATURE_BYTES = Buffer.from(PAGEFIND_SIGNATURE, 'latin1');

export type CborValue = number | string | CborValue[];

const UNSIGNED = 0;
const NEGATIVE = 1;
const TEXT = 3;
const ARRAY = 4;

/** What follows the signature in a Pagefind file's gzipped content (CBOR; JSON for fragments); `file` names it in errors. */
export function pagefindPayload(gzipped: Uint8Array, file: string): Buffer {
  const bytes = gunzipSync(gzipped);
  if (!bytes.subarray(0, SIGNATURE_BYTES.length).equals(SIGNATURE_BYTES)) throw new Error(`${file}: not a Pagefind file (no "${PAGEFIND_SIGNATURE}" signature)`);
  return bytes.subarray(SIGNATURE_BYTES.length);
}

/** A Pagefind file's gzipped content for these CBOR bytes. */
export function pagefindFile(payload: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE_BYTES, payload]));
}

/** Reads CBOR items one at a time, so that large files can be walked without building them. */
export class CborReader {
  offset = 0;
  private readonly bytes: Buffer;
  private readonly file: string;
  constructor(bytes: Buffer, file: string) {
    this.bytes = bytes;
    this.file = file;
  }

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  private fail(what: string): never {
    throw new Error(`${this.file}: unexpected CBOR at byte ${this.offset} (${what}); this code reads Pagefind's format of integers, text and arrays only`);
  }

  /** The next item's major type and argument (its value, length or item count). */
  head(): { type: number; argument: number } {
    if (this.done) this.fail('end of data');
    const initial = this.bytes[this.offset]!;
    const type = initial >> 5;
    const info = initial & 31;
    if (type !== UNSIGNED && type !== NEGATIVE && type !== TEXT && type !== ARRAY) this.fail(`major type ${type}`);
    let argument: number;
    let size = 1;
    if (info < 24) argument = info;
    else if (info === 24) (argument = this.bytes.readUInt8(this.offset + 1)), (size = 2);
    else if (info === 25) (argument = this.bytes.readUInt16BE(this.offset + 1)), (size = 3);
    else if (info === 26) (argument = this.bytes.readUInt32BE(this.offset + 1)), (size = 5);
    else if (info === 27) {
      const big = this.bytes.readBigUInt64BE(this.offset + 1);
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) this.fail('integer beyond 2^53');
      (argument = Number(big)), (size = 9);
    } else this.fail(`additional information ${info}`);
    this.offset += size;
    return { type, argument };
  }

  /** The next item, which must be a text string, as its UTF-8 bytes. */
  textBytes(): Buffer {
    const { type, argument } = this.head();
    if (type !== TEXT) this.fail(`major type ${type} where text was expected`);
    const end = this.offset + argument;
    if (end > this.bytes.length) this.fail('text beyond the end of data');
    const text = this.bytes.subarray(this.offset, end);
    this.offset = end;
    return text;
  }

  /** The next item, which must be an array: its item count. */
  arrayLength(): number {
    const { type, argument } = this.head();
    if (type !== ARRAY) this.fail(`major type ${type} where an array was expected`);
    return argument;
  }

  /** The next item, which must be an unsigned integer. */
  unsigned(): number {
    const { type, argument } = this.head();
    if (type !== UNSIGNED) this.fail(`major type ${type} where an unsigned integer was expected`);
    return argument;
  }

  /** The next item, which must be an array of integers: its item count (the integers are passed over). */
  integerArrayLength(): number {
    const length = this.arrayLength();
    for (let i = 0; i < length; i++) {
      const { type } = this.head();
      if (type !== UNSIGNED && type !== NEGATIVE) this.fail(`major type ${type} where an integer was expected`);
    }
    return length;
  }

  /** The bytes from `start` to the current offset, as they are (no copy). */
  slice(start: number): Buffer {
    return this.bytes.subarray(start, this.offset);
  }

  /** Steps over the next item, nested arrays included. */
  skip(): void {
    let pending = 1;
    while (pending > 0) {
      const { type, argument } = this.head();
      pending--;
      if (type === TEXT) this.offset += argument;
      else if (type === ARRAY) pending += argument;
    }
  }

  /** The next item as a value. */
  value(): CborValue {
    const start = this.offset;
    const { type, argument } = this.head();
    if (type === UNSIGNED) return argument;
    if (type === NEGATIVE) return -1 - argument;
    if (type === TEXT) {
      this.offset = start;
      return this.textBytes().toString('utf8');
    }
    return Array.from({ length: argument }, () => this.value());
  }
}

/** Decodes bytes holding exactly one CBOR value. */
export function decodeCbor(bytes: Buffer, file: string): CborValue {
  const reader = new CborReader(bytes, file);
  const value = reader.value();
  if (!reader.done) throw new Error(`${file}: ${bytes.length - reader.offset} byte(s) after the CBOR value`);
  return value;
}

/** The head of a CBOR item (major type and argument), shortest form, as Pagefind writes it. */
function cborHead(type: number, argument: number): Buffer {
  if (argument < 24) return Buffer.of((type << 5) | argument);
  if (argument < 0x100) return Buffer.of((type << 5) | 24, argument);
  if (argument < 0x10000) {
    const head = Buffer.alloc(3);
    head[0] = (type << 5) | 25;
    head.writeUInt16BE(argument, 1);
    return head;
  }
  if (argument < 0x100000000) {
    const head = Buffer.alloc(5);
    head[0] = (type << 5) | 26;
    head.writeUInt32BE(argument, 1);
    return head;
  }
  const head = Buffer.alloc(9);
  head[0] = (type << 5) | 27;
  head.writeBigUInt64BE(BigInt(argument), 1);
  return head;
}

/** The head of an array of `length` items. */
export const arrayHead = (length: number): Buffer => cborHead(ARRAY, length);
/** An unsigned integer. */
export const unsignedItem = (value: number): Buffer => cborHead(UNSIGNED, value);
/** A text string. */
export function textItem(text: string | Buffer): Buffer {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return Buffer.concat([cborHead(TEXT, bytes.length), bytes]);
}

/** Encodes a value with the shortest heads, as Pagefind writes them. */
export function encodeCbor(value: CborValue): Buffer {
  const parts: Buffer[] = [];
  const write = (item: CborValue) => {
    if (typeof item === 'number') {
      if (!Number.isSafeInteger(item)) throw new Error(`CBOR: ${item} is not an integer this encoder writes`);
      parts.push(item >= 0 ? cborHead(UNSIGNED, item) : cborHead(NEGATIVE, -1 - item));
    } else if (typeof item === 'string') {
      parts.push(textItem(item));
    } else {
      parts.push(cborHead(ARRAY, item.length));
      item.forEach(write);
    }
  };
  write(value);
  return Buffer.concat(parts);
}
