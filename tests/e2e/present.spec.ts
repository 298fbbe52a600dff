import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Classroom mode: slide decks driven like presentation software, legible on a projector,
// a notes window, a printable handout, and lessons that survive the network dropping.
const ROOT = join(import.meta.dirname, '../..');
// The content the build was made from (E2E_CONTENT_DIR when the build used another CONTENT_DIR).
const CONTENT = process.env.E2E_CONTENT_DIR ?? join(ROOT, 'content');
const front = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]) as Record<string, unknown>;
const eventTitle = (slug: string) => front(join(CONTENT, 'events', `${slug}.md`)).title as string;
const LESSONS = readdirSync(join(CONTENT, 'paths'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const data = front(join(CONTENT, 'paths', name)) as { title: string; steps: { event: string }[] };
    return { slug: name.replace(/\.md$/, ''), title: data.title, steps: data.steps.map((s) => s.event) };
  });
const SIBERIA = LESSONS.find((lesson) => lesson.slug === 'siberian-intervention-1917-1925')!;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const deck = (page: Page) => page.locator('[data-deck]');
const ready = (page: Page) => expect(deck(page)).toHaveClass(/is-ready/);
const current = (page: Page) => page.locator('.slide.is-current');
const currentTitle = (page: Page) => current(page).locator('h1, h2').first();

async function open(page: Page, path: string) {
  await page.goto(path);
  await ready(page);
}

test.describe('driving a lesson', () => {
  test('→, Page Down, Space and Page Up walk the whole lesson; each slide has its address; back and forward follow', async ({ page }) => {
    const lesson = SIBERIA;
    await open(page, `present/${lesson.slug}/`);
    await expect(currentTitle(page)).toHaveText(lesson.title);
    const count = lesson.steps.length + 2; // the title slide, the events, the closing slide
    await expect(page.locator('[data-counter]')).toHaveText(`1 / ${count}`);
    const keys = ['ArrowRight', 'PageDown', ' '];
    for (const [i, slug] of lesson.steps.entries()) {
      await page.keyboard.press(keys[i % keys.length]);
      await expect(page).toHaveURL(new RegExp(`/present/${lesson.slug}/\\?event=${slug}$`));
      await expect(currentTitle(page)).toHaveText(eventTitle(slug));
      await expect(page.locator('[data-counter]')).toHaveText(`${i + 2} / ${count}`);
    }
    await page.keyboard.press('PageDown'); // the closing slide: questions and sources
    await expect(page).toHaveURL(new RegExp(`/present/${lesson.slug}/\\?slide=questions$`));
    await expect(currentTitle(page)).toHaveText('Questions to discuss');
    await page.keyboard.press('PageDown'); // past the end: stays on the last slide
    await expect(page).toHaveURL(/slide=questions$/);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(new RegExp(`event=${lesson.steps.at(-1)}$`));
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(new RegExp(`event=${lesson.steps.at(-2)}$`));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    await expect(page).toHaveURL(new RegExp(`event=${lesson.steps.at(-4)}$`));
    await expect(currentTitle(page)).toHaveText(eventTitle(lesson.steps.at(-4)!));

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`event=${lesson.steps.at(-3)}$`));
    await expect(currentTitle(page)).toHaveText(eventTitle(lesson.steps.at(-3)!));
    await page.goBack();
    await expect(currentTitle(page)).toHaveText(eventTitle(lesson.steps.at(-2)!));
    await page.goForward();
    await expect(currentTitle(page)).toHaveText(eventTitle(lesson.steps.at(-3)!));

    await page.keyboard.press('Home');
    await expect(page).toHaveURL(new RegExp(`/present/${lesson.slug}/$`));
    await expect(currentTitle(page)).toHaveText(lesson.title);
    await page.keyboard.press('End');
    await expect(currentTitle(page)).toHaveText('Questions to discuss');
  });

  test('a slide’s address opens that slide, and the page title names it', async ({ page }) => {
    const slug = SIBERIA.steps[4];
    await open(page, `present/${SIBERIA.slug}/?event=${slug}`);
    await expect(currentTitle(page)).toHaveText(eventTitle(slug));
    await expect(page).toHaveTitle(new RegExp(`^6\\. ${eventTitle(slug).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await expect(page.locator('.slide:not(.is-current)').first()).toBeHidden();
  });

  test('the on-screen buttons and swipes move the slides too; nothing moves on its own', async ({ page }) => {
    await open(page, `present/${SIBERIA.slug}/`);
    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[0]}$`));
    await page.getByRole('button', { name: 'Next slide' }).click();
    await page.getByRole('button', { name: 'Previous slide' }).click();
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[0]}$`));
    // A mouse click leaves the keys to the slides: Space now goes forward, not "click Previous" again.
    await page.keyboard.press(' ');
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[1]}$`));

    const swipe = (dx: number) => page.evaluate((dx) => {
      const target = document.querySelector('.slide.is-current')!;
      const at = (type: string, x: number) => target.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 300, bubbles: true }));
      at('pointerdown', 600);
      at('pointerup', 600 + dx);
    }, dx);
    await swipe(-200);
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[2]}$`));
    await swipe(180);
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[1]}$`));
    await swipe(20); // too short to be a swipe
    await page.waitForTimeout(2500);
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[1]}$`));
  });

  test('F asks for full screen through the Fullscreen API, and F again leaves it', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls = calls;
      const request = Element.prototype.requestFullscreen;
      Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
        calls.push(`request:${this.nodeName}`);
        return request.call(this, options);
      };
      const exit = Document.prototype.exitFullscreen;
      Document.prototype.exitFullscreen = function (this: Document) {
        calls.push('exit');
        return exit.call(this);
      };
    });
    await open(page, `present/${SIBERIA.slug}/`);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls)).toEqual(['request:HTML']);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.nodeName ?? null)).toBe('HTML');
    await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
    await page.keyboard.press('F');
    await expect.poll(() => page.evaluate(() => (window as unknown as { fullscreenCalls: string[] }).fullscreenCalls)).toEqual(['request:HTML', 'exit']);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  test('B and . black the screen; any key brings the same slide back', async ({ page }) => {
    await open(page, `present/${SIBERIA.slug}/?event=${SIBERIA.steps[2]}`);
    const black = page.locator('[data-black]');
    await page.keyboard.press('b');
    await expect(black).toBeVisible();
    const box = (await black.boundingBox())!;
    expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
    expect(await black.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('PageDown'); // a clicker's "next" wakes the screen without moving on
    await expect(black).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[2]}$`));
    await page.keyboard.press('.');
    await expect(black).toBeVisible();
    await black.click();
    await expect(black).toBeHidden();
    await page.getByRole('button', { name: 'Black' }).click();
    await expect(black).toBeVisible();
    await page.keyboard.press('B');
    await expect(black).toBeHidden();
  });

  test('O and Esc show an overview of every slide; choosing one goes there', async ({ page }) => {
    await open(page, `present/${SIBERIA.slug}/?event=${SIBERIA.steps[3]}`);
    const overview = page.getByRole('navigation', { name: new RegExp(`all ${SIBERIA.steps.length + 2} slides`) });
    await page.keyboard.press('o');
    await expect(overview).toBeVisible();
    await expect(overview.getByRole('link')).toHaveCount(SIBERIA.steps.length + 2);
    await expect(overview.getByRole('link').last()).toContainText('Questions and sources');
    const here = overview.locator('a[aria-current="page"]');
    await expect(here).toContainText(eventTitle(SIBERIA.steps[3]));
    await expect(here).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(overview).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[5]}$`));
    await expect(currentTitle(page)).toHaveText(eventTitle(SIBERIA.steps[5]));

    await page.keyboard.press('Escape');
    await expect(overview).toBeVisible();
    await overview.getByRole('link', { name: new RegExp(eventTitle(SIBERIA.steps[9]).slice(0, 20)) }).click();
    await expect(overview).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[9]}$`));
    await page.keyboard.press('o');
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[9]}$`));
  });

  test('G then a number goes to that slide', async ({ page }) => {
    await open(page, `present/${SIBERIA.slug}/`);
    await page.keyboard.press('g');
    await expect(page.locator('[data-goto-box]')).toBeVisible();
    const count = SIBERIA.steps.length + 2;
    await page.keyboard.press('7'); // in a deck of 16, no slide 70 or more: goes at once
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[5]}$`));
    await expect(page.locator('[data-counter]')).toHaveText(`7 / ${count}`);
    await page.keyboard.press('G');
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect(page.locator('[data-counter]')).toHaveText(`12 / ${count}`);
    await page.keyboard.press('g');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-counter]')).toHaveText(`1 / ${count}`);
    await expect(page).toHaveURL(new RegExp(`/present/${SIBERIA.slug}/$`));
    await page.keyboard.press('g');
    await page.keyboard.press('1');
    await page.keyboard.press('Escape'); // cancels, and does not open the overview
    await expect(page.locator('[data-goto-box]')).toBeHidden();
    await expect(page.locator('[data-overview]')).toBeHidden();
    await expect(page.locator('[data-counter]')).toHaveText(`1 / ${count}`);
  });

  test('? shows the keys; Esc closes them without opening the overview', async ({ page }) => {
    await open(page, `present/${SIBERIA.slug}/`);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keys' });
    await expect(help).toBeVisible();
    for (const text of ['Page Down', 'Page Up', 'Backspace', 'Home', 'Full screen', 'Black screen', 'Overview', 'Go to that slide', 'notes']) await expect(help).toContainText(text);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(page.locator('[data-overview]')).toBeHidden();
  });

  test('T switches between the light and the dark projection theme, and remembers it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, `present/${SIBERIA.slug}/`);
    await expect(deck(page)).toHaveAttribute('data-theme', 'light');
    await page.keyboard.press('t');
    await expect(deck(page)).toHaveAttribute('data-theme', 'dark');
    expect(await deck(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 11, 11)');
    await page.reload();
    await ready(page);
    await expect(deck(page)).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: 'Light theme' }).click();
    await expect(deck(page)).toHaveAttribute('data-theme', 'light');
  });

  test('S opens the teacher’s notes in a second window, kept in step both ways', async ({ page, context }) => {
    await open(page, `present/${SIBERIA.slug}/?event=${SIBERIA.steps[1]}`);
    const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await notes.waitForLoadState();
    await expect(notes).toHaveURL(new RegExp(`/present/${SIBERIA.slug}/notes/\\?event=${SIBERIA.steps[1]}$`));
    const currentNote = notes.locator('[data-note][aria-current="step"]');
    await expect(currentNote).toContainText(eventTitle(SIBERIA.steps[1]));
    await expect(notes.locator('[data-notes-status]')).toHaveText('Connected to the slides.');
    await expect(notes.locator('[data-notes-next]')).toHaveText(`Next: ${eventTitle(SIBERIA.steps[2])}`);

    await page.keyboard.press('ArrowRight');
    await expect(currentNote).toContainText(eventTitle(SIBERIA.steps[2]));
    await notes.keyboard.press('PageDown'); // the clicker held over the notes window moves the slides
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[3]}$`));
    await expect(currentNote).toContainText(eventTitle(SIBERIA.steps[3]));
    await notes.getByRole('button', { name: 'Previous' }).click();
    await expect(page).toHaveURL(new RegExp(`event=${SIBERIA.steps[2]}$`));
    await notes.getByRole('button', { name: 'Black screen' }).click();
    await expect(page.locator('[data-black]')).toBeVisible();
    await expect(notes.locator('[data-notes-position]')).toContainText('(screen black)');
    await expect(currentNote.locator('.notes__text')).not.toBeEmpty();
  });

  test('without JavaScript the slides read as a plain ordered list', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`present/${SIBERIA.slug}/`);
    const items = page.locator('[data-slides] > li');
    await expect(items).toHaveCount(SIBERIA.steps.length + 2);
    for (let i = 0; i < SIBERIA.steps.length + 1; i++) await expect(items.nth(i + 1)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([...SIBERIA.steps.map(eventTitle), 'Questions to discuss']);
    await expect(page.locator('[data-bar]')).toBeHidden();
    await expect(page.locator('.site-header')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(5000);
    await context.close();
  });

  test('an event slide and the overview pass axe in both themes', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, `present/${SIBERIA.slug}/?event=${SIBERIA.steps[8]}`);
      let results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${scheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.keyboard.press('o');
      results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${scheme} overview: ${v.id}`)).toEqual([]);
    }
  });
});

/** What a slide shows, measured in the browser: type sizes, contrast, and anything that does not fit. */
async function measureSlide(page: Page) {
  return page.evaluate(() => {
    const parse = (color: string) => {
      const m = color.match(/[\d.]+/g)!.map(Number);
      return { r: m[0], g: m[1], b: m[2], a: m[3] ?? 1 };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const [R, G, B] = [r, g, b].map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const background = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg.a > 0.99) return bg;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const slide = document.querySelector('.slide.is-current')!;
    const body = slide.querySelector('.slide__body')!;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const texts: { text: string; size: number; contrast: number; title: boolean }[] = [];
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || seen.has(el) || el.closest('svg') || !visible(el)) continue;
      seen.add(el);
      const style = getComputedStyle(el);
      const fg = luminance(parse(style.color));
      const bg = luminance(background(el));
      texts.push({ text: node.textContent!.trim().slice(0, 30), size: parseFloat(style.fontSize), contrast: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05), title: Boolean(el.closest('h1, h2')) });
    }
    for (const el of document.querySelectorAll('[data-bar] button:not([hidden]), [data-counter]')) {
      const style = getComputedStyle(el);
      const fg = luminance(parse(style.color));
      const bg = luminance(background(el));
      texts.push({ text: `control: ${el.textContent!.trim()}`, size: Infinity, contrast: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05), title: false });
    }
    const overflowing: string[] = [];
    for (const el of [slide, body, ...body.querySelectorAll('*')]) {
      if (el.closest('svg') && el.nodeName !== 'svg') continue;
      const style = getComputedStyle(el);
      if (style.position === 'absolute' && el.clientHeight <= 1) continue; // visually hidden text for screen readers
      if (style.display === 'inline') continue;
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) overflowing.push(`${el.nodeName}.${el.getAttribute('class')} ${el.scrollHeight}>${el.clientHeight}`);
    }
    const barTop = document.querySelector('[data-bar]')!.getBoundingClientRect().top;
    for (const el of body.querySelectorAll('h1, h2, p, li, img, svg.strip, a')) {
      const box = el.getBoundingClientRect();
      if (box.bottom > barTop + 0.5 || box.right > innerWidth + 0.5 || box.left < -0.5 || box.top < -0.5) overflowing.push(`${el.nodeName} outside the screen`);
    }
    return { texts, overflowing, slideFits: slide.getBoundingClientRect().bottom <= innerHeight + 0.5 && !slide.classList.contains('is-overflowing') };
  });
}

test.describe('legible on a projector', () => {
  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${size.width}×${size.height}, ${scheme} theme: body ≥ 28 px, titles ≥ 48 px, contrast ≥ 7:1 on every slide of every lesson`, async ({ page }) => {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        const scale = size.width / 1280;
        for (const lesson of LESSONS) {
          await open(page, `present/${lesson.slug}/`);
          await expect(deck(page)).toHaveAttribute('data-theme', scheme);
          for (let i = 0; i <= lesson.steps.length + 1; i++) {
            const { texts, overflowing, slideFits } = await measureSlide(page);
            const where = `${lesson.slug} slide ${i + 1}`;
            expect(texts.length, where).toBeGreaterThan(3);
            for (const t of texts) {
              expect(t.contrast, `${where}: "${t.text}" contrast`).toBeGreaterThanOrEqual(7);
              if (t.size === Infinity) continue;
              expect(t.size, `${where}: "${t.text}" size`).toBeGreaterThanOrEqual((t.title ? 48 : 28) * Math.min(scale, 1) - 0.01);
              if (scale > 1) expect(t.size, `${where}: "${t.text}" grows with the screen`).toBeGreaterThanOrEqual((t.title ? 48 : 28) * scale - 0.5);
            }
            expect(overflowing, where).toEqual([]);
            expect(slideFits, where).toBe(true);
            await page.keyboard.press('ArrowRight');
          }
        }
      });
    }
    test(`${size.width}×${size.height}: every slide of all events fits the screen, nothing cut off`, async ({ page }) => {
      await page.setViewportSize(size);
      await open(page, 'present/all/');
      const count = await page.locator('[data-slide]').count();
      expect(count).toBeGreaterThan(40);
      for (let i = 0; i < count; i++) {
        const { overflowing, slideFits, texts } = await measureSlide(page);
        const where = `slide ${i + 1}: ${await currentTitle(page).textContent()}`;
        expect(overflowing, where).toEqual([]);
        expect(slideFits, where).toBe(true);
        expect(Math.min(...texts.map((t) => t.size)), where).toBeGreaterThanOrEqual(28);
        await page.keyboard.press('PageDown');
      }
    });
  }

  test('every slide shows its map, its strip of the timeline with the event marked, and a QR code of its page', async ({ page, baseURL }) => {
    await open(page, `present/${SIBERIA.slug}/?event=${SIBERIA.steps[2]}`);
    const slide = current(page);
    await expect(slide.locator('.slide__map img')).toHaveJSProperty('complete', true);
    expect(await slide.locator('.slide__map img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    await expect(slide.locator('.slide__map img')).toHaveAttribute('alt', /Map marking Vladivostok/);
    const strip = slide.getByRole('img', { name: /Timeline of 19\d\d–19\d\d \(within \d{4}–\d{4}, shown small above it\), marking/ });
    await expect(strip).toBeVisible();
    await expect(strip.locator('.strip-focus__label')).toHaveText(/Japanese and British marines/);
    // The strip reuses the deck's drawing of the whole period, and it is really drawn.
    expect(await strip.locator('use').evaluate((use) => use.getBoundingClientRect().width)).toBeGreaterThan(1000);
    const qr = slide.getByRole('link', { name: 'Scan for the full entry' });
    await expect(qr).toHaveAttribute('href', `/events/${SIBERIA.steps[2]}/`);
    expect(await qr.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    const svg = await (await page.request.get(new URL(`present/qr/${SIBERIA.steps[2]}.svg`, baseURL).href)).text();
    expect(svg).toContain(`/events/${SIBERIA.steps[2]}/`);
  });
});

test.describe('the handout', () => {
  for (const lesson of LESSONS) {
    test(`${lesson.slug}: prints on one or two pages, with every date, summary, address and QR code`, async ({ page }) => {
      await page.goto(`present/${lesson.slug}/handout/`);
      const items = page.locator('.handout__item');
      await expect(items).toHaveCount(lesson.steps.length);
      for (const [i, slug] of lesson.steps.entries()) {
        const item = items.nth(i);
        await expect(item.locator('h2')).toHaveText(eventTitle(slug));
        await expect(item.locator('.handout__url')).toContainText(`/events/${slug}/`);
        await expect(item.locator('time')).not.toBeEmpty();
        expect(await item.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      }
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }
});

// ---- offline --------------------------------------------------------------------------------

/** A server of our own for a build, so that the test can really take the network away. */
async function startServer(port: number, outDir: string, base?: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs')], { env: { ...process.env, PORT: String(port), OUT_DIR: outDir, ...(base ? { BASE: base } : {}) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => { if (String(chunk).includes('Serving')) resolve(); });
    server.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
  return server;
}

const PORT = Number(process.env.E2E_PORT ?? 4321);
const OFFLINE_BUILDS = [
  { name: 'at the root', port: PORT + 2, outDir: process.env.E2E_OUT_DIR ?? 'dist', base: '/' },
  { name: 'under a sub-path', port: PORT + 3, outDir: process.env.E2E_SUBPATH_OUT_DIR ?? 'dist-subpath', base: '/timeline/' },
];

for (const build of OFFLINE_BUILDS) {
  test(`offline (${build.name}): after the first load the lesson goes on with no network`, async ({ browser }) => {
    test.setTimeout(120_000);
    const server = await startServer(build.port, build.outDir, build.base === '/' ? undefined : build.base);
    const site = `http://localhost:${build.port}${build.base}`;
    const context = await browser.newContext({ baseURL: site, serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      const lesson = LESSONS.find((l) => l.slug === 'nomonhan-kantokuen-1945')!;
      await page.goto(`present/${lesson.slug}/?event=${lesson.steps[0]}`);
      await ready(page);
      // The worker saves the site, then takes charge of the page.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(site);

      // The Wi-Fi drops: the server is gone, and the browser is offline too.
      server.kill();
      await new Promise((resolve) => server.once('exit', resolve));
      await context.setOffline(true);
      expect((await fetch(site).catch(() => null))?.ok ?? false).toBe(false);

      await page.keyboard.press('PageDown');
      await expect(page).toHaveURL(new RegExp(`event=${lesson.steps[1]}$`));
      await expect(currentTitle(page)).toHaveText(eventTitle(lesson.steps[1]));
      await expect(current(page).locator('.slide__map img')).toHaveJSProperty('complete', true);
      expect(await current(page).locator('.slide__map img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

      await page.reload();
      await ready(page);
      await expect(currentTitle(page)).toHaveText(eventTitle(lesson.steps[1]));
      await page.keyboard.press('ArrowRight');
      await expect(currentTitle(page)).toHaveText(eventTitle(lesson.steps[2]));

      // Another event page, one the teacher never opened.
      await page.goto('events/treaty-of-portsmouth-1905/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(eventTitle('treaty-of-portsmouth-1905'));
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

      // Another lesson, its notes, and the home timeline with its data.
      await page.goto(`present/${LESSONS[0].slug}/`);
      await ready(page);
      await page.goto(`present/${lesson.slug}/notes/`);
      await expect(page.locator('[data-note]')).toHaveCount(lesson.steps.length + 2);
      await page.goto('');
      await expect(page.locator('[data-timeline]')).toHaveAttribute('data-ready', 'true');

      // A page that was never saved says so, instead of the browser's error.
      await page.goto('people/puyi/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    } finally {
      await context.close();
      server.kill();
    }
  });
}
