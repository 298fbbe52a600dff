import { expect, test } from '@playwright/test';
import { sitemapPaths, watchForeignRequests } from './helpers.ts';

// The second build (BASE=/timeline/) is served under /timeline/, as on GitHub Pages.
test('under a sub-path, every page loads with its styles and links stay inside the sub-path', async ({ page, baseURL }) => {
  const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
  const failed: string[] = [];
  page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
  for (const path of sitemapPaths(process.env.E2E_SUBPATH_OUT_DIR ?? 'dist-subpath', '/timeline/')) {
    await page.goto(path);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, `${path} has no stylesheet`).not.toBe('rgba(0, 0, 0, 0)');
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin === new URL(baseURL!).origin) expect(url.pathname, `${path} links outside the base`).toMatch(/^\/timeline\//);
    }
  }
  expect(failed).toEqual([]);
  expect(foreign).toEqual([]);
});
