// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentGate } from './src/integrations/content-gate.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { offline } from './src/integrations/offline.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security/csp.ts';
import { validatedContent } from './src/content-source/validated.ts';
import { remarkGlossary } from './src/lib/content/remark-glossary.ts';
import { remarkCitations } from './src/lib/citations/remark-citations.ts';
import { formatShortNote } from './src/lib/citations/short-note.ts';
import { rehypeContentPolicy } from './src/lib/content/html-policy.ts';
import { readSiteAddress } from './src/content-source/site-settings.ts';
import { ADDRESS_NOT_SET_WARNING } from './src/lib/content/site-settings.ts';


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
  // Stylesheets stay files (none inlined as <style>), so that the header policy of
  // src/lib/security/csp.ts ('self', no hashes) allows the same styles as each page's <meta>.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  integrations: [contentGate(), mdx(), sitemap(), offline(), securityHeaders()],
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [
        [remarkCitations, { formatNote: (/** @type {import('./src/lib/citations/syntax.ts').CitationItem[]} */ items) => formatShortNote(items, validatedContent().content.bibliography) }],
        // The first use of each glossary term links to its explanation on /glossary/.
        [remarkGlossary, { glossary: () => validatedContent().content.glossary, href: (/** @type {string} */ id) => `${base.replace(/\/?$/, '/')}glossary/#${id}` }],
      ],
      // The HTML allowlist (src/lib/content/html-policy.ts), the same one check:content applies.
      rehypePlugins: [rehypeContentPolicy],
      remarkRehype: { footnoteLabel: 'Notes', footnoteBackLabel: (/** @type {number} */ n) => `Back to the text of note ${n + 1}` },
      smartypants: true,
    }),
  },
  // The policy of src/lib/security/csp.ts; the search page adds 'wasm-unsafe-eval' for Pagefind.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  vite: {
    // Every script stays an external file (none is inlined into pages), as the CSP intends.
    build: { assetsInlineLimit: 0 },
    // d3-zoom's one use of d3-transition, without the colour and string tweening it brings
    // (9 KB gzip): src/scripts/timeline/zoom-transition.ts says what it keeps.
    resolve: { alias: [{ find: /^d3-transition$/, replacement: fileURLToPath(new URL('./src/scripts/timeline/zoom-transition.ts', import.meta.url)) }] },
  },
  devToolbar: { enabled: false },
});
