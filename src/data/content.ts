// The only module that talks to astro:content: pages ask here for typed, ordered entries.
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../content-source/read.ts';
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

/** Lanes in their authored order (the order of content/lanes.yaml, which the loader does not keep). */
export async function getLanes() {
  const authored = (parse(readFileSync(join(contentDir(), 'lanes.yaml'), 'utf8')) as { id: string }[]).map((lane) => lane.id);
  return (await getCollection('lanes')).map((entry) => entry.data).sort((a, b) => authored.indexOf(a.id) - authored.indexOf(b.id));
}

/** The bibliography by key. */
export async function getBibliography(): Promise<Map<string, BibliographyItem>> {
  return new Map((await getCollection('bibliography')).map((entry) => [entry.id, entry.data as BibliographyItem]));
}
