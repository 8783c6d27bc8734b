/**
 * The letter's settings, data the editors own: `<content>/lettres/lettre.json` (the built-in one
 * when a content folder has none). Errors name the file, the field and what was expected.
 *
 * - `period`: "month" or "week" (ISO weeks): one issue per period holding published articles;
 * - `since`: the letter's first period ("2024-11", or "2025-w03"), issue n° 1: numbers count
 *   periods from it, so they never change when articles are added or removed;
 * - `signupUrl` (optional): the mailing tool's sign-up page (https); the site shows a
 *   subscription block only with one;
 * - `unsubscribe`: what the mailing tool replaces with the reader's unsubscribe link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LetterPeriod, periodBounds } from '../domain/letter.ts';

export interface LetterSettings {
  period: LetterPeriod;
  since: string;
  signupUrl?: string;
  unsubscribe: string;
}

export const LETTER_SETTINGS_FILE = 'lettre.json';

export function loadLetterSettingsFile(file: string): LetterSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the letter’s settings (${(error as Error).message}); expected a JSON object { "period", "since", "unsubscribe" }.`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${file}: expected a JSON object { "period", "since", "unsubscribe" }.`);
  const settings = raw as Record<string, unknown>;
  const field = (name: string, expected: string) => new Error(`${file}: field "${name}" is ${JSON.stringify(settings[name])}; expected ${expected}.`);
  for (const key of Object.keys(settings))
    if (!['period', 'since', 'signupUrl', 'unsubscribe'].includes(key))
      throw new Error(`${file}: unknown field "${key}"; expected period, since, signupUrl, unsubscribe.`);
  const period = settings.period;
  if (period !== 'month' && period !== 'week') throw field('period', '"month" or "week"');
  if (typeof settings.since !== 'string' || !periodBounds(settings.since, period))
    throw field('since', period === 'month' ? 'the letter’s first month, "YYYY-MM"' : 'the letter’s first ISO week, "YYYY-wWW"');
  if (typeof settings.unsubscribe !== 'string' || !settings.unsubscribe.trim())
    throw field(
      'unsubscribe',
      'the mailing tool’s unsubscribe placeholder ("{{ unsubscribe }}" for Brevo, "*|UNSUB|*" for Mailchimp, "{{ UnsubscribeURL }}" for listmonk)',
    );
  const signupUrl = settings.signupUrl;
  if (signupUrl !== undefined && (typeof signupUrl !== 'string' || !URL.canParse(signupUrl) || new URL(signupUrl).protocol !== 'https:'))
    throw field('signupUrl', 'the https address of the mailing tool’s sign-up page, or no field at all');
  return { period, since: settings.since, unsubscribe: settings.unsubscribe, ...(signupUrl ? { signupUrl } : {}) };
}

/** The content folder's settings, or the built-in ones. */
export function loadLetterSettings(lettersDir: string, fallbackDir: string): LetterSettings {
  const own = join(lettersDir, LETTER_SETTINGS_FILE);
  return loadLetterSettingsFile(existsSync(own) ? own : join(fallbackDir, LETTER_SETTINGS_FILE));
}
