import type { APIRoute, GetStaticPaths } from 'astro';
import { siteAddress } from '../../data/site.ts';
import { OEMBED_UNAVAILABLE, oembedFor } from '../../data/embed.ts';
import { EMBED_TITLE } from '../../data/settings.ts';

// An oEmbed answer is read on other sites, so its addresses are absolute: without the site's
// address there is no endpoint (and no discovery link; see src/data/embed.ts). A dynamic route
// is how a static file can be left out.
export const getStaticPaths = (() => {
  if (siteAddress()) return [{ params: { oembed: 'oembed' } }];
  console.warn(`⚠ ${OEMBED_UNAVAILABLE}`);
  return [];
}) satisfies GetStaticPaths;

/** /embed/oembed.json: the oEmbed answer for the embedded timeline. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(oembedFor(site, EMBED_TITLE)), { headers: { 'content-type': 'application/json+oembed' } });
