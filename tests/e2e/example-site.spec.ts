// The second example site (examples/writing/: writing and printing, 3200 BCE to today; issue 17
// item 4) in a real browser. It has another subject, runs from BCE to the present and shows no
// calendars, so anything of this site's own subject that creeps back into src/ shows up here.
// scripts/test.mjs builds it into dist-example/ (SITE=http://localhost:<E2E_PORT + 5>) and
// names that build in E2E_EXAMPLE_OUT_DIR; run alone, this spec builds it itself. It is served
// on E2E_PORT + 5 (+1 is the sub-path build, +2/+3 present.spec.ts, +4 media.spec.ts).
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { watchForeignRequests } from './helpers.ts';
import { SUBJECT } from '../helpers/subject.ts';

const ROOT = join(import.meta.dirname, '../..');
const PORT = Number(process.env.E2E_PORT ?? 4321) + 5;
const SITE = `http://localhost:${PORT}/`;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Lines that only the calendar settings bring in: none of them may appear here (calendars: none). */
const CALENDAR_LINES = /Other calendars|Minguo|Old Style|Julian|Japanese era|Meiji|Taish[oō]|Sh[oō]wa|Guangxu|Xuantong/;

let server: ChildProcess | undefined;
let made: string | undefined;
let outDir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  outDir = process.env.E2E_EXAMPLE_OUT_DIR ? join(ROOT, process.env.E2E_EXAMPLE_OUT_DIR) : '';
  if (!outDir) {
    made = mkdtempSync(join(tmpdir(), 'e2e-example-'));
    outDir = join(made, 'dist');
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: join(ROOT, 'examples/writing'), OUT_DIR: outDir, SITE: SITE.replace(/\/$/, ''), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`examples/writing did not build:\n${build.stdout}\n${build.stderr}`);
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

const timeline = (page: Page) => page.locator('[data-timeline]');
const ready = (page: Page) => expect(timeline(page)).toHaveAttribute('data-ready', 'true');
const span = async (page: Page) => Date.parse((await timeline(page).getAttribute('data-to'))!) - Date.parse((await timeline(page).getAttribute('data-from'))!);

test('the home page shows the example’s own title, era bands, lanes and BCE axis, and no calendar or subject words', async ({ page }) => {
  const foreign = watchForeignRequests(page, new URL(SITE).origin);
  await page.goto('');
  await ready(page);
  await expect(page).toHaveTitle(/Writing and printing/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Writing and printing, 3200 BCE to today');
  await expect(page.locator('.tl-era text')).toHaveText(['Clay, stone and papyrus', 'Paper and woodblocks', 'The printing press', 'Digital text']);
  await expect(page.locator('.tl-lane text')).toHaveText(['Scripts and alphabets', 'Writing materials', 'Printing']);

  // The whole period is on the axis, BCE years written as readers write them, on round years.
  const labels = await page.locator('.tl-tick text').allTextContents();
  const bce = labels.filter((label) => label.endsWith(' BCE'));
  expect(bce.length).toBeGreaterThanOrEqual(2);
  for (const label of bce) expect(label).toMatch(/^[1-9]\d*00 BCE$/);
  expect(labels).toContain('1000');

  const text = await page.locator('body').innerText();
  expect(text).toContain('Cuneiform writing begins at Uruk');
  expect(text).not.toMatch(CALENDAR_LINES);
  expect(text).not.toMatch(SUBJECT);
  expect(foreign).toEqual([]);
});

test('an event page gives the BCE date, circa, and no other calendars', async ({ page }) => {
  await page.goto('events/cuneiform-at-uruk/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cuneiform writing begins at Uruk');
  await expect(page.locator('.event__date')).toHaveText('c. 3200 BCE');
  await expect(page.locator('.equivalent')).toHaveCount(0);
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(CALENDAR_LINES);
  expect(text).not.toMatch(SUBJECT);
  // A date before the Common Era without circa, and the reference list of this site's own source.
  await page.goto('events/rosetta-decree/');
  await expect(page.locator('.event__date')).toHaveText('196 BCE');
  await expect(page.locator('body')).toContainText('Rosetta Decree Issued for Ptolemy V');
});

test('no built page or export carries a word of the main site’s subject', () => {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) { if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(path); continue; }
      if (!/\.(html|json|xml|atom|txt|bib|ris|csv)$/.test(entry.name)) continue;
      const found = readFileSync(path, 'utf8').match(SUBJECT);
      if (found) hits.push(`${relative(outDir, path)}: ${found[0]}`);
    }
  };
  walk(outDir);
  expect(readdirSync(join(outDir, 'events')).length).toBeGreaterThanOrEqual(9);
  expect(hits).toEqual([]);
});

test('the keyboard zooms in and out', async ({ page }) => {
  await page.goto('');
  await ready(page);
  const whole = await span(page);
  await page.locator('[data-svg] [tabindex="0"]').first().focus();
  await page.keyboard.press('+');
  await expect.poll(() => span(page)).toBeLessThan(whole * 0.8);
  const zoomed = await span(page);
  await page.keyboard.press('-');
  await expect.poll(() => span(page)).toBeGreaterThan(zoomed * 1.2);
});

for (const path of ['', 'events/gutenberg-bible/']) {
  test(`/${path}: no axe violations (WCAG 2.2 A/AA)`, async ({ page }) => {
    await page.goto(path);
    if (!path) await ready(page);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}
