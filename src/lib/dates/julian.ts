/** A calendar day as year (astronomical), month 1–12 and day 1–31. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Russia's last Julian (Old Style) day: 31 January 1918 O.S. was followed by 14 February N.S. */
export const RUSSIA_SWITCH_GREGORIAN: CalendarDay = { year: 1918, month: 2, day: 14 };

// Julian Day Number conversions (Richards, "Mapping Time", algorithm for both calendars).
function gregorianToJdn({ year, month, day }: CalendarDay): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

function julianToJdn({ year, month, day }: CalendarDay): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
}

function jdnToJulian(jdn: number): CalendarDay {
  const c = jdn + 32082;
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return { day: e - Math.floor((153 * m + 2) / 5) + 1, month: m + 3 - 12 * Math.floor(m / 10), year: d - 4800 + Math.floor(m / 10) };
}

function jdnToGregorian(jdn: number): CalendarDay {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** The Julian (Old Style) day that fell on a Gregorian (New Style) day. */
export function gregorianToJulian(day: CalendarDay): CalendarDay {
  return jdnToJulian(gregorianToJdn(day));
}

/** The Gregorian (New Style) day that fell on a Julian (Old Style) day. */
export function julianToGregorian(day: CalendarDay): CalendarDay {
  return jdnToGregorian(julianToJdn(day));
}

/** Whether Russian sources dated this Gregorian day in the Julian calendar (before 14 Feb 1918). */
export function isRussianOldStyleEra(day: CalendarDay): boolean {
  return gregorianToJdn(day) < gregorianToJdn(RUSSIA_SWITCH_GREGORIAN);
}
