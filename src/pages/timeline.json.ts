import type { APIRoute } from 'astro';
import { getTimelineData } from '../data/timeline.ts';
import { encodeTimelineData } from '../lib/timeline/timeline-data.ts';

/** The timeline's data for the browser, by column (src/lib/timeline/timeline-data.ts says why). */
export const GET: APIRoute = async () => new Response(JSON.stringify(encodeTimelineData(await getTimelineData())), { headers: { 'content-type': 'application/json' } });
