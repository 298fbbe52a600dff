import { a as getLanes, c as getPlaces, r as getEvents, s as getPeople, t as getBibliography } from "./content_qShtQhSW.mjs";
import { n as formatHistoricalDate, o as isoForPoint } from "./format_DgQ2d2fN.mjs";
import { d as joinBase, i as href, t as absoluteHref } from "./urls_CWSai1xj.mjs";
// src/lib/data-out/events.ts
/** A UTC instant as a calendar day, YYYY-MM-DD, with astronomical signed years below 1. */
function isoDay(ms) {
	const date = new Date(ms);
	const year = date.getUTCFullYear();
	return `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}
/** The export form of a parsed date. */
function exportDate(date) {
	const ends = [date.start, date.end].filter((p) => p !== null);
	return {
		edtf: date.edtf,
		display: formatHistoricalDate(date),
		start: date.start ? isoForPoint(date.start) : null,
		end: date.isInterval && date.end ? isoForPoint(date.end) : null,
		earliest: isoDay(date.earliest),
		latest: isoDay(date.latest),
		precision: date.precision,
		isInterval: date.isInterval,
		approximate: ends.some((p) => p.approximate),
		uncertain: ends.some((p) => p.uncertain)
	};
}
/**
* A path under the site URL: absolute under an absolute site URL, root-relative under a
* root-relative one ("/timeline/", when the site's address is not set).
*/
function siteUrlOf(siteUrl, path) {
	return URL.canParse(siteUrl) ? new URL(path, siteUrl).href : joinBase(siteUrl, path);
}
/** The page URL of an event, person or place under the site URL. */
function pageUrl(siteUrl, kind, slug) {
	return siteUrlOf(siteUrl, `${kind}/${slug}/`);
}
/** One event as it appears in /data/events.json. */
function exportEvent(event, context) {
	const { data, slug } = event;
	const lane = context.lanes.find((l) => l.id === data.lane);
	return {
		slug,
		url: pageUrl(context.siteUrl, "events", slug),
		title: data.title,
		summary: data.summary,
		date: exportDate(data.date),
		dateNote: data.dateNote ?? null,
		alternativeDates: (data.alternativeDates ?? []).map((alt) => ({
			date: exportDate(alt.date),
			source: alt.source,
			note: alt.note ?? null
		})),
		julianDate: data.julianDate?.edtf ?? null,
		names: (data.names ?? []).map((name) => ({
			text: name.text,
			lang: name.lang,
			romanization: name.romanization ?? null
		})),
		lane: {
			id: data.lane,
			label: lane?.label ?? data.lane
		},
		tags: [...data.tags],
		people: data.people.map((s) => ({
			slug: s,
			name: context.people.get(s)?.name ?? s,
			url: pageUrl(context.siteUrl, "people", s)
		})),
		places: data.places.map((s) => {
			const place = context.places.get(s);
			return {
				slug: s,
				name: place?.name ?? s,
				latitude: place?.latitude ?? 0,
				longitude: place?.longitude ?? 0,
				url: pageUrl(context.siteUrl, "places", s)
			};
		}),
		related: data.related.map((r) => ({
			type: r.type,
			event: r.event,
			url: pageUrl(context.siteUrl, "events", r.event)
		})),
		sources: [...data.sources],
		keyPoints: [...data.keyPoints ?? []],
		provenance: data.provenance ?? null,
		dispute: data.dispute ?? null,
		contentNote: data.contentNote ?? null,
		text: event.body.trim()
	};
}
/** /data/events.json: every event, in the site's chronological order. */
function exportEvents(events, context) {
	return {
		$schema: siteUrlOf(context.siteUrl, "data/events.schema.json"),
		title: "Northeast Asia 1895–1948: events",
		license: "Text CC BY-SA 4.0",
		count: events.length,
		events: events.map((event) => exportEvent(event, context))
	};
}
// src/data/export.ts
/** The absolute URL of the site's root, with the base path ("https://example.org/timeline/"), or undefined when the site's address is not set. */
function siteRoot(site) {
	return absoluteHref("", site);
}
/** Every event with its parsed date, and the export of all of them. */
async function getExport(site) {
	const events = await getEvents();
	const context = {
		siteUrl: siteRoot(site) ?? href(""),
		lanes: await getLanes(),
		people: new Map([...await getPeople()].map(([slug, person]) => [slug, person.data])),
		places: new Map([...await getPlaces()].map(([slug, place]) => [slug, place.data]))
	};
	return {
		data: exportEvents(events.map((event) => ({
			slug: event.slug,
			data: event.entry.data,
			body: event.entry.body ?? ""
		})), context),
		dates: events.map((event) => event.entry.data.date),
		context
	};
}
/** Every bibliography item as CSL-JSON, sorted by key. */
async function getCslItems() {
	return [...(await getBibliography()).values()].sort((a, b) => a.id.localeCompare(b.id, "en"));
}
export { isoDay as i, getExport as n, siteRoot as r, getCslItems as t };
