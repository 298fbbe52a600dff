import type { HistoricalDate } from './dates/historical-date.ts';
import { precisionRank } from './dates/historical-date.ts';

/** Anything with a date and a title can be put in chronological order. */
export interface Dated {
  title: string;
  date: HistoricalDate;
}

/**
 * The site's one chronological order: by start, then coarser precision first (a year-long
 * event before a day inside it), then by title, so the order never depends on file order.
 */
export function compareChronologically(a: Dated, b: Dated): number {
  return (
    a.date.earliest - b.date.earliest ||
    precisionRank(b.date.precision) - precisionRank(a.date.precision) ||
    a.title.localeCompare(b.title, 'en')
  );
}

/** A new array of the items in chronological order. */
export function sortChronologically<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort(compareChronologically);
}
