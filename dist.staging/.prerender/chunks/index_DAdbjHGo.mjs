import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { f as Fragment, h as renderSlot, k as unescapeHTML, r as spreadAttributes, u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { t as $$EventDate } from "./EventDate_DynmL_EL.mjs";
import { t as renderScript } from "./script_CiWjYfqJ.mjs";
import { i as href, n as eventHref, s as placeHref } from "./urls_CWSai1xj.mjs";
import { t as groupByEraAndDecade } from "./group_BsfuJANV.mjs";
import { i as DEFAULT_LAYOUT, n as buildScene, r as yearSpan, t as FRAME } from "./scene_qMbjw3s0.mjs";
import { i as layoutLocatorMap, n as worldAtlas, r as fitProjection, s as roundToTenth } from "./world_HyDiZb3P.mjs";
import { a as getLanes, c as getPlaces, r as getEvents, x as createComponent } from "./content_qShtQhSW.mjs";
import { r as placeLabels, t as densestRegion } from "./overview-map_B8l8tl_k.mjs";
import { n as getTimelineData, t as HOME_LIST_MAX } from "./timeline_hHwyLc19.mjs";
// src/components/Chronology.astro
createAstro("http://localhost:4401");
var $$Chronology = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Chronology;
	const { events, lanes } = Astro.props;
	const laneLabel = new Map(lanes.map((lane) => [lane.id, lane.label]));
	return renderTemplate`${maybeRenderHead($$result)}<ol class="chronology" id="chronology">${events.map(({ slug, entry }) => renderTemplate`<li${addAttribute(`event-${slug}`, "id")}><article${addAttribute(`title-${slug}`, "aria-labelledby")}><h3${addAttribute(`title-${slug}`, "id")}><a${addAttribute(eventHref(slug), "href")}>${entry.data.title}</a></h3><p class="meta">${renderComponent($$result, "EventDate", $$EventDate, { "date": entry.data.date })} · <span class="lane-tag">${laneLabel.get(entry.data.lane)}</span></p><p>${entry.data.summary}</p></article></li>`)}</ol>`;
}, "/work/wt/map/src/components/Chronology.astro", void 0);
// src/components/ChronologyIndex.astro
createAstro("http://localhost:4401");
var $$ChronologyIndex = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ChronologyIndex;
	const { events } = Astro.props;
	const groups = groupByEraAndDecade(events);
	const listPage = href("events/");
	const count = (n) => `${n.toLocaleString("en")} event${n === 1 ? "" : "s"}`;
	return renderTemplate`${maybeRenderHead($$result)}<p>There are ${count(events.length)}, too many to list on this page. <a${addAttribute(listPage, "href")}>The events page</a> lists them all in order; here they are by era and decade.</p><ol class="chronology-index" id="chronology">${groups.map((group) => group.decades.map((decade) => {
		const first = decade.items[0];
		const last = decade.items.at(-1);
		return renderTemplate`<li><a${addAttribute(`${listPage}#${decade.id}`, "href")}>${group.era.name}, ${decade.label}</a>: ${count(decade.items.length)}, from${" "}<a${addAttribute(eventHref(first.slug), "href")}>${first.entry.data.title}</a>${last !== first && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${" "}to <a${addAttribute(eventHref(last.slug), "href")}>${last.entry.data.title}</a>` })}`}</li>`;
	}))}</ol>`;
}, "/work/wt/map/src/components/ChronologyIndex.astro", void 0);
// src/lib/timeline/render.ts
/** The timeline's layers, back to front; each holds one keyed element per era, lane, tick, mark or cluster. */
var LAYERS = [
	"eras",
	"lanes",
	"axis",
	"marks",
	"clusters"
];
/** To a tenth of a pixel: finer differences show nothing, and would only be written again. */
function formatPx(value) {
	return String(roundToTenth(value));
}
var px = formatPx;
var boxAttrs = (box) => ({
	x: px(box.x),
	y: px(box.y),
	width: px(box.width),
	height: px(box.height)
});
var textAttrs = (at) => ({
	x: px(at.x),
	y: px(at.y),
	transform: at.rotate ? `rotate(90 ${px(at.x)} ${px(at.y)})` : null
});
var translate = (x, y) => `translate(${px(x)},${px(y)})`;
function label(at, text, labelled, anchor) {
	return {
		tag: "text",
		attrs: {
			class: labelled ? "tl-label" : "tl-label is-hidden",
			x: px(at.x),
			y: px(at.y),
			"text-anchor": anchor
		},
		text
	};
}
/** An era's band and name. */
function renderEra(era) {
	return {
		tag: "g",
		attrs: {
			class: `tl-era tl-era--${era.kind}`,
			"data-key": era.key
		},
		children: [{
			tag: "rect",
			attrs: boxAttrs(era.rect)
		}, {
			tag: "text",
			attrs: textAttrs(era.text),
			text: era.label
		}]
	};
}
/** A lane's band and name. */
function renderLane(lane, index) {
	return {
		tag: "g",
		attrs: {
			class: `tl-lane lane-${index + 1}`,
			"data-key": lane.key
		},
		children: [{
			tag: "rect",
			attrs: boxAttrs(lane.rect)
		}, {
			tag: "text",
			attrs: textAttrs(lane.text),
			text: lane.label
		}]
	};
}
/** A tick of the time axis: its line and its label. */
function renderTick(tick) {
	const { x1, y1, x2, y2 } = tick.line;
	return {
		tag: "g",
		attrs: {
			class: tick.major ? "tl-tick is-major" : "tl-tick",
			"data-key": String(tick.time)
		},
		children: [{
			tag: "line",
			attrs: {
				x1: px(x1),
				y1: px(y1),
				x2: px(x2),
				y2: px(y2)
			}
		}, {
			tag: "text",
			attrs: textAttrs(tick.text),
			text: tick.label
		}]
	};
}
/**
* An event's mark: a link at translate(x, y) holding its parts at fixed offsets, so that while
* the reader zooms or drags most marks change one attribute a frame.
*/
function renderMark(mark, links) {
	const { parts } = mark;
	const children = [{
		tag: "rect",
		attrs: {
			class: "tl-hit",
			...boxAttrs(parts.hit)
		}
	}];
	if (parts.dot !== void 0) children.push({
		tag: "circle",
		attrs: {
			class: "tl-dot",
			r: px(parts.dot)
		}
	});
	if (parts.bar) children.push({
		tag: "rect",
		attrs: {
			class: "tl-bar",
			...boxAttrs(parts.bar),
			rx: px(parts.bar.corner)
		}
	});
	if (parts.fuzzStart) children.push({
		tag: "rect",
		attrs: {
			class: "tl-fuzz tl-fuzz--start",
			...boxAttrs(parts.fuzzStart)
		}
	});
	if (parts.fuzzEnd) children.push({
		tag: "rect",
		attrs: {
			class: "tl-fuzz tl-fuzz--end",
			...boxAttrs(parts.fuzzEnd)
		}
	});
	if (parts.open) children.push({
		tag: "path",
		attrs: {
			class: "tl-open",
			d: `M${parts.open.map(([x, y]) => `${px(x)},${px(y)}`).join(" L")} z`
		}
	});
	children.push(label(parts.label, mark.label, mark.labelled, mark.labelAnchor));
	return {
		tag: "a",
		attrs: {
			class: mark.classes,
			href: links.event(mark.slug),
			"data-key": mark.key,
			"aria-label": mark.ariaLabel,
			transform: translate(mark.x, mark.y)
		},
		children
	};
}
/** A cluster: a circle with its count, and its label. */
function renderCluster(cluster, links) {
	return {
		tag: "a",
		attrs: {
			class: `tl-cluster lane-${cluster.lane + 1}`,
			href: links.cluster(cluster),
			"data-key": cluster.key,
			"aria-label": cluster.ariaLabel,
			transform: translate(cluster.x, cluster.y)
		},
		children: [
			{
				tag: "circle",
				attrs: {
					class: "tl-cluster__dot",
					r: px(cluster.radius)
				}
			},
			{
				tag: "text",
				attrs: { class: "tl-count" },
				text: String(cluster.count)
			},
			label(cluster.labelAt, cluster.label, cluster.labelled, cluster.labelAnchor)
		]
	};
}
/** Every layer's elements for a scene, in drawing order. */
function renderLayers(scene, links) {
	return {
		eras: scene.eras.map(renderEra),
		lanes: scene.lanes.map(renderLane),
		axis: scene.ticks.map(renderTick),
		marks: scene.marks.map((mark) => renderMark(mark, links)),
		clusters: scene.clusters.map((cluster) => renderCluster(cluster, links))
	};
}
/** The SVG root's own attributes for a scene: its viewBox, and a fixed size when it runs down the page. */
function renderSvgAttributes(scene) {
	const vertical = scene.orientation === "vertical";
	return {
		viewBox: `0 0 ${px(scene.width)} ${px(scene.height)}`,
		width: vertical ? px(scene.width) : null,
		height: vertical ? px(scene.height) : null
	};
}
var ESCAPES = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	"\"": "&quot;"
};
var escape = (text) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
/** An element as SVG markup. */
function toMarkup(element) {
	const attrs = Object.entries(element.attrs).filter(([, value]) => value !== null).map(([name, value]) => ` ${name}="${escape(value)}"`).join("");
	const inner = element.children ? element.children.map(toMarkup).join("") : escape(element.text ?? "");
	return `<${element.tag}${attrs}>${inner}</${element.tag}>`;
}
/** The layers of a scene as SVG markup, each a `<g data-layer>` the browser adopts. */
function renderLayersMarkup(scene, links) {
	const layers = renderLayers(scene, links);
	return LAYERS.map((name) => `<g class="tl-${name}" data-layer="${name}">${layers[name].map(toMarkup).join("")}</g>`).join("");
}
// src/lib/timeline/options.ts
/** Layout sizes for the wide (horizontal) and the narrow (vertical) timeline of a given width. */
function layoutOptionsFor(orientation, laneCount, width = 1200) {
	if (orientation === "horizontal") return {
		...DEFAULT_LAYOUT,
		laneCount,
		orientation
	};
	const columns = 3;
	const labelRoom = width - FRAME.verticalAxis - 8 - columns * DEFAULT_LAYOUT.columnWidthPx - 12;
	return {
		...DEFAULT_LAYOUT,
		laneCount,
		orientation,
		rowsPerLane: columns,
		clusterGapPx: 20,
		labelMaxChars: Math.max(12, Math.floor(labelRoom / DEFAULT_LAYOUT.labelCharPx))
	};
}
/** Pixel width the HTML-first (build-time) timeline is drawn at; the SVG scales to its box. */
var STATIC_WIDTH = 1200;
// src/components/Timeline.astro
createAstro("http://localhost:4401");
var $$Timeline = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Timeline;
	const { data, listed } = Astro.props;
	const { start, end } = data.defaultWindow;
	const scene = buildScene(data.items, data.lanes.map((l) => l.label), {
		orientation: "horizontal",
		length: STATIC_WIDTH,
		start,
		end
	}, 0, layoutOptionsFor("horizontal", data.lanes.length));
	const span = yearSpan(start, end);
	const layers = renderLayersMarkup(scene, {
		event: (slug) => href(`events/${slug}/`),
		cluster: (cluster) => `${listed ? "" : href("events/")}#event-${data.items.find((i) => i.start >= cluster.start)?.slug}`
	});
	return renderTemplate`${renderComponent($$result, "timeline-view", "timeline-view", {}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="tl-layout">${renderSlot($$result, $$slots["map"])}<section class="timeline" aria-labelledby="timeline-heading" data-timeline${addAttribute(href("timeline.json"), "data-src")}${addAttribute(href("events/"), "data-events-base")}><h2 id="timeline-heading" class="visually-hidden">Timeline</h2><div class="tl-toolbar" data-toolbar hidden><div class="tl-buttons" role="group" aria-label="Zoom"><button type="button" data-action="zoom-in" aria-label="Zoom in">+</button><button type="button" data-action="zoom-out" aria-label="Zoom out">−</button><button type="button" data-action="reset">Whole period</button></div><p class="tl-span" data-span aria-hidden="true">${span}</p></div><p class="tl-notice" data-notice role="status" hidden></p><p class="tl-filter" data-filter hidden><span data-filter-text></span> <button type="button" data-action="clear-filter">Show all events</button></p><p class="visually-hidden" data-live aria-live="polite"></p><p id="tl-help" class="tl-help"><span class="tl-help--static">The full list of events follows the timeline.</span><span class="tl-help--interactive">Use the arrow keys to step from event to event, + and − to zoom, Enter to open an event and Escape to close its card. Drag or scroll to move; pinch, scroll with Ctrl, or double-click to zoom.</span></p><div class="tl-viewport" data-viewport><svg class="tl-svg" data-svg${spreadAttributes(renderSvgAttributes(scene))} role="group"${addAttribute(`Timeline of ${data.items.length} events, ${span}`, "aria-label")} aria-describedby="tl-help">${unescapeHTML(layers)}</svg></div><div class="tl-overview" data-overview hidden><svg class="tl-overview-svg" data-overview-svg role="img" aria-label="Overview of the whole period; the highlighted box is the part shown above"></svg></div><div class="tl-card" data-card hidden><p class="tl-card__lane" data-card-lane></p><h3 data-card-title>Selected event</h3><p class="tl-card__date"><time data-card-date></time> <span data-card-certainty></span></p><p class="tl-card__places" data-card-places hidden></p><p data-card-summary></p><p><a data-card-link${addAttribute(href(""), "href")}>Read and cite</a> <button type="button" data-action="close-card">Close</button></p></div><ul class="tl-legend" aria-label="Key">${data.lanes.map((lane, i) => renderTemplate`<li><span${addAttribute(`tl-swatch lane-${i + 1}`, "class")} aria-hidden="true"></span>${lane.label}</li>`)}<li><span class="tl-swatch tl-swatch--fuzzy" aria-hidden="true"></span>Faded end: date approximate or uncertain</li><li><span class="tl-swatch tl-swatch--cluster" aria-hidden="true"></span>Numbered circle: several events close together</li></ul></section></div>` })}${renderScript($$result, "/work/wt/map/src/components/Timeline.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/map/src/components/Timeline.astro", void 0);
// src/lib/timeline/places.ts
/** The smallest and largest radius of a place's mark, in map units. */
var MARK_RADIUS = {
	min: 4,
	max: 13
};
/**
* The radius of a place's mark: its area grows with its count (a square-root scale, so a place
* with four times the events looks four times as large), from MARK_RADIUS.min for one event to
* MARK_RADIUS.max for the most. Rounded to a tenth, so unchanged counts leave the attribute alone.
*/
function markRadius(count, most) {
	if (count <= 0) return 0;
	const share = most <= 1 ? 0 : Math.sqrt((count - 1) / (most - 1));
	return Math.round((MARK_RADIUS.min + share * (MARK_RADIUS.max - MARK_RADIUS.min)) * 10) / 10;
}
/** "3 events" / "1 event". */
function eventCount(count) {
	return `${count.toLocaleString("en")} event${count === 1 ? "" : "s"}`;
}
/**
* A sentence naming the places of the window, most events first (then by name), for the live
* region and the map's caption: "8 places: Vladivostok (12 events), Chita (4 events), …".
*/
function describePlaces(counts, names, limit = 8) {
	if (!counts.size) return "No places: no event in view names one.";
	const ranked = [...counts].sort((a, b) => b[1] - a[1] || (names[a[0]] ?? a[0]).localeCompare(names[b[0]] ?? b[0], "en"));
	const named = ranked.slice(0, limit).map(([slug, n]) => `${names[slug] ?? slug} (${eventCount(n)})`);
	const more = ranked.length - named.length;
	return `${ranked.length} place${ranked.length === 1 ? "" : "s"}: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}.`;
}
// src/components/HomeMap.astro
createAstro("http://localhost:4401");
var $$HomeMap = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$HomeMap;
	const { map: home } = Astro.props;
	const { map } = home;
	const all = [...home.onMap, ...home.elsewhere];
	const most = Math.max(...all.map((p) => p.events));
	const names = Object.fromEntries(all.map((p) => [p.slug, p.name]));
	const counts = new Map(all.map((p) => [p.slug, p.events]));
	const markers = new Map(map.markers.map((m) => [m.slug, m]));
	const region = map.scope === "world" ? "World map" : "Map of Northeast Asia";
	return renderTemplate`${maybeRenderHead($$result)}<aside class="place-map" data-map aria-labelledby="place-map-heading"><h2 id="place-map-heading" class="place-map__heading">Where it happened</h2><p id="place-map-help" class="place-map__help"><span class="pm-help--static">Every place the events name, sized by how many; each links to its page.</span><span class="pm-help--interactive">The places of the events in view, sized by how many. Choose a place to show only its events; the arrow keys move between places.</span></p><div class="place-map__group" role="group" aria-label="Places" aria-describedby="place-map-help" data-map-group><svg${addAttribute(`lm lm--${map.scope} pm-svg`, "class")}${addAttribute(`0 0 ${map.width} ${map.height}`, "viewBox")} aria-labelledby="place-map-title"><title id="place-map-title">${region}, marking ${home.onMap.length} places</title><g aria-hidden="true">${map.scope === "world" ? renderTemplate`<path class="lm-sea"${addAttribute(map.sphere, "d")}></path>` : renderTemplate`<rect class="lm-sea"${addAttribute(map.width, "width")}${addAttribute(map.height, "height")}></rect>`}<path class="lm-graticule"${addAttribute(map.graticule, "d")}></path><path class="lm-land"${addAttribute(map.land, "d")}></path><path class="lm-border"${addAttribute(map.borders, "d")}></path>${map.countries.map((c) => renderTemplate`<text class="lm-country"${addAttribute(c.x, "x")}${addAttribute(c.y, "y")} text-anchor="middle">${c.name}</text>`)}${map.inset && renderTemplate`<g class="lm-inset"><circle class="lm-inset-sea"${addAttribute(map.inset.cx, "cx")}${addAttribute(map.inset.cy, "cy")}${addAttribute(map.inset.r, "r")}></circle><path class="lm-inset-land"${addAttribute(map.inset.land, "d")}></path><path class="lm-inset-extent"${addAttribute(map.inset.extent, "d")}></path><circle class="lm-inset-rim"${addAttribute(map.inset.cx, "cx")}${addAttribute(map.inset.cy, "cy")}${addAttribute(map.inset.r, "r")}></circle></g>`}</g>${[...home.onMap].sort((a, b) => b.events - a.events).map((place) => {
		const m = markers.get(place.slug);
		return renderTemplate`<a class="pm-mark"${addAttribute(placeHref(place.slug), "href")}${addAttribute(place.slug, "data-place")}${addAttribute(place.name, "data-name")}${addAttribute(`${place.name}: ${eventCount(place.events)}`, "aria-label")}><circle class="pm-halo"${addAttribute(m.x, "cx")}${addAttribute(m.y, "cy")}${addAttribute(markRadius(place.events, most) + 4, "r")}></circle><circle class="pm-dot"${addAttribute(m.x, "cx")}${addAttribute(m.y, "cy")}${addAttribute(markRadius(place.events, most), "r")}></circle></a>`;
	})}<g aria-hidden="true">${home.labels.map((label) => renderTemplate`<text class="pm-label"${addAttribute(label.slug, "data-place")}${addAttribute(label.x, "x")}${addAttribute(label.y, "y")}${addAttribute(label.anchor, "text-anchor")}>${label.text}</text>`)}</g></svg>${home.elsewhere.length > 0 && renderTemplate`<p class="pm-elsewhere"><span class="pm-elsewhere__label">Elsewhere:</span>${home.elsewhere.map((place) => renderTemplate`<a class="pm-mark pm-mark--text"${addAttribute(placeHref(place.slug), "href")}${addAttribute(place.slug, "data-place")}${addAttribute(place.name, "data-name")}${addAttribute(`${place.name}: ${eventCount(place.events)}`, "aria-label")}>${place.name} <span class="pm-count" data-count>${place.events}</span></a>`)}</p>`}</div><p class="pm-summary"><span data-map-summary>${describePlaces(counts, names, 12)}</span> <a${addAttribute(href("places/"), "href")}>All places</a></p><p class="visually-hidden" data-map-live aria-live="polite"></p></aside>`;
}, "/work/wt/map/src/components/HomeMap.astro", void 0);
// src/lib/geo/home-map.ts
/** Named defaults: a frame a little wider than tall, for a column beside the timeline. */
var HOME_MAP_DEFAULTS = {
	width: 480,
	height: 420,
	fontSize: 13,
	regionRadius: 18
};
/** Lays out the home page's map of these places over the world geometry (detailed for a region, coarse for the world and the inset). */
function layoutHomeMap(places, detailed, coarse, options = {}) {
	const { width, height, fontSize, regionRadius } = {
		...HOME_MAP_DEFAULTS,
		...options
	};
	if (!places.length) throw new Error("the home map needs at least one place");
	const region = densestRegion(places, regionRadius);
	const shown = region.length >= 2 ? region : [...places];
	const scope = fitProjection(shown, {
		width,
		height
	}).scope;
	const map = layoutLocatorMap(shown, scope === "world" ? coarse : detailed, coarse, {
		width,
		height,
		fontSize
	});
	const x = new Map(map.markers.map((m) => [m.slug, m.x]));
	const onMap = [...shown].sort((a, b) => (x.get(a.slug) ?? 0) - (x.get(b.slug) ?? 0) || a.name.localeCompare(b.name, "en"));
	const inShown = new Set(shown.map((p) => p.slug));
	const elsewhere = places.filter((p) => !inShown.has(p.slug)).sort((a, b) => a.name.localeCompare(b.name, "en"));
	const events = new Map(shown.map((p) => [p.slug, p.events]));
	return {
		map,
		labels: placeLabels(map.markers.map((m) => ({
			slug: m.slug,
			name: shown.find((p) => p.slug === m.slug).name,
			x: m.x,
			y: m.y,
			priority: events.get(m.slug) ?? 0
		})), {
			width,
			height,
			fontSize
		}, map.inset ? [{
			x: map.inset.cx - map.inset.r - 4,
			y: map.inset.cy - map.inset.r - 4,
			width: 2 * map.inset.r + 8,
			height: 2 * map.inset.r + 8
		}] : []),
		onMap,
		elsewhere
	};
}
// src/data/home-map.ts
var cache;
/** The home map, or null when no event names a place. */
function getHomeMap() {
	cache ??= (async () => {
		const [events, places] = await Promise.all([getEvents(), getPlaces()]);
		const counts = /* @__PURE__ */ new Map();
		for (const event of events) for (const slug of event.entry.data.places) counts.set(slug, (counts.get(slug) ?? 0) + 1);
		const named = [...counts.keys()].flatMap((slug) => {
			const place = places.get(slug);
			return place ? [{
				slug,
				name: place.data.name,
				latitude: place.data.latitude,
				longitude: place.data.longitude,
				events: counts.get(slug)
			}] : [];
		});
		if (!named.length) return null;
		const { detailed, coarse } = worldAtlas();
		return layoutHomeMap(named, detailed, coarse);
	})();
	return cache;
}
// src/pages/index.astro
var pages_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => ""
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const events = await getEvents();
	const lanes = await getLanes();
	const timeline = await getTimelineData();
	const homeMap = await getHomeMap();
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": "Northeast Asia 1895–1948",
		"description": "A citable timeline of Japan's armies in Northeast Asia and their conflicts with Russia and the USSR, 1895–1948.",
		"section": "timeline"
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>Japan, Russia and Northeast Asia, 1895–1948</h1><p class="lede">From the Treaty of Shimonoseki to the Tokyo and Khabarovsk trials: ${events.length.toLocaleString("en")} events, each with its sources.</p>${renderComponent($$result, "Timeline", $$Timeline, {
		"data": timeline,
		"listed": events.length <= HOME_LIST_MAX
	}, { "map": ($$result) => renderTemplate`${homeMap && renderTemplate`${renderComponent($$result, "HomeMap", $$HomeMap, {
		"slot": "map",
		"map": homeMap
	})}`}` })}<h2 id="all-events">All events in order</h2>${events.length <= HOME_LIST_MAX ? renderTemplate`${renderComponent($$result, "Chronology", $$Chronology, {
		"events": events,
		"lanes": lanes
	})}` : renderTemplate`${renderComponent($$result, "ChronologyIndex", $$ChronologyIndex, { "events": events })}`}` })}`;
}, "/work/wt/map/src/pages/index.astro", void 0);
var $$file = "/work/wt/map/src/pages/index.astro";
// \0virtual:astro:page:src/pages/index@_@astro
var page = () => pages_exports;
export { page };
