// The maps of all places, laid out once per build and shared by /places/ and every place page.
import { getEvents, getPlaces } from './content.ts';
import { worldAtlas } from '../lib/geo/world.ts';
import { layoutOverviewMaps, type OverviewMaps } from '../lib/geo/overview-map.ts';

let cache: Promise<OverviewMaps> | undefined;

/** The regional and world maps of every place, each place weighted by its number of events. */
export function getOverviewMaps(): Promise<OverviewMaps> {
  cache ??= (async () => {
    const events = await getEvents();
    const places = [...(await getPlaces()).values()];
    const { detailed, coarse } = worldAtlas();
    return layoutOverviewMaps(
      places.map((p) => ({
        slug: p.id,
        name: p.data.name,
        modernName: p.data.modernName,
        latitude: p.data.latitude,
        longitude: p.data.longitude,
        events: events.filter((e) => e.entry.data.places.includes(p.id)).length,
      })),
      detailed,
      coarse,
    );
  })();
  return cache;
}
