// @ts-nocheck -- the page.evaluate callbacks use globals the init script defines (window.__frames)
// npm run bench [-- --sizes 1000,10000] [--loads 7] [--reuse]
// Generates N synthetic events as Markdown, builds the site from them (CONTENT_DIR), builds a
// bare Astro site from the same Markdown for comparison, then measures in headless Chromium:
// JS/CSS bytes (gzip) of the timeline page, first render and interactive times, frame times
// during 30 wheel zooms in, 30 out and 30 drag steps, JS heap, DOM nodes; and the same page
// measurements for vis-timeline on the same events. Our page is measured twice: as built, with
// the map of places beside the timeline, and with the map taken out of the page before its script
// runs (the figures without the map). Prints a table; writes tmp/bench/results.json.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findBrowser } from './find-browser.mjs';
import { generateContent } from './bench-content.mjs';
import { handleErrors, InputError, writeDetails } from './errors.mjs';

handleErrors('npm run bench');

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'tmp', 'bench');
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > -1 ? String(process.argv[sizesArg + 1] ?? '').split(',').map(Number) : [1000, 10000];
if (!SIZES.length || SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  throw new InputError(`--sizes takes whole numbers of events separated by commas, e.g. --sizes 1000,10000 (got "${process.argv[sizesArg + 1] ?? ''}")`);
}
// --reuse measures the sites an earlier run built (a 10,000-event build takes a long time),
// with the build times that run recorded in tmp/bench/builds-N.json.
const REUSE = process.argv.includes('--reuse');
// Interactive time varies by a tenth of a second from one load to the next on this machine:
// it is the median of this many fresh loads (--loads N).
const loadsArg = process.argv.indexOf('--loads');
const LOADS = loadsArg > -1 ? Number(process.argv[loadsArg + 1]) : 7;
if (!Number.isInteger(LOADS) || LOADS < 1) throw new InputError(`--loads takes a whole number of page loads, e.g. --loads 7 (got "${process.argv[loadsArg + 1] ?? ''}")`);
const READY_TIMEOUT_MS = 300_000;
const log = (message) => console.log(`[bench] ${message}`);

// ---- builds ------------------------------------------------------------------------------------

// GNU time reports the peak memory (resident set) of the build and the processes it waits for.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
let lastPeakMB = null;

function timed(label, command, args, env = {}, cwd = root) {
  const started = Date.now();
  const [run, runArgs] = GNU_TIME ? [GNU_TIME, ['-f', 'peak-rss-kb %M', command, ...args]] : [command, args];
  const result = spawnSync(run, runArgs, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (Date.now() - started) / 1000;
  const peak = /peak-rss-kb (\d+)/.exec(result.stderr ?? '');
  lastPeakMB = peak ? Math.round(Number(peak[1]) / 1024) : null;
  if (result.status !== 0) {
    const log = writeDetails(`npm run bench: ${label}`, `${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${result.error.stack}` : ''}`);
    throw new InputError(`${label} failed (exit code ${result.status}); its output was written to ${log}`);
  }
  return seconds;
}

/** A minimal Astro project over the same Markdown: a collection and one page per entry. */
function bareProject(dir, contentDir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/events'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: './dist' });\n`);
  writeFileSync(join(dir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { events: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(join(contentDir, 'events'))} }) }) };\n`);
  writeFileSync(join(dir, 'src/pages/index.astro'), `---\nimport { getCollection } from 'astro:content';\nconst events = await getCollection('events');\n---\n<html lang="en"><head><title>Bare</title></head><body><ol>{events.map((e) => <li><a href={\`/events/\${e.id}/\`}>{e.data.title}</a></li>)}</ol></body></html>\n`);
  writeFileSync(join(dir, 'src/pages/events/[slug].astro'), `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('events')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`);
}

// ---- serving and measuring ---------------------------------------------------------------------

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
function serve(dir) {
  return new Promise((done) => {
    const server = createServer((req, res) => {
      let path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (existsSync(path) && !extname(path)) path = join(path, 'index.html');
      if (!existsSync(path)) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(readFileSync(path));
    });
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

/**
 * Gzip bytes of the scripts and stylesheets a page loads, following static imports between
 * chunks, and with `dynamic` also the chunks it imports on demand (the map's code, which only a
 * page with the map loads).
 */
function assetBytes(dir, html, { dynamic = false } = {}) {
  const seen = new Set();
  const bytes = { js: 0, css: 0 };
  const visit = (path, kind) => {
    if (seen.has(path) || !existsSync(join(dir, path))) return;
    seen.add(path);
    const text = readFileSync(join(dir, path));
    bytes[kind] += gzipSync(text, { level: 9 }).length;
    // Minified chunks write specifiers in any quotes, backticks included: import(`./map.x.js`).
    const imports = dynamic ? /(?:import\s*\(?|from)\s*["'`]\.\/([^"'`]+\.js)["'`]/g : /(?:import|from)\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
    if (kind === 'js') for (const [, next] of String(text).matchAll(imports)) visit(join(path, '..', next), 'js');
  };
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) visit(src, 'js');
  for (const [, src] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) visit(src, 'css');
  for (const [, src] of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g)) visit(src, 'css');
  return bytes;
}

const percentile = (values, p) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** A fresh page, as a first-time reader gets it (the map taken out as it is parsed, if asked). */
async function freshPage(browser, withoutMap) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (withoutMap) {
    // The map element goes as soon as it is parsed, before the module script runs: the timeline
    // then draws as it did before the map existed (the same script, with no map to find).
    await page.addInitScript(() => {
      // The observer stops once it has: watching the whole parse would slow the page it measures.
      const observer = new MutationObserver(() => {
        const map = document.querySelector('[data-map]');
        if (map) { map.remove(); observer.disconnect(); }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  }
  return { context, page };
}

/** Times from navigation to `readyCheck` over `loads` fresh loads (null for a load that never got there). */
async function loadTimes(browser, url, readyCheck, withoutMap, loads) {
  const times = [];
  for (let i = 0; i < loads; i++) {
    const { context, page } = await freshPage(browser, withoutMap);
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    times.push(await page.waitForFunction(readyCheck, null, { timeout: READY_TIMEOUT_MS }).then(() => Date.now() - started, () => null));
    await context.close();
  }
  return times;
}

/**
 * Loads a page, waits until `readyCheck` holds, then scripts 30 wheel zooms in, 30 out and 30
 * drag steps. Interactive is the median of `loads` loads; the rest is measured on one.
 */
async function measurePage(browser, url, { readyCheck, target, withoutMap = false, loads = LOADS }) {
  const earlier = await loadTimes(browser, url, readyCheck, withoutMap, loads - 1);
  const { context, page } = await freshPage(browser, withoutMap);
  await page.addInitScript(() => {
    window.__frames = [];
    window.__recording = false;
    let last = performance.now();
    const tick = (now) => {
      if (window.__recording) window.__frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  let interactiveMs;
  try {
    if (earlier.includes(null)) throw new Error('a load was not ready in time');
    await page.waitForFunction(readyCheck, null, { timeout: READY_TIMEOUT_MS });
    interactiveMs = percentile([...earlier, Date.now() - started], 50);
  } catch {
    await context.close();
    return { timedOut: true, interactiveMs: null, firstPaintMs: null, frames: { count: 0, p50: null, p95: null, max: null, over16: null, missed: null, over50: null }, heapMB: null, domNodes: null, timelineNodes: null };
  }
  const firstPaintMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  const box = await page.locator(target).boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(x, y);
  await page.waitForTimeout(300);
  await page.evaluate(() => { window.__recording = true; });
  for (let i = 0; i < 30; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(16); }
  for (let i = 0; i < 30; i++) { await page.mouse.wheel(0, 120); await page.waitForTimeout(16); }
  await page.mouse.down();
  for (let i = 0; i < 30; i++) { await page.mouse.move(x - i * 12, y); await page.waitForTimeout(16); }
  await page.mouse.up();
  await page.waitForTimeout(100);
  const frames = await page.evaluate(() => { window.__recording = false; return window.__frames; });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const timelineNodes = await page.evaluate((selector) => document.querySelector(selector)?.getElementsByTagName('*').length ?? 0, target);
  await context.close();
  return {
    firstPaintMs: firstPaintMs === null ? null : Math.round(firstPaintMs),
    interactiveMs,
    frames: {
      count: frames.length,
      p50: +percentile(frames, 50).toFixed(1),
      p95: +percentile(frames, 95).toFixed(1),
      max: +Math.max(...frames).toFixed(1),
      over16: frames.filter((f) => f > 16.7).length,
      // rAF times come in 0.1 ms steps, so a frame on time at 60 Hz reads 16.6 to 16.8 ms; one
      // that missed a refresh reads about 33 ms.
      missed: frames.filter((f) => f > 25).length,
      over50: frames.filter((f) => f > 50).length,
    },
    heapMB: +(metric('JSHeapUsedSize') / 1048576).toFixed(1),
    domNodes,
    timelineNodes,
  };
}

function visPage(dir, contentDir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const umd = join(root, 'node_modules/vis-timeline/standalone/umd');
  cpSync(join(umd, 'vis-timeline-graph2d.min.js'), join(dir, 'vis.js'));
  cpSync(join(root, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'), join(dir, 'vis.css'));
  // The same events, as vis-timeline items: title, start and (for ranges) end, grouped by lane.
  const items = readdirSync(join(contentDir, 'events')).map((file, id) => {
    const text = readFileSync(join(contentDir, 'events', file), 'utf8');
    const title = /title: (.*)/.exec(text)[1];
    const date = /date: "([^"]+)"/.exec(text)[1].replace('~', '');
    const lane = /lane: (.*)/.exec(text)[1];
    const [start, end] = date.split('/');
    const norm = (d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
    return end ? { id, content: title, start: norm(start), end: norm(end), group: lane } : { id, content: title, start: norm(start), group: lane, type: 'point' };
  });
  const groups = [...new Set(items.map((i) => i.group))].map((id) => ({ id, content: id }));
  writeFileSync(join(dir, 'data.json'), JSON.stringify({ items, groups }));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vis-timeline</title><link rel="stylesheet" href="vis.css"></head><body><h1>vis-timeline</h1><div id="tl"></div><script src="vis.js"></script><script src="main.js"></script></body></html>`);
  writeFileSync(join(dir, 'main.js'), `fetch('data.json').then((r) => r.json()).then(({ items, groups }) => { const t = new vis.Timeline(document.getElementById('tl'), new vis.DataSet(items), new vis.DataSet(groups), { start: '1894-01-01', end: '1950-12-31', zoomMin: 7 * 864e5, stack: true }); t.on('changed', () => { document.body.dataset.ready = 'true'; }); });`);
}

// ---- run ---------------------------------------------------------------------------------------

const { chromium } = await import('@playwright/test');
const executablePath = await findBrowser();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const results = [];
try {
  for (const n of SIZES) {
    const contentDir = join(work, `content-${n}`, 'content');
    const siteDir = join(work, `site-${n}`);
    const bare = join(work, `bare-${n}`);
    const buildsFile = join(work, `builds-${n}.json`);
    let buildSeconds;
    let bareSeconds;
    let buildPeakMB = null;
    if (REUSE && existsSync(join(siteDir, 'index.html')) && existsSync(buildsFile)) {
      ({ buildSeconds, bareSeconds, buildPeakMB = null } = JSON.parse(readFileSync(buildsFile, 'utf8')));
      log(`${n} events: reusing the sites built earlier (${buildSeconds.toFixed(0)} s and ${bareSeconds.toFixed(0)} s)`);
    } else {
      log(`${n} events: generating Markdown …`);
      generateContent(n, contentDir);
      log(`${n} events: building the site …`);
      // A cold build: without the cache an earlier build of the same events left (scripts/build.mjs).
      rmSync(`${siteDir}.cache`, { recursive: true, force: true });
      buildSeconds = timed('site build', process.execPath, [join(root, 'scripts/build.mjs')], { CONTENT_DIR: contentDir, OUT_DIR: siteDir });
      buildPeakMB = lastPeakMB;
      log(`${n} events: building a bare Astro site from the same Markdown …`);
      bareProject(bare, contentDir);
      bareSeconds = timed('bare build', process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {}, bare);
      writeFileSync(buildsFile, JSON.stringify({ buildSeconds, bareSeconds, buildPeakMB }));
    }
    const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
    const ours = { ...assetBytes(siteDir, html, { dynamic: true }) };
    log(`${n} events: measuring our timeline in Chromium …`);
    let server = await serve(siteDir);
    const oursReady = () => document.querySelector('[data-timeline]')?.dataset.ready === 'true';
    Object.assign(ours, await measurePage(browser, `http://127.0.0.1:${server.address().port}/`, { readyCheck: oursReady, target: '[data-timeline]' }));
    log(`${n} events: measuring our timeline again without the map …`);
    const noMap = { ...assetBytes(siteDir, html), ...(await measurePage(browser, `http://127.0.0.1:${server.address().port}/`, { readyCheck: oursReady, target: '[data-timeline]', withoutMap: true })) };
    log(`${n} events: measuring the embed page (/embed/) …`);
    const embedHtml = readFileSync(join(siteDir, 'embed', 'index.html'), 'utf8');
    const embed = { htmlBytes: Buffer.byteLength(embedHtml), htmlGzip: gzipSync(embedHtml, { level: 9 }).length, ...assetBytes(siteDir, embedHtml), ...(await measurePage(browser, `http://127.0.0.1:${server.address().port}/embed/`, { readyCheck: oursReady, target: '[data-timeline]' })) };
    server.close();
    log(`${n} events: measuring vis-timeline on the same events …`);
    const visDir = join(work, `vis-${n}`);
    visPage(visDir, contentDir);
    server = await serve(visDir);
    const vis = { js: gzipSync(readFileSync(join(visDir, 'vis.js')), { level: 9 }).length, css: gzipSync(readFileSync(join(visDir, 'vis.css')), { level: 9 }).length };
    Object.assign(vis, await measurePage(browser, `http://127.0.0.1:${server.address().port}/`, { readyCheck: () => document.body.dataset.ready === 'true', target: '#tl', loads: 1 }));
    server.close();
    results.push({ n, buildSeconds, bareSeconds, buildPeakMB, ours, noMap, vis, embed });
  }
} finally {
  await browser.close();
}

// ---- report ------------------------------------------------------------------------------------

const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b ? `${(a / b).toFixed(2)}×` : '–');
const rows = [];
const embedRows = [];
for (const { n, buildSeconds, bareSeconds, buildPeakMB, ours, noMap, vis, embed } of results) {
  const line = (label, pick, unit = '') => {
    const [a, b, c] = [ours, noMap, vis].map(pick);
    rows.push(`| ${n.toLocaleString('en')} | ${label} | ${a ?? '–'}${unit} | ${b ?? '–'}${unit} | ${c ?? '–'}${unit} | ${ratio(a, c)} |`);
  };
  const late = `not within ${READY_TIMEOUT_MS / 1000} s`;
  line('JS, gzip (KB)', (r) => +(r.js / 1024).toFixed(1));
  line('CSS, gzip (KB)', (r) => +(r.css / 1024).toFixed(1));
  line('first contentful paint (ms)', (r) => r.firstPaintMs);
  line(`interactive (ms): ours the median of ${LOADS} loads, vis-timeline one`, (r) => r.interactiveMs ?? late);
  line('frame p50 (ms)', (r) => r.frames.p50);
  line('frame p95 (ms)', (r) => r.frames.p95);
  line('frame max (ms)', (r) => r.frames.max);
  line('frames > 16.7 ms', (r) => (r.frames.over16 === null ? null : `${r.frames.over16} / ${r.frames.count}`));
  line('frames that missed a refresh (> 25 ms)', (r) => (r.frames.missed === null ? null : `${r.frames.missed} / ${r.frames.count}`));
  line('frames > 50 ms', (r) => r.frames.over50);
  line('JS heap (MB)', (r) => r.heapMB);
  line('DOM nodes, timeline', (r) => r.timelineNodes);
  line('DOM nodes, whole page', (r) => r.domNodes);
  rows.push(`| ${n.toLocaleString('en')} | build (s): ours vs bare Astro | ${buildSeconds.toFixed(1)} | | ${bareSeconds.toFixed(1)} (bare) | ${ratio(buildSeconds, bareSeconds)} |`);
  rows.push(`| ${n.toLocaleString('en')} | build peak memory (MB) | ${buildPeakMB ?? '–'} | | | |`);
  embedRows.push(`| ${n.toLocaleString('en')} | ${embed.htmlBytes.toLocaleString('en')} B (${(embed.htmlGzip / 1024).toFixed(1)} KB gzip) | ${(embed.js / 1024).toFixed(1)} KB | ${embed.firstPaintMs ?? '–'} ms | ${embed.interactiveMs ?? '–'} ms | ${embed.frames.p95 ?? '–'} ms |`);
}
const table = ['| events | measure | ours, with the map | ours, without the map | vis-timeline | ratio (with map / vis) |', '| ---: | --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2));
console.log(`\n${table}\n`);
console.log(['The embed page (/embed/, the timeline alone):', '| events | HTML | JS, gzip | first contentful paint | interactive | frame p95 |', '| ---: | ---: | ---: | ---: | ---: | ---: |', ...embedRows].join('\n'));
console.log('(headless Chromium, software rendering, on this machine; frames are requestAnimationFrame intervals during the scripted zooms and drags)');
