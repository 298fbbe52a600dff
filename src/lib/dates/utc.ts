// Calendar arithmetic in UTC with no dependencies, small enough for the browser bundle.

const DAY_MS = 86_400_000;

/**
 * Milliseconds since the epoch for a UTC calendar day. Uses setUTCFullYear so that
 * years 0–99 are not shifted into the 1900s as Date.UTC would do.
 */
export function utcDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return (utcDay(year, month + 1, 1) - utcDay(year, month, 1)) / DAY_MS;
}

const SEASON_NAMES = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter' } as const;

/** The name of an EDTF season code. */
export function seasonName(season: 21 | 22 | 23 | 24): string {
  return SEASON_NAMES[season];
}
