import { utcDay } from '../dates/historical-date.ts';

/** A Japanese reign period (gengō), the frame in which the army's own records are dated. */
export interface Era {
  /** URL-safe id: "meiji", "taisho", "showa"; "before-meiji" for anything earlier. */
  id: string;
  /** The name in Hepburn romanisation with macrons. */
  name: string;
  /** The name in Japanese, or null for the period before Meiji. */
  native: string | null;
  /** First UTC millisecond of the era (its first Gregorian day). */
  start: number;
  /** Astronomical year of the first day, for "Shōwa 14"-style era years. */
  firstYear: number;
  /** Last Gregorian year the era reached, or null while it continues. */
  lastYear: number | null;
}

// Each era begins on the day its emperor succeeded: Taishō on 30 July 1912, Shōwa on
// 25 December 1926, Heisei on 8 January 1989, Reiwa on 1 May 2019. Meiji was proclaimed on
// 23 October 1868 but counted back to the first day of that lunar year, 25 January 1868.
/** The reign periods in order, each running until the next begins. */
export const ERAS: readonly Era[] = [
  { id: 'before-meiji', name: 'Before Meiji', native: null, start: -Infinity, firstYear: -Infinity, lastYear: 1868 },
  { id: 'meiji', name: 'Meiji', native: '明治', start: utcDay(1868, 1, 25), firstYear: 1868, lastYear: 1912 },
  { id: 'taisho', name: 'Taishō', native: '大正', start: utcDay(1912, 7, 30), firstYear: 1912, lastYear: 1926 },
  { id: 'showa', name: 'Shōwa', native: '昭和', start: utcDay(1926, 12, 25), firstYear: 1926, lastYear: 1989 },
  { id: 'heisei', name: 'Heisei', native: '平成', start: utcDay(1989, 1, 8), firstYear: 1989, lastYear: 2019 },
  { id: 'reiwa', name: 'Reiwa', native: '令和', start: utcDay(2019, 5, 1), firstYear: 2019, lastYear: null },
];

/** The era a UTC instant falls in. */
export function eraAt(ms: number): Era {
  let found = ERAS[0];
  for (const era of ERAS) if (ms >= era.start) found = era;
  return found;
}

/** The year within an era ("Shōwa 14" for 1939), or null before Meiji. Year 1 is the accession year. */
export function eraYear(era: Era, year: number): number | null {
  return Number.isFinite(era.firstYear) ? year - era.firstYear + 1 : null;
}

/** "Shōwa era, 1926–1989"-style span of an era's Gregorian years. */
export function eraSpan(era: Era): string {
  if (!Number.isFinite(era.firstYear)) return `until ${era.lastYear}`;
  return `${era.firstYear}–${era.lastYear ?? ''}`;
}
