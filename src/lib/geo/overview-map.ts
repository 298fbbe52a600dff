// The maps of all places on /places/: a regional map of the area where most places lie, and a
// world map that shows the rest and where the regional map sits. Markers are numerous, so
// labels are placed greedily (places with more events first) and left out where they would
// collide; every marker still names its place (its link title and the list beside the map).
// Pure: places and world geometry in, path strings and positions out. The projection comes
// from the locator map (./locator-map.ts fitProjection); no present-day borders are drawn.
import { geoDistance, geoEqualEarth, geoGraticule10, geoPath, type GeoProjection } from 'd3-geo';
import { fitProjection, type MapPlace, type WorldGeometry } from './locator-map.ts';
import { roundToTenth } from '../round.ts';
import { extentPolygon, fitWorld } from './fit.ts';

/** Named defaults: map sizes in map units, label size, and the radius (degrees) of the region. */
export const OVERVIEW_DEFAULTS = { width: 960, height: 720, worldWidth: 960, fontSize: 14, regionRadius: 20 } as const;

/** A place on the overview, with how many events happened there (more events, labelled first). */
export interface OverviewPlace extends MapPlace {
  events: number;
}

/** A marker: one place's point. */
export interface OverviewMarker {
  slug: string;
  name: string;
  x: number;
  y: number;
}

/** A label placed beside its marker. */
export interface OverviewLabel {
  slug: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

/** One laid-out map. */
export interface OverviewMap {
  width: number;
  height: number;
  land: string;
  graticule: string;
  /** The globe's outline (world map), to draw the sea inside it; "" for the regional map. */
  sphere: string;
  markers: OverviewMarker[];
  labels: OverviewLabel[];
  /** On the world map: the outline of the regional map's area ("" if none). */
  extent: string;
  /** Where to write the name of that area, under its outline. */
  extentLabel: { x: number; y: number } | null;
}

/** Both maps of /places/. */
export interface OverviewMaps {
  /** The area where most places lie; null when fewer than two places are close together. */
  regional: OverviewMap | null;
  /** All places; the regional map's area outlined. */
  world: OverviewMap;
  /** Slugs of the places the regional map shows. */
  regionalPlaces: string[];
}

const RAD = 180 / Math.PI;
const CHAR_WIDTH = 0.56;
const MARKER_RADIUS = 5;
const GAP = 4;
/** The world map's margin, and the points a side when the regional map's frame is traced on it. */
const WORLD_MARGIN = 8;
const EXTENT_STEPS = 12;

/** The places within `radius` degrees of the place that has the most others within that radius. */
export function densestRegion<T extends MapPlace>(places: readonly T[], radius: number): T[] {
  let best: T[] = [];
  for (const centre of places) {
    const near = places.filter((p) => geoDistance([centre.longitude, centre.latitude], [p.longitude, p.latitude]) * RAD <= radius);
    if (near.length > best.length) best = near;
  }
  return best;
}

interface Box { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Labels for markers, most important first: each takes the first of eight positions around its
 * marker that stays inside the map and clear of every marker and label placed so far, or none.
 */
export function placeLabels(
  markers: readonly (OverviewMarker & { priority: number })[],
  size: { width: number; height: number; fontSize: number },
  reserved: readonly Box[] = [],
): OverviewLabel[] {
  const { width, height, fontSize } = size;
  const markerBoxes = markers.map((m) => ({ slug: m.slug, box: { x: m.x - MARKER_RADIUS, y: m.y - MARKER_RADIUS, width: 2 * MARKER_RADIUS, height: 2 * MARKER_RADIUS } }));
  const taken: Box[] = [...reserved];
  const labels: OverviewLabel[] = [];
  const order = [...markers].sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name, 'en'));
  for (const marker of order) {
    const w = [...marker.name].length * fontSize * CHAR_WIDTH;
    const h = fontSize * 1.2;
    const d = MARKER_RADIUS + GAP;
    const candidates: { box: Box; x: number; y: number; anchor: OverviewLabel['anchor'] }[] = [
      { box: { x: marker.x + d, y: marker.y - h / 2, width: w, height: h }, x: marker.x + d, y: marker.y + fontSize * 0.35, anchor: 'start' },
      { box: { x: marker.x - d - w, y: marker.y - h / 2, width: w, height: h }, x: marker.x - d, y: marker.y + fontSize * 0.35, anchor: 'end' },
      { box: { x: marker.x - w / 2, y: marker.y - d - h, width: w, height: h }, x: marker.x, y: marker.y - d - fontSize * 0.25, anchor: 'middle' },
      { box: { x: marker.x - w / 2, y: marker.y + d, width: w, height: h }, x: marker.x, y: marker.y + d + fontSize * 0.9, anchor: 'middle' },
      { box: { x: marker.x + d * 0.7, y: marker.y - d * 0.7 - h, width: w, height: h }, x: marker.x + d * 0.7, y: marker.y - d * 0.7 - fontSize * 0.25, anchor: 'start' },
      { box: { x: marker.x + d * 0.7, y: marker.y + d * 0.7, width: w, height: h }, x: marker.x + d * 0.7, y: marker.y + d * 0.7 + fontSize * 0.9, anchor: 'start' },
      { box: { x: marker.x - d * 0.7 - w, y: marker.y - d * 0.7 - h, width: w, height: h }, x: marker.x - d * 0.7, y: marker.y - d * 0.7 - fontSize * 0.25, anchor: 'end' },
      { box: { x: marker.x - d * 0.7 - w, y: marker.y + d * 0.7, width: w, height: h }, x: marker.x - d * 0.7, y: marker.y + d * 0.7 + fontSize * 0.9, anchor: 'end' },
    ];
    const fit = candidates.find(({ box }) =>
      box.x >= 2 && box.y >= 2 && box.x + box.width <= width - 2 && box.y + box.height <= height - 2 &&
      !taken.some((t) => overlaps(t, box)) &&
      !markerBoxes.some((m) => m.slug !== marker.slug && overlaps(m.box, box)));
    if (!fit) continue;
    taken.push(fit.box);
    labels.push({ slug: marker.slug, text: marker.name, x: roundToTenth(fit.x), y: roundToTenth(fit.y), anchor: fit.anchor });
  }
  return labels;
}

function markersFor(places: readonly OverviewPlace[], projection: GeoProjection, width: number, height: number) {
  return places.flatMap((place) => {
    const point = projection([place.longitude, place.latitude]);
    if (!point || point[0] < 0 || point[1] < 0 || point[0] > width || point[1] > height) return [];
    return [{ slug: place.slug, name: place.name, x: roundToTenth(point[0]), y: roundToTenth(point[1]), priority: place.events }];
  });
}

/** Lays out the regional map (detailed coastlines) and the world map (coarse) of all places. */
export function layoutOverviewMaps(
  places: readonly OverviewPlace[],
  detailed: WorldGeometry,
  coarse: WorldGeometry,
  options: Partial<typeof OVERVIEW_DEFAULTS> = {},
): OverviewMaps {
  const { width, height, worldWidth, fontSize, regionRadius } = { ...OVERVIEW_DEFAULTS, ...options };
  const region = places.length ? densestRegion(places, regionRadius) : [];
  let regional: OverviewMap | null = null;
  let regionalProjection: GeoProjection | null = null;
  if (region.length >= 2) {
    // The locator's projection is centred on the places; refit it to the places alone, leaving
    // room at the edges for labels, since the region's own land fills the frame anyway.
    const { projection } = fitProjection(region, { width, height, minRadius: 0 });
    const margin = fontSize * 3;
    projection.fitExtent([[margin * 2, margin], [width - margin * 2, height - margin]], { type: 'MultiPoint', coordinates: region.map((p) => [p.longitude, p.latitude]) } as never);
    projection.clipExtent([[0, 0], [width, height]]);
    regionalProjection = projection;
    const path = geoPath(projection).digits(1);
    const markers = markersFor(places, projection, width, height);
    regional = {
      width,
      height,
      land: path(detailed.land as never) ?? '',
      graticule: path(geoGraticule10()) ?? '',
      sphere: '',
      markers: markers.map(({ priority: _, ...m }) => m),
      labels: placeLabels(markers, { width, height, fontSize }),
      extent: '',
      extentLabel: null,
    };
  }

  const centre = regionalProjection?.invert?.([width / 2, height / 2]) ?? [0, 0];
  const projection = geoEqualEarth().rotate([-(centre[0] - 30), 0]);
  const worldHeight = fitWorld(projection, worldWidth, WORLD_MARGIN);
  const path = geoPath(projection).digits(1);
  const inRegion = new Set(regional ? regional.markers.map((m) => m.slug) : []);
  // Places inside the outlined region are drawn and labelled on the regional map only.
  const markers = markersFor(places.filter((p) => !inRegion.has(p.slug)), projection, worldWidth, worldHeight);
  const area = regionalProjection ? extentPolygon(regionalProjection, width, height, EXTENT_STEPS) : null;
  const bounds = area ? path.bounds(area) : null;
  const reserved = bounds ? [{ x: bounds[0][0], y: bounds[0][1], width: bounds[1][0] - bounds[0][0], height: bounds[1][1] - bounds[0][1] + fontSize * 1.6 }] : [];
  const world: OverviewMap = {
    width: worldWidth,
    height: worldHeight,
    land: path(coarse.land as never) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    sphere: path({ type: 'Sphere' } as never) ?? '',
    markers: markers.map(({ priority: _, ...m }) => m),
    labels: placeLabels(markers, { width: worldWidth, height: worldHeight, fontSize }, reserved),
    extent: area ? path(area) ?? '' : '',
    extentLabel: bounds ? { x: roundToTenth((bounds[0][0] + bounds[1][0]) / 2), y: roundToTenth(bounds[1][1] + fontSize * 1.2) } : null,
  };
  return { regional, world, regionalPlaces: [...inRegion] };
}
