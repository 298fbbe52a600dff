import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths, watchForeignRequests } from './helpers.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of sitemapPaths()) {
  test(`/${path}: no axe violations (WCAG 2.2 A/AA) and no request to another origin`, async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(violations).toEqual([]);
    await page.waitForLoadState('networkidle');
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
