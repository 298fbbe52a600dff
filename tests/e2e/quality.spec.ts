import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths, trackRequests, watchForeignRequests } from './helpers.ts';
import { pagesOfEachShape } from '../helpers/page-shape.ts';

const ROOT = join(import.meta.dirname, '../..');

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// axe sees one page of each shape (tests/helpers/page-shape.ts): pages alike in their elements
// and attributes, differing in words and addresses, get the same answer from it. Every page is
// still loaded by tests/e2e/subpath.spec.ts (no request to another origin) and checked by
// tests/site/ (valid HTML, unique ids, links).
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
const pages = sitemapPaths(OUT_DIR).map((path) => ({ path, html: readFileSync(join(ROOT, OUT_DIR, path, path === '' || path.endsWith('/') ? 'index.html' : ''), 'utf8') }));

for (const { path, alike } of pagesOfEachShape(pages)) {
  test(`/${path}${alike.length ? ` (and ${alike.length} alike)` : ''}: no axe violations (WCAG 2.2 A/AA) and no request to another origin`, async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    const requests = trackRequests(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(violations).toEqual([]);
    await requests.settled();
    expect(foreign).toEqual([]);
  });
}

test('the same pages pass in the dark colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of sitemapPaths().slice(0, 3)) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
});
