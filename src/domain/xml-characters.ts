/**
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; U+FFFE,
 * U+FFFF; unpaired surrogates). One in a feed makes the whole feed unreadable; Word's Shift+Enter
 * (vertical tab) and form feeds pasted from PDFs are the usual way they arrive.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');

/** The first forbidden character of `text`, written U+XXXX, or undefined. */
export function forbiddenXmlCharacter(text: string): string | undefined {
  const found = FORBIDDEN.exec(text)?.[0];
  return found === undefined ? undefined : `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` without the characters XML forbids. */
export function withoutForbiddenXml(text: string): string {
  return text.replace(FORBIDDEN_ALL, '');
}
