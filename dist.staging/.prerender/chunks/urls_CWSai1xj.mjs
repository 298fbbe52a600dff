// src/lib/paths.ts
/** Joins the site's base path (e.g. "/timeline/") to a root-relative path ("events/x/"). */
function joinBase(base, path) {
	return `${base.endsWith("/") ? base : `${base}/`}${path.replace(/^\/+/, "")}`;
}
/**
* The absolute address of a path that already holds the base ("/timeline/events/x/") on the
* site at `site`, or undefined when the site's address is not set: never a made-up host.
*/
function absoluteUrl(path, site) {
	return site === void 0 ? void 0 : new URL(path, site).href;
}
// src/lib/filter-query.ts
/** Adds the filter's non-empty values to a query, lane first, and returns the query. */
function writeFilterParams(params, filter) {
	if (filter.lane) params.set("lane", filter.lane);
	if (filter.tag) params.set("tag", filter.tag);
	if (filter.place) params.set("place", filter.place);
	return params;
}
/** The query string of a filter with its "?", or "" when it lets every event through. */
function filterQuery(filter) {
	const query = writeFilterParams(new URLSearchParams(), filter).toString();
	return query ? `?${query}` : "";
}
// src/data/urls.ts
function href(path) {
	return joinBase("/", path);
}
function absoluteHref(path, site) {
	return absoluteUrl(href(path), site);
}
var eventHref = (slug) => href(`events/${slug}/`);
var timelineHref = (slug) => `${href("")}?event=${encodeURIComponent(slug)}`;
var personHref = (slug) => href(`people/${slug}/`);
var placeHref = (slug) => href(`places/${slug}/`);
var laneHref = (lane) => href(`themes/${lane}/`);
var tagHref = (tag) => href(`tags/${tag}/`);
var timelineFilterHref = (filter) => `${href("")}${filterQuery(filter)}`;
var eventsFilterHref = (filter) => `${href("events/")}${filterQuery(filter)}`;
export { laneHref as a, tagHref as c, joinBase as d, href as i, timelineFilterHref as l, eventHref as n, personHref as o, eventsFilterHref as r, placeHref as s, absoluteHref as t, timelineHref as u };
