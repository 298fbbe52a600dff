// The CSV that TimelineJS's Google Sheets template downloads as (File → Download → CSV), read
// into the TimelineJS3 JSON shape that convertTimelineJs takes, with the spreadsheet row of
// every event and era so that the report names rows as the author sees them.
import { parse } from 'csv-parse/sync';
import type { TimelineJsDate, TimelineJsEra, TimelineJsSlide, TimelineJsTimeline } from '../timelinejs/format.ts';
import { NotATimelineError } from './timelinejs.ts';

/** The template's columns, in its order. */
export const SHEET_COLUMNS = ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background'] as const;

type Column = (typeof SHEET_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

/** A spreadsheet read as a timeline. */
export interface SheetTimeline {
  timeline: TimelineJsTimeline;
  /** The spreadsheet row (the header is row 1) of each event, in the order of `timeline.events`. */
  eventRows: number[];
  /** The spreadsheet row of each era, in the order of `timeline.eras`. */
  eraRows: number[];
}

/** "14:30" or "2:30 PM" as hour and minute, or nothing (the importer only notes that a time was dropped). */
function timeParts(time: string | undefined): Pick<TimelineJsDate, 'hour' | 'minute'> {
  const match = time?.trim().match(/^(\d{1,2})(?::(\d{2}))?/);
  return match ? { hour: match[1], ...(match[2] ? { minute: match[2] } : {}) } : {};
}

function dateOf(row: Row, prefix: '' | 'End '): TimelineJsDate | undefined {
  const year = row[`${prefix}Year`]?.trim();
  if (!year) return undefined;
  const month = row[`${prefix}Month`]?.trim();
  const day = row[`${prefix}Day`]?.trim();
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}), ...timeParts(row[`${prefix}Time`]) };
}

const cell = (row: Row, column: Column) => row[column]?.trim() || undefined;

function slideOf(row: Row): TimelineJsSlide {
  const start = dateOf(row, '');
  const end = dateOf(row, 'End ');
  const media = cell(row, 'Media');
  return {
    ...(start ? { start_date: start } : {}),
    ...(end ? { end_date: end } : {}),
    ...(cell(row, 'Display Date') ? { display_date: cell(row, 'Display Date') } : {}),
    text: { headline: cell(row, 'Headline') ?? '', text: cell(row, 'Text') ?? '' },
    ...(media ? { media: { url: media, ...(cell(row, 'Media Credit') ? { credit: cell(row, 'Media Credit') } : {}), ...(cell(row, 'Media Caption') ? { caption: cell(row, 'Media Caption') } : {}), ...(cell(row, 'Media Thumbnail') ? { thumbnail: cell(row, 'Media Thumbnail') } : {}) } } : {}),
    ...(cell(row, 'Group') ? { group: cell(row, 'Group') } : {}),
  };
}

/**
 * Reads the template's CSV: a row whose Type is "title" is the title slide, "era" an era, any
 * other an event. Quoting, commas and line breaks inside cells are csv-parse's (RFC 4180).
 * Throws NotATimelineError when the text is not that CSV (no Year or Headline column).
 */
export function readSheet(text: string): SheetTimeline {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true });
  } catch (error) {
    throw new NotATimelineError(`this is not a CSV file: ${(error as Error).message.split('\n')[0]}`);
  }
  const header = (records[0] ?? []).map((name) => name.trim());
  const missing = (['Year', 'Headline'] as const).filter((name) => !header.includes(name));
  if (missing.length) {
    throw new NotATimelineError(`this is not a TimelineJS spreadsheet: it has no ${missing.map((m) => `"${m}"`).join(' or ')} column (the template's columns are ${SHEET_COLUMNS.join(', ')})`);
  }
  const timeline: TimelineJsTimeline = { events: [], eras: [] };
  const eventRows: number[] = [];
  const eraRows: number[] = [];
  records.slice(1).forEach((values, index) => {
    const row: Row = Object.fromEntries(header.map((name, i) => [name, values[i] ?? '']));
    if (Object.values(row).every((value) => !value?.trim())) return;
    const type = cell(row, 'Type')?.toLowerCase();
    const slide = slideOf(row);
    const rowNumber = index + 2;
    if (type === 'title') {
      timeline.title = slide;
    } else if (type === 'era') {
      timeline.eras!.push({ start_date: slide.start_date!, end_date: slide.end_date!, text: slide.text } satisfies TimelineJsEra);
      eraRows.push(rowNumber);
    } else {
      timeline.events.push(slide);
      eventRows.push(rowNumber);
    }
  });
  return { timeline, eventRows, eraRows };
}
