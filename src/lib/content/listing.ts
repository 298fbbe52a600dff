// What exists, for authors: `npm run list -- tags|people|places|sources` prints each tag, person,
// place or reference with the number of events that use it, so that an author reuses a slug
// instead of inventing a near-duplicate.
import type { BibliographyItem } from '../schemas/people-places.ts';
import type { ValidatedContent } from './validate.ts';

/** The kinds of entry the list command prints. */
export const LIST_KINDS = ['tags', 'people', 'places', 'sources'] as const;

/** One of LIST_KINDS. */
export type ListKind = (typeof LIST_KINDS)[number];

/** One line of a listing: the slug an event writes, what readers see, and how many events use it. */
export interface ListRow {
  slug: string;
  name: string;
  events: number;
}

/** Whether a word is one of the kinds the list command knows. */
export function isListKind(word: string | undefined): word is ListKind {
  return (LIST_KINDS as readonly string[]).includes(word ?? '');
}

/** A reference as a short line: "Kowner 2006, Historical Dictionary of the Russo-Japanese War". */
export function referenceName(item: BibliographyItem): string {
  const authors = (item.author as { family?: string; literal?: string }[] | undefined) ?? (item.editor as { family?: string; literal?: string }[] | undefined) ?? [];
  const names = authors.map((a) => a.family ?? a.literal).filter(Boolean);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' and ');
  const year = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0];
  const lead = [who, year].filter((part) => part !== undefined && part !== '').join(' ');
  return lead ? `${lead}, ${item.title}` : item.title;
}

/** Counts how many events name each value. */
function tally(values: Iterable<string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of values) for (const value of new Set(list)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The rows of one kind, in order of slug; entries no event uses yet are listed with 0. */
export function listRows(kind: ListKind, content: ValidatedContent): ListRow[] {
  const { events } = content;
  let named: [string, string][];
  let counts: Map<string, number>;
  switch (kind) {
    case 'tags':
      named = content.tags.map((tag) => [tag.id, tag.label]);
      counts = tally(events.map((event) => event.data.tags));
      break;
    case 'people':
      named = [...content.people].map(([slug, person]) => [slug, person.name]);
      counts = tally(events.map((event) => event.data.people));
      break;
    case 'places':
      named = [...content.places].map(([slug, place]) => [slug, place.name]);
      counts = tally(events.map((event) => event.data.places));
      break;
    case 'sources':
      named = [...content.bibliography].map(([key, item]) => [key, referenceName(item)]);
      counts = tally(events.map((event) => [...event.data.sources, ...event.citedKeys]));
      break;
  }
  return named.map(([slug, name]) => ({ slug, name, events: counts.get(slug) ?? 0 })).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Narrowest a name column is cut to, however narrow the terminal. */
const MIN_NAME_WIDTH = 20;

/**
 * A listing as aligned columns (slug, name, events), one entry a line, with a header and a
 * total. Names longer than the terminal allows end in "…"; `width` is the terminal's width.
 */
export function formatList(kind: ListKind, rows: readonly ListRow[], width = 100): string {
  const slugWidth = Math.max(4, ...rows.map((row) => row.slug.length));
  const countWidth = Math.max('events'.length, ...rows.map((row) => String(row.events).length));
  const nameWidth = Math.max(MIN_NAME_WIDTH, Math.min(Math.max(4, ...rows.map((row) => [...row.name].length)), width - slugWidth - countWidth - 4));
  const cut = (name: string) => ([...name].length > nameWidth ? `${[...name].slice(0, nameWidth - 1).join('')}…` : name);
  const line = (slug: string, name: string, count: string) => `${slug.padEnd(slugWidth)}  ${name.padEnd(nameWidth)}  ${count.padStart(countWidth)}`.trimEnd();
  const header = line('slug', kind === 'tags' ? 'label' : 'name', 'events');
  const unused = rows.filter((row) => row.events === 0).length;
  const noun = { tags: ['tag', 'tags'], people: ['person', 'people'], places: ['place', 'places'], sources: ['reference', 'references'] }[kind][rows.length === 1 ? 0 : 1];
  return [header, ...rows.map((row) => line(row.slug, cut(row.name), String(row.events))), `${rows.length} ${noun}${unused ? `, ${unused} not used by any event yet` : ''}.`].join('\n');
}
