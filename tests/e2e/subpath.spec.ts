import { expect, test } from '@playwright/test';
import { sitemapPaths, watchForeignRequests } from './helpers.ts';

// The second build (BASE=/timeline/) is served under /timeline/, as on GitHub Pages.
test('under a sub-path, every page loads with its styles and links stay inside the sub-path', async ({ page, baseURL }) => {
  const paths = sitemapPaths(process.env.E2E_SUBPATH_OUT_DIR ?? 'dist-subpath', '/timeline/');
  test.setTimeout(30_000 + paths.length * 1_000); // one test walks every page: its time grows with the site
  const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
  const failed: string[] = [];
  page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
  for (const path of paths) {
    await page.goto(path);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, `${path} has no stylesheet`).not.toBe('rgba(0, 0, 0, 0)');
    // getAttribute, not .href: links inside SVG (the maps) have an SVGAnimatedString there.
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin === new URL(baseURL!).origin) expect(url.pathname, `${path} links outside the base`).toMatch(/^\/timeline\//);
    }
  }
  expect(failed).toEqual([]);
  expect(foreign).toEqual([]);
});
