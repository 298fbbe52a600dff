// Natural features a slide's map names beside its places: the islands, lakes, seas and regions
// a lesson talks about. The site's own list is content/site.yaml's `map.features` (names of
// the period, in English use); the base map (Natural Earth countries) draws no lakes, so a
// lake comes with its shore.
import type { MultiPolygon } from 'geojson';

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
  /** A lake the base map lacks: its shore as [longitude, latitude] points, drawn as water. */
  shore?: readonly [number, number][];
}

/**
 * The lakes among some features (those with a shore), as water to draw over the land, or null
 * when there are none. A shore is traced as authors think of it; d3-geo takes a clockwise ring
 * for the small area inside it, so each ring is reversed here.
 */
export function lakesOf(features: readonly MapFeature[]): MultiPolygon | null {
  const shores = features.flatMap((f) => (f.shore ? [f.shore] : []));
  return shores.length ? { type: 'MultiPolygon', coordinates: shores.map((shore) => [[...shore].reverse().map(([lon, lat]) => [lon, lat])]) } : null;
}
