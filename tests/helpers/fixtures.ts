import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');

/**
 * A content directory made of the valid base fixture with one bad-case overlay copied on
 * top (tests/fixtures/bad/<name>/ holds only the files that differ). Returns its path.
 */
export function contentWithOverlay(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), `fixture-${name}-`)), 'content');
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'bad', name), dir, { recursive: true });
  return dir;
}

/** Removes a directory made by contentWithOverlay. */
export function removeDir(dir: string): void {
  rmSync(join(dir, '..'), { recursive: true, force: true });
}
