import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { SITE_RULES } from './site-rules.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

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

/**
 * A copy of the valid base fixture saved as Windows Notepad long did: every file with a UTF-8
 * byte-order mark and CRLF line endings. Returns its path (remove it with removeDir).
 */
export function baseSavedOnWindows(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'fixture-windows-')), 'content');
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\n/g, '\r\n')}`);
  }
  return dir;
}

/**
 * The lines check:content prints for the base fixture with one bad-case overlay, paths relative
 * to the content directory's parent (as the CLI reports them relative to the repo). The
 * directory made is pushed onto `made`, for removeDir.
 */
export function problemLinesFor(name: string, made: string[]): string[] {
  const dir = contentWithOverlay(name);
  made.push(dir);
  return validateContent(readContent(dir, join(dir, '..')), SITE_RULES).problems.map(formatProblem);
}
