import { n as formatHistoricalDate, r as formatYear } from "./format_DgQ2d2fN.mjs";
import { a as getLanes, c as getPlaces, o as getLessonPaths, r as getEvents } from "./content_qShtQhSW.mjs";
import { i as placesOf, n as mapPlaces } from "./event-context_SSLADnSd.mjs";
import { i as href, n as eventHref, t as absoluteHref } from "./urls_CWSai1xj.mjs";
/**
* A slide's key points: the event's own (front matter `keyPoints`), or else its summary cut
* into sentences (then clauses), at most four.
*/
function keyPointsOf(event) {
	if (event.keyPoints?.length) return event.keyPoints.slice(0, 4);
	const summary = event.summary.trim();
	let parts = summary.split(/(?<=[\p{Ll}\p{N}]{2}[)"”’]?[.!?][)"”’]?)\s+(?=["“‘(]?\p{Lu})/u);
	if (parts.length < 2) parts = summary.split(/;\s+/);
	return parts.map((part) => part.trim()).filter(Boolean).map((part) => part.replace(/^\p{Ll}/u, (c) => c.toUpperCase())).slice(0, 4);
}
/** The query string of a slide's address ('' for the title slide). */
function searchForSlide(index, slugs) {
	return index <= 0 || index > slugs.length ? "" : `?event=${encodeURIComponent(slugs[index - 1])}`;
}
// src/data/present.ts
/** A locator map's file name: the places' slugs in the entry's order (slugs never contain "--"). */
function mapKey(places) {
	return places.map((p) => p.slug).join("--");
}
/** The deck page of a lesson path, or of every event. */
var deckHref = (key) => key === "all" ? href("present/") : href(`present/${key}/`);
async function slideOf(event, site, laneLabels, notes) {
	const { data } = event.entry;
	const places = await placesOf(event);
	const onMap = mapPlaces(places);
	const described = places.map((p) => p.data.modernName ? `${p.data.name} (now ${p.data.modernName})` : p.data.name);
	const page = eventHref(event.slug);
	return {
		slug: event.slug,
		title: data.title,
		summary: data.summary,
		date: data.date,
		dateText: formatHistoricalDate(data.date),
		lane: laneLabels.get(data.lane) ?? data.lane,
		places: places.map((p) => ({
			name: p.data.name,
			...p.data.modernName ? { modernName: p.data.modernName } : {}
		})),
		keyPoints: keyPointsOf(data),
		...data.contentNote ? { contentNote: data.contentNote } : {},
		...notes ? { notes } : {},
		map: onMap.length ? {
			src: href(`present/maps/${mapKey(onMap)}.svg`),
			alt: `Map marking ${described.join("; ")}.`
		} : null,
		qr: site ? {
			src: href(`present/qr/${event.slug}.svg`),
			url: absoluteHref(`events/${event.slug}/`, site)
		} : null,
		href: page
	};
}
function spanOf(events) {
	if (!events.length) return "";
	const years = events.flatMap((e) => [e.date.earliest, e.date.latest]).filter(Number.isFinite).map((t) => new Date(t).getUTCFullYear());
	const [first, last] = [Math.min(...years), Math.max(...years)];
	return first === last ? formatYear(first) : `${formatYear(first)}–${formatYear(last)}`;
}
/** The deck of every event, in chronological order. */
async function allEventsDeck(site) {
	const events = await getEvents();
	const lanes = new Map((await getLanes()).map((lane) => [lane.id, lane.label]));
	return {
		key: "all",
		title: `All ${events.length} events`,
		summary: "Every event of the timeline, one slide each, in chronological order.",
		href: deckHref("all"),
		notesHref: href("present/notes/"),
		span: spanOf(events),
		slides: await Promise.all(events.map((event) => slideOf(event, site, lanes)))
	};
}
/** Every place a lesson path's events name, once each, in the order the steps first name them. */
async function placesOfPath(path) {
	const places = await getPlaces();
	const slugs = [...new Set(path.steps.flatMap((step) => step.event.entry.data.places))];
	return mapPlaces(slugs.map((slug) => places.get(slug)).filter((p) => p !== void 0));
}
/** The file name of a lesson path's map ("--" never occurs in one place's slug, so no event's map has it). */
var pathMapKey = (slug) => `path--${slug}`;
/** The deck of one lesson path, in the order its steps give. */
async function pathDeck(path, site) {
	const lanes = new Map((await getLanes()).map((lane) => [lane.id, lane.label]));
	return {
		key: path.slug,
		title: path.title,
		summary: path.summary,
		href: deckHref(path.slug),
		notesHref: href(`present/${path.slug}/notes/`),
		handoutHref: href(`present/${path.slug}/handout/`),
		span: spanOf(path.steps.map((step) => step.event)),
		slides: await Promise.all(path.steps.map((step) => slideOf(step.event, site, lanes, step.notes))),
		path,
		map: await (async () => {
			const places = await placesOfPath(path);
			return places.length ? {
				src: href(`present/maps/${pathMapKey(path.slug)}.svg`),
				alt: `Map of the lesson's ${places.length} places: ${places.map((p) => p.name).join("; ")}.`
			} : null;
		})()
	};
}
/** Every lesson path's deck. */
async function pathDecks(site) {
	return Promise.all((await getLessonPaths()).map((path) => pathDeck(path, site)));
}
/** Each distinct set of places that some event's map shows, with its file name. */
async function slideMaps() {
	const places = await getPlaces();
	const maps = /* @__PURE__ */ new Map();
	for (const event of await getEvents()) {
		const onMap = mapPlaces(event.entry.data.places.map((slug) => places.get(slug)).filter((p) => p !== void 0));
		if (onMap.length) maps.set(mapKey(onMap), onMap);
	}
	for (const path of await getLessonPaths()) {
		const onMap = await placesOfPath(path);
		if (onMap.length) maps.set(pathMapKey(path.slug), onMap);
	}
	return [...maps].map(([key, list]) => ({
		key,
		places: list
	}));
}
export { searchForSlide as a, slideMaps as i, pathDeck as n, pathDecks as r, allEventsDeck as t };
