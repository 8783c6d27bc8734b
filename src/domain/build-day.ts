/** The day a build or an import runs: `VIGIE_TODAY` (YYYY-MM-DD) fixes it for reproducible output. */
import { isoDate, parseIsoDay } from './french-date.ts';

export function buildDay(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.VIGIE_TODAY?.trim();
  if (fixed) {
    if (!parseIsoDay(fixed)) throw new Error(`VIGIE_TODAY is "${fixed}"; expected a date written YYYY-MM-DD.`);
    return fixed;
  }
  return isoDate(new Date());
}
