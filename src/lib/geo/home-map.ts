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
export const HOME_MAP_DEFAULTS = { width: 480, height: 420, fontSize: 13, regionRadius: 22 } as const;

/** The frame and type of a home map: width and height in map units, label size, and the radius (degrees) of the region drawn. */
export interface HomeMapOptions {
  width?: number;
  height?: number;
  fontSize?: number;
  regionRadius?: number;
}

/** Lays out the home page's map of these places over the world geometry (detailed for a region, coarse for the world and the inset). */
export function layoutHomeMap(places: readonly CountedPlace[], detailed: WorldGeometry, coarse: WorldGeometry, options: HomeMapOptions = {}): HomeMap {
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

/**
 * The home map as a locator map, to draw with the locator maps' SVG writer (a lesson's overview
 * slide): one label per place that has room, and the places elsewhere named along the foot.
 */
export function homeMapAsLocator(home: HomeMap, fontSize: number = HOME_MAP_DEFAULTS.fontSize): LocatorMap {
  const { map } = home;
  const labels = home.labels.map((l) => {
    const width = [...l.text].length * fontSize * 0.56;
    const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
    return { id: l.slug, members: [l.slug], anchor: l.anchor, lines: [{ text: l.text, secondary: false, x: l.x, y: l.y }], box: { x: left, y: l.y - fontSize, width, height: fontSize * 1.2 } };
  });
  if (home.elsewhere.length) {
    // Written small along the foot, wrapped to the map's width.
    const size = fontSize * 0.86;
    const perLine = Math.floor((map.width - 16) / (size * 0.56));
    const lines: string[] = [];
    for (const word of `Also: ${home.elsewhere.map((p) => p.name).join(', ')}`.split(' ')) {
      if (lines.length && `${lines[lines.length - 1]} ${word}`.length <= perLine) lines[lines.length - 1] += ` ${word}`;
      else lines.push(word);
    }
    const top = map.height - 8 - lines.length * size * 1.2;
    // Clear of the inset globe, which sits in a corner away from the places.
    const right = Boolean(map.inset && map.inset.cx < map.width / 2);
    labels.push({
      id: 'elsewhere', members: home.elsewhere.map((p) => p.slug), anchor: right ? 'end' : 'start',
      lines: lines.map((text, i) => ({ text, secondary: true, x: right ? map.width - 8 : 8, y: Math.round((top + (i + 1) * size * 1.2) * 10) / 10 })),
      box: { x: 0, y: top, width: map.width, height: map.height - top },
    });
  }
  return { ...map, labels, markers: map.markers.map((m) => ({ ...m, label: null })) };
}
