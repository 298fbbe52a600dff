import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';

/**
 * Writes sitemap.xml listing every built HTML page (a list the quality gates also walk). The
 * protocol wants absolute addresses, so without the site's address there is no sitemap (the
 * build's one-line warning, in astro.config.mjs, says so).
 */
export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': ({ dir, pages }) => {
        if (!site) return;
        const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
        const urls = pages
          .map((page) => page.pathname)
          // Only HTML pages: endpoints (feeds, JSON, citation downloads, preview images) have a file extension.
          // Nor the embed pages (noindex: they repeat the timeline and the decks for other sites' frames).
          .filter((path) => path !== '404/' && !path.startsWith('embed/') && !/\.[a-z0-9]+$/i.test(path))
          .sort()
          .map((path) => `  <url><loc>${new URL(path, root).href}</loc></url>`);
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
        writeFileSync(new URL('sitemap.xml', dir), xml);
      },
    },
  };
}
