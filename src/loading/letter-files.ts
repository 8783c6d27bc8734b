/**
 * The letter's editorial introductions (`content/lettres/<period>.mdx`): each file name must be a
 * period of the configured kind ("2025-06", or "2025-w25" for weekly letters), or the build stops
 * naming the file and the expected form.
 */
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { type LetterPeriod, periodBounds } from '../domain/letter.ts';

/** The introduction files (names relative to `dir`), checked. */
export function checkLetterFiles(dir: string, period: LetterPeriod, root: string = process.cwd()): string[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((name) => ['.mdx', '.md'].includes(extname(name)))
    .sort();
  const problems = files.flatMap((name) => {
    const key = name.slice(0, -extname(name).length);
    if (periodBounds(key, period)) return [];
    const expected = period === 'month' ? 'a month, YYYY-MM ("2025-06.mdx")' : 'an ISO week, YYYY-wWW ("2025-w25.mdx")';
    return [`${relative(root, join(dir, name)) || name}: file name "${key}" is not a period of the letter; expected ${expected}, the issue it introduces.`];
  });
  if (problems.length) throw new Error(`Invalid letter introductions:\n- ${problems.join('\n- ')}`);
  return files;
}
