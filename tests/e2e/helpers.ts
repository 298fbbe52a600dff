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

/**
 * Resolves once the page has no request in flight (checked twice, 50 ms apart). The axe tests
 * wait for this rather than for networkidle, which waits for half a second of quiet on every
 * page (365 of them, two at a time: about a minute and a half); a request the page makes while it loads
 * or while axe runs is still seen, and one in flight is waited for.
 */
export function trackRequests(page: Page): { settled: () => Promise<void> } {
  let inFlight = 0;
  page.on('request', () => { inFlight += 1; });
  page.on('requestfinished', () => { inFlight -= 1; });
  page.on('requestfailed', () => { inFlight -= 1; });
  return {
    settled: async () => {
      for (let quiet = 0, waited = 0; quiet < 2 && waited < 10_000; waited += 50) {
        quiet = inFlight <= 0 ? quiet + 1 : 0;
        if (quiet < 2) await page.waitForTimeout(50);
      }
    },
  };
}
