/**
 * The editing interface's preview (/admin/): the article as the site lays it out, in the site's
 * own stylesheet, through Decap's documented globals (`CMS.registerPreviewStyle`,
 * `CMS.registerPreviewTemplate`, `h`). Labels come from the form's own option lists, so the
 * preview names a topic or a court as the page will.
 */
import { formatDateFr, parseIsoDay } from '../domain/french-date.ts';
import { formatPartialDateFr, type PartialDate, partialDateProblem } from '../domain/partial-date.ts';
import type { Immutable, PreviewProps } from './decap-globals.ts';

interface FieldConfig {
  name: string;
  options?: { label: string; value: string }[];
  fields?: FieldConfig[];
}

/** The label the form gives a value of a select field ("protection-des-donnees" → its topic label). */
function labelOf(fields: FieldConfig[], name: string, value: string): string {
  return fields.find((field) => field.name === name)?.options?.find((option) => option.value === value)?.label ?? value;
}

function frenchDay(value: unknown): string {
  const day = typeof value === 'string' ? parseIsoDay(value) : undefined;
  return day ? formatDateFr(day) : '';
}

function articlePreview({ entry, fields: fieldList, widgetFor }: PreviewProps) {
  const h = window.h;
  const fields = fieldList.toJS() as FieldConfig[];
  const data = (entry.get('data') as Immutable).toJS() as Record<string, unknown>;
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as Record<string, unknown>[]) : []);
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const meta: [string, string][] = [
    ['Publié le', frenchDay(data.published)],
    ['Mis à jour le', frenchDay(data.updated)],
    ['Ordre juridique', text(data.jurisdiction) && labelOf(fields, 'jurisdiction', text(data.jurisdiction))],
    ['Autorité', text(data.authority) && labelOf(fields, 'authority', text(data.authority))],
    ['Type', text(data.type) && labelOf(fields, 'type', text(data.type))],
    ['Thèmes', (data.topics as string[] | undefined)?.map((topic) => labelOf(fields, 'topics', topic)).join(', ') ?? ''],
  ];
  const keyDateFields = fields.find((field) => field.name === 'keyDates')?.fields ?? [];
  return h(
    'main',
    { id: 'contenu' },
    h(
      'article',
      { className: 'article' },
      h(
        'header',
        { className: 'article__header' },
        h('h1', null, text(data.title) || 'Sans titre'),
        h('p', { className: 'article__summary' }, text(data.summary)),
        h(
          'dl',
          { className: 'article-meta' },
          ...meta.filter(([, value]) => value).map(([term, value]) => h('div', { key: term }, h('dt', null, term), h('dd', null, value))),
        ),
      ),
      h('div', { className: 'prose' }, widgetFor('body')),
      list('keyDates').length > 0 &&
        h(
          'section',
          { className: 'key-dates' },
          h('h2', null, 'Dates clés'),
          h(
            'ul',
            null,
            // A date being typed ("2026-0") shows once it reads as one.
            ...list('keyDates').map((item, index) =>
              h(
                'li',
                { key: index },
                item.date && item.precision && !partialDateProblem(item as unknown as PartialDate)
                  ? `${formatPartialDateFr(item as unknown as PartialDate)} — `
                  : '',
                text(item.kind) && `${labelOf(keyDateFields, 'kind', text(item.kind))} : `,
                text(item.label),
              ),
            ),
          ),
        ),
      list('sources').length > 0 &&
        h(
          'section',
          { className: 'sources' },
          h('h2', null, 'Sources'),
          h(
            'ul',
            null,
            ...list('sources').map((item, index) => h('li', { key: index }, text(item.label), item.identifier ? ` (${text(item.identifier)})` : '')),
          ),
        ),
    ),
  );
}

const style = document.body.dataset.previewStyle;
if (style) window.CMS.registerPreviewStyle(style);
window.CMS.registerPreviewTemplate('articles', articlePreview);
