/**
 * Renders article bodies on worker threads, one per core: rendering is CPU work (parsing,
 * plugins, serialising, about 10 ms an article), and the content sync hands out up to ten
 * articles at a time, so on a two-core machine two workers halve the sync of a large site.
 * Workers start on the first request and are stopped by `close()`; after that (new files seen by
 * `astro dev`), bodies are rendered on the calling thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderPlainMdx, type PlainMdxRender } from './render-plain-mdx.ts';
import type { RenderRequest } from './render-worker.ts';

interface Pending {
  resolve: (result: PlainMdxRender) => void;
  reject: (error: Error) => void;
}

export interface RenderPool {
  render(body: string, filePath: string, base: string): Promise<PlainMdxRender>;
  close(): Promise<void>;
}

export interface RenderPoolOptions {
  /** Worker threads; one per core by default. */
  size?: number;
  /** The worker's module (tests give one that fails). */
  worker?: URL;
}

export function renderPool({ size = availableParallelism(), worker: workerModule = new URL('./render-worker.ts', import.meta.url) }: RenderPoolOptions = {}): RenderPool {
  let workers: { worker: Worker; pending: Map<number, Pending> }[] | undefined;
  let closed = false;
  let next = 0;

  const start = () =>
    Array.from({ length: Math.max(1, size) }, () => {
      const worker = new Worker(workerModule);
      const pending = new Map<number, Pending>();
      worker.on('message', ({ id, result, error }: { id: number; result?: PlainMdxRender; error?: string }) => {
        const request = pending.get(id);
        pending.delete(id);
        if (error !== undefined) request?.reject(new Error(error));
        else request?.resolve(result!);
      });
      // A worker that dies fails its own requests (the loader then leaves those articles to
      // @astrojs/mdx) and takes no more; without workers, bodies are rendered on this thread.
      const retire = (error: Error) => {
        for (const request of pending.values()) request.reject(error);
        pending.clear();
        workers = workers?.filter((w) => w.worker !== worker);
      };
      worker.on('error', (error) => retire(error instanceof Error ? error : new Error(String(error))));
      worker.on('exit', (code) => retire(new Error(`render worker exited with code ${code}`)));
      return { worker, pending };
    });

  return {
    render(body, filePath, base) {
      if (closed) return renderPlainMdx(body, filePath, base);
      workers ??= start();
      if (workers.length === 0) return renderPlainMdx(body, filePath, base);
      // The least busy worker takes the article.
      const target = workers.reduce((least, w) => (w.pending.size < least.pending.size ? w : least));
      const id = next++;
      return new Promise((resolve, reject) => {
        target.pending.set(id, { resolve, reject });
        target.worker.postMessage({ id, body, filePath, base } satisfies RenderRequest);
      });
    },
    async close() {
      closed = true;
      await Promise.all((workers ?? []).map(({ worker }) => worker.terminate()));
    },
  };
}
