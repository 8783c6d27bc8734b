import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLetterSettings, loadLetterSettingsFile } from '../../src/loading/letter-settings.ts';

// One temporary folder for the test's files, removed afterwards.
const root = mkdtempSync(join(tmpdir(), 'vigie-letter-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (settings: unknown) => {
  const dir = mkdtempSync(join(root, 'case-'));
  writeFileSync(join(dir, 'lettre.json'), typeof settings === 'string' ? settings : JSON.stringify(settings));
  return join(dir, 'lettre.json');
};

describe('the letter’s settings', () => {
  it('reads the built-in ones', () => {
    expect(loadLetterSettings(mkdtempSync(join(root, 'none-')), join(process.cwd(), 'content', 'lettres'))).toEqual({
      period: 'month',
      since: '2024-11',
      unsubscribe: '{{ unsubscribe }}',
    });
  });

  it('names the file and the field of a mistake, with what was expected', () => {
    const ok = { period: 'week', since: '2025-w03', unsubscribe: '*|UNSUB|*', signupUrl: 'https://lettre.example.org/' };
    expect(loadLetterSettingsFile(write(ok))).toEqual(ok);
    const file = write({ ...ok, since: '2025-03' });
    expect(() => loadLetterSettingsFile(file)).toThrow(`${file}: field "since" is "2025-03"; expected the letter’s first ISO week, "YYYY-wWW".`);
    expect(() => loadLetterSettingsFile(write({ ...ok, period: 'daily' }))).toThrow(/field "period" is "daily"; expected "month" or "week"/);
    expect(() => loadLetterSettingsFile(write({ ...ok, signupUrl: 'http://lettre.example.org/' }))).toThrow(/field "signupUrl".*https address/);
    expect(() => loadLetterSettingsFile(write({ ...ok, unsubscribe: '' }))).toThrow(/field "unsubscribe".*Mailchimp/);
    expect(() => loadLetterSettingsFile(write({ ...ok, frequency: 'x' }))).toThrow(/unknown field "frequency"/);
    expect(() => loadLetterSettingsFile(write('{ "period": '))).toThrow(/cannot read the letter’s settings/);
  });
});
