import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { o as getLessonPaths, x as createComponent } from "./content_qShtQhSW.mjs";
import { i as href } from "./urls_CWSai1xj.mjs";
// src/pages/offline.astro
var offline_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Offline,
	file: () => $$file,
	url: () => $$url
});
var $$Offline = createComponent(async ($$result, $$props, $$slots) => {
	const lessons = await getLessonPaths();
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": "Offline",
		"description": "This page was not saved for reading offline."
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>You are offline</h1><p class="lede">This page was not saved on this device, and the network cannot be reached.</p><p>These are saved once the site has been opened with a network, and work without one:</p><ul><li><a${addAttribute(href(""), "href")}>The timeline</a> and <a${addAttribute(href("events/"), "href")}>every event page</a></li><li><a${addAttribute(href("present/"), "href")}>Classroom mode</a>: all the slides, notes and handouts</li>${lessons.map((lesson) => renderTemplate`<li><a${addAttribute(href(`present/${lesson.slug}/`), "href")}>${lesson.title}</a></li>`)}</ul>` })}`;
}, "/work/wt/map/src/pages/offline.astro", void 0);
var $$file = "/work/wt/map/src/pages/offline.astro";
var $$url = "/offline/";
// \0virtual:astro:page:src/pages/offline@_@astro
var page = () => offline_exports;
export { page };
