import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readdirSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// The embed as a teacher uses it: a course page on ANOTHER origin (a small server on a second
// localhost port, started here) frames /embed/ with the <iframe> the site's dialog gives.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const SLUG = 'battle-of-lake-khasan-1938';
const SHOTS = 'tmp/screenshots';

let host: Server;
let hostOrigin = '';
/** The <iframe> markup the next host page carries (set by each test before it loads the host). */
const hostPages = new Map<string, string>();

test.beforeAll(async () => {
  host = createServer((req, res) => {
    const body = hostPages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ? `<!doctype html><html lang="en"><head><title>A course page</title></head><body><h1>Week 4</h1>${body}</body></html>` : 'not found');
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

/** Serves a host page that frames `src` at the given size and opens it; returns the embed's frame. */
async function openHost(page: Page, name: string, frameMarkup: string): Promise<Frame> {
  hostPages.set(`/${name}`, frameMarkup);
  await page.goto(`${hostOrigin}/${name}`);
  const handle = await page.locator('iframe').elementHandle();
  const frame = (await handle!.contentFrame())!;
  return frame;
}
const iframe = (src: string, width: number, height: number) => `<iframe src="${src}" title="Timeline" width="${width}" height="${height}"></iframe>`;
const ready = (frame: Frame) => expect(frame.locator('[data-timeline]')).toHaveAttribute('data-ready', 'true');
const shownWindow = async (frame: Frame) => {
  const root = frame.locator('[data-timeline]');
  return { from: Date.parse((await root.getAttribute('data-from'))!), to: Date.parse((await root.getAttribute('data-to'))!) };
};

test.describe('the embed on another site', () => {
  test('the headers let any site frame the embed, and only the embed', async ({ request }) => {
    const embed = await request.get('embed/');
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    const home = await request.get('');
    expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(home.headers()['x-frame-options']).toBe('SAMEORIGIN');
  });

  test('another origin may frame the embed but not the home page', async ({ page, baseURL }) => {
    const frame = await openHost(page, 'home', iframe(baseURL!, 1000, 600));
    await page.waitForLoadState('load'); // the host's load waits for its frame, refused or not
    await expect(frame.locator('[data-timeline]')).toHaveCount(0);
    const embed = await openHost(page, 'embed', iframe(`${baseURL}embed/`, 1000, 600));
    await ready(embed);
  });

  test('renders the requested view: event, years and filter from the URL', async ({ page, baseURL }) => {
    const frame = await openHost(page, 'view', iframe(`${baseURL}embed/?event=${SLUG}&lane=war&from=1936&to=1940`, 1000, 600));
    await ready(frame);
    await expect(frame.locator('[data-card-title]')).toHaveText(/Khasan/);
    await expect(frame.locator('[data-filter]')).toBeVisible();
    const { from, to } = await shownWindow(frame);
    expect(new Date(from).getUTCFullYear()).toBe(1936);
    expect(new Date(to).getUTCFullYear()).toBe(1940);
    // No site header, navigation or list: the timeline alone and a small link to the site.
    await expect(frame.locator('header, nav, [data-chronology], .chronology')).toHaveCount(0);
    await expect(frame.getByRole('link', { name: /Northeast Asia 1895–1948/ })).toHaveAttribute('href', /\/$/);
  });

  test('zoom and keyboard work inside the frame; "Read and cite" leaves it', async ({ page, context, baseURL }) => {
    const frame = await openHost(page, 'keys', iframe(`${baseURL}embed/`, 1000, 600));
    await ready(frame);
    const whole = await shownWindow(frame);
    await frame.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => { const w = await shownWindow(frame); return w.to - w.from; }).toBeLessThan((whole.to - whole.from) * 0.6);

    await frame.locator('[data-svg] a').first().focus();
    await page.keyboard.press('Home');
    await expect(frame.locator('[data-card]')).toBeVisible();
    const first = await frame.locator('[data-card-title]').textContent();
    await page.keyboard.press('ArrowRight');
    await expect(frame.locator('[data-card-title]')).not.toHaveText(first!);
    await page.keyboard.press('+');
    await expect(frame.locator('[data-live]')).toHaveText(/Showing .*selected/);

    const frameUrl = frame.url();
    const [tab] = await Promise.all([context.waitForEvent('page'), frame.getByRole('link', { name: /^Read and cite/ }).click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/\/events\/[\w-]+\/$/);
    expect(frame.url()).toBe(frameUrl); // the frame stayed on the embed
    await expect(tab.locator('h1')).toBeVisible();

    // Enter on the selected event opens its page too, and again not inside the frame.
    await page.bringToFront();
    await frame.locator('[data-svg]').focus();
    await frame.locator('[data-svg] a[tabindex="0"]').focus();
    const [other] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await other.waitForLoadState();
    expect(other.url()).toMatch(/\/events\/[\w-]+\/$/);
    expect(frame.url()).toBe(frameUrl);
  });

  test('nothing in the frame requests another origin', async ({ page, baseURL }) => {
    const site = new URL(baseURL!).origin;
    const foreign: string[] = [];
    let framed = 0;
    page.on('request', (request) => {
      if (request.frame() === page.mainFrame()) return;
      framed += 1;
      const url = request.url();
      if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== site) foreign.push(url);
    });
    const frame = await openHost(page, 'requests', iframe(`${baseURL}embed/?event=${SLUG}`, 1000, 600));
    await ready(frame);
    await frame.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForLoadState('networkidle');
    expect(framed).toBeGreaterThan(3); // the page, its script, its styles and the timeline data
    expect(foreign).toEqual([]);
  });

  test('the embed does not install the offline copy (the home page does)', async ({ page, baseURL }) => {
    // Counts calls to serviceWorker.register in every frame (a third-party frame may be refused a
    // worker anyway, so the call itself is what is counted).
    await page.addInitScript(() => {
      const container = navigator.serviceWorker;
      (globalThis as unknown as { registered: number }).registered = 0;
      if (!container) return;
      const register = container.register.bind(container);
      container.register = (...args: Parameters<typeof register>) => {
        (globalThis as unknown as { registered: number }).registered += 1;
        return register(...args);
      };
    });
    const registered = (target: Page | Frame) => target.evaluate(() => (globalThis as unknown as { registered: number }).registered);
    const frame = await openHost(page, 'offline', iframe(`${baseURL}embed/`, 1000, 600));
    await ready(frame);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(await registered(frame)).toBe(0);
    await page.goto('');
    await expect(page.locator('[data-timeline]')).toHaveAttribute('data-ready', 'true');
    await expect.poll(() => registered(page)).toBe(1);
  });

  for (const [width, height] of [[600, 400], [1000, 600]] as const) {
    test(`fits a ${width}×${height} frame (screenshot)`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: width + 40, height: height + 120 });
      const frame = await openHost(page, `shot-${width}`, iframe(`${baseURL}embed/?event=${SLUG}`, width, height));
      await ready(frame);
      // Nothing is wider than the frame: no sideways scrolling inside it.
      const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(frame.locator('[data-svg]')).toBeVisible();
      await page.waitForTimeout(700);
      mkdirSync(SHOTS, { recursive: true });
      await page.locator('iframe').screenshot({ path: `${SHOTS}/embed-${width}x${height}.png` });
    });
  }

  // The embed pages are left out of the sitemap (noindex), so the site-wide axe sweep does not reach them.
  test('the embed pages have no axe violations', async ({ page }) => {
    const deck = readdirSync('content/paths').find((name) => name.endsWith('.md'))!.replace(/\.md$/, '');
    for (const path of [`embed/?event=${SLUG}`, `embed/present/${deck}/`]) {
      await page.goto(path);
      if (path.startsWith('embed/?')) await expect(page.locator('[data-timeline]')).toHaveAttribute('data-ready', 'true');
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    }
  });
});

test.describe('"Embed this view"', () => {
  test('gives the <iframe> for exactly the shown view, copies it, and returns focus', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // No animation: the view the dialog describes is the one in place when it opens.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`?event=${SLUG}`);
    await expect(page.locator('[data-timeline]')).toHaveAttribute('data-ready', 'true');
    const root = page.locator('[data-timeline]');
    const before = await root.getAttribute('data-from');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(root).not.toHaveAttribute('data-from', before!);

    const opener = page.getByRole('button', { name: 'Embed this view' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    const shown = { from: await root.getAttribute('data-from'), to: await root.getAttribute('data-to') };
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toMatch(new RegExp(`^<iframe src="${baseURL}embed/\\?event=${SLUG}&amp;from=[^"]+&amp;to=[^"]+" title="Timeline: [^"]+"`));
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/embed-dialog.png` });
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    // Pasted into another site, the code shows the same view.
    const frame = await openHost(page, 'pasted', code);
    await ready(frame);
    await expect(frame.locator('[data-card-title]')).toHaveText(/Khasan/);
    const framed = await shownWindow(frame);
    const expected = { from: Date.parse(shown.from!), to: Date.parse(shown.to!) };
    // The URL rounds the window to the precision its span needs (a year, a month or a day):
    // the frame shows the view to within that unit.
    const from = /from=([^&"]+)/.exec(code)![1];
    const unit = 86_400_000 * (/^-?\d+$/.test(from) ? 366 : /^-?\d+-\d\d$/.test(from) ? 31 : 1.5);
    expect(Math.abs(framed.from - expected.from)).toBeLessThan(unit);
    expect(Math.abs(framed.to - expected.to)).toBeLessThan(unit);
  });
});

test.describe('oEmbed and the lesson deck', () => {
  test('the discovery link leads to an oEmbed answer whose frame works', async ({ page, request, baseURL }) => {
    await page.goto('');
    const endpoint = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(endpoint).toBe(`${baseURL}embed/oembed.json`);
    const answer = await (await request.get(endpoint!)).json();
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_url: baseURL, width: 1000, height: 600 });
    const frame = await openHost(page, 'oembed', answer.html);
    await ready(frame);
  });

  test('/embed/present/<path>/ shows the deck in a frame, and its keys work', async ({ page, request, baseURL }) => {
    const slug = readdirSync('content/paths').find((name) => name.endsWith('.md'))!.replace(/\.md$/, '');
    const answer = await (await request.get(`embed/present/${slug}/oembed.json`)).json();
    expect(answer.html).toContain(`${baseURL}embed/present/${slug}/`);
    const frame = await openHost(page, 'deck', iframe(`${baseURL}embed/present/${slug}/`, 1000, 600));
    await expect(frame.locator('[data-deck]')).toBeVisible();
    await expect(frame.locator('header.site-header')).toHaveCount(0);
    await frame.locator('body').click();
    const current = () => frame.locator('[data-slide].is-current').getAttribute('id');
    const before = await current();
    await page.keyboard.press('ArrowRight');
    await expect.poll(current).not.toBe(before);
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('iframe').screenshot({ path: `${SHOTS}/embed-deck-1000x600.png` });
  });
});
