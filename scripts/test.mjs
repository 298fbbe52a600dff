// The whole test suite, as the README's `npm test` runs it:
//   type check → unit tests → build tests (each runs a whole build on fixture content)
//   → build (at / and under a sub-path, and the example site) → checks of the built site → browser tests in
//   Chromium. Each Vitest project runs once; ends with one plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBrowser } from './find-browser.mjs';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, 'tmp', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const e2eOnly = process.argv.includes('--e2e-only');
const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const node = process.execPath;
const bin = (name) => join(root, 'node_modules', name);

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  console.log(`── ${label}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function step(label, command, args, env) {
  const ok = run(label, command, args, env);
  if (ok) tally.passed += 1;
  else { tally.failed += 1; failures.push(label); }
  return ok;
}

function vitest(label, project, reportName) {
  const output = join(reports, reportName);
  const ok = run(label, node, [bin('vitest/vitest.mjs'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  if (!existsSync(output)) { tally.failed += 1; failures.push(`${label} (no report)`); return; }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  if (report.numFailedTests) failures.push(`${label}: ${report.numFailedTests} failed`);
  if (!ok && !report.numFailedTests) { tally.failed += 1; failures.push(`${label} (exited non-zero)`); }
}

let exampleBuilt = false;
if (!e2eOnly) {
  step('Type check (astro check)', node, [bin('astro/bin/astro.mjs'), 'check', '--minimumFailingSeverity', 'hint']);
  vitest('Unit tests (Vitest)', 'unit', 'unit.json');
  vitest('Build tests (Vitest: whole builds of fixture content)', 'build', 'build.json');
  // The builds under test get an address (the browser tests' own servers), so that canonical
  // links, QR codes, the feed and the sitemap exist; tests/build covers a build without one.
  const port = Number(process.env.E2E_PORT ?? 4321);
  step('Build the site', node, [join(root, 'scripts/build.mjs')], { SITE: `http://localhost:${port}` });
  step('Build the site under a sub-path (BASE=/timeline/)', node, [join(root, 'scripts/build.mjs')], { BASE: '/timeline/', OUT_DIR: 'dist-subpath', SITE: `http://localhost:${port + 1}` });
  // The second example site (another subject, BCE to today, no calendars), which
  // tests/e2e/example-site.spec.ts serves on the port after media.spec.ts's (+4).
  exampleBuilt = step('Build the example site (CONTENT_DIR=examples/writing)', node, [join(root, 'scripts/build.mjs')], { CONTENT_DIR: 'examples/writing', OUT_DIR: 'dist-example', SITE: `http://localhost:${port + 5}` });
  vitest('Checks of the built site (HTML, links, CSP)', 'site', 'site.json');
}

let browser;
try {
  browser = await findBrowser();
  console.log(`\nUsing Chromium at ${browser}`);
} catch (error) {
  console.error(`\n✗ ${error.message}`);
  tally.failed += 1;
  failures.push('No browser for the browser tests');
}
if (browser) {
  const output = join(reports, 'e2e.json');
  const ok = run('Browser tests (Playwright)', node, [bin('@playwright/test/cli.js'), 'test'], { CHROMIUM_PATH: browser, PLAYWRIGHT_JSON_OUTPUT_NAME: output, ...(exampleBuilt ? { E2E_EXAMPLE_OUT_DIR: 'dist-example' } : {}) });
  if (existsSync(output)) {
    const { stats } = JSON.parse(readFileSync(output, 'utf8'));
    tally.passed += stats.expected + stats.flaky;
    tally.failed += stats.unexpected;
    tally.skipped += stats.skipped;
    if (stats.unexpected) failures.push(`Browser tests: ${stats.unexpected} failed`);
    if (!ok && !stats.unexpected) { tally.failed += 1; failures.push('Browser tests (exited non-zero)'); }
  } else { tally.failed += 1; failures.push('Browser tests (no report)'); }
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(tally.failed ? 1 : 0);
