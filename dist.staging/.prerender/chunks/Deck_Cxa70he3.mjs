import { f as Fragment, h as renderSlot, u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { x as createComponent } from "./content_qShtQhSW.mjs";
import { n as createAstro } from "./BaseLayout_PREEiKO8.mjs";
import { t as renderScript } from "./script_CiWjYfqJ.mjs";
import { i as DEFAULT_LAYOUT, n as buildScene } from "./scene_qMbjw3s0.mjs";
import { t as $$EventDate } from "./EventDate_DynmL_EL.mjs";
import { t as ADDRESS_NOT_SET } from "./site-settings_uG6T6zd-.mjs";
import { n as getTimelineData } from "./timeline_hHwyLc19.mjs";
import { r as formatYear } from "./format_DgQ2d2fN.mjs";
import { a as searchForSlide } from "./present_6veGT7uD.mjs";
// src/lib/present/strip.ts
/**
* Sizes of the slide's timeline strip, in its viewBox units (about CSS pixels on a 1280-pixel
* wide projector): the whole period in one band of two rows, era names above, years below,
* and a row of its own for the slide's event and its label.
*/
var STRIP = {
	width: 1200,
	eraHeight: 24,
	focusHeight: 40,
	axisHeight: 26,
	/** The slide's event: its label's size, and the width of one of its characters (for the layout). */
	focusFontSize: 26,
	focusCharPx: 15,
	focusMaxChars: 40
};
/** The other events: two thin rows, no labels. */
var CONTEXT_LAYOUT = {
	...DEFAULT_LAYOUT,
	laneCount: 1,
	rowsPerLane: 2,
	rowHeight: 12,
	laneHeaderPx: 0,
	markRadius: 4,
	clusterRadius: 5,
	clusterGapPx: 8,
	minBarPx: 16,
	gapPx: 2
};
/** The slide's event alone, with room for its label. */
var FOCUS_LAYOUT = {
	...DEFAULT_LAYOUT,
	laneCount: 1,
	rowsPerLane: 1,
	laneHeaderPx: 0,
	markRadius: 9,
	minBarPx: 16,
	labelCharPx: STRIP.focusCharPx,
	labelMaxChars: STRIP.focusMaxChars,
	shortLabelChars: 24,
	gapPx: 14
};
/** The strip's frame for a context scene (its marks start below the scene's own era strips). */
function stripFrame(context) {
	const rows = CONTEXT_LAYOUT.rowsPerLane * CONTEXT_LAYOUT.rowHeight;
	const contextTop = STRIP.eraHeight + STRIP.focusHeight;
	const sceneTop = context.lanes[0]?.from ?? 0;
	const height = contextTop + rows + STRIP.axisHeight + 4;
	return {
		width: STRIP.width,
		height,
		focusY: STRIP.eraHeight + STRIP.focusHeight / 2,
		contextShift: contextTop - sceneTop,
		contextTop,
		contextBottom: contextTop + rows,
		axisY: height - 6
	};
}
/** Every event of the period, for the background of every slide's strip. */
function stripContext(items, window) {
	return buildScene(items, [""], {
		orientation: "horizontal",
		length: STRIP.width,
		...window
	}, 0, CONTEXT_LAYOUT);
}
/** The slide's event on its own, labelled (the timeline's focus), or null if it lies outside the window. */
function stripFocus(items, window, slug) {
	return buildScene(items, [""], {
		orientation: "horizontal",
		length: STRIP.width,
		...window
	}, 0, FOCUS_LAYOUT, (item) => item.slug === slug, slug).marks[0] ?? null;
}
// src/components/TimelineStrip.astro
createAstro("http://localhost:4401");
var $$TimelineStrip = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TimelineStrip;
	const { base, frame, focus, label } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<svg class="strip"${addAttribute(`0 0 ${frame.width} ${frame.height}`, "viewBox")} role="img"${addAttribute(label, "aria-label")}><use${addAttribute(`#${base}`, "href")}></use>${focus && renderTemplate`<g${addAttribute(`strip-focus${focus.kind === "bar" ? " is-bar" : ""}`, "class")}><line class="strip-focus__guide"${addAttribute(focus.x, "x1")}${addAttribute(focus.x, "x2")}${addAttribute(frame.focusY, "y1")}${addAttribute(frame.contextBottom + 2, "y2")}></line>${focus.kind === "bar" ? renderTemplate`<rect class="strip-focus__mark"${addAttribute(focus.x, "x")}${addAttribute(frame.focusY - 7, "y")}${addAttribute(Math.max(4, focus.end - focus.x), "width")} height="14" rx="4"></rect>` : renderTemplate`<circle class="strip-focus__mark"${addAttribute(focus.x, "cx")}${addAttribute(frame.focusY, "cy")} r="9"></circle>`}<text class="strip-focus__label"${addAttribute(focus.labelX, "x")}${addAttribute(frame.focusY, "y")}${addAttribute(focus.labelAnchor, "text-anchor")}${addAttribute(STRIP.focusFontSize, "font-size")}>${focus.label}</text></g>`}</svg>`;
}, "/work/wt/map/src/components/TimelineStrip.astro", void 0);
// src/components/present/EventSlide.astro
createAstro("http://localhost:4401");
var $$EventSlide = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EventSlide;
	const { slide, strip } = Astro.props;
	const titleId = `slide-title-${slide.slug}`;
	const places = slide.places.map((p) => p.modernName ? `${p.name} (now ${p.modernName})` : p.name).join(", ");
	return renderTemplate`${maybeRenderHead($$result)}<article class="slide__body"${addAttribute(titleId, "aria-labelledby")}><header class="slide__head"><h2 class="slide__title"${addAttribute(titleId, "id")}>${slide.title}</h2><p class="slide__meta"><span class="slide__date">${renderComponent($$result, "EventDate", $$EventDate, { "date": slide.date })}</span>${places && renderTemplate`<span class="slide__places"><span class="visually-hidden">Places: </span>${places}</span>`}</p></header><ul class="slide__points">${slide.keyPoints.map((point) => renderTemplate`<li>${point}</li>`)}</ul><div class="slide__map">${slide.map && renderTemplate`<img${addAttribute(slide.map.src, "src")}${addAttribute(slide.map.alt, "alt")} loading="lazy" decoding="async">`}</div><div class="slide__strip">${renderComponent($$result, "TimelineStrip", $$TimelineStrip, {
		"base": strip.base,
		"frame": strip.frame,
		"focus": strip.focus,
		"label": `Timeline of ${strip.period}, marking ${slide.title}, ${slide.dateText}`
	})}</div>${slide.qr ? renderTemplate`<a class="slide__qr"${addAttribute(slide.href, "href")}><img${addAttribute(slide.qr.src, "src")} alt="" width="128" height="128" loading="lazy" decoding="async"><span>Scan for the full entry</span></a>` : renderTemplate`<p class="slide__qr slide__qr--none"><a${addAttribute(slide.href, "href")}>Full entry</a>; no QR code: ${ADDRESS_NOT_SET}</p>`}</article>`;
}, "/work/wt/map/src/components/present/EventSlide.astro", void 0);
// src/components/present/StripDefs.astro
createAstro("http://localhost:4401");
var $$StripDefs = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$StripDefs;
	const { id, scene, frame, steps } = Astro.props;
	const clusterHasStep = scene.layout.clusters.map((cluster) => cluster.slugs.some((slug) => steps.has(slug)));
	const top = 0;
	const bottom = frame.contextBottom + 2;
	return renderTemplate`${maybeRenderHead($$result)}<svg class="strip-defs" aria-hidden="true" width="0" height="0" focusable="false"><defs><g${addAttribute(id, "id")}>${scene.eras.filter((era) => era.kind === "reign").map((era, i) => renderTemplate`<g${addAttribute(`strip-era strip-era--${i % 2 ? "odd" : "even"}`, "class")}><rect${addAttribute(era.from, "x")}${addAttribute(top, "y")}${addAttribute(Math.max(0, era.to - era.from), "width")}${addAttribute(bottom - top, "height")}></rect>${era.to - era.from > 60 && renderTemplate`<text${addAttribute(era.from + 6, "x")}${addAttribute(17, "y")}>${era.label}</text>`}</g>`)}${scene.eras.filter((era) => era.kind === "war").map((era) => renderTemplate`<rect class="strip-war"${addAttribute(era.from, "x")}${addAttribute(frame.contextTop - 4, "y")}${addAttribute(Math.max(0, era.to - era.from), "width")}${addAttribute(frame.contextBottom - frame.contextTop + 6, "height")}></rect>`)}${scene.ticks.map((tick) => renderTemplate`<g${addAttribute(tick.major ? "strip-tick is-major" : "strip-tick", "class")}><line${addAttribute(tick.at, "x1")}${addAttribute(tick.at, "x2")}${addAttribute(frame.contextBottom + 2, "y1")}${addAttribute(frame.contextBottom + 8, "y2")}></line><text${addAttribute(tick.at, "x")}${addAttribute(frame.axisY, "y")}>${tick.label}</text></g>`)}<g class="strip-context"${addAttribute(`translate(0 ${frame.contextShift})`, "transform")}>${scene.marks.map((mark) => mark.kind === "bar" ? renderTemplate`<rect${addAttribute(steps.has(mark.slug) ? "strip-mark is-step" : "strip-mark", "class")}${addAttribute(mark.x, "x")}${addAttribute(mark.y - 3, "y")}${addAttribute(Math.max(2, mark.end - mark.x), "width")} height="6" rx="2"></rect>` : renderTemplate`<circle${addAttribute(steps.has(mark.slug) ? "strip-mark is-step" : "strip-mark", "class")}${addAttribute(mark.x, "cx")}${addAttribute(mark.y, "cy")} r="4"></circle>`)}${scene.clusters.map((cluster, i) => renderTemplate`<circle${addAttribute(clusterHasStep[i] ? "strip-mark strip-cluster is-step" : "strip-mark strip-cluster", "class")}${addAttribute(cluster.x, "cx")}${addAttribute(cluster.y, "cy")} r="5"></circle>`)}</g></g></defs></svg>`;
}, "/work/wt/map/src/components/present/StripDefs.astro", void 0);
// src/lib/present/keys.ts
/** The keys listed in the help, grouped by what they do (the words the help shows). */
var KEY_HELP = [
	{
		keys: [
			"→",
			"↓",
			"Space",
			"Page Down"
		],
		action: "Next slide"
	},
	{
		keys: [
			"←",
			"↑",
			"Page Up",
			"Backspace"
		],
		action: "Previous slide"
	},
	{
		keys: ["Home", "End"],
		action: "First or last slide"
	},
	{
		keys: ["G", "then a number"],
		action: "Go to that slide (Enter if the number could go on)"
	},
	{
		keys: ["O", "Esc"],
		action: "Overview of all slides"
	},
	{
		keys: ["F"],
		action: "Full screen on or off"
	},
	{
		keys: ["B", "."],
		action: "Black screen; any key brings the slide back"
	},
	{
		keys: ["S"],
		action: "Teacher notes in a second window"
	},
	{
		keys: ["T"],
		action: "Light or dark projection theme"
	},
	{
		keys: ["?"],
		action: "This list of keys"
	}
];
// src/components/present/Deck.astro
createAstro("http://localhost:4401");
var $$Deck = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Deck;
	const { deck } = Astro.props;
	const timeline = await getTimelineData();
	const view = timeline.defaultWindow;
	const context = stripContext(timeline.items, view);
	const frame = stripFrame(context);
	const stripId = `strip-${deck.key}`;
	const steps = new Set(deck.key === "all" ? [] : deck.slides.map((s) => s.slug));
	const period = `${formatYear(new Date(view.start).getUTCFullYear())}–${formatYear(new Date(view.end).getUTCFullYear())}`;
	const slugs = deck.slides.map((s) => s.slug);
	const count = deck.slides.length + 1;
	return renderTemplate`${maybeRenderHead($$result)}<div class="deck" data-deck${addAttribute(deck.key, "data-key")}${addAttribute(deck.notesHref, "data-notes")}${addAttribute(slugs.join(" "), "data-slugs")}${addAttribute(deck.title, "data-title")}>${renderComponent($$result, "StripDefs", $$StripDefs, {
		"id": stripId,
		"scene": context,
		"frame": frame,
		"steps": steps
	})}<p class="deck__nojs-help">This lesson is shown here as a list. With JavaScript on, this page is a slide show for a projector: press → or Page Down to move on, and ? for the other keys.</p><ol class="deck__slides" data-slides><li class="slide slide--title" data-slide id="slide-start"><div class="slide__body slide__body--title">${renderSlot($$result, $$slots["title"])}${deck.map && renderTemplate`<div class="slide__map slide__map--overview"><img${addAttribute(deck.map.src, "src")}${addAttribute(deck.map.alt, "alt")} decoding="async"></div>`}<div class="slide__strip">${renderComponent($$result, "TimelineStrip", $$TimelineStrip, {
		"base": stripId,
		"frame": frame,
		"focus": null,
		"label": `Timeline of ${period}${steps.size ? ", with this lesson's events marked" : ""}`
	})}</div></div></li>${deck.slides.map((slide) => renderTemplate`<li class="slide" data-slide${addAttribute(`slide-${slide.slug}`, "id")}>${renderComponent($$result, "EventSlide", $$EventSlide, {
		"slide": slide,
		"strip": {
			base: stripId,
			frame,
			focus: stripFocus(timeline.items, view, slide.slug),
			period
		}
	})}</li>`)}</ol><div class="deck__bar" data-bar hidden><p class="deck__counter" data-counter aria-hidden="true">1 / ${count}</p><div class="deck__buttons" role="group" aria-label="Slide show"><button type="button" data-command="previous" aria-label="Previous slide" title="Previous slide (←, Page Up)">←</button><button type="button" data-command="next" aria-label="Next slide" title="Next slide (→, Page Down, Space)">→</button><button type="button" data-command="overview" title="Overview (O)">Overview</button><button type="button" data-command="fullscreen" data-fullscreen-label title="Full screen (F)">Full screen</button><button type="button" data-command="blackout" title="Black screen (B)">Black</button><button type="button" data-command="notes" title="Teacher notes in a new window (S)">Notes</button><button type="button" data-command="theme" data-theme-label title="Light or dark theme (T)">Dark</button><button type="button" data-command="help" aria-label="Keys" title="Keys (?)">?</button></div></div><nav class="deck__overview" data-overview hidden${addAttribute(`overview-${deck.key}`, "aria-labelledby")}><h2${addAttribute(`overview-${deck.key}`, "id")}>${deck.title}: all ${count} slides</h2><ol class="deck__cards"><li><a${addAttribute(`${deck.href}`, "href")} data-goto="0"><span class="deck__card-number">1</span><span class="deck__card-title">${deck.title}</span><span class="deck__card-date">${deck.key === "all" ? deck.span : `Introduction · ${deck.slides.length} events`}</span></a></li>${deck.slides.map((slide, i) => renderTemplate`<li><a${addAttribute(`${deck.href}${searchForSlide(i + 1, slugs)}`, "href")}${addAttribute(i + 1, "data-goto")}><span class="deck__card-number">${i + 2}</span><span class="deck__card-title">${slide.title}</span><span class="deck__card-date">${slide.dateText}</span></a></li>`)}</ol></nav><div class="deck__goto" data-goto-box hidden>Go to slide: <span data-goto-digits></span><span class="deck__goto-hint"> (1–${count}, Enter)</span></div><div class="deck__black" data-black hidden></div><p class="visually-hidden" data-live aria-live="polite"></p><dialog class="deck__help" data-help${addAttribute(`help-${deck.key}`, "aria-labelledby")}><h2${addAttribute(`help-${deck.key}`, "id")}>Keys</h2><table><tbody>${KEY_HELP.map((row) => renderTemplate`<tr><th scope="row">${row.keys.map((key, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && " "}${key === "then a number" ? renderTemplate`<span>${key}</span>` : renderTemplate`<kbd>${key}</kbd>`}` })}`)}</th><td>${row.action}</td></tr>`)}</tbody></table><p>On a touch screen, swipe left or right. Slides never move on their own.</p><form method="dialog"><button type="submit">Close</button></form></dialog></div>${renderScript($$result, "/work/wt/map/src/components/present/Deck.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/map/src/components/present/Deck.astro", void 0);
export { $$Deck as t };
