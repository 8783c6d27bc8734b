/**
 * Astro integration: warns when a build has no public origin (Astro's `site`). Canonical URLs,
 * feeds, the sitemap and "Citer cet article" then name the local preview's origin, right for
 * `npm start` on this machine and wrong once `dist/` is deployed.
 */
import type { AstroIntegration } from 'astro';

export function siteOriginWarning(fallback: string): AstroIntegration {
  let site: URL | string | undefined;
  return {
    name: 'vigie-site-origin',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': ({ logger }) => {
        if (!site) {
          logger.warn(
            `No site URL is set: canonical URLs, feeds, the sitemap and citations will name ${fallback}. Set \`site\` in astro.config.mjs, or build with \`npx astro build --site https://…\`, before deploying.`,
          );
        }
      },
    },
  };
}
