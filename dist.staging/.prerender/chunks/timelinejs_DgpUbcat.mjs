import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { i as isoDay, n as getExport } from "./export_D8C7Er-4.mjs";
import { i as eraNoteFor, t as ERAS } from "./japanese-eras_CEQFp0XY.mjs";
import { t as escapeMarkup } from "./escape_GjVcZ0En.mjs";
// src/lib/timelinejs/format.ts
/** TimelineJS's year for an astronomical year: 1939 → 1939, 0 (1 BCE) → -1, -43 (44 BCE) → -44. */
function toTimelineJsYear(astronomical) {
	return astronomical > 0 ? astronomical : astronomical - 1;
}
// src/lib/timelinejs/export.ts
var DAY_MS = 864e5;
/** A TimelineJS date for one end of a date, at its own precision (seasons become their year). */
function toTimelineJsDate(point) {
	const date = { year: toTimelineJsYear(point.year) };
	if (point.precision === "month" || point.precision === "day") date.month = point.month;
	if (point.precision === "day") date.day = point.day;
	return date;
}
function dayDate(ms) {
	const [, sign, year, month, day] = /^(-?)(\d+)-(\d+)-(\d+)$/.exec(isoDay(ms));
	return {
		year: toTimelineJsYear(Number(`${sign}${year}`)),
		month: Number(month),
		day: Number(day)
	};
}
/** One slide: headline, summary with a link to the entry, the lane as group, the EDTF kept aside. */
function toTimelineJsSlide(event, date) {
	const slide = {
		start_date: toTimelineJsDate(date.start ?? date.end),
		display_date: event.date.display,
		text: {
			headline: escapeMarkup(event.title),
			text: `<p>${escapeMarkup(event.summary)}</p><p><a href="${escapeMarkup(event.url)}">Read the entry, with its sources</a></p>`
		},
		group: event.lane.label,
		unique_id: event.slug,
		edtf: date.edtf
	};
	if (date.isInterval && date.start && date.end) slide.end_date = toTimelineJsDate(date.end);
	return slide;
}
/** The Japanese eras that the events reach, as TimelineJS eras. */
function eras(dates) {
	if (!dates.length) return [];
	const first = Math.min(...dates.map((d) => d.earliest));
	const last = Math.max(...dates.map((d) => d.latest));
	return ERAS.flatMap((era, index) => {
		const next = ERAS[index + 1];
		const start = Math.max(era.start, first);
		const end = Math.min(next ? next.start - DAY_MS : Infinity, last);
		if (start > end) return [];
		const note = eraNoteFor(era, dates.map((d) => d.earliest));
		return [{
			start_date: dayDate(start),
			end_date: dayDate(end),
			text: {
				headline: era.native ? `${era.name} (${era.native})` : era.name,
				...note ? { text: `<p>${escapeMarkup(note)}</p>` } : {}
			}
		}];
	});
}
/** /data/timelinejs.json: the whole timeline in TimelineJS3's JSON format, usable by TimelineJS as it is. */
function toTimelineJs(events, title) {
	return {
		title: { text: {
			headline: escapeMarkup(title.headline),
			text: `<p>${escapeMarkup(title.text)}</p>`
		} },
		events: events.map(({ exported, date }) => toTimelineJsSlide(exported, date)),
		eras: eras(events.map((e) => e.date)),
		scale: "human"
	};
}
// src/pages/data/timelinejs.json.ts
var timelinejs_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** /data/timelinejs.json: the timeline in TimelineJS3's JSON format. */
var GET = async ({ site }) => {
	const { data, dates } = await getExport(site);
	const timeline = toTimelineJs(data.events.map((exported, i) => ({
		exported,
		date: dates[i]
	})), {
		headline: "Northeast Asia 1895–1948",
		text: "Japan's armies in Northeast Asia and their conflicts with Russia and the USSR, from the Treaty of Shimonoseki to the Tokyo and Khabarovsk trials."
	});
	return new Response(`${JSON.stringify(timeline, null, 2)}\n`, { headers: { "content-type": "application/json; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/data/timelinejs.json@_@ts
var page = () => timelinejs_json_exports;
export { page };
