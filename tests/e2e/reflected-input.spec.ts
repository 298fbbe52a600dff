// Input that comes back from the address (URL parameters, the 404 path, the search query) is
// shown as text and never read as HTML: a payload appears literally, and no element is made of it.
import { expect, test, type Page } from '@playwright/test';

const IMG = '<img src=x onerror="document.title=\'pwned\'">';
const SVG = '<svg onload="document.title=\'pwned\'"></svg>';

/** Watches for what a payload would create or run if it were parsed as HTML. */
async function noInjection(page: Page): Promise<void> {
  expect(await page.locator('img[src="x"], svg[onload], [onerror]').count()).toBe(0);
  expect(await page.title()).not.toBe('pwned');
}

test('timeline: ?tag=, ?lane= and ?event= come back as text in the notice', async ({ page }) => {
  await page.goto(`./?tag=${encodeURIComponent(IMG)}&lane=${encodeURIComponent(SVG)}&event=${encodeURIComponent('"><script>document.title="pwned"</script>')}`);
  const notice = page.locator('[data-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`There is no tag “${IMG}”`);
  await expect(notice).toContainText(`There is no theme “${SVG}”`);
  await expect(notice).toContainText('There is no event “"><script>');
  await noInjection(page);
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('timeline: dates in the link come back as text', async ({ page }) => {
  await page.goto(`./?from=${encodeURIComponent(IMG)}&to=1931`);
  await expect(page.locator('[data-notice]')).toContainText(IMG);
  await noInjection(page);
});

test('chronology filters: ?lane= and ?tag= with markup create nothing', async ({ page }) => {
  await page.goto(`events/?lane=${encodeURIComponent(SVG)}&tag=${encodeURIComponent(IMG)}`);
  await expect(page.locator('h1')).toBeVisible();
  await noInjection(page);
  // The markup was not taken for a filter: every event is still listed.
  await expect(page.locator('[data-filter-status]')).toHaveText(/^Showing all \d+ events\.$/);
  expect(await page.locator('.event-item:visible').count()).toBeGreaterThan(10);
});

test('404: the missing path is never read back as HTML', async ({ page }) => {
  const response = await page.goto(`events/mukden${encodeURIComponent(IMG)}/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  // The words of the path still find the event, from the list the server wrote.
  await expect(page.locator('[data-suggestion-list] a').first()).toContainText(/Mukden/);
  await noInjection(page);
});

test('search: ?q= comes back as text in the box and the status line', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent(IMG)}`);
  await expect(page.locator('[data-search-input]')).toHaveValue(IMG);
  await expect(page.locator('[data-search-status]')).toContainText(`“${IMG}”`);
  await noInjection(page);
  // Typed, not only linked.
  await page.locator('[data-search-input]').fill(SVG);
  await expect(page.locator('[data-search-status]')).toContainText(`“${SVG}”`);
  await noInjection(page);
});

test('the full policy is sent as headers, and a remote image is blocked by it', async ({ page }) => {
  const response = await page.goto('./');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'self'");
  expect(csp).toContain("img-src 'self'");
  const blocked = await page.evaluate(() => new Promise<string>((done) => {
    document.addEventListener('securitypolicyviolation', (event) => done(`${event.effectiveDirective} ${event.blockedURI}`), { once: true });
    const img = document.createElement('img');
    img.src = 'https://tracker.example/pixel.gif';
    img.alt = '';
    document.body.append(img);
    setTimeout(() => done('not blocked'), 3000);
  }));
  expect(blocked).toBe('img-src https://tracker.example/pixel.gif');
});
