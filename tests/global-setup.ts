/**
 * Builds the sites the build, search and browser tests read, once per test run: the real content,
 * the real content under the sub-path /veille, and the fixture content folder.
 */
import { BASED_PART_PAGES, buildSite, FIXTURE_CONTENT, FIXTURE_PART_PAGES } from './helpers/site-build.ts';
import { makeFixtureContent } from './fixtures/make-fixture-content.ts';

export default async function setup(): Promise<void> {
  if (process.env.VIGIE_SKIP_BUILDS === '1') return;
  makeFixtureContent(FIXTURE_CONTENT);
  // Sequential: two cores, and each build already uses them.
  await buildSite({ name: 'real' });
  await buildSite({ name: 'based', base: '/veille', env: BASED_PART_PAGES });
  await buildSite({ name: 'fixture', contentDir: FIXTURE_CONTENT, env: FIXTURE_PART_PAGES });
  // The fixture's internal links under a sub-path too.
  await buildSite({ name: 'fixture-based', contentDir: FIXTURE_CONTENT, base: '/veille' });
}
