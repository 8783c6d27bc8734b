/**
 * Astro integration: warns when a build has no public origin (`VIGIE_SITE`). Canonical URLs,
 * feeds, the sitemap and "Citer cet article" then name http://localhost:4321, right for
 * `npm start` on this machine and wrong once `dist/` is deployed.
 */
import type { AstroIntegration } from 'astro';

export function siteOriginWarning(configured: string | undefined, fallback: string): AstroIntegration {
  return {
    name: 'vigie-site-origin',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!configured?.trim()) {
          logger.warn(`VIGIE_SITE is not set: canonical URLs, feeds, the sitemap and citations will name ${fallback}. Set VIGIE_SITE=https://… to the public origin before building for deployment.`);
        }
      },
    },
  };
}
