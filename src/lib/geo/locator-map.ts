// A locator map of an event's places, laid out at build time: a projection fitted to the
// places, land and today's borders as SVG path strings, and a marker and label per place.
// Pure: the world geometry comes in as GeoJSON, the result is numbers and strings.
import { geoAzimuthalEqualArea, geoBounds, geoCircle, geoDistance, geoEqualEarth, geoGraticule10, geoOrthographic, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { layoutLabels, type LabelBox, type LabelInput, type Rect } from './labels.ts';
import { lakesOf, type FeatureKind, type MapFeature } from './features.ts';
import { roundToTenth as round } from '../round.ts';
import { extentPolygon, fitWorld } from './fit.ts';

/** A place to mark on the map. */
export interface MapPlace {
  slug: string;
  /** The name used in the period: Constantinople. */
  name: string;
  /** Today's name where it differs: Lüshunkou, Dalian. */
  modernName?: string;
  longitude: number;
  latitude: number;
}

/** The world, as GeoJSON, at one level of detail. */
export interface WorldGeometry {
  land: Feature<Geometry> | FeatureCollection;
  /** Borders between countries (today's). */
  borders: MultiLineString;
  /** Today's countries, with their English names, to label the regional maps. */
  countries: Feature<Geometry, { name?: string }>[];
}

/** A present-day country's name, written faintly where the country fills enough of the map. */
export interface CountryLabel {
  name: string;
  x: number;
  y: number;
}

/** A natural feature's name on the map (Sakhalin, Lake Baikal), centred on its point. */
export interface FeatureLabel {
  name: string;
  kind: FeatureKind;
  x: number;
  /** Baseline. */
  y: number;
  box: Rect;
}

/** One place on the map: its point and label. */
export interface MapMarker {
  slug: string;
  x: number;
  y: number;
  /** The label this marker's place shares with near neighbours, or its own. */
  label: LabelBox | null;
}

/** Everything needed to draw the map. */
export interface LocatorMap {
  width: number;
  height: number;
  /** "regional" maps an area around the places; "world" is used when they are continents apart. */
  scope: 'regional' | 'world';
  land: string;
  borders: string;
  graticule: string;
  /** The outline of the projected globe (world maps), to draw the sea inside it. */
  sphere: string;
  markers: MapMarker[];
  labels: LabelBox[];
  /** Today's country names, for orientation (regional maps only). */
  countries: CountryLabel[];
  /** Lakes the base map lacks (features with a shore), as a path to draw over the land. */
  lakes: string;
  /** Names of the islands, seas and regions that fit (regional maps with `features` only). */
  features: FeatureLabel[];
  /** A small globe that shows where a regional map lies; absent for world maps. */
  inset?: { cx: number; cy: number; r: number; land: string; extent: string; sphere: string };
}

export interface LocatorOptions {
  width?: number;
  height?: number;
  /** Font size of labels, in the map's units. */
  fontSize?: number;
  /** Smallest area shown around a single place, as an angular radius in degrees. */
  minRadius?: number;
  /** How much land to show around the places, as a multiple of their spread (default 1.35). */
  spread?: number;
  /** Today's country names, faint (default true); slides leave them out, as they name today's states. */
  countryLabels?: boolean;
  /** Natural features to name where they fit, after the places (default none). */
  features?: readonly MapFeature[];
  /** Size of a label's second line (today's name) as a share of the first (default 0.86). */
  secondaryScale?: number;
  /** Whether labels add today's name as a second line (default true); slides list it beside the map instead. */
  modernNames?: boolean;
}

/** Named defaults. */
export const LOCATOR_DEFAULTS = { width: 480, height: 320, fontSize: 15, minRadius: 7 } as const;
/** Beyond this angular radius (degrees) the places are shown on a world map. */
const WORLD_RADIUS = 38;
const MARGIN = 12;
const INSET_RADIUS = 34;
/** Points a side when the map's frame is traced on the globe (the inset's outline, the view's bounds). */
const EXTENT_STEPS = 8;

function sphericalCentre(places: MapPlace[]): [number, number] {
  const rad = Math.PI / 180;
  let x = 0, y = 0, z = 0;
  for (const p of places) {
    const lat = p.latitude * rad, lon = p.longitude * rad;
    x += Math.cos(lat) * Math.cos(lon);
    y += Math.cos(lat) * Math.sin(lon);
    z += Math.sin(lat);
  }
  const lon = Math.atan2(y, x) / rad;
  const lat = Math.atan2(z, Math.hypot(x, y)) / rad;
  return [lon, lat];
}

/** The projection the map uses for these places, fitted to the drawing area. */
export function fitProjection(places: MapPlace[], options: LocatorOptions = {}): { projection: GeoProjection; scope: 'regional' | 'world'; height: number } {
  const { width, height, minRadius } = { ...LOCATOR_DEFAULTS, ...options };
  const spread = options.spread ?? 1.35;
  if (!places.length) throw new Error('a locator map needs at least one place');
  const centre = sphericalCentre(places);
  const radius = Math.max(...places.map((p) => geoDistance(centre, [p.longitude, p.latitude]) * (180 / Math.PI)));
  const scope = radius > WORLD_RADIUS ? 'world' : 'regional';
  const projection = scope === 'regional'
    ? geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]])
    : geoEqualEarth().rotate([-centre[0], 0]);
  // The places plus a circle around their centre, so that one place still shows its region and
  // several places keep some land around them for their labels.
  const area: Polygon = geoCircle().center(centre).radius(Math.max(minRadius, radius * spread)).precision(2)() as Polygon;
  const fitTo: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: area },
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: places.map((p) => [p.longitude, p.latitude]) } },
    ],
  };
  if (scope === 'world') return { projection, scope, height: fitWorld(projection, width, MARGIN) };
  projection.fitExtent([[MARGIN, MARGIN], [width - MARGIN, height - MARGIN]], fitTo);
  return { projection, scope, height };
}

function labelLines(place: MapPlace, modernNames: boolean): string[] {
  return modernNames && place.modernName && place.modernName !== place.name ? [place.name, `now ${place.modernName}`] : [place.name];
}

/** Lays out the locator map of some places over the world geometry. */
export function layoutLocatorMap(places: MapPlace[], world: WorldGeometry, globe: WorldGeometry, options: LocatorOptions = {}): LocatorMap {
  const { width, fontSize } = { ...LOCATOR_DEFAULTS, ...options };
  const { countryLabels: withCountries = true, features = [], secondaryScale, modernNames = true } = options;
  const { projection, scope, height } = fitProjection(places, options);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(1);
  // Only the geometry near the view is projected: a regional map needs a few countries, not 240.
  const near = scope === 'regional' ? visibleParts(world, projection, width, height) : { land: world.land, borders: world.borders, countries: world.countries };
  const points = places.map((p) => {
    const [x, y] = projection([p.longitude, p.latitude]) ?? [Number.NaN, Number.NaN];
    return { place: p, x, y };
  });

  // The inset goes in the corner farthest from every place, where it hides nothing.
  const corners = [
    { cx: INSET_RADIUS + 8, cy: INSET_RADIUS + 8 },
    { cx: width - INSET_RADIUS - 8, cy: INSET_RADIUS + 8 },
    { cx: INSET_RADIUS + 8, cy: height - INSET_RADIUS - 8 },
    { cx: width - INSET_RADIUS - 8, cy: height - INSET_RADIUS - 8 },
  ];
  const insetAt = scope === 'regional'
    ? corners
        .map((c) => ({ ...c, clearance: Math.min(...points.map((p) => Math.hypot(p.x - c.cx, p.y - c.cy))) }))
        .sort((a, b) => b.clearance - a.clearance)[0]
    : undefined;

  const obstacles = insetAt ? [{ x: insetAt.cx - INSET_RADIUS - 4, y: insetAt.cy - INSET_RADIUS - 4, width: 2 * INSET_RADIUS + 8, height: 2 * INSET_RADIUS + 8 }] : [];
  // A lake that will be named keeps the places' labels off it, so that its own name fits there.
  const lakes = scope === 'regional' ? lakesOf(features) : null;
  const lakeBox = (lakes?.coordinates ?? []).flatMap((rings) => {
    const lakeBounds = geoPath(projection).bounds({ type: 'Polygon', coordinates: rings });
    return lakeBounds.flat().every(Number.isFinite) && lakeBounds[1][0] > 0 && lakeBounds[0][0] < width && lakeBounds[1][1] > 0 && lakeBounds[0][1] < height
      ? [{ x: lakeBounds[0][0] - 4, y: lakeBounds[0][1] - 4, width: lakeBounds[1][0] - lakeBounds[0][0] + 8, height: lakeBounds[1][1] - lakeBounds[0][1] + 8 }]
      : [];
  });
  const inputs: LabelInput[] = points.map(({ place, x, y }) => ({ id: place.slug, x, y, lines: labelLines(place, modernNames) }));
  const { labels, assignment } = layoutLabels(inputs, { width, height, fontSize, obstacles: [...obstacles, ...lakeBox], ...(secondaryScale ? { secondaryScale } : {}) });
  const markers: MapMarker[] = points.map(({ place, x, y }) => ({ slug: place.slug, x: round(x), y: round(y), label: labels.find((l) => l.id === assignment.get(place.slug)) ?? null }));

  const countries = scope === 'regional' && withCountries ? countryLabels(near.countries, path, labels, markers, obstacles, { width, height, fontSize }) : [];
  const featureLabels = scope === 'regional' ? placeFeatures(features, projection, [...labels.map((l) => l.box), ...markers.map((m) => ({ x: m.x - 6, y: m.y - 6, width: 12, height: 12 })), ...obstacles], { width, height, fontSize }) : [];

  let inset: LocatorMap['inset'];
  if (insetAt) {
    const centre = projection.invert!([width / 2, height / 2])!;
    const globeProjection = geoOrthographic().rotate([-centre[0], -centre[1]]).translate([insetAt.cx, insetAt.cy]).scale(INSET_RADIUS).clipAngle(90);
    const globePath = geoPath(globeProjection).digits(1);
    inset = {
      cx: insetAt.cx,
      cy: insetAt.cy,
      r: INSET_RADIUS,
      land: globePath(globe.land as never) ?? '',
      extent: globePath(extentPolygon(projection, width, height, EXTENT_STEPS)) ?? '',
      sphere: globePath({ type: 'Sphere' } as never) ?? '',
    };
  }

  return {
    width,
    height,
    scope,
    land: path(near.land as never) ?? '',
    borders: path(near.borders) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    sphere: scope === 'world' ? path({ type: 'Sphere' } as never) ?? '' : '',
    markers,
    labels,
    countries,
    lakes: lakes ? path(lakes) ?? '' : '',
    features: featureLabels,
    ...(inset ? { inset } : {}),
  };
}

/** Width of a feature's name: water in italic, land names in spaced capitals (wider). */
export function featureTextWidth(feature: Pick<MapFeature, 'name' | 'kind'>, fontSize: number): number {
  return [...feature.name].length * fontSize * (feature.kind === 'water' ? 0.56 : 0.7);
}

/**
 * Names of features inside the view, most important first, each centred on its point or just
 * above or below it, where it clears the places' labels and markers, the inset and each other.
 */
function placeFeatures(features: readonly MapFeature[], projection: GeoProjection, taken: Rect[], { width, height, fontSize }: { width: number; height: number; fontSize: number }): FeatureLabel[] {
  const boxes = [...taken];
  const out: FeatureLabel[] = [];
  const hits = (a: Rect) => boxes.some((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height);
  for (const feature of [...features].sort((a, b) => b.priority - a.priority)) {
    const w = featureTextWidth(feature, fontSize);
    const h = fontSize * 1.15;
    const points = [[feature.longitude, feature.latitude] as [number, number], ...(feature.alternatives ?? [])]
      .map((p) => projection(p))
      .filter((p): p is [number, number] => Boolean(p) && p![0] >= 0 && p![1] >= 0 && p![0] <= width && p![1] <= height);
    // The name's own point first, then just above or below it, then its other points: a name
    // always touches its point, or it would name the wrong water or island.
    const shifts = feature.exact ? { dy: [0], dx: [0] } : { dy: [0, -h / 2, h / 2, -h, h], dx: [0, -w / 4, w / 4] };
    const candidates = points.flatMap((point) => shifts.dy.flatMap((dy) => shifts.dx.map((dx) => [point[0] + dx, point[1] + dy] as const)));
    for (const [cx, cy] of candidates) {
      const box = { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
      if (box.x < 4 || box.y < 4 || box.x + box.width > width - 4 || box.y + box.height > height - 4 || hits(box)) continue;
      boxes.push(box);
      out.push({ name: feature.name, kind: feature.kind, x: round(cx), y: round(cy + fontSize * 0.35), box: { x: round(box.x), y: round(box.y), width: round(w), height: round(h) } });
      break;
    }
  }
  return out;
}


/** Country names set small and faint; kept only where they clear every place, label and each other. */
function countryLabels(
  countries: WorldGeometry['countries'],
  path: GeoPath,
  labels: LabelBox[],
  markers: MapMarker[],
  obstacles: { x: number; y: number; width: number; height: number }[],
  { width, height, fontSize }: { width: number; height: number; fontSize: number },
): CountryLabel[] {
  const size = fontSize * 0.78;
  const taken = [...labels.map((l) => l.box), ...markers.map((m) => ({ x: m.x - 6, y: m.y - 6, width: 12, height: 12 })), ...obstacles];
  const out: CountryLabel[] = [];
  const candidates = countries
    .map((country) => ({ name: country.properties?.name ?? '', area: path.area(country), centre: path.centroid(country) }))
    .filter((c) => c.name && c.area > width * height * 0.04 && c.centre.every(Number.isFinite))
    .sort((a, b) => b.area - a.area);
  for (const c of candidates) {
    const name = c.name.toUpperCase();
    const boxWidth = [...name].length * size * 0.72;
    const box = { x: c.centre[0] - boxWidth / 2, y: c.centre[1] - size, width: boxWidth, height: size * 1.3 };
    if (box.x < 4 || box.y < 4 || box.x + box.width > width - 4 || box.y + box.height > height - 4) continue;
    const hits = taken.some((t) => t.x < box.x + box.width && box.x < t.x + t.width && t.y < box.y + box.height && box.y < t.y + t.height);
    if (hits) continue;
    taken.push(box);
    out.push({ name, x: round(c.centre[0]), y: round(c.centre[1]) });
  }
  return out;
}

type Bounds = [[number, number], [number, number]];

/** Longitude ranges of bounds, split in two where they cross the antimeridian. */
function lonRanges([[west], [east]]: Bounds): [number, number][] {
  return west <= east ? [[west, east]] : [[west, 180], [-180, east]];
}

function intersects(a: Bounds, b: Bounds): boolean {
  if (a[1][1] < b[0][1] || b[1][1] < a[0][1]) return false;
  return lonRanges(a).some(([w1, e1]) => lonRanges(b).some(([w2, e2]) => w1 <= e2 && w2 <= e1));
}

interface WorldIndex {
  polygons: { coordinates: Position[][]; bounds: Bounds }[];
  lines: { coordinates: Position[]; bounds: Bounds }[];
  countries: { feature: WorldGeometry['countries'][number]; bounds: Bounds }[];
}

const indexes = new WeakMap<WorldGeometry, WorldIndex>();

/** The world's polygons, border lines and countries with their bounds, computed once per world. */
function indexOf(world: WorldGeometry): WorldIndex {
  let index = indexes.get(world);
  if (index) return index;
  const features = 'features' in world.land ? world.land.features : [world.land];
  const polygons = features.flatMap((f) => {
    const g = f.geometry;
    if (g.type === 'Polygon') return [g.coordinates];
    if (g.type === 'MultiPolygon') return g.coordinates;
    return [];
  });
  index = {
    polygons: polygons.map((coordinates) => ({ coordinates, bounds: geoBounds({ type: 'Polygon', coordinates }) as Bounds })),
    lines: world.borders.coordinates.map((coordinates) => ({ coordinates, bounds: geoBounds({ type: 'LineString', coordinates }) as Bounds })),
    countries: world.countries.map((feature) => ({ feature, bounds: geoBounds(feature) as Bounds })),
  };
  indexes.set(world, index);
  return index;
}

/** The land, borders and countries whose bounds meet the map's view (traced along its edges, with a margin). */
function visibleParts(world: WorldGeometry, projection: GeoProjection, width: number, height: number): Pick<WorldGeometry, 'land' | 'borders' | 'countries'> {
  const points = extentPolygon(projection, width, height, EXTENT_STEPS).coordinates[0];
  const lats = points.map((p) => p[1]);
  const lons = points.map((p) => p[0]);
  const margin = 2;
  const view: Bounds = [[Math.min(...lons) - margin, Math.max(-90, Math.min(...lats) - margin)], [Math.max(...lons) + margin, Math.min(90, Math.max(...lats) + margin)]];
  // A view across the antimeridian or a pole is rare here: keep everything rather than guess.
  if (view[1][0] - view[0][0] > 180 || view[0][0] < -180 || view[1][0] > 180) return world;
  const index = indexOf(world);
  const land: MultiPolygon = { type: 'MultiPolygon', coordinates: index.polygons.filter((p) => intersects(p.bounds, view)).map((p) => p.coordinates) };
  const borders: MultiLineString = { type: 'MultiLineString', coordinates: index.lines.filter((l) => intersects(l.bounds, view)).map((l) => l.coordinates) };
  return {
    land: { type: 'Feature', properties: {}, geometry: land },
    borders,
    countries: index.countries.filter((c) => intersects(c.bounds, view)).map((c) => c.feature),
  };
}

