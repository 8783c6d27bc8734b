/**
 * Draws a share card (domain/share-card.ts) as a 1200×630 PNG at build time: satori lays the card
 * out as SVG with the fonts below, resvg (WebAssembly: no native binary to install) rasterises
 * it. Fonts come from npm (@fontsource), so nothing is fetched. Used by the share-image route only.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { ordinalParts } from '../domain/french-ordinals.ts';
import { SHARE_IMAGE, type ShareCard } from '../domain/share-card.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = [
  { name: 'Serif', weight: 700, file: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff' },
  { name: 'Sans', weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
  { name: 'Sans', weight: 600, file: '@fontsource/inter/files/inter-latin-600-normal.woff' },
] as const;

/** The site's light colours (global.css). */
const COLOURS = { bg: '#fdfdfc', text: '#1b1f24', muted: '#4d5560', accent: '#1e3a8a', border: '#d6d9dd' };

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | string | (Node | string)[] } };
const box = (style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});
const span = (style: Record<string, unknown>, children: string): Node => ({ type: 'span', props: { style, children } });

let ready: Promise<{ name: string; weight: 400 | 600 | 700; data: Buffer }[]> | undefined;

function setUp() {
  ready ??= (async () => {
    await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return Promise.all(FONT_FILES.map(async ({ name, weight, file }) => ({ name, weight, data: await readFile(require.resolve(file)) })));
  })();
  return ready;
}

/** The title's size: long titles get a smaller type, so that four lines hold them. */
function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 60 ? 64 : length <= 100 ? 56 : length <= 150 ? 48 : 42;
}

/**
 * Text as words that wrap like a paragraph (satori lays out flex items, not inline text), with
 * French ordinals' letters raised and smaller ("2e civ."), as on the pages.
 */
function paragraph(text: string, size: number): Node[] {
  return text
    .split(/[ ]+/)
    .filter(Boolean)
    .map((word) =>
      box(
        { alignItems: 'flex-start' },
        ordinalParts(word).map((part) =>
          typeof part === 'string' ? part : box({ alignItems: 'flex-start' }, [part.number, span({ fontSize: Math.round(size * 0.6) }, part.suffix)]),
        ),
      ),
    );
}

export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = await setUp();
  const size = titleSize(card.title);
  const footer = [card.reference, card.published].filter((part): part is string => Boolean(part));
  const pad = { x: 72, top: 52, bottom: 48, bar: 16 };
  // Sizes are explicit: satori's boxes do not shrink padding into a percentage width.
  const inner = { width: SHARE_IMAGE.width - 2 * pad.x, height: SHARE_IMAGE.height - pad.bar - pad.top - pad.bottom };
  const words = (text: string, wordSize: number) =>
    box({ flexWrap: 'wrap', alignContent: 'flex-start', columnGap: Math.round(wordSize * 0.26) }, paragraph(text, wordSize));
  const tree = box(
    { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, flexDirection: 'column', background: COLOURS.bg, fontFamily: 'Sans', color: COLOURS.text },
    [
      box({ width: SHARE_IMAGE.width, height: pad.bar, background: COLOURS.accent }),
      box({ ...inner, marginTop: pad.top, marginLeft: pad.x, flexDirection: 'column' }, [
        box({ alignItems: 'center', fontSize: 30, fontWeight: 600, color: COLOURS.accent }, [
          box(
            {
              width: 44,
              height: 44,
              borderRadius: 8,
              background: COLOURS.accent,
              color: COLOURS.bg,
              justifyContent: 'center',
              alignItems: 'center',
              marginRight: 16,
            },
            '§',
          ),
          card.site,
        ]),
        box({ marginTop: 36, fontSize: 24, fontWeight: 600, color: COLOURS.muted, textTransform: 'uppercase', letterSpacing: 1 }, card.kind),
        box({ marginTop: 10, flexGrow: 1, flexShrink: 1, overflow: 'hidden', fontFamily: 'Serif', fontWeight: 700, fontSize: size, lineHeight: 1.18 }, [
          words(card.title, size),
        ]),
        ...(footer.length
          ? [box({ borderTop: `2px solid ${COLOURS.border}`, paddingTop: 18, fontSize: 28, color: COLOURS.muted }, [words(footer.join(' · '), 28)])]
          : []),
      ]),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...SHARE_IMAGE, fonts });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } }).render().asPng());
}
