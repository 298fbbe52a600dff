// The timeline's data, built once per build from the content collections.
import { getEvents, getLanes, getPlaces } from './content.ts';
import { toTimelineItem, type TimelineItem } from '../lib/timeline/items.ts';
import { utcDay } from '../lib/dates/historical-date.ts';
import type { TimeWindow } from '../lib/timeline/view-state.ts';

/** What the browser receives to draw and navigate the timeline. */
export interface TimelineData {
  items: TimelineItem[];
  lanes: { id: string; label: string }[];
  /** The places some event names, by slug, with the name used in the period (the map's marks, the card, the filter). */
  places: Record<string, string>;
  /** The view that opens with no parameters: the period the site is about. */
  defaultWindow: TimeWindow;
  /** How far the reader can pan and zoom out. */
  extent: TimeWindow;
}

/**
 * Up to this many events, the home page lists them all below the timeline (its no-script and
 * screen-reader view). Beyond it, the list would outweigh the timeline (10,000 events made an
 * 89,000-element page whose first paint took 2 s), so the home page lists eras and decades
 * and /events/ lists the events. The HOME_LIST_MAX environment variable sets another limit.
 */
export const HOME_LIST_MAX = Number(process.env.HOME_LIST_MAX) || 1000;

/** Years around the events: the default view starts a year before the first event. */
const DEFAULT_VIEW_END_YEAR = 1950;

let cache: Promise<TimelineData> | undefined;

/** Items in chronological order with lanes, default view and the limits of panning. */
export function getTimelineData(): Promise<TimelineData> {
  cache ??= (async () => {
    const [events, lanes, allPlaces] = await Promise.all([getEvents(), getLanes(), getPlaces()]);
    const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
    const items = events.map((event, order) =>
      toTimelineItem({ slug: event.slug, title: event.title, summary: event.entry.data.summary, lane: event.entry.data.lane, date: event.date, tags: event.entry.data.tags, places: event.entry.data.places }, order, laneIndex),
    );
    const places: Record<string, string> = {};
    for (const slug of items.flatMap((i) => i.places)) places[slug] ??= allPlaces.get(slug)?.data.name ?? slug;
    const firstYear = items.length ? new Date(Math.min(...items.map((i) => i.start))).getUTCFullYear() : 1895;
    const lastYear = items.length ? new Date(Math.max(...items.map((i) => i.end))).getUTCFullYear() : 1950;
    const defaultWindow = { start: utcDay(firstYear - 1, 1, 1), end: utcDay(Math.max(DEFAULT_VIEW_END_YEAR, firstYear + 10), 12, 31) };
    const extent = { start: utcDay(firstYear - 5, 1, 1), end: utcDay(Math.max(lastYear, DEFAULT_VIEW_END_YEAR) + 5, 12, 31) };
    return { items, lanes: lanes.map(({ id, label }) => ({ id, label })), places, defaultWindow, extent };
  })();
  return cache;
}
