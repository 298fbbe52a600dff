// Natural features a slide's map names beside its places: the islands, lakes, seas and regions
// a lesson talks about (Sakhalin, Lake Baikal…). Names are those of the period in English use.
// The base map (Natural Earth countries) draws no lakes, so Lake Baikal's shore comes with it.
import type { Polygon } from 'geojson';

/** What a feature is: water is set in italic blue, land in letter-spaced capitals. */
export type FeatureKind = 'water' | 'island' | 'region';

/** A named feature: where its name goes (longitude, latitude), and how important it is. */
export interface MapFeature {
  name: string;
  kind: FeatureKind;
  longitude: number;
  latitude: number;
  /** Higher goes first when two names compete for the same room. */
  priority: number;
  /** Other points the name may sit on when the first is taken (along an island, beside a lake). */
  alternatives?: readonly [number, number][];
  /** The name must be centred on its point: a thin chain of islands is easily mistaken for its neighbour. */
  exact?: boolean;
}

/** The features of the timeline's region, most useful first. */
export const MAP_FEATURES: readonly MapFeature[] = [
  { name: 'Sakhalin', kind: 'island', longitude: 142.9, latitude: 50.6, priority: 10, exact: true, alternatives: [[142.8, 48.3], [143.0, 52.6], [142.7, 46.8], [142.6, 49.4], [142.9, 51.6]] },
  { name: 'Lake Baikal', kind: 'water', longitude: 107.9, latitude: 53.6, priority: 10, alternatives: [[106.0, 51.0], [110.5, 55.3], [105.6, 54.3]] },
  { name: 'Sea of Japan', kind: 'water', longitude: 134.5, latitude: 40.5, priority: 8 },
  { name: 'Kuril Islands', kind: 'island', longitude: 150.6, latitude: 46.4, priority: 7, exact: true },
  { name: 'Manchuria', kind: 'region', longitude: 126.5, latitude: 46.5, priority: 6 },
  { name: 'Korea', kind: 'region', longitude: 127.6, latitude: 37.8, priority: 6 },
  { name: 'Mongolia', kind: 'region', longitude: 103.0, latitude: 46.8, priority: 5 },
  { name: 'Hokkaido', kind: 'island', longitude: 142.8, latitude: 43.4, priority: 4, exact: true },
  { name: 'Yellow Sea', kind: 'water', longitude: 123.5, latitude: 35.5, priority: 4 },
  { name: 'Sea of Okhotsk', kind: 'water', longitude: 149.0, latitude: 53.5, priority: 4 },
];

/**
 * Lake Baikal's shore, simplified to about 10 km (ample at a slide's scale of some 10 km a
 * pixel), traced from Kultuk along the south and east shores to the north end and back down
 * the west shore; reversed below, since d3-geo takes a clockwise ring for the small area inside it.
 */
const BAIKAL_SHORE: [number, number][] = [
  [103.7, 51.72], [104.15, 51.51], [104.65, 51.45], [105.2, 51.55], [105.86, 51.72], [106.35, 52.2],
  [107.3, 52.5], [108.2, 52.9], [108.9, 53.35], [109.15, 53.75], [109.5, 54.3], [109.65, 54.9],
  [109.8, 55.5], [109.55, 55.8], [109.3, 55.62], [108.8, 55.0], [108.4, 54.4], [108.0, 53.85],
  [107.4, 53.35], [106.8, 52.95], [106.1, 52.5], [105.4, 52.03], [104.87, 51.87], [103.7, 51.72],
];

/** Lake Baikal as water to draw over the land. */
export const LAKE_BAIKAL: Polygon = { type: 'Polygon', coordinates: [[...BAIKAL_SHORE].reverse()] };
