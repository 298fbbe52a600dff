import { expect, test, type Page } from '@playwright/test';

// The interactive timeline on the home page: zoom, pan, keys, links into views, history.
const timeline = (page: Page) => page.locator('[data-timeline]');
const ready = async (page: Page) => expect(timeline(page)).toHaveAttribute('data-ready', 'true');
const shownWindow = async (page: Page) => {
  const root = timeline(page);
  return { from: Date.parse((await root.getAttribute('data-from'))!), to: Date.parse((await root.getAttribute('data-to'))!) };
};
const YEAR = 365.2425 * 86_400_000;

test.describe('zooming and panning', () => {
  test('wheel zooms about the pointer and the URL follows without adding history', async ({ page }) => {
    await page.goto('');
    await ready(page);
    const before = await shownWindow(page);
    // With the map beside it, the timeline starts lower: bring it into view as a reader would.
    await page.locator('[data-svg]').scrollIntoViewIfNeeded();
    const box = (await page.locator('[data-svg]').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await shownWindow(page)).to - (await shownWindow(page)).from).toBeLessThan((before.to - before.from) / 2);
    const after = await shownWindow(page);
    // The time under the pointer stays put: the window shrank towards the right-hand side.
    expect(after.from).toBeGreaterThan(before.from + (before.to - before.from) * 0.3);
    await expect(page).toHaveURL(/from=.*&to=/);
    const length = await page.evaluate(() => history.length);
    expect(length).toBe(2); // the first page plus nothing pushed by the wheel
  });

  test('the zoom buttons push history; back and forward walk through the views', async ({ page }) => {
    await page.goto('');
    await ready(page);
    const whole = await shownWindow(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await shownWindow(page)).to - (await shownWindow(page)).from).toBeLessThan((whole.to - whole.from) * 0.6);
    const zoomed = page.url();
    await page.waitForTimeout(1100); // zooms closer together than a second make one entry (below)
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).not.toHaveURL(zoomed);
    await page.goBack();
    await expect(page).toHaveURL(zoomed);
    await page.goBack();
    await expect.poll(async () => (await shownWindow(page)).to - (await shownWindow(page)).from).toBeGreaterThan((whole.to - whole.from) * 0.9);
    await page.goForward();
    await expect(page).toHaveURL(zoomed);
    await page.getByRole('button', { name: 'Whole period' }).click();
    await expect(page).toHaveURL(/from=1895&to=1948/);
  });

  test('quick repeated zooms make one history entry', async ({ page }) => {
    await page.goto('');
    await ready(page);
    const start = await page.evaluate(() => history.length);
    // Three presses 100 ms apart (a click through Playwright can take longer than that on a busy machine).
    await page.evaluate(async () => {
      for (let i = 0; i < 3; i++) {
        document.querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
        await new Promise((done) => setTimeout(done, 100));
      }
    });
    await expect(page).toHaveURL(/from=/);
    await page.waitForTimeout(400); // the last replacement is written once the zooms pause
    expect(await page.evaluate(() => history.length)).toBe(start + 1);
    await page.goBack();
    await expect(page).not.toHaveURL(/from=/);
  });

  test('a zoom asked for just after the page loads is not undone by the first layout', async ({ page }) => {
    await page.goto('');
    // Click "Zoom in" 60 ms after the timeline is ready (the first size report of the page used to reset the view then).
    await page.evaluate(() => new Promise<void>((done) => {
      const check = () => {
        if (document.querySelector<HTMLElement>('[data-timeline]')?.dataset.ready !== 'true') return requestAnimationFrame(check);
        setTimeout(() => document.querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click(), 60);
        done();
      };
      check();
    }));
    const span = 54 * YEAR; // the default view, 1895–1948
    await expect.poll(async () => { const w = await shownWindow(page); return w.to - w.from; }).toBeLessThan(span * 0.6);
    await page.waitForTimeout(500);
    const after = await shownWindow(page);
    expect(after.to - after.from).toBeLessThan(span * 0.6);
  });

  test('dragging pans the view', async ({ page }) => {
    await page.goto('?from=1920&to=1930');
    await ready(page);
    const before = await shownWindow(page);
    // Where a tablet shows the map above the timeline, the reader scrolls down to it first.
    await page.locator('[data-svg]').scrollIntoViewIfNeeded();
    const box = (await page.locator('[data-svg]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 30, { steps: 8 });
    await page.mouse.up();
    const after = await shownWindow(page);
    expect(after.from).toBeGreaterThan(before.from + YEAR);
    expect(after.to - after.from).toBeCloseTo(before.to - before.from, -8);
  });

  test('a cluster zooms in on click and splits into its events', async ({ page }) => {
    await page.goto('');
    await ready(page);
    const cluster = page.locator('.tl-cluster').first();
    const label = (await cluster.getAttribute('aria-label'))!;
    const count = Number(label.split(' ')[0]);
    await cluster.click();
    await expect.poll(async () => page.locator('.tl-mark').count()).toBeGreaterThanOrEqual(count);
  });

  test('the overview moves the view when clicked', async ({ page }) => {
    await page.goto('?from=1900&to=1905');
    await ready(page);
    await page.locator('[data-overview-svg]').scrollIntoViewIfNeeded();
    const box = (await page.locator('[data-overview-svg]').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.6, box.y + 10);
    await expect.poll(async () => new Date((await shownWindow(page)).from).getUTCFullYear()).toBeGreaterThan(1920);
    await expect(page).not.toHaveURL(/from=1900&to=1905/);
  });
});

test.describe('touch', () => {
  test.use({ hasTouch: true, viewport: { width: 1000, height: 800 } });
  // One DevTools session per page: touch sequences belong to the session that started them.
  const sessions = new WeakMap<Page, Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>>();
  const touch = async (page: Page, type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) => {
    if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
    await sessions.get(page)!.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
  };

  test('a swipe pans the view', async ({ page }) => {
    await page.goto('?from=1920&to=1930');
    await ready(page);
    const before = await shownWindow(page);
    // Where a tablet shows the map above the timeline, the reader scrolls down to it first.
    await page.locator('[data-svg]').scrollIntoViewIfNeeded();
    const box = (await page.locator('[data-svg]').boundingBox())!;
    const y = box.y + 60;
    await touch(page, 'touchStart', [{ x: box.x + 600, y }]);
    for (let x = 580; x >= 300; x -= 20) await touch(page, 'touchMove', [{ x: box.x + x, y }]);
    await touch(page, 'touchEnd', []);
    await expect.poll(async () => (await shownWindow(page)).from).toBeGreaterThan(before.from + YEAR);
  });

  test('a pinch zooms in', async ({ page }) => {
    await page.goto('?from=1900&to=1940');
    await ready(page);
    const before = await shownWindow(page);
    // Where a tablet shows the map above the timeline, the reader scrolls down to it first.
    await page.locator('[data-svg]').scrollIntoViewIfNeeded();
    const box = (await page.locator('[data-svg]').boundingBox())!;
    const [cx, y] = [box.x + box.width / 2, box.y + 60];
    await touch(page, 'touchStart', [{ x: cx - 40, y }, { x: cx + 40, y }]);
    for (let d = 60; d <= 300; d += 30) await touch(page, 'touchMove', [{ x: cx - d, y }, { x: cx + d, y }]);
    await touch(page, 'touchEnd', []);
    await expect.poll(async () => (await shownWindow(page)).to - (await shownWindow(page)).from).toBeLessThan((before.to - before.from) / 2);
  });
});

test('two quick presses of + zoom in twice, even while the first is still animating', async ({ page }) => {
  await page.goto('?from=1910&to=1930');
  await ready(page);
  const before = await shownWindow(page);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  await zoomIn.click();
  await zoomIn.click(); // within the first zoom's 350 ms animation
  // Each press halves the window: a quarter of the 20 years, not a fraction more than a half.
  await expect.poll(async () => { const w = await shownWindow(page); return (w.to - w.from) / (before.to - before.from); }).toBeLessThan(0.3);
});

test('a wheel during an animated zoom stops the animation: the wheel has the last word', async ({ page }) => {
  await page.goto('?from=1910&to=1930');
  await ready(page);
  const before = await shownWindow(page);
  // In the page, so that the wheel surely comes while the button's 350 ms animation is under
  // way (two frames in). Were the animation not stopped, it would go on to the button's target,
  // a window half as long, whatever the wheel did.
  await page.evaluate(async () => {
    const svg = document.querySelector('[data-svg]')!;
    const box = svg.getBoundingClientRect();
    document.querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    for (let i = 0; i < 4; i++) svg.dispatchEvent(new WheelEvent('wheel', { deltaY: 240, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true, cancelable: true }));
  });
  await page.waitForTimeout(800);
  const after = await shownWindow(page);
  expect((after.to - after.from) / (before.to - before.from)).toBeGreaterThan(0.8);
});

test.describe('the keyboard', () => {
  test('one tab stop; arrows step through events in date order; the card and the URL follow; Esc and Enter', async ({ page }) => {
    await page.goto('');
    await ready(page);
    const marks = page.locator('[data-svg] [tabindex="0"]');
    await expect(marks).toHaveCount(1);
    await marks.first().focus();
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/event=treaty-of-shimonoseki-1895/);
    await expect(page.locator('[data-card]')).toBeVisible();
    await expect(page.locator('[data-card-title]')).toHaveText('Treaty of Shimonoseki ends the First Sino-Japanese War');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/event=triple-intervention-1895/);
    await page.keyboard.press('n');
    await expect(page).toHaveURL(/event=li-lobanov-treaty-1896/); // the next in date order (June 1896)
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/event=triple-intervention-1895/);
    // The focused event is a real, visibly focused element.
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-key', 'triple-intervention-1895');
    const stroke = await focused.locator('.tl-dot, .tl-bar').first().evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(parseFloat(stroke)).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/event=fsb-declassification-2025/);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-card]')).toBeHidden();
    await page.keyboard.press('-');
    await page.keyboard.press('+');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/events\/treaty-of-shimonoseki-1895\/$/);
  });

  test('a polite live region describes the span and the number of events', async ({ page }) => {
    await page.goto('?from=1937&to=1939');
    await ready(page);
    await expect(page.locator('[data-live]')).toHaveText(/Showing 1937–1939: \d+ events/);
    await expect(page.locator('[data-live]')).toHaveAttribute('aria-live', 'polite');
  });
});

test.describe('links into the timeline', () => {
  for (const width of [1280, 800]) {
    test(`an event link with a window opens exactly that event and window (${width}px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('?event=mukden-incident-1931&from=1931-09-01&to=1931-10-31');
      await ready(page);
      const shown = await shownWindow(page);
      expect(new Date(shown.from).toISOString().slice(0, 10)).toBe('1931-09-01');
      expect(new Date(shown.to).toISOString().slice(0, 10)).toBe('1931-10-31');
      await expect(page.locator('[data-card-title]')).toHaveText(/Mukden/);
      await expect(page.locator('.tl-mark[data-key="mukden-incident-1931"]')).toBeVisible();
      await expect(page.locator('.tl-mark[data-key="mukden-incident-1931"] .tl-label')).toBeVisible();
    });
  }

  test('an event link without a window zooms to where the event stands on its own', async ({ page }) => {
    await page.goto('?event=battle-of-lake-khasan-1938');
    await ready(page);
    await expect(page.locator('.tl-mark[data-key="battle-of-lake-khasan-1938"]')).toBeVisible();
    const shown = await shownWindow(page);
    // Narrower than the whole period (1895–1948), and the mark is its own, not in a cluster.
    expect(shown.to - shown.from).toBeLessThan(40 * YEAR);
  });

  test('every event page links back to its place on the timeline', async ({ page }) => {
    await page.goto('events/nikolayevsk-incident-1920/');
    await page.getByRole('link', { name: 'See on the timeline' }).click();
    await ready(page);
    await expect(page.locator('[data-card-title]')).toHaveText(/Nikolayevsk/);
  });

  for (const query of ['event=no-such-event', 'from=1939-02-30&to=1940', 'from=1945&to=1930', 'from=banana', 'lane=nowhere&tag=x']) {
    test(`bad parameters (${query}) fall back to the default view with a notice`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`?${query}`);
      await ready(page);
      await expect(page.locator('[data-notice]')).toBeVisible();
      await expect(page.locator('.tl-mark, .tl-cluster').first()).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});

test('lane and tag filters in the URL show only matching events, and can be cleared', async ({ page }) => {
  await page.goto('?lane=crimes-justice');
  await ready(page);
  await expect(page.locator('[data-filter]')).toContainText('War crimes and justice');
  const classes = await page.locator('.tl-mark, .tl-cluster').evaluateAll((els) => els.map((el) => el.getAttribute('class') ?? ''));
  expect(classes.length).toBeGreaterThan(0);
  for (const c of classes) expect(c).toMatch(/lane-6/);
  await page.getByRole('button', { name: 'Show all events' }).click();
  await expect(page).not.toHaveURL(/lane=/);
  await expect(page.locator('.tl-mark.lane-1, .tl-cluster.lane-1').first()).toBeVisible();
});

test('with reduced motion, views change at once, without animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('?from=1900&to=1940');
  await ready(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const shown = await shownWindow(page); // read straight away: an animation would still be mid-way
  expect((shown.to - shown.from) / YEAR).toBeCloseTo(20.5, 0);
});

test('the script adopts the SVG the build rendered, keyed by slug, instead of drawing it again', async ({ page }) => {
  // Tag the build's nodes once the page is parsed, before any script runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      for (const node of document.querySelectorAll('[data-svg] g[data-layer], [data-svg] .tl-mark')) (node as Element & { fromBuild?: boolean }).fromBuild = true;
    });
  });
  await page.goto('');
  await ready(page);
  await page.waitForTimeout(300);
  const kept = await page.evaluate(() => {
    const fromBuild = (node: Element) => (node as Element & { fromBuild?: boolean }).fromBuild === true;
    const marks = [...document.querySelectorAll('[data-svg] .tl-mark')];
    return { layers: [...document.querySelectorAll('[data-svg] > g')].map(fromBuild), marks: marks.length, adopted: marks.filter(fromBuild).length };
  });
  expect(kept.layers).toEqual([true, true, true, true, true]);
  expect(kept.marks).toBeGreaterThan(10);
  // The page's timeline is narrower than the build's 1200 px, so a few marks change; most are the build's own.
  expect(kept.adopted).toBeGreaterThan(kept.marks * 0.8);
});

test.describe('without JavaScript and on narrow screens', () => {
  test('the build-time timeline and the list read without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('');
    await expect(page.locator('[data-svg] .tl-mark').first()).toBeVisible();
    const firstMark = page.locator('[data-svg] .tl-mark').first();
    expect(await firstMark.getAttribute('href')).toMatch(/\/events\/[a-z0-9-]+\/$/);
    await expect(page.locator('ol.chronology > li')).toHaveCount(await page.locator('ol.chronology article').count());
    await expect(page.locator('[data-toolbar]')).toBeHidden();
    await context.close();
  });

  test('at 375px the timeline runs vertically, scrolls with the page, and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('');
    await ready(page);
    await expect(timeline(page)).toHaveClass(/is-vertical/);
    const box = (await page.locator('[data-svg]').boundingBox())!;
    expect(box.height).toBeGreaterThan(800);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/from=/);
  });

  test('at 320px nothing scrolls sideways either', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('?event=mukden-incident-1931');
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
