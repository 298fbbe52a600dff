import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
/* empty css                 */
import { t as renderScript } from "./script_CiWjYfqJ.mjs";
import { i as href } from "./urls_CWSai1xj.mjs";
import { r as getEvents, x as createComponent } from "./content_qShtQhSW.mjs";
// src/lib/security/csp.ts
/** What the search page adds to script-src, so that Pagefind can compile its WebAssembly. */
var SEARCH_SCRIPT_SOURCE = "'wasm-unsafe-eval'";
// src/pages/search.astro
var search_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Search,
	file: () => $$file,
	url: () => $$url
});
createAstro("http://localhost:4401");
var $$Search = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Search;
	Astro.csp?.insertScriptResource(SEARCH_SCRIPT_SOURCE);
	const events = await getEvents();
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": "Search",
		"description": "Search the events, people and places by any of their names, in any script or romanisation.",
		"section": "search"
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>Search</h1>${renderComponent($$result, "site-search", "site-search", {
		"data-pagefind": href("pagefind/pagefind.js"),
		"data-base": href("")
	}, { "default": ($$result) => renderTemplate`<form class="search-form" role="search" aria-label="Events, people and places"${addAttribute(href("search/"), "action")} method="get" data-search-form><label for="search-q">Search ${events.length} events, their people and places, by any name</label><div class="search-form__row"><input id="search-q" type="search" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-hint" data-search-input><button type="submit" class="button">Search</button></div><p id="search-hint" class="meta">Try “Nomonhan” or “Khalkhin Gol”, “張作霖” or “Chang Tso-lin”, “Port Arthur” or “旅順”.</p></form><div class="search-nojs" data-search-nojs><p><strong>Search needs JavaScript</strong>, which is off or has not loaded. Every event is listed in order on the <a${addAttribute(href("events/"), "href")}>chronology of events</a>, which can also be browsed <a${addAttribute(href("themes/"), "href")}>by theme</a> and <a${addAttribute(href("tags/"), "href")}>by tag</a>, with the <a${addAttribute(href("people/"), "href")}>people</a> and <a${addAttribute(href("places/"), "href")}>places</a> indexes.</p></div><p class="search-status" role="status" data-search-status></p><ol class="search-results" data-search-results hidden></ol>` })}` })}${renderScript($$result, "/work/wt/map/src/pages/search.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/map/src/pages/search.astro", void 0);
var $$file = "/work/wt/map/src/pages/search.astro";
var $$url = "/search/";
// \0virtual:astro:page:src/pages/search@_@astro
var page = () => search_exports;
export { page };
