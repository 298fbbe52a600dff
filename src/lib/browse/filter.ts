import { readFilterParams, type EventFilter } from '../filter-query.ts';

/** The chronology menus' filter: a lane (theme), a tag, both, or neither (empty string). */
export type MenuFilter = Required<Pick<EventFilter, 'lane' | 'tag'>>;

/** The filter in a URL's query (?lane=…&tag=…), ignoring values that name no known lane or tag. */
export function parseFilter(search: string, known: { lanes: readonly string[]; tags: readonly string[] }): MenuFilter {
  const { lane, tag } = readFilterParams(new URLSearchParams(search));
  return { lane: lane !== null && known.lanes.includes(lane) ? lane : '', tag: tag !== null && known.tags.includes(tag) ? tag : '' };
}

/** "Showing 12 of 50 events: Wars and battles, tagged “battle”." */
export function describeFilter(shown: number, total: number, labels: { lane?: string; tag?: string }): string {
  const noun = total === 1 ? 'event' : 'events';
  if (!labels.lane && !labels.tag) return `Showing all ${total} ${noun}.`;
  const parts = [labels.lane, labels.tag ? `tagged “${labels.tag}”` : ''].filter(Boolean).join(', ');
  return shown ? `Showing ${shown} of ${total} ${noun}: ${parts}.` : `No event matches: ${parts}.`;
}
