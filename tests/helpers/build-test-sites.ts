/**
 * Global setup of the `build` and `browser` projects: builds the sites their tests read, once per
 * test run (both projects share them): the real content, the real content under the sub-path
 * /veille, and the fixture content folder, at the root and under /veille.
 */
import { makeFixtureContent } from '../fixtures/make-fixture-content.ts';
import { buildSite, FIXTURE_CONTENT } from './site-build.ts';

const BUILT = 'VIGIE_TEST_SITES_BUILT';

export default async function setup(): Promise<void> {
  if (process.env[BUILT] === '1') return;
  makeFixtureContent(FIXTURE_CONTENT);
  // Sequential: two cores, and each build already uses them.
  await buildSite({ name: 'real' });
  await buildSite({ name: 'based', base: '/veille' });
  await buildSite({ name: 'fixture', contentDir: FIXTURE_CONTENT });
  // The fixture's internal links under a sub-path too.
  await buildSite({ name: 'fixture-based', contentDir: FIXTURE_CONTENT, base: '/veille' });
  process.env[BUILT] = '1';
}
