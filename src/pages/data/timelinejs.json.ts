import type { APIRoute } from 'astro';
import { getExport } from '../../data/export.ts';
import { toTimelineJs } from '../../lib/timelinejs/export.ts';

/** /data/timelinejs.json: the timeline in TimelineJS3's JSON format. */
export const GET: APIRoute = async ({ site }) => {
  const { data, dates } = await getExport(site);
  const timeline = toTimelineJs(data.events.map((exported, i) => ({ exported, date: dates[i] })), {
    headline: 'Northeast Asia 1895–1948',
    text: "Japan's armies in Northeast Asia and their conflicts with Russia and the USSR, from the Treaty of Shimonoseki to the Tokyo and Khabarovsk trials.",
  });
  return new Response(`${JSON.stringify(timeline, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
