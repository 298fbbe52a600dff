import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate } from "./jsx-runtime_BCJ7Ueue.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { t as $$NotesView } from "./NotesView_PoIViQpP.mjs";
import { o as getLessonPaths, x as createComponent } from "./content_qShtQhSW.mjs";
import { n as pathDeck } from "./present_6veGT7uD.mjs";
// src/pages/present/[path]/notes.astro
var notes_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Notes,
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
var $$Notes = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Notes;
	const deck = await pathDeck(Astro.props.path, Astro.site);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": `Notes: ${deck.title} · Classroom mode`,
		"description": `Teacher notes for the lesson "${deck.title}".`,
		"section": "present"
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "NotesView", $$NotesView, { "deck": deck })}` })}`;
}, "/work/wt/map/src/pages/present/[path]/notes.astro", void 0);
var $$file = "/work/wt/map/src/pages/present/[path]/notes.astro";
var $$url = "/present/[path]/notes/";
// \0virtual:astro:page:src/pages/present/[path]/notes@_@astro
var page = () => notes_exports;
export { page };
