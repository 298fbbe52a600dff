import type { EventData } from '../schemas/event.ts';
import type { LaneData, PersonData, PlaceData } from '../schemas/people-places.ts';
import type { HistoricalDate, Precision } from '../dates/historical-date.ts';
import { formatHistoricalDate, isoForDay, isoForPoint } from '../dates/format.ts';
import { civilDay } from '../dates/utc.ts';
import { joinBase } from '../paths.ts';

/** An event as the site has it: slug, validated front matter and Markdown body. */
export interface SourceEvent {
  slug: string;
  data: EventData;
  body: string;
}

/** Everything an export needs besides the events. */
export interface ExportContext {
  /** URL of the site's root, ending in "/" (includes the base path): absolute, or root-relative when the site's address is not set. */
  siteUrl: string;
  lanes: readonly LaneData[];
  people: ReadonlyMap<string, PersonData>;
  places: ReadonlyMap<string, PlaceData>;
  /** The site's name (content/site.yaml's title); default "Timeline". */
  title?: string;
  /** The licence of the content, e.g. "CC BY-SA 4.0" (content/site.yaml's licence). */
  licence?: string;
}

/** A date in the export: the EDTF as authored, how the site writes it, and its bounds as ISO days. */
export interface ExportedDate {
  edtf: string;
  display: string;
  /** ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD; "-0043" is 44 BCE) of the start, or null if open. */
  start: string | null;
  /** Same for the end of an interval; null for a single date or an open end. */
  end: string | null;
  /** First day the date can mean, YYYY-MM-DD. */
  earliest: string;
  /** Last day the date can mean, YYYY-MM-DD. */
  latest: string;
  precision: Precision;
  isInterval: boolean;
  approximate: boolean;
  uncertain: boolean;
}

/** A name in another language or script. */
export interface ExportedName {
  text: string;
  lang: string;
  romanization: string | null;
}

/** One event in /data/events.json. */
export interface ExportedEvent {
  slug: string;
  url: string;
  title: string;
  summary: string;
  date: ExportedDate;
  dateNote: string | null;
  alternativeDates: { date: ExportedDate; source: string; note: string | null }[];
  julianDate: string | null;
  names: ExportedName[];
  lane: { id: string; label: string };
  tags: string[];
  people: { slug: string; name: string; url: string }[];
  places: { slug: string; name: string; latitude: number; longitude: number; url: string }[];
  related: { type: string; event: string; url: string }[];
  /** Keys of /data/bibliography.json. */
  sources: string[];
  keyPoints: string[];
  provenance: string | null;
  dispute: string | null;
  contentNote: string | null;
  /** The entry's text in Markdown, citations in pandoc style ([@key, p. 12]). */
  text: string;
}

/** The whole of /data/events.json. */
export interface EventsExport {
  $schema: string;
  title: string;
  license: string;
  count: number;
  events: ExportedEvent[];
}

/** A UTC instant as a calendar day, YYYY-MM-DD, with astronomical signed years below 1. */
export function isoDay(ms: number): string {
  return isoForDay(civilDay(ms));
}

/** The export form of a parsed date; `display`, the entry's own words for it (`displayDate`), where it has them. */
export function exportDate(date: HistoricalDate, display?: string): ExportedDate {
  const ends = [date.start, date.end].filter((p) => p !== null);
  return {
    edtf: date.edtf,
    display: display ?? formatHistoricalDate(date),
    start: date.start ? isoForPoint(date.start) : null,
    end: date.isInterval && date.end ? isoForPoint(date.end) : null,
    earliest: isoDay(date.earliest),
    latest: isoDay(date.latest),
    precision: date.precision,
    isInterval: date.isInterval,
    approximate: ends.some((p) => p.approximate),
    uncertain: ends.some((p) => p.uncertain),
  };
}

/**
 * A path under the site URL: absolute under an absolute site URL, root-relative under a
 * root-relative one ("/timeline/", when the site's address is not set).
 */
export function siteUrlOf(siteUrl: string, path: string): string {
  return URL.canParse(siteUrl) ? new URL(path, siteUrl).href : joinBase(siteUrl, path);
}

/** The page URL of an event, person or place under the site URL. */
export function pageUrl(siteUrl: string, kind: 'events' | 'people' | 'places', slug: string): string {
  return siteUrlOf(siteUrl, `${kind}/${slug}/`);
}

/** One event as it appears in /data/events.json. */
export function exportEvent(event: SourceEvent, context: ExportContext): ExportedEvent {
  const { data, slug } = event;
  const lane = context.lanes.find((l) => l.id === data.lane);
  return {
    slug,
    url: pageUrl(context.siteUrl, 'events', slug),
    title: data.title,
    summary: data.summary,
    date: exportDate(data.date, data.displayDate),
    dateNote: data.dateNote ?? null,
    alternativeDates: (data.alternativeDates ?? []).map((alt) => ({ date: exportDate(alt.date), source: alt.source, note: alt.note ?? null })),
    julianDate: data.julianDate?.edtf ?? null,
    names: (data.names ?? []).map((name) => ({ text: name.text, lang: name.lang, romanization: name.romanization ?? null })),
    lane: { id: data.lane, label: lane?.label ?? data.lane },
    tags: [...data.tags],
    people: data.people.map((s) => ({ slug: s, name: context.people.get(s)?.name ?? s, url: pageUrl(context.siteUrl, 'people', s) })),
    places: data.places.map((s) => {
      const place = context.places.get(s);
      return { slug: s, name: place?.name ?? s, latitude: place?.latitude ?? 0, longitude: place?.longitude ?? 0, url: pageUrl(context.siteUrl, 'places', s) };
    }),
    related: data.related.map((r) => ({ type: r.type, event: r.event, url: pageUrl(context.siteUrl, 'events', r.event) })),
    sources: [...data.sources],
    keyPoints: [...(data.keyPoints ?? [])],
    provenance: data.provenance ?? null,
    dispute: data.dispute ?? null,
    contentNote: data.contentNote ?? null,
    text: event.body.trim(),
  };
}

/** /data/events.json: every event, in the site's chronological order. */
export function exportEvents(events: readonly SourceEvent[], context: ExportContext): EventsExport {
  return {
    $schema: siteUrlOf(context.siteUrl, 'data/events.schema.json'),
    title: `${context.title ?? 'Timeline'}: events`,
    license: context.licence ? `Text ${context.licence}` : 'Not stated',
    count: events.length,
    events: events.map((event) => exportEvent(event, context)),
  };
}
