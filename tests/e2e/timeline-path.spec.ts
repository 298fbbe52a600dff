import { expect, test, type Page } from '@playwright/test';

// Issue 16, items 3 and 4: choosing is not navigating, the card shows next to its mark, and the
// first screen holds the whole timeline, at a phone, a laptop and a projector size.
const timeline = (page: Page) => page.locator('[data-timeline]');
const ready = async (page: Page) => expect(timeline(page)).toHaveAttribute('data-ready', 'true');
const shown = async (page: Page) => [await timeline(page).getAttribute('data-from'), await timeline(page).getAttribute('data-to')];
const SIZES = [{ width: 375, height: 740 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }];

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('choosing a mark keeps the window and shows the card in view', async ({ page }) => {
      await page.goto('');
      await ready(page);
      const mark = page.locator('a.tl-mark').first();
      await mark.scrollIntoViewIfNeeded();
      const before = await shown(page);
      await mark.click();
      const card = page.locator('[data-card]');
      await expect(card).toBeVisible();
      await page.waitForTimeout(500);
      expect(await shown(page)).toEqual(before);
      const box = (await card.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + Math.min(box.height, 120)).toBeLessThanOrEqual(size.height);
      if (size.width > 640) {
        // Next to the mark: level with it, and beside it.
        const at = (await mark.boundingBox())!;
        expect(Math.abs(box.y - at.y)).toBeLessThan(size.height / 2);
      } else {
        expect(box.y + box.height).toBeCloseTo(size.height, 0); // a sheet along the bottom
      }
    });

    test('the period reads 1895–1948; the epilogue entry sits at the edge', async ({ page }) => {
      await page.goto('');
      await ready(page);
      await expect(page.locator('h1')).toContainText('1895–1948');
      await expect(page.locator('[data-span]')).toHaveText('1895–1948');
      const epilogue = page.locator('[data-epilogue="fsb-declassification-2025"]');
      await expect(epilogue).toBeVisible();
      const before = await shown(page);
      await epilogue.click();
      await expect(page.locator('[data-card-title]')).toContainText('FSB');
      expect(await shown(page)).toEqual(before);
    });

    if (size.width > 640) {
      test('the first screen holds every lane, the axis and the controls', async ({ page }) => {
        await page.goto('');
        await ready(page);
        const svg = (await page.locator('[data-svg]').boundingBox())!;
        expect(svg.y + svg.height).toBeLessThanOrEqual(size.height);
        const lanes = await page.locator('.tl-lane').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom));
        expect(lanes.length).toBe(6);
        for (const bottom of lanes) expect(bottom).toBeLessThanOrEqual(size.height);
        const controls = (await page.getByRole('button', { name: 'Zoom in' }).boundingBox())!;
        expect(controls.y + controls.height).toBeLessThanOrEqual(size.height);
        // The timeline and the map beside it use the width of wide screens.
        const map = (await page.locator('[data-map]').boundingBox())!;
        expect(map.x).toBeGreaterThanOrEqual(svg.x + svg.width);
        expect(map.x + map.width - svg.x).toBeGreaterThan(size.width * 0.9);
        expect(svg.width).toBeGreaterThan(size.width * 0.55); // the larger share: the map takes the rest
      });
    } else {
      test('the vertical timeline names its lanes', async ({ page }) => {
        await page.goto('');
        await ready(page);
        const key = page.locator('.tl-legend');
        await expect(key).toContainText('Diplomacy');
        const keyBox = (await key.boundingBox())!;
        const viewport = (await page.locator('[data-viewport]').boundingBox())!;
        expect(keyBox.y).toBeLessThan(viewport.y); // above the column, and sticky as it scrolls
      });
    }
  });
}
