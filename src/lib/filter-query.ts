// The event filter as a URL query (?lane=…&tag=…&place=…), read and written here only: the
// chronology's menus, the timeline's view state and the links between pages use one codec, so
// a filter link made anywhere opens the same events everywhere.

/** A filter of events by lane (theme), tag and place; an absent or empty value lets every event through. */
export interface EventFilter {
  lane?: string;
  tag?: string;
  /** A place's slug: only the events that happened there (chosen on the home page's map). */
  place?: string;
}

/** The filter's values as the URL has them, not yet checked against the site: null where absent. */
export function readFilterParams(params: URLSearchParams): { lane: string | null; tag: string | null; place: string | null } {
  return { lane: params.get('lane'), tag: params.get('tag'), place: params.get('place') };
}

/** Adds the filter's non-empty values to a query, lane first, and returns the query. */
export function writeFilterParams(params: URLSearchParams, filter: EventFilter): URLSearchParams {
  if (filter.lane) params.set('lane', filter.lane);
  if (filter.tag) params.set('tag', filter.tag);
  if (filter.place) params.set('place', filter.place);
  return params;
}

/** The query string of a filter with its "?", or "" when it lets every event through. */
export function filterQuery(filter: EventFilter): string {
  const query = writeFilterParams(new URLSearchParams(), filter).toString();
  return query ? `?${query}` : '';
}

/** Whether an event passes the filter. */
export function matchesFilter(event: { lane: string; tags: readonly string[]; places?: readonly string[] }, filter: EventFilter): boolean {
  return (!filter.lane || event.lane === filter.lane) && (!filter.tag || event.tags.includes(filter.tag)) && (!filter.place || Boolean(event.places?.includes(filter.place)));
}
