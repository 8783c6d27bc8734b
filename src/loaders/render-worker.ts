/**
 * Worker thread of the render pool (render-pool.ts): renders the article bodies it is sent with
 * `renderPlainMdx` and posts each result back under the request's number.
 */
import { parentPort } from 'node:worker_threads';
import { renderPlainMdx } from './render-plain-mdx.ts';

export interface RenderRequest {
  id: number;
  body: string;
  filePath: string;
  base: string;
}

parentPort?.on('message', async ({ id, body, filePath, base }: RenderRequest) => {
  try {
    parentPort!.postMessage({ id, result: await renderPlainMdx(body, filePath, base) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
