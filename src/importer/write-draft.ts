/**
 * Writes a draft file whole or not at all: to a temporary name beside it first, then under its
 * name. A new draft is created exclusively (a hard link never replaces a file), so that of two
 * imports racing for one name, the second fails instead of overwriting the first's draft; an
 * overwrite (--force) replaces the file in one rename.
 */
import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.<name>.<pid>.tmp`: what a draft is written as before it gets its name. */
export const TEMPORARY_DRAFT = /^\..+\.mdx\.(\d+)\.tmp$/;

/** Returns false, leaving the existing file as it is, when a new draft's name was taken meanwhile. */
export function writeDraft(path: string, text: string, overwrite: boolean): boolean {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    if (overwrite) renameSync(temporary, path);
    else linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && !overwrite) return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}
