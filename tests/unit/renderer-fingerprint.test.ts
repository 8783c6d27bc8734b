import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rendererFingerprint } from '../../src/loaders/render-at-sync.ts';

describe('rendererFingerprint', () => {
  const root = mkdtempSync(join(tmpdir(), 'vigie-fingerprint-'));
  const rootUrl = pathToFileURL(`${root}/`);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'src', 'lib', 'import'), { recursive: true });
  mkdirSync(join(root, 'src', 'loaders'), { recursive: true });
  writeFileSync(join(root, 'src', 'lib', 'french-typography.ts'), 'export const a = 1;');
  writeFileSync(join(root, 'src', 'lib', 'import', 'detect.ts'), 'export const b = 1;');
  writeFileSync(join(root, 'src', 'loaders', 'render-at-sync.ts'), 'export const c = 1;');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');

  it('changes when the rendering code or the installed packages change, and only then', () => {
    const first = rendererFingerprint(rootUrl);
    expect(rendererFingerprint(rootUrl)).toBe(first);
    writeFileSync(join(root, 'README.md'), 'not code');
    expect(rendererFingerprint(rootUrl)).toBe(first);
    const changes: [string, string][] = [
      [join(root, 'src', 'lib', 'french-typography.ts'), 'export const a = 2;'],
      [join(root, 'src', 'lib', 'import', 'detect.ts'), 'export const b = 2;'],
      [join(root, 'src', 'loaders', 'render-at-sync.ts'), 'export const c = 2;'],
      [join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}'],
    ];
    const seen = new Set([first]);
    for (const [file, text] of changes) {
      writeFileSync(file, text);
      const next = rendererFingerprint(rootUrl);
      expect(seen.has(next), file).toBe(false);
      seen.add(next);
    }
  });
});
