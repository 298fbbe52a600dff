import type { APIRoute } from 'astro';
import { eventsJsonSchema } from '../../lib/data-out/events-schema.ts';

/** /data/events.schema.json: the JSON Schema of events.json. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(eventsJsonSchema, null, 2)}\n`, { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
