import type { APIRoute, GetStaticPaths } from 'astro';
import { siteAddress } from '../../../../data/site.ts';
import { oembedFor } from '../../../../data/embed.ts';
import { getLessonPaths, type LessonPath } from '../../../../data/content.ts';

// As /embed/oembed.json, one per lesson deck: none without the site's address.
export const getStaticPaths = (async () =>
  siteAddress() ? (await getLessonPaths()).map((path) => ({ params: { path: path.slug, oembed: 'oembed' }, props: { path } })) : []) satisfies GetStaticPaths;

/** /embed/present/<path>/oembed.json: the oEmbed answer for a lesson deck. */
export const GET: APIRoute<{ path: LessonPath }> = ({ site, props }) =>
  new Response(JSON.stringify(oembedFor(site, `Lesson: ${props.path.title}`, props.path.slug)), { headers: { 'content-type': 'application/json+oembed' } });
