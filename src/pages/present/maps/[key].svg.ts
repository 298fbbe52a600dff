// The locator map of a set of places, as a standalone SVG image for the slides (light colours;
// the dark projection theme inverts it with a CSS filter). One file per distinct set of places.
import type { APIRoute, GetStaticPaths } from 'astro';
import { slideMaps } from '../../../data/present.ts';
import type { MapPlace } from '../../../lib/geo/locator-map.ts';
import { mapOfPlaces, worldAtlas } from '../../../lib/geo/world.ts';
import { homeMapAsLocator, layoutHomeMap } from '../../../lib/geo/home-map.ts';
import { renderLocatorSvg, standaloneMapStyle } from '../../../lib/geo/render-svg.ts';
import { SLIDE_MAP, SLIDE_MAP_HALO } from '../../../lib/present/maps.ts';
import { settings } from '../../../data/settings.ts';

export const getStaticPaths = (async () => (await slideMaps()).map(({ key, places, overview }) => ({ params: { key }, props: { places, overview: Boolean(overview) } }))) satisfies GetStaticPaths;

/** A lesson's overview map: the home map's layout (a region and the places elsewhere), one label per place that has room. */
function overviewMap(places: MapPlace[]) {
  const { detailed, coarse } = worldAtlas();
  const home = layoutHomeMap(places.map(({ modernName: _, ...p }) => ({ ...p, events: 1 })), detailed, coarse, { width: SLIDE_MAP.width, height: SLIDE_MAP.height, fontSize: SLIDE_MAP.fontSize * 0.7 });
  return homeMapAsLocator(home, SLIDE_MAP.fontSize * 0.7);
}

export const GET: APIRoute<{ places: MapPlace[]; overview: boolean }> = ({ props }) => {
  const { places, overview } = props;
  const map = overview ? overviewMap(places) : mapOfPlaces(places, { ...SLIDE_MAP, features: settings.map.features });
  const names = places.map((p) => (p.modernName ? `${p.name} (now ${p.modernName})` : p.name));
  const svg = renderLocatorSvg(map, {
    id: 'map',
    title: `Where it happened: ${places.map((p) => p.name).join(', ')}`,
    description: `Map marking ${names.join('; ')}${map.features.length ? `, and naming ${map.features.map((f) => f.name).join(', ')}` : ''}. Dashed borders are today's (Natural Earth), not those of the time.`,
    prelude: standaloneMapStyle(overview ? SLIDE_MAP.fontSize * 0.7 : SLIDE_MAP.fontSize, { secondaryScale: SLIDE_MAP.secondaryScale, halo: SLIDE_MAP_HALO }),
    size: { width: map.width, height: map.height },
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
