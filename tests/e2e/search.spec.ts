// Search results (issue 16, item 7): each result says what it is and shows a sentence, other
// spellings find the right entry, and what the reader typed is only ever text.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const NOMONHAN = '/events/battles-of-nomonhan-khalkhin-gol-1939/';
const KHALKHIN_GOL = '/places/khalkhin-gol/';

async function search(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(`for “${query}”`);
  return page.locator('.search-result');
}

/** A readable excerpt: a sentence of several words that ends as one, and that is not a list of names in other scripts. */
async function expectSentence(excerpt: ReturnType<Page['locator']>) {
  const text = (await excerpt.innerText()).trim();
  expect(text.split(/\s+/).length, text).toBeGreaterThanOrEqual(8);
  expect(text, text).toMatch(/[.!?…]$/);
  expect(text, text).not.toMatch(/[\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF]/); // no Cyrillic, kana or Han: not the list of names
}

test.describe('search results', () => {
  for (const size of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
    test(`"Zhukov" at ${size.width}×${size.height}: the person first, then Nomonhan, each labelled, each with a sentence`, async ({ page }) => {
      await page.setViewportSize(size);
      const results = await search(page, 'Zhukov');
      const first = results.first();
      await expect(first.getByRole('link')).toHaveAttribute('href', '/people/georgy-zhukov/');
      await expect(first.locator('.search-result__kind')).toHaveText('Person');
      await expectSentence(first.locator('.search-result__excerpt'));
      await expect(first.locator('.search-result__excerpt')).toContainText('Soviet commander');

      const nomonhan = results.filter({ has: page.locator(`a[href="${NOMONHAN}"]`) });
      await expect(nomonhan.locator('.search-result__kind')).toHaveText('Event');
      await expect(nomonhan.locator('.search-result__meta')).toContainText('1939');
      await expectSentence(nomonhan.locator('.search-result__excerpt'));
      await expect(nomonhan.locator('.search-result__excerpt mark').first()).toContainText('Zhukov');
      expect(await results.evaluateAll((items, href) => items.findIndex((li) => li.querySelector(`a[href="${href}"]`)), NOMONHAN)).toBeLessThanOrEqual(2);
      await expect(first).toBeInViewport();
      expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);
    });
  }

  for (const query of ['Halhin Gol', 'Khalkha River', 'Khalkh Gol']) {
    test(`"${query}" finds Khalkhin Gol and the Nomonhan entry first, labelled, with sentences`, async ({ page }) => {
      const results = await search(page, query);
      const top = await results.evaluateAll((items) => items.slice(0, 2).map((li) => li.querySelector('a')!.getAttribute('href')));
      expect(top.sort()).toEqual([NOMONHAN, KHALKHIN_GOL].sort());
      for (const i of [0, 1]) {
        await expect(results.nth(i).locator('.search-result__kind')).toHaveText(/^(Place|Event)$/);
        await expectSentence(results.nth(i).locator('.search-result__excerpt'));
      }
      await expect(results.filter({ has: page.locator(`a[href="${KHALKHIN_GOL}"]`) }).locator('.search-result__kind')).toHaveText('Place');
    });
  }

  for (const [query, href] of [['Lüshun', '/places/port-arthur/'], ['Hoten', '/places/mukden/'], ['Dalny', '/places/dairen/'], ['Haerbin', '/places/harbin/'], ['Xinjing', '/places/hsinking/'], ['Tsingtau', '/places/tsingtao/'], ['Nikolaevsk', '/places/nikolayevsk-on-amur/']]) {
    test(`another spelling, "${query}", finds its place first`, async ({ page }) => {
      const results = await search(page, query);
      await expect(results.first().getByRole('link')).toHaveAttribute('href', href);
      await expect(results.first().locator('.search-result__kind')).toHaveText('Place');
    });
  }

  test('the query is shown as text, never run as HTML', async ({ page }) => {
    const query = '<img src=x onerror="window.__pwned=1"><b>Zhukov</b>';
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    const status = page.getByRole('status');
    await expect(status).toContainText(query); // the angle brackets are there, as characters
    expect(await status.locator('img, b').count()).toBe(0);
    expect(await page.locator('.search-results img, .search-results b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('#search-q')).toHaveValue(query);
  });
});
