import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { h as render, o as getLessonPaths, x as createComponent } from "./content_qShtQhSW.mjs";
import { t as renderScript } from "./script_CiWjYfqJ.mjs";
import { n as pathDeck } from "./present_6veGT7uD.mjs";
import { t as $$EventDate } from "./EventDate_DynmL_EL.mjs";
import { t as ADDRESS_NOT_SET } from "./site-settings_uG6T6zd-.mjs";
import { t as absoluteHref } from "./urls_CWSai1xj.mjs";
/* empty css                */
// src/pages/present/[path]/handout.astro
var handout_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Handout,
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
var $$Handout = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Handout;
	const { path } = Astro.props;
	const deck = await pathDeck(path, Astro.site);
	const { Content } = await render(path.entry);
	const lessonUrl = absoluteHref(`present/${path.slug}/`, Astro.site);
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": `Handout: ${deck.title}`,
		"description": `A one- or two-page chronology to print for the lesson "${deck.title}".`,
		"section": "present",
		"data-astro-cid-fou3jivw": true
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<article class="handout" aria-labelledby="handout-title" data-astro-cid-fou3jivw><header class="handout__head" data-astro-cid-fou3jivw><p class="handout__kicker" data-astro-cid-fou3jivw>Lesson handout · ${deck.slides.length} events</p><h1 id="handout-title" data-astro-cid-fou3jivw>${deck.title}</h1><div class="handout__intro" data-astro-cid-fou3jivw>${renderComponent($$result, "Content", Content, { "data-astro-cid-fou3jivw": true })}</div><p class="handout__actions" data-print-actions hidden data-astro-cid-fou3jivw><button type="button" data-print data-astro-cid-fou3jivw>Print this handout</button> <a${addAttribute(deck.href, "href")} data-astro-cid-fou3jivw>Back to the slides</a></p></header><ol class="handout__list" data-astro-cid-fou3jivw>${deck.slides.map((slide) => renderTemplate`<li class="handout__item" data-astro-cid-fou3jivw><p class="handout__date" data-astro-cid-fou3jivw>${renderComponent($$result, "EventDate", $$EventDate, {
		"date": slide.date,
		"data-astro-cid-fou3jivw": true
	})}</p><div class="handout__text" data-astro-cid-fou3jivw><h2 data-astro-cid-fou3jivw>${slide.title}</h2><p data-astro-cid-fou3jivw>${slide.summary}</p><p class="handout__url" data-astro-cid-fou3jivw><a${addAttribute(slide.href, "href")} data-astro-cid-fou3jivw>${slide.qr?.url ?? `${slide.href} (the site's address not set)`}</a></p></div>${slide.qr ? renderTemplate`<img class="handout__qr"${addAttribute(slide.qr.src, "src")}${addAttribute(`QR code of ${slide.qr.url}`, "alt")} width="96" height="96" data-astro-cid-fou3jivw>` : renderTemplate`<p class="handout__qr handout__qr--none" data-astro-cid-fou3jivw>No QR code: ${ADDRESS_NOT_SET}</p>`}</li>`)}</ol><p class="handout__source" data-astro-cid-fou3jivw>From “Northeast Asia 1895–1948: a citable timeline”. This lesson: ${lessonUrl ?? `${deck.href} (the site's address not set)`}</p></article>` })}${renderScript($$result, "/work/wt/map/src/pages/present/[path]/handout.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/map/src/pages/present/[path]/handout.astro", void 0);
var $$file = "/work/wt/map/src/pages/present/[path]/handout.astro";
var $$url = "/present/[path]/handout/";
// \0virtual:astro:page:src/pages/present/[path]/handout@_@astro
var page = () => handout_exports;
export { page };
