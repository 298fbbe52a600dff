import { absoluteUrl, joinBase } from '../lib/paths.ts';
import { filterQuery, type EventFilter } from '../lib/filter-query.ts';

/** A site URL under the configured base path, for links and assets. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The absolute address of a site path ("events/x/"), or undefined when the site's address is not set. */
export function absoluteHref(path: string, site: URL | undefined): string | undefined {
  return absoluteUrl(href(path), site);
}

/** The timeline's data (src/pages/timeline.json.ts), which <timeline-view> fetches. */
export const timelineDataHref = () => href('timeline.json');
/** The page of an event. */
export const eventHref = (slug: string) => href(`events/${slug}/`);
/** The timeline opened on an event. */
export const timelineHref = (slug: string) => `${href('')}?event=${encodeURIComponent(slug)}`;
/** The page of a person. */
export const personHref = (slug: string) => href(`people/${slug}/`);
/** The page of a place. */
export const placeHref = (slug: string) => href(`places/${slug}/`);
/** The chronology of one lane (theme). */
export const laneHref = (lane: string) => href(`themes/${lane}/`);
/** The chronology of one tag. */
export const tagHref = (tag: string) => href(`tags/${tag}/`);
/** The timeline filtered to a lane and/or a tag (read by the timeline's script). */
export const timelineFilterHref = (filter: EventFilter) => `${href('')}${filterQuery(filter)}`;
/** The chronology of /events/ with its menus set to a lane and/or a tag. */
export const eventsFilterHref = (filter: EventFilter) => `${href('events/')}${filterQuery(filter)}`;
