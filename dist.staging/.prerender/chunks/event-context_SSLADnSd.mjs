import { c as getPlaces, s as getPeople } from "./content_qShtQhSW.mjs";
// src/data/event-context.ts
/** The event's places, in the order the entry lists them. */
async function placesOf(event) {
	const places = await getPlaces();
	return event.entry.data.places.map((slug) => places.get(slug)).filter((p) => p !== void 0);
}
/** The event's people, in the order the entry lists them. */
async function peopleOf(event) {
	const people = await getPeople();
	return event.entry.data.people.map((slug) => people.get(slug)).filter((p) => p !== void 0);
}
/** Places as the locator map marks them. */
function mapPlaces(places) {
	return places.map(({ id, data }) => ({
		slug: id,
		name: data.name,
		latitude: data.latitude,
		longitude: data.longitude,
		...data.modernName ? { modernName: data.modernName } : {}
	}));
}
var CHINESE_COUNTRIES = /* @__PURE__ */ new Set(["China", "Taiwan"]);
/**
* The calendars an event's sources date it by: every event here involves Japan (its era);
* Chinese calendars where the event has a Chinese name or a place in China; the Julian date
* where the entry gives one, or where the event has a place in Russia.
*/
function equivalentOptions(event, places) {
	const { data } = event.entry;
	return {
		japanese: true,
		chinese: (data.names ?? []).some((n) => n.lang === "zh" || n.lang.startsWith("zh-")) || places.some((p) => CHINESE_COUNTRIES.has(p.data.country)),
		russian: places.some((p) => p.data.country === "Russia"),
		...data.julianDate ? { julianDate: data.julianDate } : {}
	};
}
export { placesOf as i, mapPlaces as n, peopleOf as r, equivalentOptions as t };
