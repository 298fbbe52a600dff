import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { t as $$ChronologyByEra } from "./ChronologyByEra_DP-rRJcM.mjs";
import { a as getLanes, r as getEvents, x as createComponent } from "./content_qShtQhSW.mjs";
import { i as href, l as timelineFilterHref, r as eventsFilterHref } from "./urls_CWSai1xj.mjs";
// src/pages/themes/[lane].astro
var _lane__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Lane,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4401");
async function getStaticPaths() {
	const events = await getEvents();
	return (await getLanes()).map((lane) => ({
		params: { lane: lane.id },
		props: {
			lane,
			events: events.filter((e) => e.entry.data.lane === lane.id)
		}
	}));
}
var $$Lane = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Lane;
	const { lane, events } = Astro.props;
	const lanes = await getLanes();
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": `${lane.label} · Themes`,
		"description": `${events.length} events on the theme “${lane.label}”, in chronological order.`,
		"section": "events"
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<nav class="breadcrumbs" aria-label="Breadcrumbs"><a${addAttribute(href("events/"), "href")}>Events</a> › <a${addAttribute(href("themes/"), "href")}>Themes</a></nav><h1>${lane.label}</h1>${lane.description && renderTemplate`<p class="lede">${lane.description}</p>`}<p class="meta">${events.length} ${events.length === 1 ? "event" : "events"} · <a${addAttribute(timelineFilterHref({ lane: lane.id }), "href")}>See them on the timeline</a> · <a${addAttribute(eventsFilterHref({ lane: lane.id }), "href")}>Filter with tags as well</a></p>${events.length ? renderTemplate`${renderComponent($$result, "ChronologyByEra", $$ChronologyByEra, {
		"events": events,
		"lanes": lanes
	})}` : renderTemplate`<p>No event has this theme yet.</p>`}` })}`;
}, "/work/wt/map/src/pages/themes/[lane].astro", void 0);
var $$file = "/work/wt/map/src/pages/themes/[lane].astro";
var $$url = "/themes/[lane]/";
// \0virtual:astro:page:src/pages/themes/[lane]@_@astro
var page = () => _lane__exports;
export { page };
