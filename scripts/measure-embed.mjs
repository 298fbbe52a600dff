// The embed page's weight and first render: `npm run measure:embed [-- runs]`.
// Serves dist/ (build first), frames /embed/ at 1000×600 in Chromium with a cold cache, RUNS
// times (5 by default), and prints the bytes it transfers (HTML, scripts, styles, the timeline
// data; raw and gzip) and its first contentful paint and time until the timeline is interactive.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';

const runs = Number(process.argv[2] ?? 5);
const port = Number(process.env.PORT ?? 4393);
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
const server = spawn(process.execPath, [resolve(root, 'scripts/serve.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  await new Promise((done) => setTimeout(done, 600));
  const browser = await chromium.launch({ executablePath: await findBrowser(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const paints = [];
  const ready = [];
  let files = new Map();
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 600 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    files = new Map();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === `http://localhost:${port}`) files.set(url.pathname, response.request().resourceType());
    });
    const started = Date.now();
    await page.goto(`http://localhost:${port}/embed/`);
    await page.locator('[data-timeline][data-ready="true"]').waitFor();
    ready.push(Date.now() - started);
    paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await context.close();
  }
  await browser.close();
  let raw = 0;
  let gzip = 0;
  const rows = [];
  for (const [path, type] of files) {
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    rows.push(`  ${type.padEnd(10)} ${String(bytes.length).padStart(8)} B  ${String(gzipSync(bytes).length).padStart(7)} B gzip  ${path}`);
  }
  console.log(`/embed/ in a 1000×600 window, cold cache, ${runs} runs:`);
  console.log(rows.join('\n'));
  console.log(`  total      ${String(raw).padStart(8)} B  ${String(gzip).padStart(7)} B gzip  (${files.size} files)`);
  console.log(`  first contentful paint: median ${median(paints).toFixed(0)} ms (runs: ${paints.map((p) => p.toFixed(0)).join(', ')})`);
  console.log(`  timeline interactive (navigation to data-ready): median ${median(ready)} ms (runs: ${ready.join(', ')})`);
} finally {
  server.kill();
}
