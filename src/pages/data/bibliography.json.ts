import type { APIRoute } from 'astro';
import { getCslItems } from '../../data/export.ts';

/** /data/bibliography.json: every source as CSL-JSON. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getCslItems(), null, 2)}\n`, { headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
