// Natural Earth boundaries from the world-atlas package (TopoJSON), as the GeoJSON the
// locator map draws: land to fill, and today's borders between countries as lines.
import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { fitProjection, layoutLocatorMap, type LocatorMap, type LocatorOptions, type MapPlace, type WorldGeometry } from './locator-map.ts';

type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** Land and internal borders of a world-atlas countries topology. */
export function worldFromTopology(topology: CountriesTopology): WorldGeometry {
  return {
    land: feature(topology, topology.objects.land),
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    countries: (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name?: string }>).features,
  };
}

let cache: { detailed: WorldGeometry; coarse: WorldGeometry } | undefined;

/** The world at 1:50m (regional maps) and 1:110m (world maps and the inset globe), built once. */
export function worldAtlas(): { detailed: WorldGeometry; coarse: WorldGeometry } {
  cache ??= {
    detailed: worldFromTopology(countries50m as unknown as CountriesTopology),
    coarse: worldFromTopology(countries110m as unknown as CountriesTopology),
  };
  return cache;
}

/**
 * The locator map of some places: Natural Earth 1:50m for a region, 1:110m when the places
 * are continents apart (a world map needs no more, and the page stays light).
 */
export function mapOfPlaces(places: MapPlace[], options: LocatorOptions = {}): LocatorMap {
  // The page and its preview image ask for the same map: lay it out once.
  const key = JSON.stringify([places, options]);
  let map = maps.get(key);
  if (!map) {
    const { detailed, coarse } = worldAtlas();
    const scope = fitProjection(places, options).scope;
    map = layoutLocatorMap(places, scope === 'world' ? coarse : detailed, coarse, options);
    maps.set(key, map);
  }
  return map;
}

const maps = new Map<string, LocatorMap>();
