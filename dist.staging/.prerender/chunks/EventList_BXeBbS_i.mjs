import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { x as createComponent } from "./content_qShtQhSW.mjs";
import { n as createAstro } from "./BaseLayout_PREEiKO8.mjs";
/* empty css                 */
import { t as $$EventDate } from "./EventDate_DynmL_EL.mjs";
import { a as laneHref, c as tagHref, n as eventHref } from "./urls_CWSai1xj.mjs";
import { n as tagLabel } from "./tags_D-HIsQcs.mjs";
// src/components/browse/EventList.astro
createAstro("http://localhost:4401");
var $$EventList = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EventList;
	const { events, lanes, headingLevel = 3, idPrefix = "event" } = Astro.props;
	const laneIndex = new Map(lanes.map((lane, index) => [lane.id, index]));
	const laneLabel = new Map(lanes.map((lane) => [lane.id, lane.label]));
	const Heading = `h${headingLevel}`;
	return renderTemplate`${maybeRenderHead($$result)}<ol class="event-list">${events.map(({ slug, entry }) => renderTemplate`<li class="event-item"${addAttribute(`${idPrefix}-${slug}`, "id")}${addAttribute(entry.data.lane, "data-lane")}${addAttribute(entry.data.tags.join(" "), "data-tags")}><article${addAttribute(`${idPrefix}-title-${slug}`, "aria-labelledby")}${addAttribute(`lane-mark lane-mark--${(laneIndex.get(entry.data.lane) ?? 0) % 6 + 1}`, "class")}>${renderComponent($$result, "Heading", Heading, {
		"id": `${idPrefix}-title-${slug}`,
		"class": "event-item__title"
	}, { "default": ($$result) => renderTemplate`<a${addAttribute(eventHref(slug), "href")}>${entry.data.title}</a>` })}<p class="meta">${renderComponent($$result, "EventDate", $$EventDate, { "date": entry.data.date })} · <a class="event-item__lane"${addAttribute(laneHref(entry.data.lane), "href")}>${laneLabel.get(entry.data.lane) ?? entry.data.lane}</a></p><p class="event-item__summary">${entry.data.summary}</p>${entry.data.tags.length > 0 && renderTemplate`<ul class="tag-list" aria-label="Tags">${entry.data.tags.map((tag) => renderTemplate`<li><a${addAttribute(tagHref(tag), "href")}>${tagLabel(tag)}</a></li>`)}</ul>`}</article></li>`)}</ol>`;
}, "/work/wt/map/src/components/browse/EventList.astro", void 0);
export { $$EventList as t };
