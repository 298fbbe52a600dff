import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as getExport } from "./export_D8C7Er-4.mjs";
// src/lib/data-out/csv.ts
/** The columns of /data/events.csv, in order; lists are joined with "; ". */
var CSV_COLUMNS = [
	"slug",
	"title",
	"date",
	"date_display",
	"start",
	"end",
	"lane",
	"tags",
	"places",
	"people",
	"summary",
	"url"
];
/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value) {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, "\"\"")}"` : value;
}
/** /data/events.csv: one row per event, CRLF line ends as RFC 4180 asks, UTF-8. */
function eventsToCsv(events) {
	const rows = events.map((event) => [
		event.slug,
		event.title,
		event.date.edtf,
		event.date.display,
		event.date.start ?? "",
		event.date.end ?? "",
		event.lane.id,
		event.tags.join("; "),
		event.places.map((p) => p.slug).join("; "),
		event.people.map((p) => p.slug).join("; "),
		event.summary,
		event.url
	]);
	return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
// src/pages/data/events.csv.ts
var events_csv_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** /data/events.csv: one row per event. */
var GET = async ({ site }) => new Response(eventsToCsv((await getExport(site)).data.events), { headers: { "content-type": "text/csv; charset=utf-8" } });
// \0virtual:astro:page:src/pages/data/events.csv@_@ts
var page = () => events_csv_exports;
export { page };
