/** The index step's garbage collection really runs: an object nothing refers to is gone after it. */
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/integrations/collect-garbage.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('collectGarbage', () => {
  it('collects an unreachable object', async () => {
    // A WeakRef's target survives until the end of the job that created it: make it, then yield.
    const ref = (() => new WeakRef({ payload: new Array(1000).fill('x') }))();
    await tick();
    expect(collectGarbage()).toBe(true);
    await tick();
    expect(ref.deref()).toBeUndefined();
  });
});
