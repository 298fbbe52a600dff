import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
/* empty css                 */
import { a as getLanes, r as getEvents, x as createComponent } from "./content_qShtQhSW.mjs";
import { a as laneHref, l as timelineFilterHref } from "./urls_CWSai1xj.mjs";
// src/pages/themes/index.astro
var themes_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const events = await getEvents();
	const lanes = await getLanes();
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": "Themes",
		"description": "The themes (lanes) of the timeline, each with its events in order.",
		"section": "events"
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>Themes</h1><p class="lede">Each event belongs to one theme, which is also its lane on the timeline.</p><ul class="index-list">${lanes.map((lane) => {
		const count = events.filter((e) => e.entry.data.lane === lane.id).length;
		return renderTemplate`<li><h2 class="index-list__title"><a${addAttribute(laneHref(lane.id), "href")}>${lane.label}</a></h2><p class="meta">${count} ${count === 1 ? "event" : "events"} · <a${addAttribute(timelineFilterHref({ lane: lane.id }), "href")}>on the timeline</a></p>${lane.description && renderTemplate`<p>${lane.description}</p>`}</li>`;
	})}</ul>` })}`;
}, "/work/wt/map/src/pages/themes/index.astro", void 0);
var $$file = "/work/wt/map/src/pages/themes/index.astro";
var $$url = "/themes/";
// \0virtual:astro:page:src/pages/themes/index@_@astro
var page = () => themes_exports;
export { page };
