// What a visitor meets first on the home page: `npm run measure:home` (build first).
// Serves dist/ and prints, at 1280×800, how many lanes, whether the axis and the controls show
// above the fold, and where the card appears after choosing an event (and whether the window
// moved); at 375×740 the same for the card, which is a bottom sheet there.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';

const port = Number(process.env.PORT ?? 4392);
const root = resolve(import.meta.dirname, '..');
const slug = process.argv[2] ?? 'treaty-of-portsmouth-1905';
const server = spawn(process.execPath, [resolve(root, 'scripts/serve.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
try {
  await new Promise((done) => setTimeout(done, 600));
  const browser = await chromium.launch({ executablePath: await findBrowser(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  for (const [width, height] of [[1280, 800], [1920, 1080], [375, 740]]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`http://localhost:${port}/`);
    await page.locator('[data-timeline][data-ready="true"]').waitFor();
    const fold = await page.evaluate((h) => {
      const bottom = (el) => (el ? Math.round(el.getBoundingClientRect().bottom + window.scrollY) : null);
      const lanes = [...document.querySelectorAll('[data-svg] .tl-lane')];
      const laneBottoms = lanes.map((el) => el.getBoundingClientRect().bottom + window.scrollY);
      return {
        lanes: `${laneBottoms.filter((b) => b <= h).length} of ${laneBottoms.length}`,
        axis: bottom(document.querySelector('[data-svg] [data-layer="axis"]')),
        controls: bottom(document.querySelector('[data-toolbar]')),
        timelineWidth: Math.round(document.querySelector('[data-viewport]').getBoundingClientRect().width),
      };
    }, height);
    const before = await page.locator('[data-timeline]').evaluate((el) => `${el.dataset.from?.slice(0, 10)}…${el.dataset.to?.slice(0, 10)}`);
    // The named event, or (when it is in a cluster at this size) the first event drawn alone.
    let chosen = slug;
    if (!(await page.locator(`[data-svg] .tl-mark[data-key="${slug}"]`).count())) chosen = await page.locator('[data-svg] .tl-mark[data-key]').first().getAttribute('data-key');
    const target = page.locator(`[data-svg] .tl-mark[data-key="${chosen}"]`);
    let card = 'no event drawn alone';
    if (chosen && (await target.count())) {
      await target.click({ force: true });
      await page.waitForTimeout(700);
      card = await page.evaluate(({ slug, h }) => {
        const box = document.querySelector('[data-card]').getBoundingClientRect();
        const mark = document.querySelector(`[data-svg] .tl-mark[data-key="${slug}"]`)?.getBoundingClientRect();
        const inView = box.top >= 0 && box.bottom <= h;
        const gap = mark ? Math.round(Math.min(Math.abs(box.left - mark.right), Math.abs(mark.left - box.right), Math.abs(box.top - mark.bottom), Math.abs(mark.top - box.bottom))) : null;
        return `top ${Math.round(box.top)} px, bottom ${Math.round(box.bottom)} px (${inView ? 'wholly in view' : 'not wholly in view'}), ${gap ?? '?'} px from the mark`;
      }, { slug: chosen, h: height });
    }
    const after = await page.locator('[data-timeline]').evaluate((el) => `${el.dataset.from?.slice(0, 10)}…${el.dataset.to?.slice(0, 10)}`);
    console.log(`home page at ${width}×${height} (the first screen ends at ${height} px):`);
    console.log(`  lanes above the fold      ${fold.lanes}`);
    console.log(`  axis bottom               ${fold.axis ?? 'no axis found'} px`);
    console.log(`  controls bottom           ${fold.controls} px`);
    console.log(`  timeline width            ${fold.timelineWidth} px`);
    console.log(`  card after choosing ${chosen}: ${card}`);
    console.log(`  window ${before} → ${after}${before === after ? ' (unchanged)' : ''}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
