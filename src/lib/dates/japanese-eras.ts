// The one table of Japanese reign periods (gengō). The chronology groups events by it, the
// timeline draws its reign bands from it (../timeline/eras.ts), the TimelineJS export writes
// it out, and the era-day conversions (./eras.ts) take the names from it.
import { utcDay } from './utc.ts';

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
  /** First UTC millisecond of the day the name was proclaimed, where that came after `start`. */
  proclaimed?: number;
  /** What a reader is told when an event falls between `start` and `proclaimed`. */
  note?: string;
}

// Each era from Taishō on begins on the day its emperor succeeded: Taishō on 30 July 1912,
// Shōwa on 25 December 1926, Heisei on 8 January 1989, Reiwa on 1 May 2019.
//
// Meiji is the odd case. The name was proclaimed on 23 October 1868 (Keiō 4, 9th month, 8th day),
// and the edict renamed the whole of Keiō 4 as Meiji 1, so the era was counted back to the first
// day of that lunar year, 25 January 1868. We start Meiji on 25 January, for the bands as for
// everything else, because that is how its years are counted: every day of 1868 from 25 January
// is "Meiji 1" (明治元年), which is what `eraYear` and the chronology's "1868–1912" say. People
// at the time dated those months Keiō 4, and ICU's Japanese calendar (Intl) starts Meiji on
// 23 October; ./eras.ts only writes era days from 1873, so it never meets the difference. Where
// it does matter, an event dated before 23 October 1868, the chronology shows Meiji's note.
/** The reign periods in order, each running until the next begins. */
export const ERAS: readonly Era[] = [
  { id: 'before-meiji', name: 'Before Meiji', native: null, start: -Infinity, firstYear: -Infinity, lastYear: 1868 },
  {
    id: 'meiji',
    name: 'Meiji',
    native: '明治',
    start: utcDay(1868, 1, 25),
    firstYear: 1868,
    lastYear: 1912,
    proclaimed: utcDay(1868, 10, 23),
    note: 'Meiji is counted here from 25 January 1868, the first day of that lunar year. The name was proclaimed on 23 October 1868 and applied to the whole year, so documents written before then are dated Keiō 4.',
  },
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

/** The last UTC millisecond of an era: the one before the next era begins, or Infinity for the current era. */
export function eraEnd(era: Era): number {
  const next = ERAS[ERAS.indexOf(era) + 1];
  return next ? next.start - 1 : Infinity;
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

/**
 * The era's note when the choice of its first day matters to these events (given by their
 * earliest instants): one of them falls before the era's name was proclaimed. Otherwise null.
 */
export function eraNoteFor(era: Era, earliest: Iterable<number>): string | null {
  if (era.proclaimed === undefined || !era.note) return null;
  for (const ms of earliest) if (ms >= era.start && ms < era.proclaimed) return era.note;
  return null;
}
