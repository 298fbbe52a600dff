import type { DatePoint } from '../dates/historical-date.ts';
import { fitsDate } from '../dates/utc.ts';
import { ERAS, eraNoteFor } from '../dates/japanese-eras.ts';
import { isoDay, type ExportedEvent } from '../data-out/events.ts';
import { toTimelineJsYear, type TimelineJsDate, type TimelineJsEra, type TimelineJsSlide, type TimelineJsTimeline } from './format.ts';
import type { EventData } from '../schemas/event.ts';
import { escapeMarkup } from '../escape.ts';

const DAY_MS = 86_400_000;

/** A TimelineJS date for one end of a date, at its own precision (seasons become their year). */
export function toTimelineJsDate(point: DatePoint): TimelineJsDate {
  const date: TimelineJsDate = { year: toTimelineJsYear(point.year) };
  if (point.precision === 'month' || point.precision === 'day') date.month = point.month;
  if (point.precision === 'day') date.day = point.day;
  return date;
}

function dayDate(ms: number): TimelineJsDate {
  const [, sign, year, month, day] = /^(-?)(\d+)-(\d+)-(\d+)$/.exec(isoDay(ms))!;
  return { year: toTimelineJsYear(Number(`${sign}${year}`)), month: Number(month), day: Number(day) };
}

/** One slide: headline, summary with a link to the entry, the lane as group, the EDTF kept aside. */
export function toTimelineJsSlide(event: ExportedEvent, date: EventData['date']): TimelineJsSlide {
  const start = date.start ?? date.end!;
  const slide: TimelineJsSlide = {
    start_date: toTimelineJsDate(start),
    display_date: event.date.display,
    text: {
      headline: escapeMarkup(event.title),
      text: `<p>${escapeMarkup(event.summary)}</p><p><a href="${escapeMarkup(event.url)}">Read the entry, with its sources</a></p>`,
    },
    group: event.lane.label,
    unique_id: event.slug,
    edtf: date.edtf,
  };
  if (date.isInterval && date.start && date.end) slide.end_date = toTimelineJsDate(date.end);
  return slide;
}

/** The reign periods of the era table that the events reach, as TimelineJS eras. */
function eras(dates: readonly EventData['date'][]): TimelineJsEra[] {
  if (!dates.length) return [];
  const first = Math.min(...dates.map((d) => d.earliest));
  const last = Math.max(...dates.map((d) => d.latest));
  return ERAS.flatMap((era, index) => {
    const next = ERAS[index + 1];
    const start = Math.max(era.start, first);
    const end = Math.min(next ? next.start - DAY_MS : Infinity, last);
    if (start > end) return [];
    const note = eraNoteFor(era, dates.map((d) => d.earliest));
    return [{
      start_date: dayDate(start),
      end_date: dayDate(end),
      text: { headline: era.native ? `${era.name} (${era.native})` : era.name, ...(note ? { text: `<p>${escapeMarkup(note)}</p>` } : {}) },
    }];
  });
}

/** /data/timelinejs.json: the whole timeline in TimelineJS3's JSON format, usable by TimelineJS as it is. */
export function toTimelineJs(
  events: readonly { exported: ExportedEvent; date: EventData['date'] }[],
  title: { headline: string; text: string; /** Whether to write the Japanese reign periods as eras. */ reigns?: boolean },
): TimelineJsTimeline {
  return {
    title: { text: { headline: escapeMarkup(title.headline), text: `<p>${escapeMarkup(title.text)}</p>` } },
    events: events.map(({ exported, date }) => toTimelineJsSlide(exported, date)),
    eras: title.reigns ? eras(events.map((e) => e.date)) : [],
    // TimelineJS reads dates with Date on its "human" scale; beyond Date's range it needs "cosmological".
    scale: events.every(({ date }) => fitsDate(date.earliest) && fitsDate(date.latest)) ? 'human' : 'cosmological',
  };
}
