import type { DatePoint, HistoricalDate } from './historical-date.ts';
import type { CalendarDay } from './julian.ts';
import { civilDay, seasonName, utcDay } from './utc.ts';

const DAY_MS = 86_400_000;

/** What a date's written and ISO forms are made of: the calendar fields and the precision. */
type DateParts = Pick<DatePoint, 'year' | 'month' | 'day' | 'season' | 'precision'>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Digits in groups of three: 13800000000 → "13,800,000,000". */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Years are written in millions or billions with at most this many decimals. */
const WORD_DECIMALS = 3;

/**
 * A year count of a million or more in words ("13.8 billion", "2.5 million"), at the
 * decimals a tick step of `step` years needs (rounded to WORD_DECIMALS without one), or null
 * when that step needs more decimals than words can show well.
 */
function yearInWords(n: number, step?: number): string | null {
  for (const [unit, name] of [[1e6, 'million'], [1e9, 'billion']] as const) {
    const decimals = step === undefined ? WORD_DECIMALS : Math.max(0, Math.ceil(Math.log10(unit / step) - 1e-9));
    if (decimals > WORD_DECIMALS) return null;
    const scale = 10 ** decimals;
    const rounded = Math.round((n / unit) * scale) / scale;
    if (unit === 1e6 && rounded >= 1000) continue;
    const whole = Math.trunc(rounded);
    const fraction = rounded.toFixed(decimals).split('.')[1]?.replace(/0+$/, '');
    return `${groupDigits(whole)}${fraction ? `.${fraction}` : ''} ${name}`;
  }
  return null;
}

/**
 * A year as a reader writes it, one convention everywhere (pages, lists, the axis, exports):
 * - up to four digits, as usual: 1939, 79 CE is just 79, astronomical -43 is "44 BCE";
 * - five or six digits, grouped by commas: "10,000 BCE", "250,000 BCE", "12,345 CE";
 * - a million and more, in words: "2.5 million BCE", "13.8 billion BCE", "170 million CE".
 *   Such years are rounded to a thousandth of their unit (no one knows them to the year), which
 *   also makes the year-zero offset of astronomical years vanish: "Y-13800000000" is 13.8
 *   billion BCE.
 * `step` (in years) is the tick step of an axis: words then carry the decimals the step needs
 * ("13.801 billion BCE" among ticks a million years apart), or the year is written out in full.
 */
export function formatYear(year: number, step?: number): string {
  const bce = year <= 0;
  const n = bce ? 1 - year : year;
  const era = bce ? ' BCE' : n >= 10_000 ? ' CE' : '';
  if (n < 10_000) return `${n}${era}`;
  const words = n >= 1e6 ? yearInWords(n, step) : null;
  return `${words ?? groupDigits(n)}${era}`;
}

/** The parts of a day/month/season/year without its certainty marks. */
function plainPoint(point: DateParts, omitYear = false): string {
  const year = omitYear ? '' : ` ${formatYear(point.year)}`;
  switch (point.precision) {
    case 'day':
      return `${point.day} ${MONTHS[point.month! - 1]}${year}`;
    case 'month':
      return `${MONTHS[point.month! - 1]}${year}`;
    case 'season':
      return `${seasonName(point.season!)}${year}`;
    case 'year':
      return formatYear(point.year);
  }
}

function withCertainty(text: string, point: DatePoint): string {
  let result = point.approximate ? `c. ${text}` : text;
  if (point.uncertain) result += ' (?)';
  return result;
}

/** One end of a date as a person would write it: "c. 1920", "spring 1918", "July 1941 (?)". */
export function formatDatePoint(point: DatePoint): string {
  return withCertainty(plainPoint(point), point);
}

/**
 * A whole date as a person would write it: "4 June 1928", "c. 1920",
 * "11 May – 16 September 1939", "7 July 1937 – ongoing". Shared parts of a range are
 * written once ("25–31 July 1937").
 */
export function formatHistoricalDate(date: HistoricalDate): string {
  const { start, end } = date;
  if (!date.isInterval && start) return formatDatePoint(start);
  if (!start) return `${date.startOpen === 'open' ? 'before' : 'until'} ${formatDatePoint(end!)}`;
  if (!end) return `${formatDatePoint(start)} – ${date.endOpen === 'open' ? 'ongoing' : 'unknown'}`;
  const plainEnds = !start.approximate && !start.uncertain;
  if (plainEnds && start.year === end.year && start.precision === end.precision) {
    if (start.precision === 'day' && start.month === end.month) {
      return withCertainty(`${start.day}–${plainPoint(end)}`, end);
    }
    if (start.precision === 'day' || start.precision === 'month' || start.precision === 'season') {
      return `${plainPoint(start, true)} – ${formatDatePoint(end)}`;
    }
  }
  return `${formatDatePoint(start)} – ${formatDatePoint(end)}`;
}

/** The ISO form for a `<time datetime>` attribute: YYYY, YYYY-MM or YYYY-MM-DD of an end. */
export function isoForPoint(point: DateParts): string {
  const sign = point.year < 0 ? '-' : '';
  const year = `${sign}${String(Math.abs(point.year)).padStart(4, '0')}`;
  if (point.precision === 'year' || point.precision === 'season') return year;
  const month = String(point.month).padStart(2, '0');
  if (point.precision === 'month') return `${year}-${month}`;
  return `${year}-${month}-${String(point.day).padStart(2, '0')}`;
}

/** The ISO form of a whole date: a point, or the start of an interval. */
export function isoForDate(date: HistoricalDate): string {
  return isoForPoint((date.start ?? date.end)!);
}

/**
 * The `datetime` attribute of a `<time>` for a date, or undefined where HTML has no way to write
 * it: its dates have years of four or more digits above zero, so 44 BCE ("-0043") is not one.
 * Such a date is shown as plain text.
 */
export function htmlDatetime(date: HistoricalDate): string | undefined {
  return (date.start ?? date.end)!.year >= 1 ? isoForDate(date) : undefined;
}

const dayPoint = ({ year, month, day }: CalendarDay): DateParts => ({ year, month, day, precision: 'day' });

/** A calendar day as ISO 8601 writes it, YYYY-MM-DD (astronomical years, signed below 1). */
export function isoForDay(day: CalendarDay): string {
  return isoForPoint(dayPoint(day));
}

/** A calendar day as a reader writes it: "4 June 1928". */
export function formatDay(day: CalendarDay): string {
  return plainPoint(dayPoint(day));
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * An instant in ISO 8601 with its time of day, UTC: exactly what `Date#toISOString` writes in
 * its range (years 0–9999 in four digits, others signed in six), and beyond that range signed
 * with as many digits as the year needs ("-13800000000-01-01T00:00:00.000Z"), without `Date`.
 */
export function isoInstant(ms: number): string {
  const { year, month, day } = civilDay(ms);
  const year4 = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  const inDay = Math.min(DAY_MS - 1, Math.max(0, Math.round(ms - utcDay(year, month, day))));
  const time = `${two(Math.floor(inDay / 3_600_000))}:${two(Math.floor(inDay / 60_000) % 60)}:${two(Math.floor(inDay / 1000) % 60)}.${String(inDay % 1000).padStart(3, '0')}`;
  return `${year4}-${two(month)}-${two(day)}T${time}Z`;
}
