// The timeline's data, built once per build from the content collections.
import { getEvents, getLanes, getPlaces } from './content.ts';
import { toTimelineItem, type TimelineItem } from '../lib/timeline/items.ts';
import { utcDay } from '../lib/dates/historical-date.ts';
import { utcYear } from '../lib/dates/utc.ts';
import { eraBandsOf } from '../lib/timeline/eras.ts';
import { settings } from './settings.ts';
import type { TimelineData } from '../lib/timeline/timeline-data.ts';
import { thumbnailOf } from './media.ts';

export type { TimelineData } from '../lib/timeline/timeline-data.ts';

/**
 * Up to this many events, the home page lists them all below the timeline (its no-script and
 * screen-reader view). Beyond it, the list would outweigh the timeline (10,000 events made an
 * 89,000-element page whose first paint took 2 s), so the home page lists eras and decades
 * and /events/ lists the events. The HOME_LIST_MAX environment variable sets another limit.
 */
export const HOME_LIST_MAX = Number(process.env.HOME_LIST_MAX) || 1000;

/**
 * An event that starts more than this many years after the period is an epilogue: the axis does
 * not stretch to reach it (the 2025 FSB release made 60% of the overview empty).
 */
const EPILOGUE_AFTER_YEARS = 5;

/**
 * The period the site is about, in whole years: content/site.yaml's `window` (the one place it
 * is written), else a year either side of the events (at least ten years; the current century
 * without events). The timeline opens on it and the decks' strips span it.
 */
function periodOf(window: readonly [number, number] | undefined, items: readonly TimelineItem[]): { from: number; to: number } {
  if (window) return { from: window[0], to: window[1] };
  const first = items.length ? utcYear(Math.min(...items.map((i) => i.start))) : 2000;
  const last = items.length ? utcYear(Math.max(...items.map((i) => i.end))) : 2000;
  return { from: first - 1, to: Math.max(last + 1, first + 10) };
}

let cache: Promise<TimelineData> | undefined;

/** Items in chronological order with lanes, default view and the limits of panning. */
export function getTimelineData(): Promise<TimelineData> {
  cache ??= (async () => {
    const [events, lanes, allPlaces] = await Promise.all([getEvents(), getLanes(), getPlaces()]);
    const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
    const thumbs = await Promise.all(events.map((event) => thumbnailOf(event.entry)));
    const items = events.map((event, order) =>
      toTimelineItem({ slug: event.slug, title: event.title, summary: event.entry.data.summary, lane: event.entry.data.lane, date: event.date, tags: event.entry.data.tags, places: event.entry.data.places, thumb: thumbs[order], displayDate: event.entry.data.displayDate }, order, laneIndex),
    );
    const places: Record<string, string> = {};
    for (const slug of items.flatMap((i) => i.places)) places[slug] ??= allPlaces.get(slug)?.data.name ?? slug;
    const period = periodOf(settings.window, items);
    const epilogueFrom = utcDay(period.to + EPILOGUE_AFTER_YEARS + 1, 1, 1);
    const main = items.filter((i) => i.start < epilogueFrom);
    const firstYear = Math.min(period.from, ...main.map((i) => utcYear(i.start)));
    const lastYear = Math.max(period.to, ...main.map((i) => utcYear(i.start)));
    const defaultWindow = { start: utcDay(period.from, 1, 1), end: utcDay(period.to, 12, 31) };
    const extent = { start: utcDay(firstYear, 1, 1), end: utcDay(lastYear, 12, 31) };
    const epilogue = items.filter((i) => i.start >= epilogueFrom).map((i) => i.slug);
    return { items, lanes: lanes.map(({ id, label }) => ({ id, label })), places, defaultWindow, extent, epilogue, eras: eraBandsOf(settings.eras) };
  })();
  return cache;
}
