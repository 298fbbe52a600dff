import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { x as createComponent } from "./content_qShtQhSW.mjs";
import { n as createAstro } from "./BaseLayout_PREEiKO8.mjs";
import { t as renderScript } from "./script_CiWjYfqJ.mjs";
import { t as $$EventDate } from "./EventDate_DynmL_EL.mjs";
import { a as searchForSlide } from "./present_6veGT7uD.mjs";
// src/components/present/NotesView.astro
createAstro("http://localhost:4401");
var $$NotesView = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NotesView;
	const { deck } = Astro.props;
	const slugs = deck.slides.map((s) => s.slug);
	const count = deck.slides.length + 1;
	return renderTemplate`${maybeRenderHead($$result)}<div class="notes" data-notes${addAttribute(deck.key, "data-key")}${addAttribute(slugs.join(" "), "data-slugs")} data-astro-cid-5bchoub3><p class="notes__kicker" data-astro-cid-5bchoub3>Teacher notes</p><h1 data-astro-cid-5bchoub3>${deck.title}</h1><p class="notes__intro" data-astro-cid-5bchoub3>Open <a${addAttribute(deck.href, "href")} data-astro-cid-5bchoub3>the slides</a> on the projector and press S there to open these notes beside them: they then follow the slides, and the buttons and keys here move the slides.</p><div class="notes__bar" data-notes-bar hidden data-astro-cid-5bchoub3><p class="notes__now" data-astro-cid-5bchoub3><span data-notes-position data-astro-cid-5bchoub3>Slide 1 of ${count}</span> <span class="notes__next" data-notes-next data-astro-cid-5bchoub3></span></p><p class="notes__status" data-notes-status role="status" data-astro-cid-5bchoub3>Not connected to the slides.</p><p class="notes__timer" data-astro-cid-5bchoub3>Time: <span data-notes-timer data-astro-cid-5bchoub3>0:00</span></p><div class="notes__buttons" role="group" aria-label="Move the slides" data-astro-cid-5bchoub3><button type="button" data-remote="previous" data-astro-cid-5bchoub3>Previous</button><button type="button" data-remote="next" data-astro-cid-5bchoub3>Next</button><button type="button" data-remote="blackout" data-astro-cid-5bchoub3>Black screen</button></div></div><ol class="notes__list" data-astro-cid-5bchoub3><li class="notes__item" data-note id="note-start" data-astro-cid-5bchoub3><h2 data-astro-cid-5bchoub3><span class="notes__number" data-astro-cid-5bchoub3>1.</span> <a${addAttribute(deck.href, "href")} data-astro-cid-5bchoub3>Title slide: ${deck.title}</a></h2><p data-astro-cid-5bchoub3>${deck.summary}</p></li>${deck.slides.map((slide, i) => renderTemplate`<li class="notes__item" data-note${addAttribute(`note-${slide.slug}`, "id")} data-astro-cid-5bchoub3><h2 data-astro-cid-5bchoub3><span class="notes__number" data-astro-cid-5bchoub3>${i + 2}.</span> <a${addAttribute(`${deck.href}${searchForSlide(i + 1, slugs)}`, "href")} data-astro-cid-5bchoub3>${slide.title}</a></h2><p class="notes__date" data-astro-cid-5bchoub3>${renderComponent($$result, "EventDate", $$EventDate, {
		"date": slide.date,
		"data-astro-cid-5bchoub3": true
	})}</p>${slide.contentNote && renderTemplate`<p class="notes__warning" data-astro-cid-5bchoub3><strong data-astro-cid-5bchoub3>Content note:</strong> ${slide.contentNote}</p>`}${slide.notes ? renderTemplate`<p class="notes__text" data-astro-cid-5bchoub3>${slide.notes}</p>` : renderTemplate`<p class="notes__text notes__text--none" data-astro-cid-5bchoub3>No teacher notes for this slide. Summary: ${slide.summary}</p>`}<p class="notes__link" data-astro-cid-5bchoub3><a${addAttribute(slide.href, "href")} data-astro-cid-5bchoub3>The full entry, with sources</a></p></li>`)}</ol></div>${renderScript($$result, "/work/wt/map/src/components/present/NotesView.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/map/src/components/present/NotesView.astro", void 0);
export { $$NotesView as t };
