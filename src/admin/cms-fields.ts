/**
 * The editing form's fields, generated from the article schema (src/content.config.ts) as zod's
 * `toJSONSchema` describes it: labels and help texts are the schema's `title` and `description`
 * metadata, option lists come from the taxonomy (named by a field's `ref`), so no field is listed
 * twice and a new topic appears in the form without touching the CMS.
 */

import { z } from 'astro/zod';

/** A zod schema's fields as a file writes them (before its transforms), in JSON Schema with their metadata. */
export function fieldSchemaOf(schema: z.ZodType): FieldSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as FieldSchema;
}

/** The part of JSON Schema the article schema produces, plus Vigie's metadata keys. */
export interface FieldSchema {
  type?: string;
  title?: string;
  description?: string;
  format?: string;
  enum?: string[];
  anyOf?: FieldSchema[];
  properties?: Record<string, FieldSchema>;
  required?: string[];
  items?: FieldSchema;
  default?: unknown;
  /** Vigie: the option list the value is taken from (`topics`, `authors`, `keyDateKinds`…). */
  ref?: string;
  /** Vigie: a widget other than the one the type implies (`text` for a paragraph). */
  widget?: string;
  /** Vigie: a regular expression the form checks, with the French message it shows. */
  pattern?: string;
  patternMessage?: string;
  /** Vigie: what one item of a list is called ("Date clé"). */
  itemTitle?: string;
}

export interface CmsOption {
  label: string;
  value: string;
}

/** Option lists by name, as fields' `ref` name them. */
export type CmsOptions = Record<string, CmsOption[]>;

/** A Decap CMS field (https://decapcms.org/docs/widgets/). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  [option: string]: unknown;
}

/** The form fields of an object schema's properties, in the schema's order. */
export function cmsFields(schema: FieldSchema, options: CmsOptions, path = ''): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, field]) => cmsField(`${path}${name}`, name, field, required.has(name), options));
}

function cmsField(path: string, name: string, field: FieldSchema, required: boolean, options: CmsOptions): CmsField {
  const base: CmsField = {
    name,
    label: field.title ?? name,
    widget: 'string',
    // An empty list is a value the schema accepts: the form never demands an item.
    required: required && field.type !== 'array',
    ...(field.description ? { hint: field.description } : {}),
  };
  if (field.ref) {
    const list = options[field.ref];
    if (!list)
      throw new Error(
        `src/content.config.ts: field "${path}" takes its values from "${field.ref}", a list the CMS does not know (it knows ${Object.keys(options).join(', ')}).`,
      );
    return { ...base, widget: 'select', options: list, ...(field.type === 'array' ? { multiple: true } : {}) };
  }
  if (field.format === 'date') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true };
  if (field.type === 'boolean') return { ...base, widget: 'boolean', ...(typeof field.default === 'boolean' ? { default: field.default } : {}) };
  if (field.enum) return { ...base, widget: 'select', options: field.enum.map((value) => ({ label: value, value })) };
  if (field.type === 'array' && field.items?.type === 'object') {
    const fields = cmsFields(field.items, options, `${path}.`);
    // A collapsed item reads as its date and label ("2025-05-22 — Arrêt de la …").
    const summary = ['date', 'label'].filter((name) => fields.some((child) => child.name === name)).map((name) => `{{fields.${name}}}`);
    return {
      ...base,
      widget: 'list',
      ...(field.itemTitle ? { label_singular: field.itemTitle } : {}),
      ...(summary.length ? { summary: summary.join(' — ') } : {}),
      fields,
    };
  }
  if (field.type === 'object') {
    // Decap checks an optional object's required fields even when it is left empty: the form
    // leaves them optional, and the build names any one missing from a filled-in block.
    const fields = cmsFields(field, options, `${path}.`);
    return { ...base, widget: 'object', collapsed: !required, fields: required ? fields : fields.map((child) => ({ ...child, required: false })) };
  }
  if (field.type === 'string' || field.anyOf?.some((option) => option.type === 'string')) {
    return {
      ...base,
      widget: field.widget ?? 'string',
      ...(field.pattern ? { pattern: [field.pattern, field.patternMessage ?? `Valeur attendue : ${field.pattern}`] } : {}),
    };
  }
  throw new Error(
    `src/content.config.ts: field "${path}" has a type the CMS form cannot edit (${JSON.stringify(field.type ?? field.anyOf ?? null)}); give it a string, boolean, date, list or object type, or a "ref" to an option list.`,
  );
}
