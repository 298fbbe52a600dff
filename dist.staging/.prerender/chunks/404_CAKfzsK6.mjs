import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
/* empty css                 */
import { t as renderScript } from "./script_CiWjYfqJ.mjs";
import { r as getEvents, x as createComponent } from "./content_qShtQhSW.mjs";
import { i as href, n as eventHref } from "./urls_CWSai1xj.mjs";
import { n as formatHistoricalDate } from "./format_DgQ2d2fN.mjs";
// src/pages/404.astro
var _404_exports = /* @__PURE__ */ __exportAll({
	default: () => $$404,
	file: () => $$file,
	url: () => $$url
});
var $$404 = createComponent(async ($$result, $$props, $$slots) => {
	const events = await getEvents();
	const keywords = (event) => (event.entry.data.names ?? []).flatMap((name) => [name.text, name.romanization ?? ""]).filter(Boolean).join(" ");
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": "Page not found",
		"description": "There is no page at this address."
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>Page not found</h1><p class="lede">There is no page at this address. It may have been mistyped, or the page may have moved.</p>${renderComponent($$result, "not-found", "not-found", { "data-base": href("") }, { "default": ($$result) => renderTemplate`<section class="suggestions" aria-labelledby="suggestions-heading" data-suggestions hidden><h2 id="suggestions-heading">Perhaps you were looking for</h2><ol class="suggestions__list" data-suggestion-list></ol></section><ul hidden data-candidates>${events.map((event) => renderTemplate`<li${addAttribute(event.slug, "data-slug")}${addAttribute(keywords(event), "data-keywords")}><a${addAttribute(eventHref(event.slug), "href")}>${event.title}</a> <span class="meta">${formatHistoricalDate(event.date)}</span></li>`)}</ul>` })}<h2>Find it another way</h2><ul><li>Browse <a${addAttribute(href("events/"), "href")}>all ${events.length} events in order</a>, or by <a${addAttribute(href("themes/"), "href")}>theme</a> or <a${addAttribute(href("tags/"), "href")}>tag</a>.</li><li>Look through the <a${addAttribute(href("people/"), "href")}>people</a> and <a${addAttribute(href("places/"), "href")}>places</a>.</li><li><a${addAttribute(href("search/"), "href")}>Search</a> by any name, in any script.</li><li>Go to the <a${addAttribute(href(""), "href")}>timeline</a>.</li></ul>` })}${renderScript($$result, "/work/wt/map/src/pages/404.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/map/src/pages/404.astro", void 0);
var $$file = "/work/wt/map/src/pages/404.astro";
var $$url = "/404/";
// \0virtual:astro:page:src/pages/404@_@astro
var page = () => _404_exports;
export { page };
