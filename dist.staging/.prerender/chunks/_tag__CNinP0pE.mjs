import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { t as $$ChronologyByEra } from "./ChronologyByEra_DP-rRJcM.mjs";
import { a as getLanes, r as getEvents, x as createComponent } from "./content_qShtQhSW.mjs";
import { i as href, l as timelineFilterHref, r as eventsFilterHref } from "./urls_CWSai1xj.mjs";
import { n as tagLabel, t as countTags } from "./tags_D-HIsQcs.mjs";
// src/pages/tags/[tag].astro
var _tag__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Tag,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4401");
async function getStaticPaths() {
	const events = await getEvents();
	return countTags(events.map((e) => e.entry.data)).map(({ tag }) => ({
		params: { tag },
		props: {
			tag,
			events: events.filter((e) => e.entry.data.tags.includes(tag))
		}
	}));
}
var $$Tag = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Tag;
	const { tag, events } = Astro.props;
	const lanes = await getLanes();
	const label = tagLabel(tag);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": `“${label}” · Tags`,
		"description": `${events.length} events tagged “${label}”, in chronological order.`,
		"section": "events"
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<nav class="breadcrumbs" aria-label="Breadcrumbs"><a${addAttribute(href("events/"), "href")}>Events</a> › <a${addAttribute(href("tags/"), "href")}>Tags</a></nav><h1>Tagged “${label}”</h1><p class="meta">${events.length} ${events.length === 1 ? "event" : "events"} · <a${addAttribute(timelineFilterHref({ tag }), "href")}>See them on the timeline</a> · <a${addAttribute(eventsFilterHref({ tag }), "href")}>Filter by theme as well</a></p>${renderComponent($$result, "ChronologyByEra", $$ChronologyByEra, {
		"events": events,
		"lanes": lanes
	})}` })}`;
}, "/work/wt/map/src/pages/tags/[tag].astro", void 0);
var $$file = "/work/wt/map/src/pages/tags/[tag].astro";
var $$url = "/tags/[tag]/";
// \0virtual:astro:page:src/pages/tags/[tag]@_@astro
var page = () => _tag__exports;
export { page };
