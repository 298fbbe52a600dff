// A figure drawn from cited numbers, in a real browser: no axe violations on a phone and on a
// desktop, in the light and the dark scheme; its labels readable on a phone; its table opens
// from the keyboard.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PAGE = 'events/battles-of-nomonhan-khalkhin-gol-1939/';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`a figure at ${width}px in the ${colorScheme} scheme: no axe violations, labels readable`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(PAGE);
      const figure = page.locator('figure.data-figure');
      await expect(figure).toHaveCount(1);
      const chart = figure.getByRole('img', { name: /Losses at Nomonhan/ });
      await expect(chart).toBeVisible();
      // Open the table first, so axe checks it too.
      await figure.locator('summary').click();
      await expect(figure.getByRole('table')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      // The chart fits the column, and its smallest label is at least 12 CSS pixels high on screen.
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(width);
      const smallest = await chart.evaluate((svg) => Math.min(...[...svg.querySelectorAll('text')].map((t) => {
        const size = Number(t.getAttribute('font-size') ?? t.closest('[font-size]')?.getAttribute('font-size'));
        return (size * svg.getBoundingClientRect().width) / (svg as SVGSVGElement).viewBox.baseVal.width;
      })));
      expect(smallest).toBeGreaterThanOrEqual(12);
    });
  }
}

test('the table opens from the keyboard and gives every number with its source', async ({ page }) => {
  await page.goto(PAGE);
  const figure = page.locator('figure.data-figure');
  const summary = figure.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const table = figure.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /the first Soviet figure/ })).toContainText('9,824');
  await expect(table.getByRole('row', { name: /Correlates of War/ })).toContainText('28,000');
  await expect(figure.locator('.data-figure__source a[href="#ref-sokolov2000"]')).toHaveCount(1);
});
