// The home page's map of every place the events name, laid out at build time with the locator
// maps' projection, base map and labels (./locator-map.ts): a regional view of the area where
// most places lie, with its inset globe, or a world view when no two places are close. Places
// outside the regional view are listed beside it ("elsewhere"). Pure: GeoJSON in, numbers out.
import { layoutLocatorMap, fitProjection, type LocatorMap, type MapPlace, type WorldGeometry } from './locator-map.ts';
import { densestRegion, placeLabels, type OverviewLabel } from './overview-map.ts';

/** A place with the number of events that name it (all of them: the map without JavaScript). */
export interface CountedPlace extends MapPlace {
  events: number;
}

/** The laid-out home map. */
export interface HomeMap {
  map: LocatorMap;
  /** One label per place that has room for it, busiest places first (the rest are named in the list and on focus). */
  labels: OverviewLabel[];
  /** The places on the map, west to east: the order the arrow keys step through. */
  onMap: CountedPlace[];
  /** Places too far from the rest to share the map (Portsmouth, Berlin…), by name. */
  elsewhere: CountedPlace[];
}

/** Named defaults: a frame a little wider than tall, for a column beside the timeline. */
export const HOME_MAP_DEFAULTS = { width: 480, height: 420, fontSize: 13, regionRadius: 18 } as const;

/** Lays out the home page's map of these places over the world geometry (detailed for a region, coarse for the world and the inset). */
export function layoutHomeMap(places: readonly CountedPlace[], detailed: WorldGeometry, coarse: WorldGeometry, options: Partial<typeof HOME_MAP_DEFAULTS> = {}): HomeMap {
  const { width, height, fontSize, regionRadius } = { ...HOME_MAP_DEFAULTS, ...options };
  if (!places.length) throw new Error('the home map needs at least one place');
  const region = densestRegion(places, regionRadius);
  const shown = region.length >= 2 ? region : [...places];
  const scope = fitProjection(shown, { width, height }).scope;
  const map = layoutLocatorMap(shown, scope === 'world' ? coarse : detailed, coarse, { width, height, fontSize });
  const x = new Map(map.markers.map((m) => [m.slug, m.x]));
  const onMap = [...shown].sort((a, b) => (x.get(a.slug) ?? 0) - (x.get(b.slug) ?? 0) || a.name.localeCompare(b.name, 'en'));
  const inShown = new Set(shown.map((p) => p.slug));
  const elsewhere = places.filter((p) => !inShown.has(p.slug)).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const events = new Map(shown.map((p) => [p.slug, p.events]));
  const labels = placeLabels(map.markers.map((m) => ({ slug: m.slug, name: shown.find((p) => p.slug === m.slug)!.name, x: m.x, y: m.y, priority: events.get(m.slug) ?? 0 })), { width, height, fontSize }, map.inset ? [{ x: map.inset.cx - map.inset.r - 4, y: map.inset.cy - map.inset.r - 4, width: 2 * map.inset.r + 8, height: 2 * map.inset.r + 8 }] : []);
  return { map, labels, onMap, elsewhere };
}
