// The QR code of an event page's address, for students' phones: a standalone SVG made at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvents } from '../../../data/content.ts';
import { eventHref } from '../../../data/urls.ts';
import { qrSvg } from '../../../lib/present/qr.ts';
import { siteAddress } from '../../../data/site.ts';

// A QR code needs the site's public address: without it none is made.
export const getStaticPaths = (async () =>
  siteAddress() ? (await getEvents()).map((event) => ({ params: { slug: event.slug }, props: { title: event.title } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string }> = ({ params, props, site }) => {
  const url = new URL(eventHref(params.slug!), site).href;
  return new Response(qrSvg(url, `QR code of the page "${props.title}": ${url}`), { headers: { 'Content-Type': 'image/svg+xml' } });
};
