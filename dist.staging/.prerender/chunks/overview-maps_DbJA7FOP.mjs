import { v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { c as getPlaces, r as getEvents, x as createComponent } from "./content_qShtQhSW.mjs";
import { n as createAstro } from "./BaseLayout_PREEiKO8.mjs";
/* empty css                 */
import { s as placeHref } from "./urls_CWSai1xj.mjs";
import { n as worldAtlas } from "./world_HyDiZb3P.mjs";
import { n as layoutOverviewMaps } from "./overview-map_B8l8tl_k.mjs";
// src/components/browse/PlacesMap.astro
createAstro("http://localhost:4401");
var $$PlacesMap = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$PlacesMap;
	const { map, id, label, extentName, current } = Astro.props;
	const labelOf = new Map(map.labels.map((l) => [l.slug, l]));
	return renderTemplate`${maybeRenderHead($$result)}<div class="places-map__scroller"><svg class="places-map"${addAttribute(id, "id")}${addAttribute(`0 0 ${map.width} ${map.height}`, "viewBox")} role="group"${addAttribute(label, "aria-label")}>${map.sphere ? renderTemplate`<path class="places-map__sea"${addAttribute(map.sphere, "d")}></path>` : renderTemplate`<rect class="places-map__sea"${addAttribute(map.width, "width")}${addAttribute(map.height, "height")}></rect>`}<path class="places-map__graticule"${addAttribute(map.graticule, "d")}></path><path class="places-map__land"${addAttribute(map.land, "d")}></path>${map.extent && renderTemplate`<path class="places-map__extent"${addAttribute(map.extent, "d")}></path>`}${map.extentLabel && extentName && renderTemplate`<text class="places-map__extent-label"${addAttribute(map.extentLabel.x, "x")}${addAttribute(map.extentLabel.y, "y")} text-anchor="middle">${extentName}</text>`}${map.markers.map((marker) => {
		const text = labelOf.get(marker.slug);
		return renderTemplate`<a${addAttribute(placeHref(marker.slug), "href")}${addAttribute(["places-map__place", { "is-current": marker.slug === current }], "class:list")}${addAttribute(marker.name, "aria-label")}${addAttribute(marker.slug === current ? "page" : void 0, "aria-current")}><circle class="places-map__marker"${addAttribute(marker.x, "cx")}${addAttribute(marker.y, "cy")}${addAttribute(marker.slug === current ? 8 : 5, "r")}><title>${marker.name}</title></circle>${text && renderTemplate`<text class="places-map__label"${addAttribute(text.x, "x")}${addAttribute(text.y, "y")}${addAttribute(text.anchor, "text-anchor")} aria-hidden="true">${text.text}</text>`}</a>`;
	})}</svg></div>`;
}, "/work/wt/map/src/components/browse/PlacesMap.astro", void 0);
// src/data/overview-maps.ts
var cache;
/** The regional and world maps of every place, each place weighted by its number of events. */
function getOverviewMaps() {
	cache ??= (async () => {
		const events = await getEvents();
		const places = [...(await getPlaces()).values()];
		const { detailed, coarse } = worldAtlas();
		return layoutOverviewMaps(places.map((p) => ({
			slug: p.id,
			name: p.data.name,
			modernName: p.data.modernName,
			latitude: p.data.latitude,
			longitude: p.data.longitude,
			events: events.filter((e) => e.entry.data.places.includes(p.id)).length
		})), detailed, coarse);
	})();
	return cache;
}
export { $$PlacesMap as n, getOverviewMaps as t };
