import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { f as Fragment, u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
/* empty css                 */
import { n as $$PlacesMap, t as getOverviewMaps } from "./overview-maps_DbJA7FOP.mjs";
import { c as getPlaces, r as getEvents, x as createComponent } from "./content_qShtQhSW.mjs";
import { s as placeHref } from "./urls_CWSai1xj.mjs";
// src/pages/places/index.astro
var places_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const events = await getEvents();
	const places = [...(await getPlaces()).values()].sort((a, b) => a.data.name.localeCompare(b.data.name, "en"));
	const countOf = (slug) => events.filter((e) => e.entry.data.places.includes(slug)).length;
	const maps = await getOverviewMaps();
	const onRegional = new Set(maps.regionalPlaces);
	const elsewhere = places.filter((p) => !onRegional.has(p.id));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": "Places",
		"description": `The ${places.length} places where the events happened, on a map and in a list with their names in other scripts.`,
		"section": "places"
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>Places</h1><p class="lede">${places.length} places, under the names used at the time. Each links to the events that happened there.</p>${maps.regional && renderTemplate`<figure class="map-figure">${renderComponent($$result, "PlacesMap", $$PlacesMap, {
		"map": maps.regional,
		"id": "places-map-region",
		"label": `Map of Northeast Asia with ${maps.regionalPlaces.length} places`
	})}<figcaption>Northeast Asia: ${maps.regionalPlaces.length} of the places. Where places lie too close together to name them all, the list below names every one. Coastlines are today's; no borders are drawn, because they changed many times in this period.</figcaption></figure>`}${maps.world && elsewhere.length > 0 && renderTemplate`<figure class="map-figure">${renderComponent($$result, "PlacesMap", $$PlacesMap, {
		"map": maps.world,
		"id": "places-map-world",
		"label": `World map with the places outside Northeast Asia: ${elsewhere.map((p) => p.data.name).join(", ")}`,
		"extentName": maps.regional ? "Northeast Asia (map above)" : void 0
	})}<figcaption>The rest of the world: ${elsewhere.map((p) => p.data.name).join(", ")}.</figcaption></figure>`}<h2 id="all-places">All places</h2><ul class="index-list index-list--columns">${places.map((place) => {
		const count = countOf(place.id);
		const native = place.data.names.find((n) => n.text !== place.data.name);
		return renderTemplate`<li${addAttribute(`map-${place.id}`, "id")}><h3 class="index-list__title"><a${addAttribute(placeHref(place.id), "href")}>${place.data.name}</a>${native && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <span${addAttribute(native.lang, "lang")} class="index-list__native">${native.text}</span>` })}`}</h3><p class="meta">${place.data.modernName && place.data.modernName !== place.data.name ? `today ${place.data.modernName}, ` : ""}${place.data.country} · ${count} ${count === 1 ? "event" : "events"}</p></li>`;
	})}</ul>` })}`;
}, "/work/wt/map/src/pages/places/index.astro", void 0);
var $$file = "/work/wt/map/src/pages/places/index.astro";
var $$url = "/places/";
// \0virtual:astro:page:src/pages/places/index@_@astro
var page = () => places_exports;
export { page };
