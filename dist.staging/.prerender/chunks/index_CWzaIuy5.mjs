import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { h as render, o as getLessonPaths, x as createComponent } from "./content_qShtQhSW.mjs";
import { t as $$Deck } from "./Deck_Cxa70he3.mjs";
import { n as pathDeck } from "./present_6veGT7uD.mjs";
import { i as href } from "./urls_CWSai1xj.mjs";
// src/pages/present/[path]/index.astro
var _path__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4401");
async function getStaticPaths() {
	return (await getLessonPaths()).map((path) => ({
		params: { path: path.slug },
		props: { path }
	}));
}
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { path } = Astro.props;
	const deck = await pathDeck(path, Astro.site);
	const { Content } = await render(path.entry);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": `${deck.title} · Classroom mode`,
		"description": deck.summary,
		"section": "present"
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "Deck", $$Deck, { "deck": deck }, { "title": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="slide__intro"><p class="slide__kicker">Lesson · ${deck.slides.length} events</p><h1>${deck.title}</h1>${renderComponent($$result, "Content", Content, {})}<p class="slide__links"><a${addAttribute(deck.handoutHref, "href")}>Handout to print</a> · <a${addAttribute(deck.notesHref, "href")}>Teacher notes</a> · <a${addAttribute(href("present/"), "href")}>All lessons</a></p></div>` })}` })}`;
}, "/work/wt/map/src/pages/present/[path]/index.astro", void 0);
var $$file = "/work/wt/map/src/pages/present/[path]/index.astro";
var $$url = "/present/[path]/";
// \0virtual:astro:page:src/pages/present/[path]/index@_@astro
var page = () => _path__exports;
export { page };
