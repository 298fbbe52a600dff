import type { APIRoute } from 'astro';
import { getExport } from '../../data/export.ts';
import { toTimelineJs } from '../../lib/timelinejs/export.ts';
import { settings } from '../../data/settings.ts';

/** /data/timelinejs.json: the timeline in TimelineJS3's JSON format. */
export const GET: APIRoute = async ({ site }) => {
  const { data, dates } = await getExport(site);
  const timeline = toTimelineJs(data.events.map((exported, i) => ({ exported, date: dates[i] })), {
    headline: settings.title,
    text: settings.description ?? settings.subtitle ?? '',
    reigns: settings.eras.reigns === 'japanese',
  });
  return new Response(`${JSON.stringify(timeline, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
