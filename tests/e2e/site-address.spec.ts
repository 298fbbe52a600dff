// The site's address (issue 16, item 1): scripts/test.mjs builds dist/ with SITE set to the
// address these tests serve it at, so every absolute link the pages carry must lead here.
// (A build without an address is checked in tests/build/site-address.test.ts.)
import { expect, test } from '@playwright/test';

const EVENT = 'events/battles-of-nomonhan-khalkhin-gol-1939/';

test('canonical link, Open Graph, citation, permalink and QR code all use the address the site was built with', async ({ page, baseURL, request }) => {
  const here = new URL(EVENT, baseURL).href;
  await page.goto(EVENT);
  await expect(page.locator('link[rel="canonical"]'), 'build dist/ with SITE=http://localhost:<E2E_PORT> (scripts/test.mjs does)').toHaveAttribute('href', here);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', here);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${here}preview.png`);
  await expect(page.locator('.cite__permalink')).toHaveAttribute('href', new RegExp(`^${here.replace(/[.?]/g, '\\$&')}\\?v=\\d{4}-\\d{2}-\\d{2}$`));
  await expect(page.locator('.cite__style--chicago')).toContainText(here);
  await expect(page.getByText('address not set')).toHaveCount(0);

  const qr = await (await request.get(`present/qr/battles-of-nomonhan-khalkhin-gol-1939.svg`)).text();
  expect(qr).toContain(`: ${here}`);
  const sitemap = await (await request.get('sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${here}</loc>`);
  const feed = await request.get('feed.atom');
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(`href="${new URL('events/', baseURL).href}`); // its entries, whichever changed last
  const exported = await (await request.get('data/events.json')).json() as { events: { url: string }[] };
  expect(exported.events.every((e) => e.url.startsWith(baseURL!))).toBe(true);
});
