import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './fixtures.ts';

/** The two builds that `npm test` makes: at the root, and under a sub-path. */
export const BUILDS = [
  { name: 'root', dir: join(ROOT, process.env.E2E_OUT_DIR ?? 'dist'), base: '/' },
  { name: 'sub-path', dir: join(ROOT, process.env.E2E_SUBPATH_OUT_DIR ?? 'dist-subpath'), base: '/timeline/' },
] as const;

/** Every file below a directory, as paths relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** The built HTML pages of a build, with their text. */
export function htmlPages(dir: string): { path: string; html: string }[] {
  return listFiles(dir)
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({ path, html: readFileSync(join(dir, path), 'utf8') }));
}
