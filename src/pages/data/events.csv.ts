import type { APIRoute } from 'astro';
import { getExport } from '../../data/export.ts';
import { eventsToCsv } from '../../lib/data-out/csv.ts';

/** /data/events.csv: one row per event. */
export const GET: APIRoute = async ({ site }) =>
  new Response(eventsToCsv((await getExport(site)).data.events), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
