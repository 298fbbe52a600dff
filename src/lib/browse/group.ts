import type { Dated } from '../chronology.ts';
import { eraAt, eraNoteFor, type Era } from '../dates/japanese-eras.ts';
import { formatYear, groupDigits } from '../dates/format.ts';

/** The events of one decade inside one era, in the order given. */
export interface DecadeGroup<T> {
  /** Fragment id: "decade-1930s", "decade-40s-bce". */
  id: string;
  /** "1930s", "40s BCE". */
  label: string;
  items: T[];
}

/** The events of one era, split by decade. */
export interface EraGroup<T> {
  era: Era;
  /** Fragment id: "era-showa". */
  id: string;
  decades: DecadeGroup<T>[];
  count: number;
  /** The era's note, where the choice of its first day matters to these events; else null. */
  note: string | null;
}

/**
 * The decade of an astronomical year: 1939 → 1930s; -43 (44 BCE) → 40s BCE; -10000 → 10,000s
 * BCE. From a million years on, where years are written in words, the group is the year as
 * written: Y-13800000000 → "13.8 billion BCE".
 */
export function decadeOf(year: number): { id: string; label: string } {
  const bce = year <= 0;
  const n = bce ? 1 - year : year;
  if (n >= 1_000_000) {
    const label = formatYear(year);
    return { id: `years-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, label };
  }
  const decade = Math.floor(n / 10) * 10;
  const written = decade >= 10_000 ? groupDigits(decade) : String(decade);
  if (!bce) return { id: `decade-${decade}s`, label: `${written}s${decade >= 10_000 ? ' CE' : ''}` };
  return { id: `decade-${decade}s-bce`, label: `${written}s BCE` };
}

/** The year an item is filed under: the year of its start, or of its end when the start is open. */
function startYear(item: Dated): number {
  return (item.date.start ?? item.date.end)!.year;
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/** The century of an astronomical year, as a group: 1939 → "20th century"; -43 → "1st century BCE". */
export function centuryOf(year: number): Era {
  const ce = year > 0;
  const n = ce ? Math.ceil(year / 100) : Math.ceil((1 - year) / 100);
  const firstYear = ce ? (n - 1) * 100 + 1 : 1 - n * 100;
  return { id: `century-${n}${ce ? '' : '-bce'}`, name: `${ordinal(n)} century${ce ? '' : ' BCE'}`, native: null, start: NaN, firstYear, lastYear: firstYear + 99 };
}

/**
 * Groups items that are already in chronological order by era (of their first day) and then
 * by decade. A decade cut by an era boundary (a decade in which one reign ended and the next began) appears in both.
 * `by` chooses the eras: the reign periods of the era table, or centuries (a site without reigns).
 */
export function groupByEraAndDecade<T extends Dated>(items: readonly T[], by: 'reign' | 'century' = 'reign'): EraGroup<T>[] {
  const groups: EraGroup<T>[] = [];
  for (const item of items) {
    const era = by === 'reign' ? eraAt(item.date.earliest) : centuryOf(startYear(item));
    let group = groups.at(-1);
    if (!group || group.era.id !== era.id) {
      group = { era, id: `era-${era.id}`, decades: [], count: 0, note: null };
      groups.push(group);
    }
    const decade = decadeOf(startYear(item));
    let bucket = group.decades.at(-1);
    if (!bucket || bucket.label !== decade.label) {
      // The same decade can open two eras; its id must still be unique on the page.
      const id = groups.some((g) => g !== group && g.decades.some((d) => d.id === decade.id)) ? `${decade.id}-${era.id}` : decade.id;
      bucket = { id, label: decade.label, items: [] };
      group.decades.push(bucket);
    }
    bucket.items.push(item);
    group.count += 1;
  }
  if (by === 'reign') for (const group of groups) group.note = eraNoteFor(group.era, group.decades.flatMap((d) => d.items.map((item) => item.date.earliest)));
  return groups;
}
