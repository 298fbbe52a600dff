import { joinBase } from '../lib/paths.ts';

/** A site URL under the configured base path, for links and assets. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

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
export function timelineFilterHref(filter: { lane?: string; tag?: string }): string {
  const params = new URLSearchParams();
  if (filter.lane) params.set('lane', filter.lane);
  if (filter.tag) params.set('tag', filter.tag);
  const query = params.toString();
  return `${href('')}${query ? `?${query}` : ''}`;
}
