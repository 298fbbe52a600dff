// The same date in the calendars that readers of the sources meet: a Japanese era, the
// Republic of China, the Qing reign years, and the Julian (Old Style) date of Russian sources.
import type { DatePoint, HistoricalDate } from './historical-date.ts';
import { utcDay } from './historical-date.ts';
import { civilDay, yearFitsDate } from './utc.ts';
import { formatHistoricalDate, isoForDate } from './format.ts';
import { gregorianToJulian, isRussianOldStyleEra, type CalendarDay } from './julian.ts';
import { eraDayText, eraYearRomanized, eraYearText, japaneseEraDay, qingDay, rocDay, type EraDay, type EraYear } from './eras.ts';

/** Which calendar an equivalent is written in. */
export type CalendarName = 'julian' | 'japanese' | 'roc' | 'qing';

/** One date written in another calendar, ready for a `<time datetime>` element. */
export interface CalendarEquivalent {
  calendar: CalendarName;
  /** What the page calls this calendar: "Old Style (Julian)", "Japanese era". */
  label: string;
  /** The date in that calendar: "5 April 1895", "昭和3年6月4日". */
  text: string;
  /** BCP-47 language of `text` when it is not English: ja, zh-Hant. */
  lang?: string;
  /** The era year(s) in Latin letters, for readers of the script: "Shōwa 3". */
  romanized?: string;
  /** Where the Julian date comes from: the entry's author, or computed from the Gregorian date. */
  source?: 'authored' | 'computed';
  /** The (Gregorian) ISO date for the `datetime` attribute: the start of the event. */
  datetime: string;
}

/** Which equivalents an event needs. */
export interface EquivalentOptions {
  /** Japanese sources date this event: show the Japanese era (from 1873). */
  japanese?: boolean;
  /** Chinese sources matter: show the Republic's calendar (1912–1949) or the Qing reign years. */
  chinese?: boolean;
  /** Russian sources date this event: show the Julian date (days before 14 February 1918). */
  russian?: boolean;
  /** The Old Style date as the entry's author gave it; shown instead of a computed one. */
  julianDate?: HistoricalDate;
}

export const CALENDAR_LABELS: Record<CalendarName, string> = {
  julian: 'Old Style (Julian)',
  japanese: 'Japanese era',
  roc: 'Republic of China',
  qing: 'Qing reign',
};

/** The last day the Republic's calendar is shown for: the mainland's sources switch to the Common Era in October 1949. */
const ROC_LAST: CalendarDay = { year: 1949, month: 12, day: 31 };

const DAY_MS = 86_400_000;
const dayOf = (ms: number): CalendarDay => civilDay(ms);
const SEASONS = { 21: '春', 22: '夏', 23: '秋', 24: '冬' } as const;

type EraOf = (day: CalendarDay) => EraDay | null;
interface EraCalendar {
  of: EraOf;
  lunar: boolean;
  chineseNumerals: boolean;
  /** Joins the two ends of a range. */
  to: string;
  /** Follows the start of a range that is still going on. */
  onwards: string;
  approximate: (text: string) => string;
}

const ERA_CALENDARS: Record<'japanese' | 'roc' | 'qing', EraCalendar> = {
  japanese: { of: japaneseEraDay, lunar: false, chineseNumerals: false, to: '～', onwards: '～', approximate: (t) => `${t}頃` },
  roc: { of: rocDay, lunar: false, chineseNumerals: false, to: '至', onwards: '起', approximate: (t) => `約${t}` },
  qing: { of: qingDay, lunar: true, chineseNumerals: true, to: '至', onwards: '起', approximate: (t) => `約${t}` },
};

const sameEraYear = (a: EraYear, b: EraYear) => a.era === b.era && a.year === b.year;

/** One end of a date in an era calendar, or null when the calendar does not cover it. */
interface EraPoint {
  /** Era years the point falls in (two when an era or lunar year changes inside it). */
  years: EraYear[];
  /** The text after the era year: "6月4日", "春", "三月二十三日"; empty for a year. */
  rest: string;
  /** The whole text, e.g. "昭和3年6月4日". */
  text: string;
}

function eraPoint(point: DatePoint, calendar: EraCalendar): EraPoint | null {
  // The era calendars come from Intl, which needs a Date; no era of theirs lies beyond its range.
  if (!yearFitsDate(point.year)) return null;
  const first = calendar.of(dayOf(point.earliest));
  const last = calendar.of(dayOf(point.latest));
  if (!first || !last) return null;
  const yearText = (y: EraYear) => eraYearText(y, calendar.chineseNumerals);
  let years = sameEraYear(first, last) ? [first] : [first, last];
  let rest = '';
  if (point.precision === 'day') {
    years = [first];
    const full = eraDayText(first, calendar.lunar);
    rest = full.slice(yearText(first).length);
  } else if (point.precision === 'month' && !calendar.lunar) {
    rest = `${point.month}月`;
  } else if (point.precision === 'season' && !calendar.lunar) {
    rest = SEASONS[point.season!];
  }
  let text = `${years.map(yearText).join('／')}${rest}`;
  if (point.approximate) text = calendar.approximate(text);
  if (point.uncertain) text += '（？）';
  return { years, rest, text };
}

function romanizedYears(points: EraPoint[]): string {
  const years = points.flatMap((p) => p.years);
  const unique = years.filter((y, i) => i === 0 || !sameEraYear(y, years[i - 1]));
  const first = unique[0];
  const last = unique[unique.length - 1];
  if (unique.length === 1) return eraYearRomanized(first);
  if (first.era === last.era) return `${eraYearRomanized(first)}–${last.year}`;
  return `${eraYearRomanized(first)} – ${eraYearRomanized(last)}`;
}

/** A date in an era calendar: "昭和12年7月25日～7月31日", or null if the calendar does not cover it. */
export function formatEraDate(date: HistoricalDate, name: 'japanese' | 'roc' | 'qing'): { text: string; romanized: string } | null {
  const calendar = ERA_CALENDARS[name];
  const start = date.start ? eraPoint(date.start, calendar) : null;
  const end = date.isInterval && date.end ? eraPoint(date.end, calendar) : null;
  if ((date.start && !start) || (date.isInterval && date.end && !end)) return null;
  if (!date.isInterval) return { text: start!.text, romanized: romanizedYears([start!]) };
  if (!end) return { text: `${start!.text}${date.endOpen === 'open' ? calendar.onwards : `${calendar.to}？`}`, romanized: romanizedYears([start!]) };
  if (!start) return { text: `${calendar.to}${end.text}`, romanized: romanizedYears([end]) };
  // Shared era year is written once: 昭和12年7月25日～7月31日.
  const shared = start.years.length === 1 && end.years.length === 1 && sameEraYear(start.years[0], end.years[0]) && end.rest && !date.end!.approximate && !date.end!.uncertain;
  const endText = shared ? end.rest : end.text;
  return { text: `${start.text}${calendar.to}${endText}`, romanized: romanizedYears([start, end]) };
}

/**
 * The same day as a point in the Julian calendar. Built directly rather than parsed: a Julian
 * date need not exist in the Gregorian calendar (29 February 1900 O.S. is 13 March 1900 N.S.).
 */
function julianPoint(point: DatePoint): DatePoint {
  const { year, month, day } = gregorianToJulian({ year: point.year, month: point.month!, day: point.day! });
  const qualifier = point.approximate && point.uncertain ? '%' : point.approximate ? '~' : point.uncertain ? '?' : '';
  const edtf = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}${qualifier}`;
  return { ...point, edtf, year, month, day };
}

/**
 * The Old Style (Julian) form of a date whose every known end is a day before 14 February
 * 1918, or null: Russia's own sources dated such days in the Julian calendar. Its `earliest`
 * and `latest` remain the instants of the original date.
 */
export function computeJulianDate(date: HistoricalDate): HistoricalDate | null {
  const ends = [date.start, date.isInterval ? date.end : null].filter((p): p is DatePoint => p !== null);
  if (!ends.length || ends.some((p) => p.precision !== 'day')) return null;
  if (!isRussianOldStyleEra(dayOf(date.start?.earliest ?? date.earliest))) return null;
  const start = date.start ? julianPoint(date.start) : null;
  const end = date.end ? (date.isInterval ? julianPoint(date.end) : start) : null;
  const open = (side: 'start' | 'end') => {
    const value = side === 'start' ? date.startOpen : date.endOpen;
    return value === 'open' ? '..' : value === 'unknown' ? '' : undefined;
  };
  const edtf = date.isInterval ? `${start?.edtf ?? open('start')}/${end?.edtf ?? open('end')}` : start!.edtf;
  return { ...date, edtf, start, end };
}

/** Whether an event's dates reach the Qing or the Republic's calendar at all. */
function chineseCalendarFor(date: HistoricalDate): 'roc' | 'qing' | null {
  const startMs = date.start?.earliest ?? date.earliest;
  if (startMs > utcDay(ROC_LAST.year, ROC_LAST.month, ROC_LAST.day) + DAY_MS - 1) return null;
  return startMs < utcDay(1912, 1, 1) ? 'qing' : 'roc';
}

/**
 * The equivalents an event page shows beside its Gregorian date, in a fixed order: Julian
 * (Old Style), Japanese era, then the Chinese calendar of the time.
 */
export function calendarEquivalents(date: HistoricalDate, options: EquivalentOptions): CalendarEquivalent[] {
  const datetime = isoForDate(date);
  const out: CalendarEquivalent[] = [];
  const julian = options.julianDate ?? (options.russian ? computeJulianDate(date) : null);
  if (julian) {
    out.push({ calendar: 'julian', label: CALENDAR_LABELS.julian, text: formatHistoricalDate(julian), source: options.julianDate ? 'authored' : 'computed', datetime });
  }
  if (options.japanese) {
    const japanese = formatEraDate(date, 'japanese');
    if (japanese) out.push({ calendar: 'japanese', label: CALENDAR_LABELS.japanese, lang: 'ja', datetime, ...japanese });
  }
  const chinese = options.chinese ? chineseCalendarFor(date) : null;
  if (chinese) {
    const formatted = formatEraDate(date, chinese);
    if (formatted) out.push({ calendar: chinese, label: CALENDAR_LABELS[chinese], lang: 'zh-Hant', datetime, ...formatted });
  }
  return out;
}
