/**
 * The globals Decap CMS's bundle defines (decap-cms.js, loaded before the interface's scripts),
 * as far as Vigie uses them: https://decapcms.org/docs/customization/.
 */
/** The part of Immutable.js's Map and List the preview reads. */
export interface Immutable {
  get(key: string | number): unknown;
  toJS(): unknown;
}

export interface PreviewProps {
  entry: Immutable;
  fields: Immutable;
  widgetFor(name: string): unknown;
}

type Child = unknown;
type H = (tag: string, props: Record<string, unknown> | null, ...children: Child[]) => unknown;

declare global {
  interface Window {
    CMS: {
      registerPreviewStyle(url: string): void;
      registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
      registerCustomFormat(
        name: string,
        extension: string,
        format: { fromFile(text: string): Record<string, unknown>; toFile(value: Record<string, unknown>, fieldsOrder?: string[]): string },
      ): void;
    };
    h: H;
  }
}
