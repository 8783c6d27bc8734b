/** Only Astro's per-MDX-file head-inject directive warning is silenced; every other bundler log goes through. */
import { describe, expect, it } from 'vitest';
import { withoutHeadInjectWarnings } from '../../src/integrations/quiet-head-inject-warnings.ts';

interface Log {
  code?: string;
  message: string;
}

function passed(log: Log): Log[] {
  const handed: Log[] = [];
  withoutHeadInjectWarnings('warn', log, (_level, kept) => handed.push(kept));
  return handed;
}

describe('withoutHeadInjectWarnings', () => {
  it('drops the "use astro:head-inject" directive warning', () => {
    const log = {
      code: 'MODULE_LEVEL_DIRECTIVE',
      message:
        'The semantics of the module level directive "use astro:head-inject" in "content/articles/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
    };
    expect(passed(log)).toEqual([]);
  });

  it.each([
    { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved when bundling.' },
    { code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "use astro:head-inject"' },
    { message: 'a log without a code' },
  ])('hands on $code: $message', (log) => {
    expect(passed(log)).toEqual([log]);
  });
});
