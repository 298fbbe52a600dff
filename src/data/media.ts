// An event's pictures for the pages: the figures of its page, the thumbnail of its timeline card,
// the picture of its slide and of its preview card. Local pictures go through Astro's image
// pipeline (files under the site's own /_astro/); remote ones are only ever linked.
import { getImage } from 'astro:assets';
import type { EventEntry } from './content.ts';

/** A picture of an event, as the collection holds it. */
export type SiteMedia = EventEntry['data']['media'][number];

/** A picture that is a file of the site. */
export type LocalMedia = Extract<SiteMedia, { kind: 'local' }>;

/** Width of the timeline card's thumbnail, in CSS pixels (the file is twice as wide, for sharp screens). */
export const THUMBNAIL_WIDTH = 80;

/** The event's first local picture: the one its card, slide and preview show. */
export function leadPicture(entry: EventEntry): LocalMedia | undefined {
  return entry.data.media.find((item): item is LocalMedia => item.kind === 'local');
}

/** The address of the timeline card's thumbnail (WebP, under the site), or undefined for an event without a local picture. */
export async function thumbnailOf(entry: EventEntry): Promise<string | undefined> {
  const picture = leadPicture(entry);
  if (!picture) return undefined;
  const image = await getImage({ src: picture.image, width: Math.min(THUMBNAIL_WIDTH * 2, picture.image.width), format: 'webp' });
  return image.src;
}

/** The credit line of a picture: who made it and its licence, as every view shows it. */
export function creditLine(item: Pick<SiteMedia, 'credit' | 'license'>): string {
  return `${item.credit} · ${item.license}`;
}
