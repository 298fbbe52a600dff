import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Issue 16, item 5 "Classroom", at 1280×720: lessons with aims, ages and minutes, a closing
// slide, the list of lessons, maps readable from the back row, a strip that spans the lesson,
// notes that print without the controls, a worksheet with room for answers, and focus that
// comes back to the control that opened the keys.
const ROOT = join(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'tmp/screens');
mkdirSync(SHOTS, { recursive: true });
// The content the build was made from (E2E_CONTENT_DIR when the build used another CONTENT_DIR).
const CONTENT = process.env.E2E_CONTENT_DIR ?? join(ROOT, 'content');
const front = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]) as Record<string, unknown>;
const eventTitle = (slug: string) => front(join(CONTENT, 'events', `${slug}.md`)).title as string;
interface Lesson {
  slug: string;
  title: string;
  summary: string;
  age: string;
  duration: number;
  aims: string[];
  steps: { event: string; minutes: number; questions: string[] }[];
  closing: { minutes: number; questions: string[] };
}
const LESSONS: Lesson[] = readdirSync(join(CONTENT, 'paths'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ slug: name.replace(/\.md$/, ''), ...(front(join(CONTENT, 'paths', name)) as Omit<Lesson, 'slug'>) }));
const SIBERIA = LESSONS.find((l) => l.slug === 'siberian-intervention-1917-1925')!;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test.use({ viewport: { width: 1280, height: 720 } });

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-deck]')).toHaveClass(/is-ready/);
}
const current = (page: Page) => page.locator('.slide.is-current');

test('the lessons index shows each lesson’s summary, length, ages and aims, and passes axe', async ({ page }) => {
  await page.goto('present/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
  const cards = page.locator('.lesson-card');
  await expect(cards).toHaveCount(LESSONS.length);
  for (const lesson of LESSONS) {
    const card = cards.filter({ has: page.getByRole('heading', { name: lesson.title }) });
    await expect(card.locator('.lesson-card__summary')).toHaveText(squash(lesson.summary));
    const meta = card.locator('.lesson-card__meta');
    await expect(meta).toContainText(`${lesson.duration} minutes`);
    await expect(meta).toContainText(`${lesson.steps.length + 2} slides`);
    await expect(meta).toContainText(`Ages ${lesson.age.replace('-', '–')}`);
    await expect(card.locator('.lesson-card__aims li')).toHaveCount(lesson.aims.length);
    for (const [name, path] of [['Start the slides', ''], ['Teacher notes', 'notes/'], ['Handout', 'handout/'], ['Worksheet', 'worksheet/']]) {
      await expect(card.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/present/${lesson.slug}/${path}`);
    }
  }
  await expect(page.getByRole('link', { name: 'Start the slides of every event' })).toHaveAttribute('href', '/present/all/');
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'lessons-index.png'), fullPage: true });
});

test('every lesson ends on a closing slide with its questions and its sources, which fits the screen', async ({ page }) => {
  for (const lesson of LESSONS) {
    await open(page, `present/${lesson.slug}/?slide=questions`);
    const slide = current(page);
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Questions to discuss');
    await expect(slide.locator('.slide__questions li')).toHaveText(lesson.closing.questions.map(squash));
    const sources = slide.locator('.slide__sources li');
    expect(await sources.count()).toBeGreaterThanOrEqual(2);
    for (const text of await sources.allTextContents()) expect(text).toMatch(/\(\d{4}\)$|\w$/);
    await expect(page.locator('[data-counter]')).toHaveText(`${lesson.steps.length + 2} / ${lesson.steps.length + 2}`);
    expect(await slide.evaluate((el) => el.classList.contains('is-overflowing'))).toBe(false);
    for (const part of ['.slide__questions', '.slide__sources']) {
      expect(await slide.locator(part).evaluate((el) => el.scrollHeight <= el.clientHeight + 1), `${lesson.slug}: ${part} fits`).toBe(true);
    }
    const bar = await page.locator('[data-bar]').boundingBox();
    const last = await slide.locator('.slide__sources > :last-child').boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(bar!.y);
    if (lesson === SIBERIA) {
      await page.screenshot({ path: join(SHOTS, 'closing-slide.png') });
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    }
  }
});

test('teacher notes give the plan: aims, minutes and start of each slide, and the questions of every step', async ({ page }) => {
  for (const lesson of LESSONS) {
    await page.goto(`present/${lesson.slug}/notes/`);
    await expect(page.locator('.notes__facts')).toContainText(`${lesson.duration} minutes`);
    await expect(page.locator('.notes__aims li')).toHaveCount(lesson.aims.length);
    const items = page.locator('[data-note]');
    await expect(items).toHaveCount(lesson.steps.length + 2);
    let at = lesson.duration - lesson.steps.reduce((s, step) => s + step.minutes, 0) - lesson.closing.minutes;
    for (const [i, step] of lesson.steps.entries()) {
      const item = items.nth(i + 1);
      await expect(item.locator('h2')).toContainText(eventTitle(step.event));
      await expect(item.locator('.notes__questions li')).toHaveText(step.questions.map(squash));
      await expect(item.locator('.notes__timing')).toHaveText(`· ${step.minutes} min · from ${Math.floor(at / 60)}:${String(at % 60).padStart(2, '0')}`);
      at += step.minutes;
    }
    await expect(items.last().locator('.notes__questions li')).toHaveText(lesson.closing.questions.map(squash));
    expect(await items.last().locator('.notes__references li').count()).toBeGreaterThan(2);
  }
});

test('teacher notes print without the controls, the site’s navigation or the connection status', async ({ page }) => {
  await page.goto(`present/${SIBERIA.slug}/notes/`);
  await expect(page.locator('[data-notes-bar]')).toBeVisible(); // on screen, with JavaScript
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['[data-notes-bar]', '.site-header', '.site-footer', '.notes__intro', '[data-notes-bar] button']) {
    for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden();
  }
  await expect(page.locator('[data-note]').first()).toBeVisible();
  await expect(page.locator('.notes__questions').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'notes-print.png'), fullPage: false });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, path: join(SHOTS, 'notes.pdf') });
  expect(pdf.toString('latin1')).not.toContain('Not connected');
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
});

test('the worksheet works without JavaScript: every question with ruled space to answer, and the closing questions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  for (const lesson of LESSONS) {
    await page.goto(`present/${lesson.slug}/worksheet/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    for (const field of ['Name', 'Class', 'Date']) await expect(page.locator('.worksheet__fields dt', { hasText: field })).toBeVisible();
    const questions = page.locator('.worksheet__question');
    const all = [...lesson.steps.flatMap((s) => s.questions), ...lesson.closing.questions];
    await expect(questions).toHaveCount(all.length);
    for (const [i, question] of all.entries()) {
      const q = questions.nth(i);
      await expect(q.locator('p')).toHaveText(`${i + 1}. ${squash(question)}`);
      const lines = q.locator('.worksheet__lines span');
      expect(await lines.count()).toBeGreaterThanOrEqual(3);
      expect((await lines.first().boundingBox())!.height).toBeGreaterThanOrEqual(28); // room for handwriting
    }
    await expect(page.getByRole('link', { name: /handout without questions/ })).toHaveAttribute('href', `/present/${lesson.slug}/handout/`);
  }
  await page.goto(`present/${SIBERIA.slug}/worksheet/`);
  await page.screenshot({ path: join(SHOTS, 'worksheet.png') });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await page.screenshot({ path: join(SHOTS, 'worksheet-print.png'), fullPage: true });
  await context.close();
  // The handout links to it.
  const withScripts = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const handout = await withScripts.newPage();
  await handout.goto(`present/${SIBERIA.slug}/handout/`);
  await expect(handout.getByRole('link', { name: /worksheet/ })).toHaveAttribute('href', `/present/${SIBERIA.slug}/worksheet/`);
  // axe runs scripts in the page, so it checks the worksheet in a page with JavaScript.
  await handout.goto(`present/${SIBERIA.slug}/worksheet/`);
  const results = await new AxeBuilder({ page: handout }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await withScripts.close();
});

/** Every map of a lesson, measured: the smallest label in CSS pixels, and the names it shows. */
async function measureMap(page: Page) {
  const img = current(page).locator('.slide__map img');
  if (!(await img.count())) return null;
  await expect(img).toHaveJSProperty('complete', true);
  const box = await img.evaluate((el: HTMLImageElement) => ({ width: el.clientWidth, height: el.clientHeight, src: el.currentSrc }));
  const svg = await (await page.request.get(box.src)).text();
  const [, vw, vh] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
  // object-fit: contain — the drawing is scaled by the tighter of the two sides.
  const scale = Math.min(box.width / vw, box.height / vh);
  // The size of every kind of text the map draws (a style for a class it does not use does not count).
  const sizeOf = (rule: RegExp) => Number(rule.exec(svg)![1]);
  const sizes = [
    ...(svg.includes('class="lm-label-name"') ? [sizeOf(/\.lm-label\{font:([\d.]+)px/)] : []),
    ...(svg.includes('class="lm-label-now"') ? [sizeOf(/\.lm-label-now\{font-size:([\d.]+)px/)] : []),
    ...(svg.includes('class="lm-feature ') ? [sizeOf(/\.lm-feature\{font:([\d.]+)px/)] : []),
  ];
  return { smallest: Math.min(...sizes) * scale, svg, caption: await current(page).locator('.slide__map figcaption').textContent() };
}

test('slide maps: labels at least 24 px at 1280×720, no present-day country names, a caption for today’s borders, and the slide’s features named', async ({ page }) => {
  const seen: Record<string, string> = {};
  for (const lesson of LESSONS) {
    await open(page, `present/${lesson.slug}/?event=${lesson.steps[0].event}`);
    for (const step of lesson.steps) {
      await expect(current(page).locator('h2')).toHaveText(eventTitle(step.event));
      const map = await measureMap(page);
      if (map) {
        expect(map.smallest, `${step.event}: smallest label`).toBeGreaterThanOrEqual(24);
        expect(map.svg, step.event).not.toContain('class="lm-country"');
        expect(map.caption).toBe('Dashed lines: today’s borders');
        expect(map.svg).toContain('Dashed borders are today&#39;s');
        seen[step.event] = map.svg;
      }
      await page.keyboard.press('ArrowRight');
    }
  }
  expect(seen['occupation-of-northern-sakhalin-1920']).toContain('>SAKHALIN</text>');
  expect(seen['japanese-expedition-advance-1918']).toContain('>Lake Baikal</text>');
  expect(seen['japanese-expedition-advance-1918']).toContain('class="lm-lake"');
  await open(page, `present/${SIBERIA.slug}/?event=japanese-expedition-advance-1918`);
  await page.screenshot({ path: join(SHOTS, 'slide-expedition.png') });
  await open(page, `present/${SIBERIA.slug}/?event=occupation-of-northern-sakhalin-1920`);
  await page.screenshot({ path: join(SHOTS, 'slide-sakhalin.png') });
});

test('each slide’s strip spans its lesson, with the whole period small above it', async ({ page }) => {
  await open(page, `present/${SIBERIA.slug}/?event=${SIBERIA.steps[4].event}`);
  const defs = page.locator(`#strip-${SIBERIA.slug}`);
  const years = (await defs.locator('.strip-tick text').allTextContents()).map(Number);
  expect(Math.min(...years)).toBeGreaterThanOrEqual(1914);
  expect(Math.max(...years)).toBeLessThanOrEqual(1928);
  expect(years).toContain(1920);
  await expect(defs.locator('.strip-period__year')).toHaveCount(2);
  const line = await defs.locator('.strip-period__line').evaluate((el) => ({ from: Number(el.getAttribute('x1')), to: Number(el.getAttribute('x2')) }));
  const window = await defs.locator('.strip-period__window').evaluate((el) => ({ x: Number(el.getAttribute('x')), width: Number(el.getAttribute('width')) }));
  const share = window.width / (line.to - line.from);
  expect(share).toBeGreaterThan(0.1);
  expect(share).toBeLessThan(0.35);
  // The slide's event is marked inside the lesson's span, and the strip is drawn on the slide.
  const strip = current(page).locator('svg.strip');
  await expect(strip.locator('.strip-focus__label')).toHaveText(/\S/);
  const focusX = Number(await strip.locator('.strip-focus__guide').getAttribute('x1'));
  expect(focusX).toBeGreaterThan(0.1 * 1200);
  expect(focusX).toBeLessThan(0.9 * 1200);
  expect((await strip.boundingBox())!.width).toBeGreaterThan(900);
  // Every event's deck keeps the whole period, without the small band.
  await open(page, 'present/all/');
  await expect(page.locator('#strip-all .strip-period')).toHaveCount(0);
});

test('focus returns to the control that opened the keys dialog, and no ring is left on the slide title', async ({ page }) => {
  await open(page, `present/${SIBERIA.slug}/?event=${SIBERIA.steps[1].event}`);
  const help = page.getByRole('dialog', { name: 'Keys' });
  const button = page.getByRole('button', { name: 'Keys' });
  await button.click();
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(button).toBeFocused();
  await button.click();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
  await expect(button).toBeFocused();
  // Opened by the ? key, it hands focus back to the slide, where no focus ring shows.
  await page.keyboard.press('Escape'); // nothing open: Esc opens the overview…
  await page.keyboard.press('Escape'); // …and closes it, focus back on the slide
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { tag: el.tagName, inSlide: Boolean(el.closest('.slide.is-current')), outline: getComputedStyle(el).outlineStyle };
  });
  expect(focused).toEqual({ tag: 'H2', inSlide: true, outline: 'none' });
  await page.keyboard.press('ArrowRight'); // and the keys still drive the slides
  await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[2].event}$`));
});
