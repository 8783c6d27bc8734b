/**
 * `astro:content` is a virtual module that only Astro's own build provides. The unit tests import
 * src/content.config.ts for its schema alone, so its `defineCollection` is the identity here, as
 * it is in Astro.
 */
export function defineCollection<T>(config: T): T {
  return config;
}
