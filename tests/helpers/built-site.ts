import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The built HTML pages of a build, with their text. */
export function htmlPages(dir: string): { path: string; html: string }[] {
  return listFiles(dir)
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({ path, html: readFileSync(join(dir, path), 'utf8') }));
}
