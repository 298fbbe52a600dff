// The only module that talks to astro:content: pages ask here for typed, ordered entries.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortChronologically } from '../lib/chronology.ts';
import type { BibliographyItem } from '../lib/schemas/people-places.ts';

export type EventEntry = CollectionEntry<'events'>;
export type PersonEntry = CollectionEntry<'people'>;
export type PlaceEntry = CollectionEntry<'places'>;

/** An event entry with its title and date lifted up, for ordering. */
export interface OrderedEvent {
  slug: string;
  title: string;
  date: EventEntry['data']['date'];
  entry: EventEntry;
}

let eventsCache: Promise<OrderedEvent[]> | undefined;

/** Every event, in the site's chronological order. */
export function getEvents(): Promise<OrderedEvent[]> {
  eventsCache ??= getCollection('events').then((entries) =>
    sortChronologically(entries.map((entry) => ({ slug: entry.id, title: entry.data.title, date: entry.data.date, entry }))),
  );
  return eventsCache;
}

/** People by slug. */
export async function getPeople(): Promise<Map<string, PersonEntry>> {
  return new Map((await getCollection('people')).map((entry) => [entry.id, entry]));
}

/** Places by slug. */
export async function getPlaces(): Promise<Map<string, PlaceEntry>> {
  return new Map((await getCollection('places')).map((entry) => [entry.id, entry]));
}

/** Lanes in their authored order. */
export async function getLanes() {
  return (await getCollection('lanes')).map((entry) => entry.data);
}

/** The bibliography by key. */
export async function getBibliography(): Promise<Map<string, BibliographyItem>> {
  return new Map((await getCollection('bibliography')).map((entry) => [entry.id, entry.data as BibliographyItem]));
}
