// Calendar arithmetic in UTC with no dependencies, small enough for the browser bundle.
// Every conversion between a calendar day and UTC milliseconds in the site goes through this
// module. It never uses `Date`: JavaScript dates end at ±273,790 years, and a cosmology
// timeline starts 13.8 billion years ago. The day counts are H. Hinnant's `days_from_civil`
// and `civil_from_days` for the proleptic Gregorian calendar, in doubles: exact to the
// millisecond within Date's range, and exact to the year far beyond it (a year 13.8 billion
// years away is about 4.4e20 ms, where one double step is 65,536 ms).

const DAY_MS = 86_400_000;

/** The farthest year the site reads and draws: ten trillion years either way, where day counts are still exact doubles. */
export const MAX_ABS_YEAR = 10_000_000_000_000;
const DAYS_PER_ERA = 146_097; // 400 Gregorian years

/** A day of the proleptic Gregorian calendar; `year` is astronomical (1 BCE is 0). */
export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/** Days from 1970-01-01 to a civil day; months outside 1–12 and days past a month's end roll over. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y0 = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12 + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12; // March is 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * DAYS_PER_ERA + doe - 719_468;
}

/** The civil day a count of days from 1970-01-01 falls on. */
function civilFromDays(days: number): CivilDay {
  const z = days + 719_468;
  const era = Math.floor(z / DAYS_PER_ERA);
  const doe = z - era * DAYS_PER_ERA;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * Milliseconds since the epoch for the first instant of a UTC calendar day, for any year
 * (0–99, BCE and billions of years alike). Months and days out of range roll over, as
 * `Date.UTC` does: month 13 is January of the next year.
 */
export function utcDay(year: number, month: number, day: number): number {
  return daysFromCivil(year, month, day) * DAY_MS;
}

/** The first instant of a year (astronomical). */
export function yearStart(year: number): number {
  return utcDay(year, 1, 1);
}

/**
 * The last instant before `next`: one millisecond before it where doubles count milliseconds,
 * else the next smaller double, so that a year's end stays inside that year however far away.
 */
export function instantBefore(next: number): number {
  const before = next - 1;
  if (before !== next) return before;
  const magnitude = Math.abs(next);
  const step = 2 ** (Math.floor(Math.log2(magnitude)) - 52);
  return next - step;
}

/** The last instant of a year. */
export function yearEnd(year: number): number {
  return instantBefore(yearStart(year + 1));
}

/** The UTC calendar day an instant falls on, for any year. */
export function civilDay(ms: number): CivilDay {
  // Far from the epoch ms / DAY_MS rounds, either way: the day is the last whose start (as
  // utcDay computes it, in the same doubles) is not after the instant.
  let days = Math.floor(ms / DAY_MS);
  if ((days + 1) * DAY_MS <= ms) days += 1;
  else if (days * DAY_MS > ms) days -= 1;
  return civilFromDays(days);
}

/** The astronomical year an instant falls in, for any year: the inverse of `yearStart`/`yearEnd`. */
export function utcYear(ms: number): number {
  let { year } = civilDay(ms);
  if (yearStart(year) > ms) year -= 1;
  else if (yearStart(year + 1) <= ms) year += 1;
  return year;
}

/** Whether `Date` can hold this instant (±8.64e15 ms, about ±273,790 years). */
export function fitsDate(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

/** Whether an astronomical year lies wholly inside what `Date` can hold. */
export function yearFitsDate(year: number): boolean {
  return fitsDate(yearStart(year)) && fitsDate(yearEnd(year));
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1);
}

const SEASON_NAMES = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' } as const;

/** The name of an EDTF season code. */
export function seasonName(season: 21 | 22 | 23 | 24): string {
  return SEASON_NAMES[season];
}
