/**
 * MDX content is rendered through JSX, which writes void elements XML-style (`<br/>`,
 * `<input … />`). HTML writes them without the slash; this makes the built pages consistent
 * (and valid under html-validate's recommended `void-style` rule).
 */
const VOID_SELF_CLOSED = /<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)(\s(?:[^>"']|"[^"]*"|'[^']*')*?)?\s*\/>/g;

export function normalizeVoidElements(html: string): string {
  return html.replace(VOID_SELF_CLOSED, (_, tag: string, attributes = '') => `<${tag}${attributes.replace(/\s+$/, '')}>`);
}
