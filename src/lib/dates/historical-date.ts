import edtf from 'edtf';
import type { EdtfValue } from 'edtf';
import { daysInMonth, instantBefore, MAX_ABS_YEAR, utcDay, yearEnd, yearStart } from './utc.ts';

export { daysInMonth, MAX_ABS_YEAR, seasonName, utcDay } from './utc.ts';

/** How finely a date is known. */
export type Precision = 'day' | 'month' | 'season' | 'year';

/** One end of a historical date: a day, month, season or year, with its certainty. */
export interface DatePoint {
  /** The EDTF text of this end, as authored. */
  edtf: string;
  /** Astronomical year: 1 BCE is 0, 44 BCE is -43. */
  year: number;
  /** 1–12, when precision is month or day. */
  month?: number;
  /** 1–31, when precision is day. */
  day?: number;
  /** 21 spring, 22 summer, 23 autumn, 24 winter (EDTF level 1), when precision is season. */
  season?: 21 | 22 | 23 | 24;
  precision: Precision;
  /** "~": the date is approximate (circa). */
  approximate: boolean;
  /** "?": the date is uncertain. */
  uncertain: boolean;
  /** First millisecond (UTC) the date can mean. */
  earliest: number;
  /** Last millisecond (UTC) the date can mean. */
  latest: number;
}

/** What an interval's missing end means: still going on (`..`) or not known (empty). */
export type OpenEnd = 'open' | 'unknown';

/** A parsed, normalised historical date: a single point or an interval, always in UTC. */
export interface HistoricalDate {
  edtf: string;
  start: DatePoint | null;
  end: DatePoint | null;
  /** Set when the interval's start is missing. */
  startOpen?: OpenEnd;
  /** Set when the interval's end is missing. */
  endOpen?: OpenEnd;
  isInterval: boolean;
  /** First millisecond (UTC) covered. */
  earliest: number;
  /** Last millisecond (UTC) covered; for a missing end, the last of the known start. */
  latest: number;
  /** The coarser precision of the two ends. */
  precision: Precision;
}

/** The result of parsing: a value, or an author-facing reason and fix. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string; fix: string };

const DAY_MS = 86_400_000;
const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, season: 2, year: 3 };
const HOW_TO_WRITE =
  'write a quoted EDTF date such as "1928-06-04", "1918-08", "1939", "1918-21" (spring), "1920~" (circa), "1939-05-11/1939-09-16" or, for years beyond four digits, "Y-13800000000"';


/**
 * A year beyond four digits, as EDTF level 1 writes it ("Y170000002", "Y-13800000000"), as
 * level 2's exponent writes it ("Y-17E7"), or as a plain signed number of five or more digits
 * ("-10000", which EDTF itself would write "Y-10000").
 */
const DEEP_YEAR = /^(?:Y(-?)([1-9]\d{4,})|Y(-?)([1-9]\d*)E([1-9]\d?)|(-?)([1-9]\d{4,}))$/;

/** Meteorological seasons of the northern hemisphere, where this subject happens. */
function seasonBounds(year: number, season: 21 | 22 | 23 | 24): [number, number] {
  const firstMonth = { 21: 3, 22: 6, 23: 9, 24: 12 }[season];
  const start = utcDay(year, firstMonth, 1);
  const end = instantBefore(utcDay(year, firstMonth + 3, 1)); // winter runs into February of the next year
  return [start, end];
}

function toPoint(value: EdtfValue): ParseResult<DatePoint> {
  if (value.unspecified && value.unspecified.value) {
    return { ok: false, reason: `"${value.edtf}" has unspecified digits (X)`, fix: 'give the coarser precision instead, e.g. "1939" rather than "1939-XX"' };
  }
  const approximate = Boolean(value.approximate?.value);
  const uncertain = Boolean(value.uncertain?.value);
  const base = { edtf: value.edtf, approximate, uncertain };
  if (value.type === 'Season') {
    const [year, season] = value.values as [number, 21 | 22 | 23 | 24];
    const [earliest, latest] = seasonBounds(year, season);
    return { ok: true, value: { ...base, year, season, precision: 'season', earliest, latest } };
  }
  if (value.type !== 'Date') {
    return { ok: false, reason: `"${value.edtf}" is an EDTF ${value.type}, which the site does not use`, fix: HOW_TO_WRITE };
  }
  const [year, monthIndex, day] = value.values as number[];
  if (monthIndex === undefined) {
    return { ok: true, value: { ...base, year, precision: 'year', earliest: yearStart(year), latest: yearEnd(year) } };
  }
  const month = monthIndex + 1;
  if (day === undefined) {
    return { ok: true, value: { ...base, year, month, precision: 'month', earliest: utcDay(year, month, 1), latest: instantBefore(utcDay(year, month + 1, 1)) } };
  }
  const earliest = utcDay(year, month, day);
  return { ok: true, value: { ...base, year, month, day, precision: 'day', earliest, latest: earliest + DAY_MS - 1 } };
}

/** A year beyond four digits as a DatePoint, or null when the text is not one; its precision is always the year. */
function deepYearPoint(text: string): ParseResult<DatePoint> | null {
  const match = DEEP_YEAR.exec(text);
  if (!match) {
    if (/^Y-?\d{1,4}$/.test(text)) return { ok: false, reason: `"${text}" uses EDTF's Y notation for a year of four digits or fewer`, fix: `write the year plainly, e.g. "${text.slice(1).replace(/^(-?)(\d+)$/, (_, sign, digits) => sign + digits.padStart(4, '0'))}"` };
    if (/^Y-?\d/.test(text) && /[~?%]|S\d/.test(text)) return { ok: false, reason: `"${text}" marks a Y-year as uncertain, approximate or by significant digits, which the site does not support`, fix: 'give the year alone, e.g. "Y-13800000000", and say how certain it is in the text' };
    return null;
  }
  const [, ySign, yDigits, eSign, eDigits, exponent, pSign, pDigits] = match;
  const year = yDigits ? Number(`${ySign}${yDigits}`) : pDigits ? Number(`${pSign}${pDigits}`) : Number(`${eSign}${eDigits}`) * 10 ** Number(exponent);
  if (!Number.isFinite(year) || Math.abs(year) > MAX_ABS_YEAR) {
    return { ok: false, reason: `"${text}" is more than ten trillion years away`, fix: 'give a year between "Y-10000000000000" and "Y10000000000000"' };
  }
  const value: DatePoint = { edtf: text, year, precision: 'year', approximate: false, uncertain: false, earliest: yearStart(year), latest: yearEnd(year) };
  return { ok: true, value };
}

/** Parses a text that has a year beyond four digits at one end or both: a point, or an interval of two points. */
function parseDeep(text: string): ParseResult<HistoricalDate> {
  const parts = text.split('/');
  if (parts.length > 2) return { ok: false, reason: `"${text}" has more than two ends`, fix: HOW_TO_WRITE };
  const missing = (part: string) => part === '' || part === '..';
  const ends: (DatePoint | null)[] = [];
  for (const part of parts) {
    if (parts.length === 2 && missing(part)) {
      ends.push(null);
      continue;
    }
    const deep = deepYearPoint(part);
    if (deep && !deep.ok) return deep;
    if (deep) {
      ends.push(deep.value);
      continue;
    }
    if (/^Y/.test(part)) return { ok: false, reason: `"${part}" is not a valid EDTF year`, fix: 'write a Y-year as "Y" and five or more digits, e.g. "Y-13800000000" or "Y170000002"' };
    const plain = parseHistoricalDate(part);
    if (!plain.ok) return plain;
    if (plain.value.isInterval) return { ok: false, reason: `"${text}" is not a valid EDTF date`, fix: HOW_TO_WRITE };
    ends.push(plain.value.start);
  }
  if (parts.length === 1) {
    const p = ends[0]!;
    return { ok: true, value: { edtf: text, start: p, end: p, isInterval: false, earliest: p.earliest, latest: p.latest, precision: p.precision } };
  }
  return intervalOf(text, ends[0], ends[1], parts[0], parts[1]);
}

/** An interval from its parsed ends; a missing end's text says whether it is open or unknown. */
function intervalOf(text: string, start: DatePoint | null, end: DatePoint | null, lowerText: string, upperText: string): ParseResult<HistoricalDate> {
  if (!start && !end) return { ok: false, reason: `"${text}" has no known end`, fix: 'give at least one end of the interval' };
  if (start && end && end.latest < start.earliest) {
    return { ok: false, reason: `"${text}" ends before it starts`, fix: 'put the earlier date first: "start/end"' };
  }
  const known = (start ?? end)!;
  const value: HistoricalDate = {
    edtf: text,
    start,
    end,
    isInterval: true,
    earliest: (start ?? known).earliest,
    latest: (end ?? known).latest,
    precision: start && end ? coarser(start.precision, end.precision) : known.precision,
  };
  if (!start) value.startOpen = lowerText === '..' ? 'open' : 'unknown';
  if (!end) value.endOpen = upperText === '..' ? 'open' : 'unknown';
  return { ok: true, value };
}

function coarser(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

/** Explains why a syntactically plausible day such as 1928-02-30 is not a real one. */
function impossibleDay(text: string): string | null {
  const match = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(text.replace(/[~?%]/g, ''));
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `month ${match[2]} does not exist`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${match[1]}-${match[2]} has only ${last} days`;
  return null;
}

/**
 * Parses an EDTF (levels 0–1) string into a HistoricalDate. Only days, months, seasons and
 * years and intervals of them are accepted; times of day, unspecified digits, sets and lists
 * are refused. The string must round-trip unchanged, which catches the edtf library's habit
 * of rolling impossible days forward (1900-02-29 becomes 1 March). Years beyond four digits
 * ("Y-13800000000", "Y-17E7", "-10000"), alone or as an end of an interval, are read here
 * without `Date`, at the precision of a year.
 */
export function parseHistoricalDate(input: unknown): ParseResult<HistoricalDate> {
  if (typeof input !== 'string') {
    const shown = input instanceof Date ? input.toISOString().slice(0, 10) : String(input);
    return { ok: false, reason: `the date must be a quoted string, got ${typeof input === 'object' ? 'an unquoted date' : typeof input} ${shown}`, fix: `put it in quotes, e.g. "${shown}"` };
  }
  const text = input.trim();
  if (text !== input || text === '') return { ok: false, reason: `"${input}" is empty or has spaces around it`, fix: HOW_TO_WRITE };
  if (/T|:/.test(text)) return { ok: false, reason: `"${text}" has a time of day`, fix: 'give the day only, e.g. "1928-06-04"' };
  if (text.split('/').some((part) => /^Y|^-?\d{5,}$/.test(part))) return parseDeep(text);
  const longDay = text.split('/').find((part) => /^-?\d{5,}-/.test(part));
  if (longDay) return { ok: false, reason: `"${longDay}" gives a month or day in a year beyond four digits`, fix: `give the year alone, e.g. "Y${longDay.split(/(?<=\d)-/)[0]}"` };
  const dayProblem = text.split('/').map(impossibleDay).find(Boolean);
  if (dayProblem) return { ok: false, reason: `"${text}" is not a real day: ${dayProblem}`, fix: 'check the day against a calendar' };
  let parsed: EdtfValue;
  try {
    parsed = edtf(text, { level: 1 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/invalid upper bound|lower bound/i.test(message)) {
      return { ok: false, reason: `"${text}" ends before it starts`, fix: 'put the earlier date first: "start/end"' };
    }
    return { ok: false, reason: `"${text}" is not a valid EDTF date`, fix: HOW_TO_WRITE };
  }
  if (parsed.edtf !== text) {
    return { ok: false, reason: `"${text}" is not a real date (it would be read as "${parsed.edtf}")`, fix: 'check the day against a calendar' };
  }
  if (parsed.type !== 'Interval') {
    const point = toPoint(parsed);
    if (!point.ok) return point;
    const p = point.value;
    return { ok: true, value: { edtf: text, start: p, end: p, isInterval: false, earliest: p.earliest, latest: p.latest, precision: p.precision } };
  }
  const [lowerText, upperText] = text.split('/');
  // The library marks missing ends with placeholder values; the text says which end is missing.
  const missing = (part: string) => part === '' || part === '..';
  const lower = missing(lowerText) || !parsed.lower ? null : toPoint(parsed.lower);
  const upper = missing(upperText) || !parsed.upper ? null : toPoint(parsed.upper);
  if (lower && !lower.ok) return lower;
  if (upper && !upper.ok) return upper;
  return intervalOf(text, lower?.value ?? null, upper?.value ?? null, lowerText, upperText);
}

/** Rank of a precision for ordering: coarser precisions sort first on the same date. */
export function precisionRank(precision: Precision): number {
  return PRECISION_RANK[precision];
}
