// The locator map of a set of places, as a standalone SVG image for the slides (light colours;
// the dark projection theme inverts it with a CSS filter). One file per distinct set of places.
import type { APIRoute, GetStaticPaths } from 'astro';
import { slideMaps } from '../../../data/present.ts';
import type { MapPlace } from '../../../lib/geo/locator-map.ts';
import { mapOfPlaces } from '../../../lib/geo/world.ts';
import { renderLocatorSvg, standaloneMapStyle } from '../../../lib/geo/render-svg.ts';
import { SLIDE_MAP, SLIDE_MAP_HALO } from '../../../lib/present/maps.ts';

export const getStaticPaths = (async () => (await slideMaps()).map(({ key, places }) => ({ params: { key }, props: { places } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ places: MapPlace[] }> = ({ props }) => {
  const { places } = props;
  const map = mapOfPlaces(places, { ...SLIDE_MAP, features: [...SLIDE_MAP.features] });
  const names = places.map((p) => (p.modernName ? `${p.name} (now ${p.modernName})` : p.name));
  const svg = renderLocatorSvg(map, {
    id: 'map',
    title: `Where it happened: ${places.map((p) => p.name).join(', ')}`,
    description: `Map marking ${names.join('; ')}${map.features.length ? `, and naming ${map.features.map((f) => f.name).join(', ')}` : ''}. Dashed borders are today's (Natural Earth), not those of the time.`,
    prelude: standaloneMapStyle(SLIDE_MAP.fontSize, { secondaryScale: SLIDE_MAP.secondaryScale, halo: SLIDE_MAP_HALO }),
    size: { width: map.width, height: map.height },
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
