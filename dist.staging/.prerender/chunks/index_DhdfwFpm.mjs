import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
/* empty css                 */
import { r as getEvents, x as createComponent } from "./content_qShtQhSW.mjs";
import { c as tagHref, i as href } from "./urls_CWSai1xj.mjs";
import { t as countTags } from "./tags_D-HIsQcs.mjs";
// src/pages/tags/index.astro
var tags_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const events = await getEvents();
	const tags = countTags(events.map((e) => e.entry.data));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": "Tags",
		"description": "Every tag used by the events, with the number of events that carry it.",
		"section": "events"
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<nav class="breadcrumbs" aria-label="Breadcrumbs"><a${addAttribute(href("events/"), "href")}>Events</a></nav><h1>Tags</h1><p class="lede">${tags.length} tags describe what kind of event each one was; an event can have several.</p><ul class="chip-list">${tags.map((tag) => renderTemplate`<li><a${addAttribute(tagHref(tag.tag), "href")}>${tag.label}</a> <span class="count">(${tag.count})</span></li>`)}</ul>` })}`;
}, "/work/wt/map/src/pages/tags/index.astro", void 0);
var $$file = "/work/wt/map/src/pages/tags/index.astro";
var $$url = "/tags/";
// \0virtual:astro:page:src/pages/tags/index@_@astro
var page = () => tags_exports;
export { page };
