import type { APIRoute } from 'astro';
import { getTimelineData } from '../data/timeline.ts';

/** The timeline's data for the browser: every event's dates, lane and words, in order. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getTimelineData()), { headers: { 'content-type': 'application/json' } });
