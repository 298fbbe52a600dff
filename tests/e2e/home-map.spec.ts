import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decodeTimelineData } from '../../src/lib/timeline/timeline-data.ts';

// The map beside the timeline on the home page (issue 15): it follows the view, and a place
// chosen on it filters the timeline through the URL.
const ROOT = join(import.meta.dirname, '../..');
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const data = decodeTimelineData(JSON.parse(readFileSync(join(ROOT, OUT_DIR, 'timeline.json'), 'utf8')));
const placesOf = new Map(data.items.map((i) => [i.slug, i.places]));

const timeline = (page: Page) => page.locator('[data-timeline]');
const ready = (page: Page) => expect(timeline(page)).toHaveAttribute('data-ready', 'true');
const map = (page: Page) => page.locator('[data-map]');
const mark = (page: Page, slug: string) => map(page).locator(`.pm-mark[data-place="${slug}"]`);
/** Slugs of the places whose marks the reader can see. */
const shownPlaces = (page: Page) => map(page).locator('.pm-mark[data-place]:visible').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.place!).sort());
/** Slugs of the events drawn as marks on the timeline. */
const drawnEvents = (page: Page) => page.locator('[data-svg] .tl-mark[data-key]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-key')!));

/** Clicks a place's mark where it shows: near places overlap, and the smaller mark is drawn on top. */
async function clickMark(page: Page, slug: string): Promise<void> {
  const point = await mark(page, slug).evaluate((element) => {
    const dot = element.querySelector('.pm-dot') ?? element;
    const box = dot.getBoundingClientRect();
    for (let dy = 0.5; dy < box.height; dy += 2) for (let dx = 0.5; dx < box.width; dx += 2) {
      const x = box.left + dx, y = box.top + dy;
      if (document.elementFromPoint(x, y)?.closest('[data-place]') === element) return { x, y };
    }
    return null;
  });
  expect(point, `a visible point of ${slug}'s mark`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('zoomed to 1918–1922, the map shows the Siberian places and only the places of that window', async ({ page }) => {
  await page.goto('');
  await ready(page);
  const whole = await shownPlaces(page);
  expect(whole.length).toBe(Object.keys(data.places).length);
  // Zoom in with the buttons towards 1920 (the selected event is the zoom's centre): pick one by keys.
  await page.goto('?from=1910&to=1930');
  await ready(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => Number(await timeline(page).getAttribute('data-to').then((t) => Date.parse(t!))) - Date.parse((await timeline(page).getAttribute('data-from'))!)).toBeLessThan(8 * 365.25 * 864e5);
  const from = Date.parse((await timeline(page).getAttribute('data-from'))!);
  const to = Date.parse((await timeline(page).getAttribute('data-to'))!);
  const expected = [...new Set(data.items.filter((i) => i.end >= from && i.start <= to).flatMap((i) => i.places))].sort();
  await expect.poll(() => shownPlaces(page)).toEqual(expected);
  for (const slug of ['vladivostok', 'chita', 'khabarovsk', 'nikolayevsk-on-amur']) expect(expected).toContain(slug);
  expect(expected).not.toContain('shimonoseki');
  // The count is in each mark's name, and a polite announcement names the new set.
  await expect(mark(page, 'vladivostok')).toHaveAccessibleName(/^Vladivostok: \d+ events? in view$/);
  await expect(map(page).locator('[data-map-live]')).toHaveText(/^Map: \d+ places: .*Vladivostok/);
});

test('the map moves with the timeline while it zooms: each frame draws both', async ({ page }) => {
  await page.goto('');
  await ready(page);
  // During a wheel zoom, the map's set matches the window the timeline shows at every frame.
  const box = (await page.locator('[data-svg]').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -300);
    const consistent = await page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
      const root = document.querySelector<HTMLElement>('[data-timeline]')!;
      const summary = document.querySelector('[data-map-summary]')!.textContent!;
      resolve(Boolean(root.dataset.from) && /^In view: /.test(summary));
    }))));
    expect(consistent).toBe(true);
  }
  const from = Date.parse((await timeline(page).getAttribute('data-from'))!);
  const to = Date.parse((await timeline(page).getAttribute('data-to'))!);
  const expected = [...new Set(data.items.filter((i) => i.end >= from && i.start <= to).flatMap((i) => i.places))].sort();
  expect(await shownPlaces(page)).toEqual(expected);
});

test('choosing Vladivostok shows only its events; back and forward walk the choice', async ({ page }) => {
  await page.goto('?from=1917&to=1923');
  await ready(page);
  const before = page.url();
  await clickMark(page, 'vladivostok');
  await expect(page).toHaveURL(/[?&]place=vladivostok/);
  await expect(mark(page, 'vladivostok')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-filter]')).toBeVisible();
  await expect(page.locator('[data-filter-text]')).toHaveText('Showing only events with place “Vladivostok”.');
  await expect.poll(async () => (await drawnEvents(page)).length).toBeGreaterThan(0);
  for (const slug of await drawnEvents(page)) expect(placesOf.get(slug)).toContain('vladivostok');
  // The map still offers the other places of the window, to change the choice.
  expect((await shownPlaces(page)).length).toBeGreaterThan(1);

  await page.goBack();
  await expect(page).toHaveURL(before);
  await expect(mark(page, 'vladivostok')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[data-filter]')).toBeHidden();
  await expect.poll(async () => (await drawnEvents(page)).some((slug) => !placesOf.get(slug)!.includes('vladivostok'))).toBe(true);
  await page.goForward();
  await expect(mark(page, 'vladivostok')).toHaveAttribute('aria-pressed', 'true');

  // "Show all events" clears the place, and so does choosing it again.
  await page.getByRole('button', { name: 'Show all events' }).click();
  await expect(page).not.toHaveURL(/place=/);
  await clickMark(page, 'chita');
  await expect(page).toHaveURL(/place=chita/);
  await clickMark(page, 'chita');
  await expect(page).not.toHaveURL(/place=/);
});

test('a deep link with place= opens filtered, and an unknown place is explained', async ({ page }) => {
  await page.goto('?place=vladivostok&from=1918&to=1922');
  await ready(page);
  await expect(mark(page, 'vladivostok')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-filter-text]')).toContainText('place “Vladivostok”');
  for (const slug of await drawnEvents(page)) expect(placesOf.get(slug)).toContain('vladivostok');
  await page.goto('?place=atlantis');
  await ready(page);
  await expect(page.locator('[data-notice]')).toHaveText('No event happened at a place “atlantis”; showing events everywhere.');
  await expect(map(page).locator('[aria-pressed="true"]')).toHaveCount(0);
});

test('pointing at or selecting an event rings its places, and the card says where', async ({ page }) => {
  await page.goto('?event=nikolayevsk-incident-1920');
  await ready(page);
  const places = placesOf.get('nikolayevsk-incident-1920')!;
  await expect(page.locator('[data-card-places]')).toHaveText(`Where: ${places.map((p) => data.places[p]).join(', ')}`);
  for (const slug of places) await expect(mark(page, slug)).toHaveClass(/is-highlighted/);
  // A mark the reader can point at: in sight, not under the open card.
  const uncovered = await page.locator('[data-svg] .tl-mark[data-key]').evaluateAll((nodes) => {
    const card = document.querySelector('[data-card]')!.getBoundingClientRect();
    const view = document.querySelector('[data-viewport]')!.getBoundingClientRect();
    return nodes.filter((n) => {
      const box = n.getBoundingClientRect();
      const x = box.left + Math.min(box.width / 2, 4), y = box.top + box.height / 2;
      const underCard = x >= card.left && x <= card.right && y >= card.top && y <= card.bottom;
      return !underCard && x > view.left && x < view.right && document.elementFromPoint(x, y)?.closest('.tl-mark') === n;
    }).map((n) => {
      const box = n.getBoundingClientRect();
      return { slug: n.getAttribute('data-key')!, x: box.left + Math.min(box.width / 2, 4), y: box.top + box.height / 2 };
    });
  });
  const other = uncovered.find(({ slug }) => placesOf.get(slug)!.length && !placesOf.get(slug)!.some((p) => places.includes(p)))!;
  expect(other, 'an event mark beside the card, with places of its own').toBeTruthy();
  await page.mouse.move(other.x, other.y);
  await expect(mark(page, placesOf.get(other.slug)![0])).toHaveClass(/is-highlighted/);
  await expect(mark(page, places[0])).not.toHaveClass(/is-highlighted/);
});

test('keyboard only: Tab reaches one place, the arrows rove, Enter chooses and unchooses', async ({ page }) => {
  await page.goto('?from=1918&to=1922');
  await ready(page);
  let onPlace = false;
  for (let i = 0; i < 40 && !onPlace; i++) {
    await page.keyboard.press('Tab');
    onPlace = await page.evaluate(() => Boolean((document.activeElement as HTMLElement | null)?.closest('[data-map]') && (document.activeElement as HTMLElement).dataset.place));
  }
  expect(onPlace).toBe(true);
  expect(await map(page).locator('[tabindex="0"]').count()).toBe(1);
  const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.place);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.place);
  expect(second).not.toBe(first);
  await expect(map(page).locator(`.pm-mark[data-place="${second}"]`)).toHaveAttribute('tabindex', '0');
  await expect(map(page).locator(`.pm-mark[data-place="${first}"]`)).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`place=${second}`));
  await expect(map(page).locator(`.pm-mark[data-place="${second}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(map(page).locator(`.pm-mark[data-place="${second}"]`)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/place=/);
  // One more Tab leaves the group for the timeline.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-map-group]')))).toBe(false);
});

test('without JavaScript, the map shows every place as a link to its page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('');
  const marks = map(page).locator('.pm-mark[data-place]');
  await expect(marks).toHaveCount(Object.keys(data.places).length);
  await expect(map(page).locator('.pm-mark:visible')).toHaveCount(Object.keys(data.places).length);
  await expect(mark(page, 'vladivostok')).toHaveAttribute('href', /\/places\/vladivostok\/$/);
  await expect(map(page).getByText('Every place the events name')).toBeVisible();
  await clickMark(page, 'vladivostok');
  await expect(page).toHaveURL(/\/places\/vladivostok\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vladivostok');
  await context.close();
});

test('beside the timeline on a wide screen, above it on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('');
  await ready(page);
  let m = (await map(page).boundingBox())!;
  let t = (await timeline(page).boundingBox())!;
  expect(m.x).toBeGreaterThanOrEqual(t.x + t.width);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await ready(page);
  m = (await map(page).boundingBox())!;
  t = (await timeline(page).boundingBox())!;
  expect(m.y + m.height).toBeLessThanOrEqual(t.y);
  expect(m.width).toBeLessThanOrEqual(375);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations with the map, ${colorScheme} scheme, a place chosen`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('?from=1918&to=1922&place=vladivostok');
    await ready(page);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await ready(page);
    expect(await axe(page)).toEqual([]);
  });
}
