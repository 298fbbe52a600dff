// The page's reference as a BibTeX download, for reference managers.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvents, type OrderedEvent } from '../../../data/content.ts';
import { eventCitation } from '../../../data/citation.ts';
import { exportReference } from '../../../lib/citations/csl.ts';

export const getStaticPaths = (async () => (await getEvents()).map((event) => ({ params: { slug: event.slug }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: OrderedEvent }> = ({ props, site }) =>
  new Response(exportReference(eventCitation(props.event, site).item, 'bibtex'), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
