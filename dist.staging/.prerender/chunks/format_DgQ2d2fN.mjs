import { p as seasonName } from "./content_qShtQhSW.mjs";
// src/lib/dates/format.ts
var MONTHS = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December"
];
/** A year as a reader writes it: 1939, 79 CE is just 79, astronomical -43 is "44 BCE". */
function formatYear(year) {
	return year <= 0 ? `${1 - year} BCE` : String(year);
}
/** The parts of a day/month/season/year without its certainty marks. */
function plainPoint(point, omitYear = false) {
	const year = omitYear ? "" : ` ${formatYear(point.year)}`;
	switch (point.precision) {
		case "day": return `${point.day} ${MONTHS[point.month - 1]}${year}`;
		case "month": return `${MONTHS[point.month - 1]}${year}`;
		case "season": return `${seasonName(point.season)}${year}`;
		case "year": return formatYear(point.year);
	}
}
function withCertainty(text, point) {
	let result = point.approximate ? `c. ${text}` : text;
	if (point.uncertain) result += " (?)";
	return result;
}
/** One end of a date as a person would write it: "c. 1920", "spring 1918", "July 1941 (?)". */
function formatDatePoint(point) {
	return withCertainty(plainPoint(point), point);
}
/**
* A whole date as a person would write it: "4 June 1928", "c. 1920",
* "11 May – 16 September 1939", "7 July 1937 – ongoing". Shared parts of a range are
* written once ("25–31 July 1937").
*/
function formatHistoricalDate(date) {
	const { start, end } = date;
	if (!date.isInterval && start) return formatDatePoint(start);
	if (!start) return `${date.startOpen === "open" ? "before" : "until"} ${formatDatePoint(end)}`;
	if (!end) return `${formatDatePoint(start)} – ${date.endOpen === "open" ? "ongoing" : "unknown"}`;
	if (!start.approximate && !start.uncertain && start.year === end.year && start.precision === end.precision) {
		if (start.precision === "day" && start.month === end.month) return withCertainty(`${start.day}–${plainPoint(end)}`, end);
		if (start.precision === "day" || start.precision === "month" || start.precision === "season") return `${plainPoint(start, true)} – ${formatDatePoint(end)}`;
	}
	return `${formatDatePoint(start)} – ${formatDatePoint(end)}`;
}
/** The ISO form for a `<time datetime>` attribute: YYYY, YYYY-MM or YYYY-MM-DD of an end. */
function isoForPoint(point) {
	const year = `${point.year < 0 ? "-" : ""}${String(Math.abs(point.year)).padStart(4, "0")}`;
	if (point.precision === "year" || point.precision === "season") return year;
	const month = String(point.month).padStart(2, "0");
	if (point.precision === "month") return `${year}-${month}`;
	return `${year}-${month}-${String(point.day).padStart(2, "0")}`;
}
/** The `datetime` attribute for a whole date: a point, or the start of an interval. */
function isoForDate(date) {
	return isoForPoint(date.start ?? date.end);
}
var dayPoint = ({ year, month, day }) => ({
	year,
	month,
	day,
	precision: "day"
});
/** A calendar day as ISO 8601 writes it, YYYY-MM-DD (astronomical years, signed below 1). */
function isoForDay(day) {
	return isoForPoint(dayPoint(day));
}
/** A calendar day as a reader writes it: "4 June 1928". */
function formatDay(day) {
	return plainPoint(dayPoint(day));
}
export { isoForDay as a, isoForDate as i, formatHistoricalDate as n, isoForPoint as o, formatYear as r, formatDay as t };
