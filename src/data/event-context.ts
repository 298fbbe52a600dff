// What an event page shows around its text: its places and people resolved, its places for
// the map, and which calendars its readers' sources use.
import type { EquivalentOptions } from '../lib/dates/equivalents.ts';
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

const CHINESE_COUNTRIES = new Set(['China', 'Taiwan']);

/**
 * The calendars an event's sources date it by: every event here involves Japan (its era);
 * Chinese calendars where the event has a Chinese name or a place in China; the Julian date
 * where the entry gives one, or where the event has a place in Russia.
 */
export function equivalentOptions(event: OrderedEvent, places: PlaceEntry[]): EquivalentOptions {
  const { data } = event.entry;
  const chineseName = (data.names ?? []).some((n) => n.lang === 'zh' || n.lang.startsWith('zh-'));
  return {
    japanese: true,
    chinese: chineseName || places.some((p) => CHINESE_COUNTRIES.has(p.data.country)),
    russian: places.some((p) => p.data.country === 'Russia'),
    ...(data.julianDate ? { julianDate: data.julianDate } : {}),
  };
}
