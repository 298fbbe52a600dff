import { expect, test } from '@playwright/test';
import { sitemapPaths } from './helpers.ts';

test('the home page lists every event in chronological order with machine-readable dates', async ({ page }) => {
  await page.goto('');
  const items = page.locator('ol.chronology > li article');
  const eventPages = sitemapPaths().filter((path) => path.startsWith('events/') && path !== 'events/');
  await expect(items).toHaveCount(eventPages.length);
  const datetimes = await page.locator('ol.chronology time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(datetimes.length).toBe(eventPages.length);
  const sortable = datetimes.map((d) => d.padEnd(10, '-'));
  expect(sortable).toEqual([...sortable].sort());
});

test('an event page has footnotes linked both ways and a bibliography, and loads no script but the tiny copy-button one', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
  const path = sitemapPaths().find((p) => p.startsWith('events/') && p !== 'events/')!;
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
  const firstRef = page.locator('a[data-footnote-ref]').first();
  await expect(firstRef).toHaveText('1');
  await firstRef.click();
  await expect(page).toHaveURL(/#user-content-fn-cite-1$/);
  const note = page.locator('#user-content-fn-cite-1');
  await expect(note).toBeVisible();
  // The note links to its entry in the bibliography, and back to the text.
  const key = await note.locator('a[href^="#ref-"]').first().getAttribute('href');
  await expect(page.locator(key!)).toBeVisible();
  await note.locator('a[data-footnote-backref]').click();
  await expect(page).toHaveURL(/#user-content-fnref-cite-1$/);
  // JSON-LD is a data block (type=application/ld+json): never run, so not a script.
  // The only script adds "Copy" buttons to the references (the page reads in full without it).
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBeLessThanOrEqual(1);
  expect(scripts.length).toBeLessThanOrEqual(1);
});

test('the skip link moves focus to the main content, with a visible focus ring', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
