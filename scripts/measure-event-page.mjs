// Where a phone reader meets the parts of an event page: `npm run measure:event-page [-- slug]`.
// Serves dist/ (build first), opens the page at 375×740 in Chromium and prints the distance
// from the top of the page to the story, "Cite this page", "See on the timeline" and the facts.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';

const slug = process.argv[2] ?? 'treaty-of-portsmouth-1905';
const port = Number(process.env.PORT ?? 4391);
const root = resolve(import.meta.dirname, '..');
const server = spawn(process.execPath, [resolve(root, 'scripts/serve.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
try {
  await new Promise((done) => setTimeout(done, 600));
  const browser = await chromium.launch({ executablePath: await findBrowser(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await page.goto(`http://localhost:${port}/events/${slug}/`);
  const top = async (selector) => page.locator(selector).first().evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY)).catch(() => null);
  const figures = {
    'story (first paragraph)': await top('.prose p'),
    'facts ("At a glance")': await top('#facts-heading'),
    'sources (Bibliography)': await top('#bibliography-heading'),
    '"Cite this page"': await top('#cite-heading'),
    '"See on the timeline"': await top('a:text("See on the timeline")'),
    'page height': await page.evaluate(() => document.documentElement.scrollHeight),
  };
  console.log(`/events/${slug}/ at 375×740 (px from the top of the page; the first screen ends at 740):`);
  for (const [what, y] of Object.entries(figures)) console.log(`  ${what.padEnd(26)} ${y ?? 'not on the page'}`);
  await browser.close();
} finally {
  server.kill();
}
