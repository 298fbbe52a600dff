// The timeline's data, built once per build from the content collections.
import { getEvents, getLanes } from './content.ts';
import { toTimelineItem, type TimelineItem } from '../lib/timeline/items.ts';
import { utcDay } from '../lib/dates/historical-date.ts';
import type { TimeWindow } from '../lib/timeline/view-state.ts';
import { eraBandsOf, type EraBand } from '../lib/timeline/eras.ts';
import { settings } from './settings.ts';

/** What the browser receives to draw and navigate the timeline. */
export interface TimelineData {
  items: TimelineItem[];
  lanes: { id: string; label: string }[];
  /** The view that opens with no parameters: the period the site is about. */
  defaultWindow: TimeWindow;
  /** How far the reader can pan and zoom out. */
  extent: TimeWindow;
  /** The bands behind the marks, as content/site.yaml's `eras` asks. */
  eras: EraBand[];
}

/**
 * Up to this many events, the home page lists them all below the timeline (its no-script and
 * screen-reader view). Beyond it, the list would outweigh the timeline (10,000 events made an
 * 89,000-element page whose first paint took 2 s), so the home page lists eras and decades
 * and /events/ lists the events. The HOME_LIST_MAX environment variable sets another limit.
 */
export const HOME_LIST_MAX = Number(process.env.HOME_LIST_MAX) || 1000;


let cache: Promise<TimelineData> | undefined;

/** Items in chronological order with lanes, default view and the limits of panning. */
export function getTimelineData(): Promise<TimelineData> {
  cache ??= (async () => {
    const [events, lanes] = await Promise.all([getEvents(), getLanes()]);
    const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
    const items = events.map((event, order) =>
      toTimelineItem({ slug: event.slug, title: event.title, summary: event.entry.data.summary, lane: event.entry.data.lane, date: event.date, tags: event.entry.data.tags }, order, laneIndex),
    );
    // Without events or a window in the settings, the view opens on the current century.
    const firstEvent = items.length ? new Date(Math.min(...items.map((i) => i.start))).getUTCFullYear() : 2000;
    const lastEvent = items.length ? new Date(Math.max(...items.map((i) => i.end))).getUTCFullYear() : 2000;
    // The settings' window, else a year either side of the events (at least ten years).
    const [first, last] = settings.window ?? [firstEvent - 1, Math.max(lastEvent + 1, firstEvent + 10)];
    const defaultWindow = { start: utcDay(first, 1, 1), end: utcDay(last, 12, 31) };
    const extent = { start: utcDay(Math.min(firstEvent - 5, first), 1, 1), end: utcDay(Math.max(last, lastEvent) + 5, 12, 31) };
    return { items, lanes: lanes.map(({ id, label }) => ({ id, label })), defaultWindow, extent, eras: eraBandsOf(settings.eras) };
  })();
  return cache;
}
