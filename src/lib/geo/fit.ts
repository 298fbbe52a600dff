// How a map is fitted to its frame, shared by the locator maps (./locator-map.ts) and the
// overview maps of /places/ (./overview-map.ts). Pure: a d3-geo projection in, numbers out.
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Polygon } from 'geojson';

/**
 * Fits the whole globe to a width, with a margin on every side, and returns the height the map
 * then needs. The projection (an Equal Earth, say) is scaled and moved in place.
 */
export function fitWorld(projection: GeoProjection, width: number, margin: number): number {
  projection.fitWidth(width - 2 * margin, { type: 'Sphere' } as never);
  const [[, top], [, bottom]] = geoPath(projection).bounds({ type: 'Sphere' } as never);
  const [x, y] = projection.translate();
  projection.translate([x + margin, y - top + margin]);
  return Math.ceil(bottom - top + 2 * margin);
}

/** The map's rectangle as a polygon on the globe, traced along its edges in `steps` points a side. */
export function extentPolygon(projection: GeoProjection, width: number, height: number, steps: number): Polygon {
  const edge: [number, number][] = [];
  for (let i = 0; i < steps; i++) edge.push([(width * i) / steps, 0]);
  for (let i = 0; i < steps; i++) edge.push([width, (height * i) / steps]);
  for (let i = steps; i > 0; i--) edge.push([(width * i) / steps, height]);
  for (let i = steps; i > 0; i--) edge.push([0, (height * i) / steps]);
  const ring = edge.map((p) => projection.invert!(p)).filter((p): p is [number, number] => Boolean(p));
  ring.push(ring[0]);
  // d3-geo treats a clockwise ring as the small area inside it; screen y runs down, so this
  // trace (top edge left to right, then down the right side) is clockwise on the globe.
  return { type: 'Polygon', coordinates: [ring] };
}
