import { civilDay, daysInMonth, instantBefore, MAX_ABS_YEAR, utcDay } from '../dates/utc.ts';
import { readFilterParams, writeFilterParams, type EventFilter } from '../filter-query.ts';

/** A span of time in UTC milliseconds, both ends inclusive. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** What a reader sees, as the URL records it: a time window, a focused event, filters. */
export interface ViewState extends EventFilter {
  window: TimeWindow;
  event?: string;
}

/** What the URL parser needs to know about the site to check the parameters. */
export interface ViewContext {
  slugs: ReadonlySet<string>;
  lanes: readonly string[];
  tags: ReadonlySet<string>;
  /** Slugs and names of the places events happened at (absent: the URL's place is not checked against any). */
  places?: ReadonlyMap<string, string>;
  defaultWindow: TimeWindow;
  /** The window to show for an event linked without from/to. */
  windowForEvent(slug: string): TimeWindow;
}

const DAY = 86_400_000;
const URL_DATE = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads a URL date (YYYY, YYYY-MM or YYYY-MM-DD; the year signed and as long as it needs, e.g. -13800000000) as the first or the last millisecond of the
 * period it names, or null when it is malformed or not a real date.
 */
export function parseUrlDate(text: string, side: 'start' | 'end'): number | null {
  const match = URL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (Math.abs(year) > MAX_ABS_YEAR) return null;
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return null;
  if (side === 'start') return utcDay(year, month ?? 1, day ?? 1);
  if (day !== undefined) return instantBefore(utcDay(year, month!, day) + DAY);
  if (month !== undefined) return instantBefore(utcDay(year, month + 1, 1));
  return instantBefore(utcDay(year + 1, 1, 1));
}

function pad(n: number, width: number): string {
  return `${n < 0 ? '-' : ''}${String(Math.abs(n)).padStart(width, '0')}`;
}

/** Writes a time as a URL date at the given precision. */
export function formatUrlDate(ms: number, precision: 'year' | 'month' | 'day'): string {
  const day = civilDay(ms);
  const year = pad(day.year, 4);
  if (precision === 'year') return year;
  const month = pad(day.month, 2);
  if (precision === 'month') return `${year}-${month}`;
  return `${year}-${month}-${pad(day.day, 2)}`;
}

/** The coarsest URL precision that still records a window of this length faithfully. */
export function precisionForSpan(spanMs: number): 'year' | 'month' | 'day' {
  const years = spanMs / (365.2425 * DAY);
  if (years >= 10) return 'year';
  if (years >= 1) return 'month';
  return 'day';
}

/** The URL query (without "?") for a view: event, from, to, lane, tag, place. */
export function serializeView(view: ViewState): string {
  const precision = precisionForSpan(view.window.end - view.window.start);
  const params = new URLSearchParams();
  if (view.event) params.set('event', view.event);
  params.set('from', formatUrlDate(view.window.start, precision));
  params.set('to', formatUrlDate(view.window.end, precision));
  return writeFilterParams(params, view).toString();
}

/**
 * Reads a view from URL parameters, once, at the edge. Anything unknown or malformed falls
 * back to the default (or to the linked event's window) and is explained in a notice; the
 * reader never gets a blank page.
 */
export function parseView(params: URLSearchParams, context: ViewContext): { view: ViewState; notices: string[] } {
  const notices: string[] = [];
  const view: ViewState = { window: context.defaultWindow };

  const event = params.get('event');
  if (event !== null) {
    if (context.slugs.has(event)) view.event = event;
    else notices.push(`There is no event “${event}”; showing the whole period instead.`);
  }
  const { lane, tag, place } = readFilterParams(params);
  if (lane !== null) {
    if (context.lanes.includes(lane)) view.lane = lane;
    else notices.push(`There is no theme “${lane}”; showing all themes.`);
  }
  if (tag !== null) {
    if (context.tags.has(tag)) view.tag = tag;
    else notices.push(`There is no tag “${tag}”; showing all events.`);
  }
  if (place !== null) {
    if (context.places?.has(place)) view.place = place;
    else notices.push(`No event happened at a place “${place}”; showing events everywhere.`);
  }

  const fromText = params.get('from');
  const toText = params.get('to');
  if (fromText !== null || toText !== null) {
    const start = fromText === null ? null : parseUrlDate(fromText, 'start');
    const end = toText === null ? null : parseUrlDate(toText, 'end');
    if (start === null || end === null) {
      const bad = [fromText !== null && start === null ? `from=${fromText}` : '', toText !== null && end === null ? `to=${toText}` : '']
        .filter(Boolean)
        .join(' and ');
      notices.push(bad ? `The dates in the link (${bad}) could not be read; dates are written YYYY, YYYY-MM or YYYY-MM-DD.` : 'The link gives only one end of its time window.');
    } else if (end <= start) {
      notices.push(`The link's time window ends (${toText}) before it starts (${fromText}).`);
    } else {
      view.window = { start, end };
      return { view, notices };
    }
  }
  if (view.event) view.window = context.windowForEvent(view.event);
  return { view, notices };
}
