import { describe, expect, it } from 'vitest';
import { renderPool } from '../../src/loaders/render-pool.ts';
import { renderPlainMdx } from '../../src/loaders/render-plain-mdx.ts';

const bodies = Array.from({ length: 40 }, (_, i) => `## Section ${i}\n\nTexte ${i} : voir [l’article](/articles/a-${i}/).${i % 5 === 0 ? ' {i}' : ''}`);

describe('renderPool', () => {
  it('renders on worker threads exactly what renderPlainMdx renders, in any order of completion', async () => {
    const pool = renderPool({ size: 2 });
    try {
      const results = await Promise.all(bodies.map((body) => pool.render(body, '/a/test.mdx', '/veille')));
      const expected = await Promise.all(bodies.map((body) => renderPlainMdx(body, '/a/test.mdx', '/veille')));
      expect(results).toEqual(expected);
      expect(results.filter((r) => 'needsModule' in r)).toHaveLength(8);
    } finally {
      await pool.close();
    }
  });

  it('renders on the calling thread once closed', async () => {
    const pool = renderPool({ size: 1 });
    await pool.close();
    expect(await pool.render(bodies[1]!, '/a/test.mdx', '/')).toEqual(await renderPlainMdx(bodies[1]!, '/a/test.mdx', '/'));
  });

  it('fails the requests of a worker that dies, then renders without it instead of waiting forever', async () => {
    const pool = renderPool({ size: 1, worker: new URL('../fixtures/workers/exiting-render-worker.ts', import.meta.url) });
    try {
      await expect(pool.render(bodies[1]!, '/a/test.mdx', '/')).rejects.toThrow(/exited with code 3/);
      expect(await pool.render(bodies[2]!, '/a/test.mdx', '/')).toEqual(await renderPlainMdx(bodies[2]!, '/a/test.mdx', '/'));
    } finally {
      await pool.close();
    }
  });
});
