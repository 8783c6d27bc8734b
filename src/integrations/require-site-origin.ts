/**
 * Astro integration: a build without a public origin (Astro's `site`) stops. Canonical URLs,
 * feeds, the sitemap, calendar subscriptions and "Citer cet article" need it, and a site deployed
 * with the local preview's origin in them is broken for every reader who shares or subscribes.
 * `npm start` builds for its local preview with `--site` set to that origin; `npm run dev` needs none.
 */
import type { AstroIntegration } from 'astro';

export class MissingSiteError extends Error {}

export function requireSiteOrigin(localOrigin: string): AstroIntegration {
  let site: URL | string | undefined;
  return {
    name: 'vigie-site-origin',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': () => {
        if (!site) {
          throw new MissingSiteError(
            `No site URL is set, and canonical URLs, feeds, calendars and citations need the address the site is published at. Set \`site: 'https://…'\` in astro.config.mjs, or build with \`npx astro build --site https://…\`. To preview on this machine, run \`npm start\` (it builds with --site ${localOrigin}).`,
          );
        }
      },
    },
  };
}
