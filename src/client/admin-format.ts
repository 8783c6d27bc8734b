/**
 * How the editing interface reads and writes an article file: through the site's own
 * `articleFileText` (src/domain/article-file.ts), the style the importer writes, instead of Decap's
 * YAML output (lines folded at 80 characters, lists always as blocks, keys re-quoted). Saving an
 * article thus changes only the lines of the fields edited. Registered with Decap's documented
 * `CMS.registerCustomFormat`; the collection's `format` names it (src/admin/cms-config.ts).
 */
import { ARTICLE_FILE_FORMAT } from '../admin/cms-config.ts';
import { articleFileText, parseArticleFile } from '../domain/article-file.ts';

/** What the form leaves behind for a field it did not fill: nothing to write. */
function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every(isEmpty))
  );
}

window.CMS.registerCustomFormat(ARTICLE_FILE_FORMAT, 'mdx', {
  fromFile(text) {
    const { data, body } = parseArticleFile(text);
    return { ...data, body };
  },
  toFile({ body, ...data }, fieldsOrder = []) {
    const kept = Object.fromEntries(Object.entries(data).filter(([, value]) => !isEmpty(value)));
    return articleFileText(kept, typeof body === 'string' ? body : '', fieldsOrder);
  },
});
