import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { i as slideMaps } from "./present_6veGT7uD.mjs";
import { t as mapOfPlaces } from "./world_HyDiZb3P.mjs";
import { n as standaloneMapStyle, t as renderLocatorSvg } from "./render-svg_B5rrwIoQ.mjs";
// src/lib/present/maps.ts
/**
* The slides' locator maps: the event page's map laid out again with larger labels, since a
* slide shows it about 430 pixels wide on a 1280-pixel projector (labels then read at about 22 px).
*/
var SLIDE_MAP = {
	width: 420,
	height: 300,
	fontSize: 22
};
// src/pages/present/maps/[key].svg.ts
var _key__svg_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => (await slideMaps()).map(({ key, places }) => ({
	params: { key },
	props: { places }
})));
var GET = ({ props }) => {
	const { places } = props;
	const map = mapOfPlaces(places, SLIDE_MAP);
	const names = places.map((p) => p.modernName ? `${p.name} (now ${p.modernName})` : p.name);
	const svg = renderLocatorSvg(map, {
		id: "map",
		title: `Where it happened: ${places.map((p) => p.name).join(", ")}`,
		description: `Map marking ${names.join("; ")}. Borders are today's (Natural Earth).`,
		prelude: standaloneMapStyle(SLIDE_MAP.fontSize),
		size: {
			width: map.width,
			height: map.height
		}
	});
	return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
};
// \0virtual:astro:page:src/pages/present/maps/[key].svg@_@ts
var page = () => _key__svg_exports;
export { page };
