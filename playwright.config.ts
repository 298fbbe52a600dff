import { defineConfig, devices } from '@playwright/test';

// The browser comes from scripts/find-browser.mjs (CHROMIUM_PATH); Playwright cannot
// download its own here. These flags keep headless Chromium quiet on a closed network.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = { executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'tmp/reports/e2e.json' }]],
  use: { trace: 'off', launchOptions },
  projects: [
    { name: 'site', use: { ...devices['Desktop Chrome'], baseURL: 'http://localhost:4321/', launchOptions }, testIgnore: /subpath/ },
    { name: 'subpath', use: { ...devices['Desktop Chrome'], baseURL: 'http://localhost:4322/timeline/', launchOptions }, testMatch: /subpath/ },
  ],
  webServer: [
    { command: 'node scripts/serve.mjs', url: 'http://localhost:4321/', reuseExistingServer: !process.env.CI, env: { PORT: '4321' } },
    { command: 'node scripts/serve.mjs', url: 'http://localhost:4322/timeline/', reuseExistingServer: !process.env.CI, env: { PORT: '4322', BASE: '/timeline/', OUT_DIR: 'dist-subpath' } },
  ],
});
