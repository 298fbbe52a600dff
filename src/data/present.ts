// What classroom mode shows: decks of slides (all events, or one lesson path), each slide's
// facts, its map and QR code images, and the strip of the timeline behind it.
import type { HistoricalDate } from '../lib/dates/historical-date.ts';
import { formatHistoricalDate, formatYear } from '../lib/dates/format.ts';
import { utcYear } from '../lib/dates/utc.ts';
import type { MapPlace } from '../lib/geo/locator-map.ts';
import { keyPointsOf } from '../lib/present/slides.ts';
import { formatAges, formatMinutes, lessonSources, mainSources, planLesson, shortReference, type PlannedSlide, type ShortReferenceInput } from '../lib/present/lesson.ts';
import { citedKeysOf } from '../lib/citations/note-citations.ts';
import type { BibliographyItem } from '../lib/schemas/people-places.ts';
import { getBibliography, getEvents, getLanes, getLessonPaths, getPlaces, type LessonPath, type OrderedEvent } from './content.ts';
import { mapPlaces, placesOf } from './event-context.ts';
import { absoluteHref, eventHref, href } from './urls.ts';
import { leadPicture, type LocalMedia } from './media.ts';

/** One event slide. */
export interface Slide {
  slug: string;
  title: string;
  summary: string;
  date: HistoricalDate;
  dateText: string;
  lane: string;
  /** Names of the time, with today's names where they differ. */
  places: { name: string; modernName?: string }[];
  keyPoints: string[];
  contentNote?: string;
  /** The teacher's notes for this step (lesson paths only). */
  notes?: string;
  /** Discussion questions for this step (lesson paths only). */
  questions?: string[];
  /** The locator map image, or null for an event without places. */
  map: { src: string; alt: string } | null;
  /** The event's picture, shown large in the map's place, with its credit (events with a local picture only). */
  picture?: LocalMedia;
  /** The QR code image and the absolute address it encodes; null when the site's address is not set. */
  qr: { src: string; url: string } | null;
  /** The event's page on this site. */
  href: string;
}

/** A slide show: the title slide's words and the event slides. */
export interface Deck {
  /** "all" for every event, or the lesson path's slug. */
  key: string;
  title: string;
  summary: string;
  /** Where the deck, its notes and its handout live. */
  href: string;
  notesHref: string;
  handoutHref?: string;
  /** The handout with questions and room for answers (lesson paths only). */
  worksheetHref?: string;
  /** The years the deck's events cover, e.g. "1917–1925". */
  span: string;
  slides: Slide[];
  path?: LessonPath;
  /** Lesson paths: the map of every place their events name, for the title (overview) slide. */
  map?: { src: string; alt: string } | null;
  /** A lesson path's plan and closing slide (absent for the deck of every event). */
  lesson?: LessonPlan;
}

/** What a teacher plans with: aims, ages, time, and the closing slide's questions and sources. */
export interface LessonPlan {
  aims: string[];
  /** "ages 14–16". */
  ages: string;
  duration: number;
  /** "45 minutes". */
  durationText: string;
  /** The title slide, each step, then the closing slide: minutes and start. */
  plan: PlannedSlide[];
  closing: { questions: string[] };
  /** The works the lesson's entries cite, most used first, each as a short reference and as the bibliography's item. */
  sources: { key: string; short: string; steps: number; item: BibliographyItem }[];
  /** The same without Wikipedia, authored works first: what the closing slide shows. */
  mainSources: { key: string; short: string; steps: number; item: BibliographyItem }[];
}

/** A locator map's file name: the places' slugs in the entry's order (slugs never contain "--"). */
export function mapKey(places: readonly MapPlace[]): string {
  return places.map((p) => p.slug).join('--');
}

/** The deck page of a lesson path, or of every event. */
export const deckHref = (key: string) => (key === 'all' ? href('present/all/') : href(`present/${key}/`));

async function slideOf(event: OrderedEvent, site: URL | undefined, laneLabels: Map<string, string>, step?: { notes?: string; questions?: string[] }): Promise<Slide> {
  const notes = step?.notes;
  const { data } = event.entry;
  const places = await placesOf(event);
  const onMap = mapPlaces(places);
  const described = places.map((p) => (p.data.modernName ? `${p.data.name} (now ${p.data.modernName})` : p.data.name));
  const page = eventHref(event.slug);
  return {
    slug: event.slug,
    title: data.title,
    summary: data.summary,
    date: data.date,
    dateText: data.displayDate ?? formatHistoricalDate(data.date),
    lane: laneLabels.get(data.lane) ?? data.lane,
    places: places.map((p) => ({ name: p.data.name, ...(p.data.modernName ? { modernName: p.data.modernName } : {}) })),
    keyPoints: keyPointsOf(data),
    ...(data.contentNote ? { contentNote: data.contentNote } : {}),
    ...(notes ? { notes } : {}),
    ...(step?.questions ? { questions: step.questions } : {}),
    map: onMap.length ? { src: href(`present/maps/${mapKey(onMap)}.svg`), alt: `Map marking ${described.join('; ')}.` } : null,
    ...(leadPicture(event.entry) ? { picture: leadPicture(event.entry)! } : {}),
    qr: site ? { src: href(`present/qr/${event.slug}.svg`), url: absoluteHref(`events/${event.slug}/`, site)! } : null,
    href: page,
  };
}

function spanOf(events: OrderedEvent[]): string {
  if (!events.length) return '';
  const years = events.flatMap((e) => [e.date.earliest, e.date.latest]).filter(Number.isFinite).map(utcYear);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? formatYear(first) : `${formatYear(first)}–${formatYear(last)}`;
}

/** The deck of every event, in chronological order. */
export async function allEventsDeck(site: URL | undefined): Promise<Deck> {
  const events = await getEvents();
  const lanes = new Map((await getLanes()).map((lane) => [lane.id, lane.label]));
  return {
    key: 'all',
    title: `All ${events.length} events`,
    summary: 'Every event of the timeline, one slide each, in chronological order.',
    href: deckHref('all'),
    notesHref: href('present/all/notes/'),
    span: spanOf(events),
    slides: await Promise.all(events.map((event) => slideOf(event, site, lanes))),
  };
}

/** Every place a lesson path's events name, once each, in the order the steps first name them. */
async function placesOfPath(path: LessonPath): Promise<MapPlace[]> {
  const places = await getPlaces();
  const slugs = [...new Set(path.steps.flatMap((step) => step.event.entry.data.places))];
  return mapPlaces(slugs.map((slug) => places.get(slug)).filter((p) => p !== undefined));
}

/** The file name of a lesson path's map ("--" never occurs in one place's slug, so no event's map has it). */
const pathMapKey = (slug: string) => `path--${slug}`;

/** The deck of one lesson path, in the order its steps give. */
export async function pathDeck(path: LessonPath, site: URL | undefined): Promise<Deck> {
  const lanes = new Map((await getLanes()).map((lane) => [lane.id, lane.label]));
  return {
    key: path.slug,
    title: path.title,
    summary: path.summary,
    href: deckHref(path.slug),
    notesHref: href(`present/${path.slug}/notes/`),
    handoutHref: href(`present/${path.slug}/handout/`),
    worksheetHref: href(`present/${path.slug}/worksheet/`),
    span: spanOf(path.steps.map((step) => step.event)),
    slides: await Promise.all(path.steps.map((step, i) => slideOf(step.event, site, lanes, { notes: step.notes, questions: path.entry.data.steps[i].questions }))),
    path,
    map: await (async () => {
      const places = await placesOfPath(path);
      return places.length ? { src: href(`present/maps/${pathMapKey(path.slug)}.svg`), alt: `Map of the lesson's ${places.length} places: ${places.map((p) => p.name).join('; ')}.` } : null;
    })(),
    lesson: await lessonPlan(path),
  };
}

/** Every source an event's page lists: its front matter's and those cited in its text and notes. */
function sourcesOf(event: OrderedEvent): string[] {
  const { data, body } = event.entry;
  return [...new Set([...data.sources, ...citedKeysOf(body, data.dateNote, data.dispute, data.provenance)])];
}

async function lessonPlan(path: LessonPath): Promise<LessonPlan> {
  const { data } = path.entry;
  const bibliography = await getBibliography();
  const cited = lessonSources(path.steps.map((step) => ({ sources: sourcesOf(step.event) })));
  const items = bibliography as Map<string, BibliographyItem & ShortReferenceInput>;
  const sources = cited.flatMap(({ key, steps }) => {
    const item = items.get(key);
    return item ? [{ key, steps, item, short: shortReference(item) }] : [];
  });
  const main = mainSources(cited, items).map(({ key, steps, item }) => ({ key, steps, item, short: shortReference(item) }));
  return {
    aims: data.aims,
    ages: formatAges(data.age),
    duration: data.duration,
    durationText: formatMinutes(data.duration),
    plan: planLesson(data.duration, data.steps, data.closing.minutes),
    closing: { questions: data.closing.questions },
    sources,
    mainSources: main,
  };
}

/** Every lesson path's deck. */
export async function pathDecks(site: URL | undefined): Promise<Deck[]> {
  return Promise.all((await getLessonPaths()).map((path) => pathDeck(path, site)));
}

/** Each distinct set of places that some event's map shows, with its file name. */
export async function slideMaps(): Promise<{ key: string; places: MapPlace[]; overview?: boolean }[]> {
  const places = await getPlaces();
  const maps = new Map<string, MapPlace[]>();
  for (const event of await getEvents()) {
    const onMap = mapPlaces(event.entry.data.places.map((slug) => places.get(slug)).filter((p) => p !== undefined));
    if (onMap.length) maps.set(mapKey(onMap), onMap);
  }
  const overviews = new Map<string, MapPlace[]>();
  for (const path of await getLessonPaths()) {
    const onMap = await placesOfPath(path);
    if (onMap.length) overviews.set(pathMapKey(path.slug), onMap);
  }
  return [...[...maps].map(([key, list]) => ({ key, places: list })), ...[...overviews].map(([key, list]) => ({ key, places: list, overview: true }))];
}

