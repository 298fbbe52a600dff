import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const ROOT = join(import.meta.dirname, '../..');

/** Paths (relative to the base) of every page in a build's sitemap.xml. */
export function sitemapPaths(outDir = process.env.E2E_OUT_DIR ?? 'dist', base = '/'): string[] {
  const xml = readFileSync(join(ROOT, outDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.slice(base.length));
}

/** Collects every request a page makes to an origin other than the site's. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}
