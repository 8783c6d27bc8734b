/**
 * Astro integration: silences one harmless bundler warning. Astro 7.3 marks every MDX module with
 * a "use astro:head-inject" directive, and Rolldown prints a twelve-line MODULE_LEVEL_DIRECTIVE
 * warning for each (withastro/astro#18087): one per article, 10,000 at 10,000 articles, burying
 * the build's real warnings. Every other log goes through unchanged.
 */
import type { AstroIntegration } from 'astro';

interface BundlerLog {
  code?: string;
  message: string;
}

/** Rolldown's `onLog` option: drops the head-inject directive warning, hands the rest on. */
export function withoutHeadInjectWarnings<Level, Log extends BundlerLog>(level: Level, log: Log, handler: (level: Level, log: Log) => void): void {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
}

export function quietHeadInjectWarnings(): AstroIntegration {
  return {
    name: 'vigie-quiet-head-inject-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { rolldownOptions: { onLog: withoutHeadInjectWarnings } } } });
      },
    },
  };
}
