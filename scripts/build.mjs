// Builds the site so that nothing half-built is ever published:
//   1. the content gate (inside astro build) refuses invalid content, listing every problem;
//   2. the build runs into a staging directory, and any error Astro logs fails it, even
//      when Astro itself would exit 0;
//   3. the built pages are verified (one non-empty page per event);
//   4. the search index is built (Pagefind, scripts/search-index.mjs);
//   5. only then does the staging directory replace the output directory (dist/ or OUT_DIR).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { handleErrors, writeDetails } from './errors.mjs';

handleErrors('npm run build');

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
// Astro's content cache, one per output directory: builds of different content must not share it.
const cacheDir = outDir.startsWith(`${root}/`) ? join(root, 'node_modules/.astro', outDir.slice(root.length + 1).replace(/[^\w.-]+/g, '_')) : `${outDir}.cache`;
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const started = Date.now();

rmSync(staging, { recursive: true, force: true });
console.log(`Building ${process.env.BASE ? `under ${process.env.BASE} ` : ''}into ${staging} …`);

const loggedErrors = [];
// Stack traces and source locations that Astro prints go to the error log, not to the terminal.
const withheld = [];
const code = await new Promise((done) => {
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, OUT_DIR: staging, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const watch = (stream, sink) => {
    let pending = '';
    let inTrace = false;
    stream.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        if (/\[ERROR\]/.test(line)) loggedErrors.push(line.trim());
        if (/^\s*(?:Stack trace|Location):\s*$/.test(line)) inTrace = true;
        else if (inTrace && !/^\s+\S/.test(line)) inTrace = false;
        if (inTrace || /^\s+at\s/.test(line)) withheld.push(line);
        else sink.write(`${line}\n`);
      }
    });
    stream.on('end', () => { if (pending) sink.write(pending); });
  };
  watch(child.stdout, process.stdout);
  watch(child.stderr, process.stderr);
  child.on('close', done);
});

function fail(message) {
  rmSync(staging, { recursive: true, force: true });
  const details = withheld.length ? `\n  The stack trace was written to ${writeDetails('npm run build', withheld.join('\n'))}.` : '';
  console.error(`\n✗ Build failed: ${message}\n  Nothing was published; ${outDir} is unchanged.${details}`);
  process.exit(1);
}

if (code !== 0) fail(`astro build exited with code ${code}.`);
if (loggedErrors.length) fail(`Astro logged ${loggedErrors.length} error(s):\n  ${loggedErrors.join('\n  ')}`);

// Every event file must have become a page with a body: a render error must not publish an empty page.
const eventsDir = join(contentDir, 'events');
const slugs = existsSync(eventsDir) ? readdirSync(eventsDir).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')) : [];
const empty = [];
for (const slug of slugs) {
  const page = join(staging, 'events', slug, 'index.html');
  if (!existsSync(page)) { empty.push(`${slug}: no page was written`); continue; }
  const html = readFileSync(page, 'utf8');
  const prose = /<div class="prose"[^>]*>([\s\S]*?)<\/div>\s*(?:<aside|<section class="bibliography"|<nav|<\/article)/.exec(html);
  const text = prose ? prose[1].replace(/<[^>]+>/g, '').trim() : '';
  if (text.length < 40) empty.push(`${slug}: the page has no text`);
}
if (empty.length) fail(`${empty.length} event page(s) are missing or empty:\n  ${empty.join('\n  ')}`);

// The search index (Pagefind) is built from the verified pages, before they are published.
try {
  const { indexSite } = await import('./search-index.mjs');
  const indexed = await indexSite(staging);
  console.log(`Search index: ${indexed} pages.`);
} catch (error) {
  fail(`the search index could not be built: ${error instanceof Error ? error.message : String(error)}`);
}

rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.log(`\n✓ Built ${slugs.length} event pages into ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
