import { M as ASTRO_GENERATOR, b as renderHead, h as renderSlot, u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { ct as UnavailableAstroGlobal, pt as AstroError } from "./path_DdpnL054.mjs";
import { x as createComponent } from "./content_qShtQhSW.mjs";
import { i as href } from "./urls_CWSai1xj.mjs";
// node_modules/astro/dist/runtime/server/astro-global.js
function createError(name) {
	return new AstroError({
		...UnavailableAstroGlobal,
		message: UnavailableAstroGlobal.message(name)
	});
}
function createAstro(site) {
	return {
		get site() {
			console.warn(`Astro.site inside getStaticPaths is deprecated and will be removed in a future major version of Astro. Use import.meta.env.SITE instead`);
			return site ? new URL(site) : void 0;
		},
		get generator() {
			console.warn(`Astro.generator inside getStaticPaths is deprecated and will be removed in a future major version of Astro.`);
			return ASTRO_GENERATOR;
		},
		get callAction() {
			throw createError("callAction");
		},
		get clientAddress() {
			throw createError("clientAddress");
		},
		get cookies() {
			throw createError("cookies");
		},
		get csp() {
			throw createError("csp");
		},
		get currentLocale() {
			throw createError("currentLocale");
		},
		get getActionResult() {
			throw createError("getActionResult");
		},
		get isPrerendered() {
			throw createError("isPrerendered");
		},
		get locals() {
			throw createError("locals");
		},
		get originPathname() {
			throw createError("originPathname");
		},
		get params() {
			throw createError("params");
		},
		get preferredLocale() {
			throw createError("preferredLocale");
		},
		get preferredLocaleList() {
			throw createError("preferredLocaleList");
		},
		get props() {
			throw createError("props");
		},
		get redirect() {
			throw createError("redirect");
		},
		get request() {
			throw createError("request");
		},
		get response() {
			throw createError("response");
		},
		get rewrite() {
			throw createError("rewrite");
		},
		get routePattern() {
			throw createError("routePattern");
		},
		get self() {
			throw createError("self");
		},
		get slots() {
			throw createError("slots");
		},
		get url() {
			throw createError("url");
		},
		get session() {
			throw createError("session");
		},
		get cache() {
			throw createError("cache");
		},
		get logger() {
			throw createError("logger");
		}
	};
}
// src/components/HeaderSearch.astro
var $$HeaderSearch = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${maybeRenderHead($$result)}<form class="site-search" role="search" aria-label="Site"${addAttribute(href("search/"), "action")} method="get" data-astro-cid-2odkx2fk><label for="site-search-q" class="visually-hidden" data-astro-cid-2odkx2fk>Search events, people and places</label><input id="site-search-q" class="site-search__input" type="search" name="q" placeholder="Search…" autocomplete="off" data-astro-cid-2odkx2fk><button type="submit" class="site-search__button" data-astro-cid-2odkx2fk>Search</button></form>`;
}, "/work/wt/map/src/components/HeaderSearch.astro", void 0);
var $$BaseLayout = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$BaseLayout;
	const { title, description, section } = Astro.props;
	const siteName = "Northeast Asia 1895–1948";
	const fullTitle = title === siteName ? title : `${title} · ${siteName}`;
	const canonical = Astro.site ? new URL(Astro.url.pathname, Astro.site).href : void 0;
	const nav = [
		{
			id: "timeline",
			label: "Timeline",
			url: href("")
		},
		{
			id: "events",
			label: "Events",
			url: href("events/")
		},
		{
			id: "people",
			label: "People",
			url: href("people/")
		},
		{
			id: "places",
			label: "Places",
			url: href("places/")
		},
		{
			id: "present",
			label: "Present",
			url: href("present/")
		},
		{
			id: "search",
			label: "Search",
			url: href("search/")
		}
	];
	return renderTemplate`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${fullTitle}</title><meta name="description"${addAttribute(description, "content")}>${canonical && renderTemplate`<link rel="canonical"${addAttribute(canonical, "href")}>`}<link rel="icon"${addAttribute(href("favicon.svg"), "href")} type="image/svg+xml"><meta name="generator"${addAttribute(Astro.generator, "content")}>${renderSlot($$result, $$slots["head"])}${renderHead($$result)}</head><body><a class="skip-link" href="#main">Skip to content</a><header class="site-header"><div class="site-header__inner"><a class="site-title"${addAttribute(href(""), "href")}>${siteName}<small>Japan's armies, Russia and the USSR in Northeast Asia</small></a><nav class="site-nav" aria-label="Site"><ul>${nav.map((item) => renderTemplate`<li><a${addAttribute(item.url, "href")}${addAttribute(section === item.id ? "page" : void 0, "aria-current")}>${item.label}</a></li>`)}</ul></nav>${renderComponent($$result, "HeaderSearch", $$HeaderSearch, {})}</div></header><main id="main" class="page" tabindex="-1">${renderSlot($$result, $$slots["default"])}</main><footer class="site-footer"><div class="site-footer__inner"><p>An open-source, citable timeline. Every claim is footnoted to the sources in each page's bibliography. Dates are Gregorian (New Style) unless marked otherwise. Unfamiliar words are explained in the <a${addAttribute(href("glossary/"), "href")}>glossary</a>.</p></div></footer></body></html>`;
}, "/work/wt/map/src/layouts/BaseLayout.astro", void 0);
export { createAstro as n, $$BaseLayout as t };
