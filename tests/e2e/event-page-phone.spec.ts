import { expect, test, type Page } from '@playwright/test';

// A student on a phone who follows a link to one event (issue: the reader's path).
const TREATY = 'events/treaty-of-portsmouth-1905/';
const PHONE = { width: 375, height: 740 };

const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test.describe('an event page on a phone (375×740)', () => {
  test.use({ viewport: PHONE });

  test('reads title, date, summary, then the story on the first screen; the facts follow the story', async ({ page }) => {
    await page.goto(TREATY);
    const [title, date, summary, story, facts] = await Promise.all(['h1', '.event__date', '.lede', '.prose p', '#facts-heading'].map((s) => top(page, s)));
    expect(title).toBeLessThan(date);
    expect(date).toBeLessThan(summary);
    expect(summary).toBeLessThan(story);
    expect(story).toBeLessThan(PHONE.height);
    expect(facts).toBeGreaterThan(story);
    await expect(page.getByRole('link', { name: 'See on the timeline' })).toBeInViewport();
  });

  test('jump links lead to the story, the sources and "Cite this page"', async ({ page }) => {
    await page.goto(TREATY);
    const jump = page.getByRole('navigation', { name: 'On this page' });
    await expect(jump.getByRole('link')).toHaveText(['Story', 'Dates and names', 'Sources', 'Cite', 'See on the timeline']);
    await jump.getByRole('link', { name: 'Cite' }).click();
    await expect(page.getByRole('heading', { name: 'Cite this page' })).toBeInViewport();
    await page.goto(TREATY);
    await jump.getByRole('link', { name: 'Sources' }).click();
    await expect(page.getByRole('heading', { name: 'Bibliography' })).toBeInViewport();
    await jump.getByRole('link', { name: 'See on the timeline' }).click();
    await expect(page).toHaveURL(/\?event=treaty-of-portsmouth-1905$/);
  });

  test('each reference and the permalink has a Copy button that copies it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(TREATY);
    const chicago = page.locator('.cite__style--chicago .cite__reference');
    await page.getByRole('button', { name: 'Copy the Chicago (notes and bibliography) reference' }).click();
    await expect(page.locator('.cite__style--chicago [role="status"]')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await chicago.innerText()).replace(/\s+/g, ' ').trim());
    expect(copied).toContain('Treaty of Portsmouth');
    await expect(page.getByRole('button', { name: /^Copy the (APA|MLA) reference$/ })).toHaveCount(2);
    await page.getByRole('button', { name: 'Copy the permalink' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/events\/treaty-of-portsmouth-1905\/\?v=\d{4}-\d{2}-\d{2}$/);
  });

  test('the first use of a term a pupil may not know links to the glossary, which explains it', async ({ page }) => {
    await page.goto(TREATY);
    const term = page.locator('.prose a.term', { hasText: 'Kwantung Army' });
    await expect(term).toHaveCount(1);
    await expect(term).toHaveAttribute('href', '/glossary/#kwantung-army');
    await term.click();
    await expect(page.locator('#kwantung-army')).toBeInViewport();
    await expect(page.locator('#kwantung-army dd')).toContainText('Manchuria');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });
  test('the page reads in full and offers no button that would not work', async ({ page }) => {
    await page.goto(TREATY);
    await expect(page.locator('.cite__reference')).toHaveCount(3);
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
    await expect(page.locator('.prose p').first()).toBeVisible();
  });
});
