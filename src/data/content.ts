// The only module that talks to astro:content: pages ask here for typed, ordered entries.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortChronologically } from '../lib/chronology.ts';
import { relationIndex, type RelationGroup } from '../lib/relations.ts';
import type { BibliographyItem } from '../lib/schemas/people-places.ts';
import type { GlossaryEntry } from '../lib/content/glossary.ts';
import { validatedContent } from '../content-source/validated.ts';
import type { FigureEntry } from '../lib/content/figures.ts';

export type EventEntry = CollectionEntry<'events'>;
export type PersonEntry = CollectionEntry<'people'>;
export type PlaceEntry = CollectionEntry<'places'>;
export type LessonPathEntry = CollectionEntry<'paths'>;

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

/** What every event page looks up among all events, indexed once per build (not once per page). */
export interface EventIndex {
  /** An event's relations, both ways, grouped by their words. */
  relationsOf: (slug: string) => RelationGroup[];
  /** Titles by slug. */
  titles: Map<string, string>;
}

let indexCache: Promise<EventIndex> | undefined;

export function getEventIndex(): Promise<EventIndex> {
  indexCache ??= getEvents().then((events) => ({
    relationsOf: relationIndex(events.map((e) => ({ slug: e.slug, related: e.entry.data.related }))),
    titles: new Map(events.map((e) => [e.slug, e.title])),
  }));
  return indexCache;
}

// The collections below are read once per build, like the events: every page asks for them.
let peopleCache: Promise<Map<string, PersonEntry>> | undefined;
let placesCache: Promise<Map<string, PlaceEntry>> | undefined;
let lanesCache: Promise<CollectionEntry<'lanes'>['data'][]> | undefined;
let bibliographyCache: Promise<Map<string, BibliographyItem>> | undefined;

/** People by slug. */
export function getPeople(): Promise<Map<string, PersonEntry>> {
  peopleCache ??= getCollection('people').then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return peopleCache;
}

/** Places by slug. */
export function getPlaces(): Promise<Map<string, PlaceEntry>> {
  placesCache ??= getCollection('places').then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return placesCache;
}

/** Lanes in their authored order (the order of content/lanes.yaml, which the loader records). */
export function getLanes(): Promise<CollectionEntry<'lanes'>['data'][]> {
  lanesCache ??= getCollection('lanes').then((entries) => entries.map((entry) => entry.data).sort((a, b) => a.position - b.position));
  return lanesCache;
}

/** The bibliography by key. */
export function getBibliography(): Promise<Map<string, BibliographyItem>> {
  bibliographyCache ??= getCollection('bibliography').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data as BibliographyItem])));
  return bibliographyCache;
}

/** The figures drawn on an event's page (content/figures/*.yaml), in file order. */
export function getFiguresOf(slug: string): FigureEntry[] {
  return validatedContent().content.figures.filter((figure) => figure.data.event === slug);
}

/** The glossary (content/glossary.yaml), from the content validated once per build. */
export function getGlossary(): GlossaryEntry[] {
  return validatedContent().content.glossary;
}

/** The labels of the closed tag list (content/tags.yaml), by id, from the content validated once per build. */
export function getTagLabels(): ReadonlyMap<string, string> {
  return new Map(validatedContent().content.tags.map((tag) => [tag.id, tag.label]));
}

/** A lesson path with its steps resolved to events, in the order the lesson shows them. */
export interface LessonPath {
  slug: string;
  title: string;
  summary: string;
  entry: LessonPathEntry;
  steps: { event: OrderedEvent; notes?: string }[];
}

let pathsCache: Promise<LessonPath[]> | undefined;

/** Every lesson path, ordered by the date of its first step, then by title. */
export function getLessonPaths(): Promise<LessonPath[]> {
  pathsCache ??= (async () => {
    const events = await getEvents();
    const bySlug = new Map(events.map((event) => [event.slug, event]));
    const order = new Map(events.map((event, i) => [event.slug, i]));
    const paths = (await getCollection('paths')).map((entry) => ({
      slug: entry.id,
      title: entry.data.title,
      summary: entry.data.summary,
      entry,
      // The content gate has checked that every step names an event.
      steps: entry.data.steps.map((step) => ({ event: bySlug.get(step.event)!, ...(step.notes ? { notes: step.notes } : {}) })),
    }));
    const first = (path: LessonPath) => Math.min(...path.steps.map((step) => order.get(step.event.slug) ?? Infinity));
    return paths.sort((a, b) => first(a) - first(b) || a.title.localeCompare(b.title));
  })();
  return pathsCache;
}
