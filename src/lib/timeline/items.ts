import type { HistoricalDate } from '../dates/historical-date.ts';
import { formatHistoricalDate, htmlDatetime } from '../dates/format.ts';

/** What the timeline needs to know about one event; compact, so thousands can be sent to the browser. */
export interface TimelineItem {
  slug: string;
  title: string;
  summary: string;
  /** Index of the event's lane in the lane list. */
  lane: number;
  /** First and last millisecond (UTC) the event covers. */
  start: number;
  end: number;
  /** The date as a person would write it ("c. 1920", "11 May – 16 September 1939"), or as the entry's `displayDate` gives it. */
  dateText: string;
  /** The card's <time datetime>: the ISO form of the start, or '' before 1 CE, which HTML cannot write. */
  iso: string;
  /** Ends whose date is approximate or uncertain, drawn faded and described in words. */
  fuzzyStart: boolean;
  fuzzyEnd: boolean;
  /** The event is still going on, or its end is not known. */
  openEnd: boolean;
  /** Position in the site's chronological order (0 = first). */
  order: number;
  tags: string[];
  /** Slugs of the places where the event happened, in the entry's order. */
  places: string[];
  /** The address of the card's thumbnail (a file of this site), when the event has a picture. */
  thumb?: string;
}

/** Words describing how certain an item's dates are, for screen readers and the event card. */
export function describeCertainty(item: Pick<TimelineItem, 'fuzzyStart' | 'fuzzyEnd' | 'openEnd'>): string {
  const parts: string[] = [];
  if (item.fuzzyStart && item.fuzzyEnd) parts.push('dates approximate or uncertain');
  else if (item.fuzzyStart) parts.push('start approximate or uncertain');
  else if (item.fuzzyEnd) parts.push('end approximate or uncertain');
  if (item.openEnd) parts.push('end open');
  return parts.join('; ');
}

/** Builds the timeline's item for an event that is already in chronological position `order`. */
export function toTimelineItem(
  event: { slug: string; title: string; summary: string; lane: string; date: HistoricalDate; tags: string[]; places?: string[]; thumb?: string; displayDate?: string | undefined },
  order: number,
  laneIndex: Map<string, number>,
): TimelineItem {
  const { date } = event;
  const fuzzy = (point: HistoricalDate['start']) => Boolean(point && (point.approximate || point.uncertain));
  return {
    slug: event.slug,
    title: event.title,
    summary: event.summary,
    lane: laneIndex.get(event.lane) ?? 0,
    start: date.earliest,
    end: date.latest,
    dateText: event.displayDate ?? formatHistoricalDate(date),
    iso: htmlDatetime(date) ?? '',
    fuzzyStart: fuzzy(date.start),
    fuzzyEnd: fuzzy(date.end),
    openEnd: Boolean(date.endOpen),
    order,
    tags: event.tags,
    places: event.places ?? [],
    ...(event.thumb ? { thumb: event.thumb } : {}),
  };
}
