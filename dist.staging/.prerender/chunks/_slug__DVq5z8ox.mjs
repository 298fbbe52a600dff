import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { f as Fragment, u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { t as $$EventList } from "./EventList_BXeBbS_i.mjs";
import { t as $$NativeNames } from "./NativeNames_D1Feoq7X.mjs";
import { n as $$PlacesMap, t as getOverviewMaps } from "./overview-maps_DbJA7FOP.mjs";
import { a as getLanes, c as getPlaces, r as getEvents, x as createComponent } from "./content_qShtQhSW.mjs";
import { i as href } from "./urls_CWSai1xj.mjs";
import { t as NAMES_WEIGHT } from "./excerpt_4J501gM5.mjs";
// src/pages/places/[slug].astro
var _slug__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Slug,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4401");
async function getStaticPaths() {
	const events = await getEvents();
	return [...(await getPlaces()).values()].map((place) => ({
		params: { slug: place.id },
		props: {
			place,
			events: events.filter((e) => e.entry.data.places.includes(place.id))
		}
	}));
}
var $$Slug = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Slug;
	const { place, events } = Astro.props;
	const { data } = place;
	const lanes = await getLanes();
	const maps = await getOverviewMaps();
	const onRegional = maps.regional !== null && maps.regionalPlaces.includes(place.id);
	const map = onRegional ? maps.regional : maps.world;
	const coordinate = (value, positive, negative) => `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": data.name,
		"description": data.description ?? `${data.name}, ${data.country}: the events that took place there.`,
		"section": "places"
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<article class="entity" aria-labelledby="entity-title" data-pagefind-meta="kind:Place"><nav class="breadcrumbs" aria-label="Breadcrumbs"><a${addAttribute(href("places/"), "href")}>Places</a></nav><h1 id="entity-title">${data.name}</h1>${data.description && renderTemplate`<p class="lede" data-pagefind-meta="summary">${data.description}</p>`}<p class="meta">${data.modernName && data.modernName !== data.name ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`Today ${data.modernName}, ${data.country}` })}` : data.country}${" · "}${coordinate(data.latitude, "N", "S")}, ${coordinate(data.longitude, "E", "W")}</p><div${addAttribute(NAMES_WEIGHT, "data-pagefind-weight")}>${renderComponent($$result, "NativeNames", $$NativeNames, { "names": data.names })}${data.aliases.length > 0 && renderTemplate`<p class="aliases">Also written: ${data.aliases.join(", ")}</p>`}</div>${map && renderTemplate`<figure class="map-figure map-figure--small">${renderComponent($$result, "PlacesMap", $$PlacesMap, {
		"map": map,
		"id": "place-map",
		"current": place.id,
		"label": `${onRegional ? "Map of Northeast Asia" : "World map"} with ${data.name} highlighted among the other places`,
		"extentName": onRegional ? void 0 : "Northeast Asia"
	})}<figcaption>${data.name} (the larger marker) among the other places of the timeline. <a${addAttribute(href("places/"), "href")}>All places</a></figcaption></figure>`}<section aria-labelledby="events-heading"><h2 id="events-heading">Events at ${data.name} (${events.length})</h2>${events.length ? renderTemplate`${renderComponent($$result, "EventList", $$EventList, {
		"events": events,
		"lanes": lanes,
		"headingLevel": 3
	})}` : renderTemplate`<p>No event names ${data.name} yet.</p>`}</section></article>` })}`;
}, "/work/wt/map/src/pages/places/[slug].astro", void 0);
var $$file = "/work/wt/map/src/pages/places/[slug].astro";
var $$url = "/places/[slug]/";
// \0virtual:astro:page:src/pages/places/[slug]@_@astro
var page = () => _slug__exports;
export { page };
