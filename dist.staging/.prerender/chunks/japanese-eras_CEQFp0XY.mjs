import { m as utcDay } from "./content_qShtQhSW.mjs";
// src/lib/dates/japanese-eras.ts
/** The reign periods in order, each running until the next begins. */
var ERAS = [
	{
		id: "before-meiji",
		name: "Before Meiji",
		native: null,
		start: -Infinity,
		firstYear: -Infinity,
		lastYear: 1868
	},
	{
		id: "meiji",
		name: "Meiji",
		native: "明治",
		start: utcDay(1868, 1, 25),
		firstYear: 1868,
		lastYear: 1912,
		proclaimed: utcDay(1868, 10, 23),
		note: "Meiji is counted here from 25 January 1868, the first day of that lunar year. The name was proclaimed on 23 October 1868 and applied to the whole year, so documents written before then are dated Keiō 4."
	},
	{
		id: "taisho",
		name: "Taishō",
		native: "大正",
		start: utcDay(1912, 7, 30),
		firstYear: 1912,
		lastYear: 1926
	},
	{
		id: "showa",
		name: "Shōwa",
		native: "昭和",
		start: utcDay(1926, 12, 25),
		firstYear: 1926,
		lastYear: 1989
	},
	{
		id: "heisei",
		name: "Heisei",
		native: "平成",
		start: utcDay(1989, 1, 8),
		firstYear: 1989,
		lastYear: 2019
	},
	{
		id: "reiwa",
		name: "Reiwa",
		native: "令和",
		start: utcDay(2019, 5, 1),
		firstYear: 2019,
		lastYear: null
	}
];
/** The era a UTC instant falls in. */
function eraAt(ms) {
	let found = ERAS[0];
	for (const era of ERAS) if (ms >= era.start) found = era;
	return found;
}
/** The last UTC millisecond of an era: the one before the next era begins, or Infinity for the current era. */
function eraEnd(era) {
	const next = ERAS[ERAS.indexOf(era) + 1];
	return next ? next.start - 1 : Infinity;
}
/** "Shōwa era, 1926–1989"-style span of an era's Gregorian years. */
function eraSpan(era) {
	if (!Number.isFinite(era.firstYear)) return `until ${era.lastYear}`;
	return `${era.firstYear}–${era.lastYear ?? ""}`;
}
/**
* The era's note when the choice of its first day matters to these events (given by their
* earliest instants): one of them falls before the era's name was proclaimed. Otherwise null.
*/
function eraNoteFor(era, earliest) {
	if (era.proclaimed === void 0 || !era.note) return null;
	for (const ms of earliest) if (ms >= era.start && ms < era.proclaimed) return era.note;
	return null;
}
export { eraSpan as a, eraNoteFor as i, eraAt as n, eraEnd as r, ERAS as t };
