import { defineConfig, devices } from '@playwright/test';

// The browser comes from scripts/find-browser.mjs (CHROMIUM_PATH); Playwright cannot
// download its own here. These flags keep headless Chromium quiet on a closed network.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = { executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] };

// Which builds to test and on which ports: dist/ and dist-subpath/ on 4321 and 4322 by default.
const port = Number(process.env.E2E_PORT ?? 4321);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const subpathOutDir = process.env.E2E_SUBPATH_OUT_DIR ?? 'dist-subpath';
// scripts/test.mjs builds dist/ with SITE set to this address (and dist-subpath/ to the next
// port's), so the absolute links the pages carry lead to these servers.
const site = `http://localhost:${port}/`;
const subpathSite = `http://localhost:${port + 1}/timeline/`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'tmp/reports/e2e.json' }]],
  use: { trace: 'off', launchOptions },
  projects: [
    { name: 'site', use: { ...devices['Desktop Chrome'], baseURL: site, launchOptions }, testIgnore: /subpath/ },
    { name: 'subpath', use: { ...devices['Desktop Chrome'], baseURL: subpathSite, launchOptions }, testMatch: /subpath/ },
  ],
  webServer: [
    { command: 'node scripts/serve.mjs', url: site, reuseExistingServer: false, env: { PORT: String(port), OUT_DIR: outDir } },
    { command: 'node scripts/serve.mjs', url: subpathSite, reuseExistingServer: false, env: { PORT: String(port + 1), BASE: '/timeline/', OUT_DIR: subpathOutDir } },
  ],
});
