/** A filter of the chronology: a lane (theme), a tag, both, or neither (empty string). */
export interface EventFilter {
  lane: string;
  tag: string;
}

/** The filter in a URL's query (?lane=…&tag=…), ignoring values that name no known lane or tag. */
export function parseFilter(search: string, known: { lanes: readonly string[]; tags: readonly string[] }): EventFilter {
  const params = new URLSearchParams(search);
  const lane = params.get('lane') ?? '';
  const tag = params.get('tag') ?? '';
  return { lane: known.lanes.includes(lane) ? lane : '', tag: known.tags.includes(tag) ? tag : '' };
}

/** The query string of a filter, "" when it shows everything. Lane first, as the timeline reads it. */
export function filterQuery(filter: EventFilter): string {
  const params = new URLSearchParams();
  if (filter.lane) params.set('lane', filter.lane);
  if (filter.tag) params.set('tag', filter.tag);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether an event passes the filter. */
export function matchesFilter(event: { lane: string; tags: readonly string[] }, filter: EventFilter): boolean {
  return (!filter.lane || event.lane === filter.lane) && (!filter.tag || event.tags.includes(filter.tag));
}

/** "Showing 12 of 50 events: Wars and battles, tagged “battle”." */
export function describeFilter(shown: number, total: number, labels: { lane?: string; tag?: string }): string {
  const noun = total === 1 ? 'event' : 'events';
  if (!labels.lane && !labels.tag) return `Showing all ${total} ${noun}.`;
  const parts = [labels.lane, labels.tag ? `tagged “${labels.tag}”` : ''].filter(Boolean).join(', ');
  return shown ? `Showing ${shown} of ${total} ${noun}: ${parts}.` : `No event matches: ${parts}.`;
}
