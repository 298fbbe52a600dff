// Pictures of events (issue 14, item 1) in a real browser: the timeline card's thumbnail, the
// event page's figures, the classroom slide and print. The site's own content has no pictures,
// so this spec builds the fixture content with the media overlay (tests/fixtures/media/) and
// serves it on E2E_PORT + 4 (present.spec.ts uses + 2 and + 3). E2E_MEDIA_OUT_DIR names a build
// of that fixture made beforehand (with SITE=http://localhost:<E2E_PORT + 4>), to skip the build.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchForeignRequests } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const PORT = Number(process.env.E2E_PORT ?? 4321) + 4;
const SITE = `http://localhost:${PORT}/`;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const ALT = 'Two brown hills under a yellow sun, above a green plain.';

let server: ChildProcess | undefined;
let made: string | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  let outDir = process.env.E2E_MEDIA_OUT_DIR;
  if (!outDir) {
    made = mkdtempSync(join(tmpdir(), 'e2e-media-'));
    const content = join(made, 'content');
    cpSync(join(ROOT, 'tests/fixtures/base'), content, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/media'), content, { recursive: true });
    outDir = join(made, 'dist');
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, SITE: SITE.replace(/\/$/, ''), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`the media fixture did not build:\n${build.stdout}\n${build.stderr}`);
  }
  server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs')], { env: { ...process.env, PORT: String(PORT), OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server!.stdout!.on('data', (chunk: Buffer) => { if (String(chunk).includes('Serving')) resolve(); });
    server!.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
});

test.afterAll(() => {
  server?.kill();
  if (made) rmSync(made, { recursive: true, force: true });
});

test.use({ baseURL: SITE });

/** Whether an image has loaded and has pixels. */
const loaded = (page: Page, selector: string) => page.locator(selector).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

test('the timeline card shows a small thumbnail of the site for the event with a picture, and none for the others', async ({ page }) => {
  const foreign = watchForeignRequests(page, new URL(SITE).origin);
  await page.goto('');
  await expect(page.locator('[data-timeline]')).toHaveAttribute('data-ready', 'true');
  await page.locator('[data-svg] [tabindex="0"]').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('[data-card-title]')).toHaveText('Fixture treaty');
  const thumb = page.locator('[data-card] [data-card-thumb]');
  await expect(thumb).toBeVisible();
  await expect(thumb).toHaveAttribute('src', /^\/_astro\/fixture-picture\.[\w-]+\.webp$/);
  await expect(thumb).toHaveAttribute('alt', '');
  await expect.poll(() => loaded(page, '[data-card] [data-card-thumb]')).toBe(true);
  const box = (await thumb.boundingBox())!;
  expect(Math.round(box.width)).toBe(80);
  expect(Math.round(box.height)).toBe(80);

  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-card-title]')).toHaveText('Fixture intervention');
  await expect(page.locator('[data-card] [data-card-thumb]')).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[data-card-title]')).toHaveText('Fixture treaty');
  await expect(page.locator('[data-card] [data-card-thumb]')).toHaveCount(1);
  expect(foreign).toEqual([]);
});

test('the event page: the picture in a modern format with its credit, the remote one a link; nothing from another site; no axe violations', async ({ page }) => {
  const foreign = watchForeignRequests(page, new URL(SITE).origin);
  await page.goto('events/fixture-treaty/');
  const figure = page.locator('figure.event-media__figure').first();
  const img = figure.getByRole('img', { name: ALT });
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => loaded(page, 'figure.event-media__figure img')).toBe(true);
  // Chromium reads AVIF: the first <source> is the one it takes.
  expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/\/_astro\/fixture-picture\.[\w-]+\.avif$/);
  await expect(figure.locator('figcaption')).toContainText('Drawn by the test suite · CC0 1.0');
  await expect(page.getByRole('link', { name: 'View on commons.wikimedia.org' })).toHaveAttribute('href', 'https://commons.wikimedia.org/wiki/File:Fixture_remote.jpg');
  expect(foreign).toEqual([]);
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});

test('on paper the figure fits the page and its credit is printed', async ({ page }) => {
  await page.goto('events/fixture-treaty/');
  await page.emulateMedia({ media: 'print' });
  const figure = page.locator('figure.event-media__figure').first();
  const article = (await page.locator('article.event').boundingBox())!;
  const picture = (await figure.locator('img').boundingBox())!;
  expect(picture.x).toBeGreaterThanOrEqual(article.x - 1);
  expect(picture.x + picture.width).toBeLessThanOrEqual(article.x + article.width + 1);
  // 9 cm at 96 px per inch: the picture leaves room on the sheet for its caption and the text.
  expect(picture.height).toBeLessThanOrEqual(341);
  await expect(figure.locator('.event-media__credit')).toBeVisible();
  await expect(page.locator('.event-media__remote a')).toBeVisible();
});

test('the classroom slide shows the picture large, with its credit; no axe violations', async ({ page }) => {
  const foreign = watchForeignRequests(page, new URL(SITE).origin);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('present/all/?event=fixture-treaty');
  await expect(page.locator('[data-deck]')).toHaveClass(/is-ready/);
  const slide = page.locator('.slide.is-current');
  await expect(slide.locator('h2').first()).toHaveText('Fixture treaty');
  const img = slide.locator('.slide__picture img');
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('alt', ALT);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  const box = (await img.boundingBox())!;
  expect(box.width).toBeGreaterThan(1280 / 3); // large: over a third of the projector's width (the map it replaces is less)
  await expect(slide.locator('.slide__credit')).toBeVisible();
  await expect(slide.locator('.slide__credit')).toHaveText('Drawn by the test suite · CC0 1.0');
  expect(foreign).toEqual([]);
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});
