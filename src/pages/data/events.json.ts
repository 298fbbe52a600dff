import type { APIRoute } from 'astro';
import { getExport } from '../../data/export.ts';

/** /data/events.json: every event, typed (see events.schema.json). */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify((await getExport(site)).data, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
