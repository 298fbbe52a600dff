import { joinBase } from '../lib/paths.ts';

/** A site URL under the configured base path, for links and assets. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The page of an event. */
export const eventHref = (slug: string) => href(`events/${slug}/`);
/** The timeline opened on an event. */
export const timelineHref = (slug: string) => `${href('')}?event=${encodeURIComponent(slug)}`;
