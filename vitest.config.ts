import { defineConfig } from 'vitest/config';

// Three projects, run in this order by scripts/test.mjs (`npm test`):
//   unit   the pure core and the content checks: fast, no build, no browser;
//   build  tests that each run the whole build (scripts/build.mjs) on fixture content:
//          minutes of CPU, so they stay out of the unit tests;
//   site   checks of the site that `npm run build` wrote to dist/ and dist-subpath/.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 300_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
