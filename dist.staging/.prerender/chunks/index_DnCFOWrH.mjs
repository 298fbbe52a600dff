import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { x as createComponent } from "./content_qShtQhSW.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { t as $$Deck } from "./Deck_Cxa70he3.mjs";
import { r as pathDecks, t as allEventsDeck } from "./present_6veGT7uD.mjs";
// src/pages/present/index.astro
var present_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
createAstro("http://localhost:4401");
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const deck = await allEventsDeck(Astro.site);
	const lessons = await pathDecks(Astro.site);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": "Classroom mode: all events",
		"description": `A slide show of all ${deck.slides.length} events for a projector, with lesson paths, teacher notes and printable handouts.`,
		"section": "present"
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Deck", $$Deck, { "deck": deck }, { "title": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="slide__intro"><p class="slide__kicker">Classroom mode · ${deck.slides.length} slides · ${deck.span}</p><h1>Japan, Russia and Northeast Asia: all ${deck.slides.length} events</h1><p>Every event of the timeline, one slide each, in order. Or present a lesson:</p><ul>${lessons.map((lesson) => renderTemplate`<li><a${addAttribute(lesson.href, "href")}>${lesson.title}</a> (${lesson.slides.length} slides)</li>`)}</ul><p class="slide__links">Press → or Page Down to start and ? for the keys. <a${addAttribute(deck.notesHref, "href")}>Notes view</a></p></div>` })}` })}`;
}, "/work/wt/map/src/pages/present/index.astro", void 0);
var $$file = "/work/wt/map/src/pages/present/index.astro";
var $$url = "/present/";
// \0virtual:astro:page:src/pages/present/index@_@astro
var page = () => present_exports;
export { page };
