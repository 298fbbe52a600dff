import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { t as $$ChronologyByEra } from "./ChronologyByEra_DP-rRJcM.mjs";
import { t as renderScript } from "./script_CiWjYfqJ.mjs";
/* empty css                 */
import { a as laneHref, c as tagHref, i as href } from "./urls_CWSai1xj.mjs";
import { t as ADDRESS_NOT_SET } from "./site-settings_uG6T6zd-.mjs";
import { a as getLanes, r as getEvents, x as createComponent } from "./content_qShtQhSW.mjs";
import { t as countTags } from "./tags_D-HIsQcs.mjs";
// src/components/browse/EventFilters.astro
createAstro("http://localhost:4401");
var $$EventFilters = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EventFilters;
	const { lanes, tags, total } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<section class="filters" aria-labelledby="filters-heading"><h2 id="filters-heading" class="filters__heading">Filter by theme or tag</h2>${renderComponent($$result, "event-filters", "event-filters", {
		"hidden": true,
		"data-scope": "#chronology"
	}, { "default": ($$result) => renderTemplate`<div class="filters__controls" role="group" aria-label="Filters"><div class="filters__field"><label for="filter-lane">Theme</label><select id="filter-lane" name="lane"><option value="">All themes</option>${lanes.map((lane) => renderTemplate`<option${addAttribute(lane.id, "value")}${addAttribute(lane.label, "data-label")}>${lane.label} (${lane.count})</option>`)}</select></div><div class="filters__field"><label for="filter-tag">Tag</label><select id="filter-tag" name="tag"><option value="">All tags</option>${tags.map((tag) => renderTemplate`<option${addAttribute(tag.tag, "value")}${addAttribute(tag.label, "data-label")}>${tag.label} (${tag.count})</option>`)}</select></div><button type="button" class="button" data-filter-reset>Show all</button></div><p class="filters__status" role="status" data-filter-status>Showing all ${total} events.</p><p class="filters__timeline"><a${addAttribute(href(""), "href")} data-timeline-link${addAttribute(href(""), "data-base")}>See these events on the timeline</a></p>` })}<div class="filters__browse"><h3 class="filters__subheading">Themes</h3><ul class="chip-list">${lanes.map((lane) => renderTemplate`<li><a${addAttribute(laneHref(lane.id), "href")}>${lane.label}</a> <span class="count">(${lane.count})</span></li>`)}</ul><details class="filters__tags"><summary>All ${tags.length} tags</summary><ul class="chip-list chip-list--small">${tags.map((tag) => renderTemplate`<li><a${addAttribute(tagHref(tag.tag), "href")}>${tag.label}</a> <span class="count">(${tag.count})</span></li>`)}</ul></details></div></section>${renderScript($$result, "/work/wt/map/src/components/browse/EventFilters.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/map/src/components/browse/EventFilters.astro", void 0);
// src/components/browse/DataLinks.astro
createAstro("http://localhost:4401");
var $$DataLinks = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$DataLinks;
	return renderTemplate`${maybeRenderHead($$result)}<section class="data-links" aria-labelledby="data-links-heading"><h2 id="data-links-heading">The data</h2><p>Everything on this site can be downloaded and reused under the licence of the text (CC BY-SA 4.0).</p><ul><li><a${addAttribute(href("data/events.json"), "href")}>events.json</a>: every event with all its fields, as typed JSON (<a${addAttribute(href("data/events.schema.json"), "href")}>JSON Schema</a>).</li><li><a${addAttribute(href("data/events.csv"), "href")}>events.csv</a>: one row per event, for spreadsheets.</li><li><a${addAttribute(href("data/bibliography.json"), "href")}>bibliography.json</a>: every source as CSL-JSON, for Zotero, pandoc and other reference managers.</li><li><a${addAttribute(href("data/timelinejs.json"), "href")}>timelinejs.json</a>: the whole timeline in TimelineJS3's format, to show with TimelineJS as it is.</li>${Astro.site ? renderTemplate`<li><a${addAttribute(href("feed.atom"), "href")}>Atom feed</a> of recently changed entries, and the <a${addAttribute(href("sitemap.xml"), "href")}>sitemap</a>.</li>` : renderTemplate`<li>No Atom feed or sitemap: they need the site's public address, which this copy was built without (${ADDRESS_NOT_SET}).</li>`}</ul></section>`;
}, "/work/wt/map/src/components/browse/DataLinks.astro", void 0);
// src/pages/events/index.astro
var events_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
createAstro("http://localhost:4401");
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const events = await getEvents();
	const lanes = await getLanes();
	const laneCounts = lanes.map((lane) => ({
		...lane,
		count: events.filter((e) => e.entry.data.lane === lane.id).length
	})).filter((lane) => lane.count > 0);
	const tags = countTags(events.map((e) => e.entry.data));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": "Events",
		"description": `All ${events.length} events in chronological order, grouped by Japanese era and decade, with filters by theme and tag.`,
		"section": "events"
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>Events</h1><p class="lede">All ${events.length} events in order, grouped by the Japanese era in which they began and by decade. Filter them by theme or tag, or search by any name.</p>${renderComponent($$result, "EventFilters", $$EventFilters, {
			"lanes": laneCounts,
			"tags": tags,
			"total": events.length
		})}<div id="chronology" class="chronology-by-era">${renderComponent($$result, "ChronologyByEra", $$ChronologyByEra, {
			"events": events,
			"lanes": lanes
		})}</div>${renderComponent($$result, "DataLinks", $$DataLinks, {})}`,
		"head": ($$result) => renderTemplate`${Astro.site && renderTemplate`<link rel="alternate" type="application/atom+xml" title="Recently changed entries"${addAttribute(href("feed.atom"), "href")}>`}`
	})}`;
}, "/work/wt/map/src/pages/events/index.astro", void 0);
var $$file = "/work/wt/map/src/pages/events/index.astro";
var $$url = "/events/";
// \0virtual:astro:page:src/pages/events/index@_@astro
var page = () => events_exports;
export { page };
