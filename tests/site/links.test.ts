import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS, htmlPages } from '../helpers/built-site.ts';

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

/** The file a site-absolute URL path resolves to, as a static host would serve it. */
function resolveFile(dir: string, base: string, path: string): string | null {
  if (!path.startsWith(base)) return null;
  const inside = decodeURIComponent(path.slice(base.length));
  const file = join(dir, inside);
  if (inside === '' || inside.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return existsSync(file) ? file : null;
}

for (const build of BUILDS) {
  describe(`internal links and #fragments resolve (${build.name} build, base ${build.base})`, () => {
    const pages = htmlPages(build.dir);
    it('the build exists', () => expect(pages.length).toBeGreaterThan(2));
    const broken: string[] = [];
    let checked = 0;
    for (const { path, html } of pages) {
      const pageUrl = new URL(`${build.base}${path.replace(/index\.html$/, '')}`, 'http://site.test');
      for (const [, raw] of html.matchAll(ATTRIBUTE)) {
        const value = raw.replace(/&amp;/g, '&');
        if (/^(mailto:|data:|tel:)/.test(value)) continue;
        const url = new URL(value, pageUrl);
        if (url.origin !== 'http://site.test') continue; // external links are checked for being deliberate elsewhere
        checked += 1;
        const file = resolveFile(build.dir, build.base, url.pathname);
        if (!file) { broken.push(`${path}: ${value} → no such file`); continue; }
        if (url.hash && file.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!idsOf(readFileSync(file, 'utf8')).has(id)) broken.push(`${path}: ${value} → no element with id "${id}"`);
        }
      }
    }
    it('every href and src points at a built file (and element)', () => {
      expect(checked).toBeGreaterThan(pages.length);
      expect(broken).toEqual([]);
    });
  });
}
