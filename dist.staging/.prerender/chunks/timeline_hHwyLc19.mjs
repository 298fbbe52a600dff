import { a as getLanes, c as getPlaces, m as utcDay, r as getEvents } from "./content_qShtQhSW.mjs";
import { n as formatHistoricalDate } from "./format_DgQ2d2fN.mjs";
// src/lib/timeline/items.ts
/** Words describing how certain an item's dates are, for screen readers and the event card. */
function describeCertainty(item) {
	const parts = [];
	if (item.fuzzyStart && item.fuzzyEnd) parts.push("dates approximate or uncertain");
	else if (item.fuzzyStart) parts.push("start approximate or uncertain");
	else if (item.fuzzyEnd) parts.push("end approximate or uncertain");
	if (item.openEnd) parts.push("end open");
	return parts.join("; ");
}
/** Builds the timeline's item for an event that is already in chronological position `order`. */
function toTimelineItem(event, order, laneIndex) {
	const { date } = event;
	const fuzzy = (point) => Boolean(point && (point.approximate || point.uncertain));
	const start = date.start ?? date.end;
	const iso = `${start.year < 0 ? "-" : ""}${String(Math.abs(start.year)).padStart(4, "0")}${start.month ? `-${String(start.month).padStart(2, "0")}` : ""}${start.day ? `-${String(start.day).padStart(2, "0")}` : ""}`;
	return {
		slug: event.slug,
		title: event.title,
		summary: event.summary,
		lane: laneIndex.get(event.lane) ?? 0,
		start: date.earliest,
		end: date.latest,
		dateText: formatHistoricalDate(date),
		iso,
		fuzzyStart: fuzzy(date.start),
		fuzzyEnd: fuzzy(date.end),
		openEnd: Boolean(date.endOpen),
		order,
		tags: event.tags,
		places: event.places ?? []
	};
}
// src/data/timeline.ts
/**
* Up to this many events, the home page lists them all below the timeline (its no-script and
* screen-reader view). Beyond it, the list would outweigh the timeline (10,000 events made an
* 89,000-element page whose first paint took 2 s), so the home page lists eras and decades
* and /events/ lists the events. The HOME_LIST_MAX environment variable sets another limit.
*/
var HOME_LIST_MAX = Number(process.env.HOME_LIST_MAX) || 1e3;
/** Years around the events: the default view starts a year before the first event. */
var DEFAULT_VIEW_END_YEAR = 1950;
var cache;
/** Items in chronological order with lanes, default view and the limits of panning. */
function getTimelineData() {
	cache ??= (async () => {
		const [events, lanes, allPlaces] = await Promise.all([
			getEvents(),
			getLanes(),
			getPlaces()
		]);
		const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
		const items = events.map((event, order) => toTimelineItem({
			slug: event.slug,
			title: event.title,
			summary: event.entry.data.summary,
			lane: event.entry.data.lane,
			date: event.date,
			tags: event.entry.data.tags,
			places: event.entry.data.places
		}, order, laneIndex));
		const places = {};
		for (const slug of items.flatMap((i) => i.places)) places[slug] ??= allPlaces.get(slug)?.data.name ?? slug;
		const firstYear = items.length ? new Date(Math.min(...items.map((i) => i.start))).getUTCFullYear() : 1895;
		const lastYear = items.length ? new Date(Math.max(...items.map((i) => i.end))).getUTCFullYear() : 1950;
		const defaultWindow = {
			start: utcDay(firstYear - 1, 1, 1),
			end: utcDay(Math.max(DEFAULT_VIEW_END_YEAR, firstYear + 10), 12, 31)
		};
		const extent = {
			start: utcDay(firstYear - 5, 1, 1),
			end: utcDay(Math.max(lastYear, DEFAULT_VIEW_END_YEAR) + 5, 12, 31)
		};
		return {
			items,
			lanes: lanes.map(({ id, label }) => ({
				id,
				label
			})),
			places,
			defaultWindow,
			extent
		};
	})();
	return cache;
}
export { getTimelineData as n, describeCertainty as r, HOME_LIST_MAX as t };
