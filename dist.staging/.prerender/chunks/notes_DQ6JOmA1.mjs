import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate } from "./jsx-runtime_BCJ7Ueue.mjs";
import { x as createComponent } from "./content_qShtQhSW.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { t as $$NotesView } from "./NotesView_PoIViQpP.mjs";
import { t as allEventsDeck } from "./present_6veGT7uD.mjs";
// src/pages/present/notes.astro
var notes_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Notes,
	file: () => $$file,
	url: () => $$url
});
createAstro("http://localhost:4401");
var $$Notes = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Notes;
	const deck = await allEventsDeck(Astro.site);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": `Notes: ${deck.title} · Classroom mode`,
		"description": "Notes for presenting every event as a slide show.",
		"section": "present"
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "NotesView", $$NotesView, { "deck": deck })}` })}`;
}, "/work/wt/map/src/pages/present/notes.astro", void 0);
var $$file = "/work/wt/map/src/pages/present/notes.astro";
var $$url = "/present/notes/";
// \0virtual:astro:page:src/pages/present/notes@_@astro
var page = () => notes_exports;
export { page };
