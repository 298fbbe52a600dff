import type { APIRoute } from 'astro';
import { siteRoot } from '../data/export.ts';

/** /robots.txt: everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', siteRoot(site)).href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
