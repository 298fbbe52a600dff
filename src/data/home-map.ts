// The home page's map of every place an event names, laid out once per build.
import { getEvents, getPlaces } from './content.ts';
import { worldAtlas } from '../lib/geo/world.ts';
import { layoutHomeMap, type HomeMap } from '../lib/geo/home-map.ts';

let cache: Promise<HomeMap | null> | undefined;

/** The home map, or null when no event names a place. */
export function getHomeMap(): Promise<HomeMap | null> {
  cache ??= (async () => {
    const [events, places] = await Promise.all([getEvents(), getPlaces()]);
    const counts = new Map<string, number>();
    for (const event of events) for (const slug of event.entry.data.places) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    const named = [...counts.keys()].flatMap((slug) => {
      const place = places.get(slug);
      // Labels give the period's name only: with dozens of places, "now …" lines would crowd the map
      // (the place pages and event maps give today's names).
      return place ? [{ slug, name: place.data.name, latitude: place.data.latitude, longitude: place.data.longitude, events: counts.get(slug)! }] : [];
    });
    if (!named.length) return null;
    const { detailed, coarse } = worldAtlas();
    return layoutHomeMap(named, detailed, coarse);
  })();
  return cache;
}
