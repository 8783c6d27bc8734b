/** Parses RSS 2.0 with a real XML parser and checks its shape. */
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface RssItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  description: string;
  'content:encoded'?: string;
  category?: string | string[];
}

export interface RssChannel {
  title: string;
  link: string;
  description: string;
  language?: string;
  item: RssItem[];
}

export function readRss(file: string): { version: string; channel: RssChannel } {
  const xml = readFileSync(file, 'utf8');
  // Well-formedness first: the parser alone accepts some malformed XML, and the validator
  // characters XML 1.0 forbids.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.exec(xml);
  if (forbidden)
    throw new Error(`${file} holds U+${forbidden[0].charCodeAt(0).toString(16).padStart(4, '0')}, which XML 1.0 forbids, at offset ${forbidden.index}`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${file} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' }).parse(xml);
  const rss = parsed.rss;
  if (!rss) throw new Error(`${file} has no <rss> root`);
  return { version: rss['@_version'], channel: { ...rss.channel, item: rss.channel.item ?? [] } };
}

/** RFC 822 dates as @astrojs/rss writes them ("Wed, 19 Jun 2025 00:00:00 GMT"). */
export const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
