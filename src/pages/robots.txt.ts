import type { APIRoute } from 'astro';
import { siteRoot } from '../data/export.ts';

/** /robots.txt: everything may be crawled; the sitemap lists every page (when there is one: it needs the site's address). */
export const GET: APIRoute = ({ site }) => {
  const root = siteRoot(site);
  const sitemap = root ? `\nSitemap: ${new URL('sitemap.xml', root).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
