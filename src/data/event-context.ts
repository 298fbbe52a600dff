// What an event page shows around its text: its places and people resolved, its places for
// the map, and which calendars its readers' sources use.
import type { EquivalentOptions } from '../lib/dates/equivalents.ts';
import { settings } from './settings.ts';
import type { MapPlace } from '../lib/geo/locator-map.ts';
import { getPeople, getPlaces, type OrderedEvent, type PersonEntry, type PlaceEntry } from './content.ts';

/** The event's places, in the order the entry lists them. */
export async function placesOf(event: OrderedEvent): Promise<PlaceEntry[]> {
  const places = await getPlaces();
  return event.entry.data.places.map((slug) => places.get(slug)).filter((p): p is PlaceEntry => p !== undefined);
}

/** The event's people, in the order the entry lists them. */
export async function peopleOf(event: OrderedEvent): Promise<PersonEntry[]> {
  const people = await getPeople();
  return event.entry.data.people.map((slug) => people.get(slug)).filter((p): p is PersonEntry => p !== undefined);
}

/** Places as the locator map marks them. */
export function mapPlaces(places: PlaceEntry[]): MapPlace[] {
  return places.map(({ id, data }) => ({ slug: id, name: data.name, latitude: data.latitude, longitude: data.longitude, ...(data.modernName ? { modernName: data.modernName } : {}) }));
}

/**
 * The calendars an event's sources date it by, as content/site.yaml's `calendars` says: each
 * for every event ("all") or for events with a place in the countries listed. The Chinese
 * calendars also apply to an event with a Chinese name; the Julian date to an entry that gives one.
 */
export function equivalentOptions(event: OrderedEvent, places: PlaceEntry[]): EquivalentOptions {
  const { data } = event.entry;
  const { japanese, minguo, julian } = settings.calendars;
  const applies = (scope: 'all' | string[] | undefined) => scope === 'all' || (scope !== undefined && places.some((p) => scope.includes(p.data.country)));
  const chineseName = (data.names ?? []).some((n) => n.lang === 'zh' || n.lang.startsWith('zh-'));
  return {
    japanese: applies(japanese),
    chinese: minguo !== undefined && (chineseName || applies(minguo)),
    russian: applies(julian),
    ...(julian !== undefined && data.julianDate ? { julianDate: data.julianDate } : {}),
  };
}
