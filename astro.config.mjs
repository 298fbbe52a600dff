// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentGate } from './src/integrations/content-gate.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { offline } from './src/integrations/offline.ts';
import { readBibliography } from './src/content-source/read.ts';
import { remarkCitations } from './src/lib/citations/remark-citations.ts';
import { formatShortNote } from './src/lib/citations/short-note.ts';
import { readSiteAddress } from './src/content-source/site-settings.ts';
import { ADDRESS_NOT_SET_WARNING } from './src/lib/content/site-settings.ts';

const bibliography = readBibliography();

// The public address (SITE, else content/site.yaml): every absolute link is made from it, and
// without it none is made (never a made-up host). A bad address is refused by the content gate.
const address = readSiteAddress();
if (!address.url && !address.problems.length) console.warn(`⚠ ${ADDRESS_NOT_SET_WARNING}`);

// BASE lets the built site live under a sub-path (e.g. GitHub Pages: BASE=/timeline/).
const base = process.env.BASE ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';
// scripts/build.mjs gives each output directory its own cache, so builds can run side by side.
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: address.url,
  base,
  trailingSlash: 'always',
  outDir,
  cacheDir,
  // Pages render four at a time: while one waits on sharp (drawing a preview PNG on libuv's
  // threads), the others go on, which uses the second core.
  build: { format: 'directory', concurrency: 4 },
  integrations: [contentGate(), mdx(), sitemap(), offline()],
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [[remarkCitations, { formatNote: (/** @type {import('./src/lib/citations/syntax.ts').CitationItem[]} */ items) => formatShortNote(items, bibliography) }]],
      remarkRehype: { footnoteLabel: 'Notes', footnoteBackLabel: (/** @type {number} */ n) => `Back to the text of note ${n + 1}` },
      smartypants: true,
    }),
  },
  // Pagefind's search runs as WebAssembly, which a CSP must allow with 'wasm-unsafe-eval'
  // (compiling WebAssembly only; 'unsafe-eval' for JavaScript stays off).
  security: { csp: { scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  // Every script stays an external file (none is inlined into pages), as the CSP intends.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
