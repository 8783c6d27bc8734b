/**
 * Wraps Astro's `glob()` loader so that MDX articles that need no module (render-plain-mdx.ts)
 * are rendered to HTML while content is synced and stored with their entry, the way Astro
 * handles `.md` files, instead of each being compiled and bundled as a module. `render(entry)`
 * then returns that HTML. Articles that do need a module (components, expressions, code blocks,
 * local images, invalid MDX) are stored for @astrojs/mdx exactly as `glob()` alone would store them.
 *
 * `glob()` asks the content entry type of each file for a render function; this wrapper hands it
 * an `.mdx` entry type with one, and turns the "needs a module" answers back into deferred
 * entries on their way into the store. Everything else (ids, digests, caching, watching in
 * `astro dev`) is `glob()`'s own.
 */
import type { LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { renderPool } from './render-pool.ts';

type Loader = { load: (context: LoaderContext) => Promise<void> };
type RenderFunction = (entry: { body?: string; filePath?: string }) => Promise<unknown>;
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<RenderFunction>;
  [key: string]: unknown;
}
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** Marks a render that `glob()` must store as a deferred (module-compiled) entry. */
const NEEDS_MODULE = 'vigieNeedsModule';

/**
 * What a stored render depends on besides the file and Astro's config (whose change already
 * clears the store): the project's own code and the installed packages. Hashing them makes an
 * update of Vigie or of its dependencies render every article again, never serve stale HTML.
 */
export function rendererFingerprint(root: URL): string {
  const hash = createHash('sha256');
  const add = (dir: URL) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(new URL(name, dir)));
    }
  };
  add(new URL('src/lib/', root));
  add(new URL('src/loaders/', root));
  const lock = new URL('package-lock.json', root);
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

export function renderMdxAtSync(loader: Loader): Loader {
  return {
    load: async (context) => {
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      const mdx = entryTypes?.get('.mdx');
      // Without an MDX entry type (no @astrojs/mdx), glob() has nothing to defer to: leave it be.
      if (!entryTypes || !mdx) return loader.load(context);
      const base = context.config.base;
      const fingerprint = rendererFingerprint(context.config.root);
      const pool = renderPool();
      const render: RenderFunction = async ({ body = '', filePath = '' }) => {
        // glob() would log a render error and store the article with an empty body: let
        // @astrojs/mdx compile it instead, which fails the build if the error is real.
        const result = await pool.render(body, filePath, base).catch((error: Error) => ({ needsModule: `rendering failed: ${error.message.split('\n')[0]}` }));
        if ('needsModule' in result) return { html: '', metadata: { [NEEDS_MODULE]: result.needsModule } };
        return { html: result.html, metadata: { headings: result.headings, imagePaths: [] } };
      };
      let rendered = 0;
      const compiled: string[] = [];
      const store: LoaderContext['store'] = Object.create(context.store);
      store.set = (entry: StoredEntry) => {
        const reason = (entry.rendered?.metadata as Record<string, unknown> | undefined)?.[NEEDS_MODULE];
        if (reason === undefined) {
          if (entry.rendered) rendered++;
          return context.store.set(entry);
        }
        compiled.push(`${entry.filePath ?? entry.id} (${String(reason)})`);
        const { rendered: _rendered, assetImports: _assets, ...rest } = entry;
        return context.store.set({ ...rest, deferredRender: true });
      };
      try {
        await loader.load({
          ...context,
          store,
          // A stored render is reused while the entry's digest is unchanged: make the digest also
          // depend on what the file is rendered with.
          generateDigest: (data) => context.generateDigest(typeof data === 'string' ? `${data}\u0000${base}\u0000${fingerprint}` : data),
          entryTypes: new Map([...entryTypes, ['.mdx', { ...mdx, getRenderFunction: async () => render }]]),
        } as LoaderContext);
      } finally {
        await pool.close();
      }
      // Which articles took the slow path, and why, so that an editor can tell.
      const unchanged = context.store.keys().length - rendered - compiled.length;
      const examples = compiled.length ? `: ${compiled.slice(0, 3).join(', ')}${compiled.length > 3 ? ', …' : ''}` : '';
      context.logger.info(`${rendered} article(s) rendered to HTML while syncing, ${compiled.length} compiled as MDX modules${examples}, ${unchanged} unchanged since the last build`);
    },
  };
}
