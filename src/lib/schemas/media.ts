import { z } from 'astro/zod';
import { text } from './fields.ts';

/** Picture formats a `media` file may have: raster formats Astro's image pipeline reads (no SVG: it can carry scripts). */
export const MEDIA_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

const ACCEPTED = `accepted: ${MEDIA_EXTENSIONS.join(', ')}`;
const EXAMPLE = '"../media/port-arthur-1904.jpg" (a file in content/media/) or "port-arthur-1904.jpg" (beside the event)';

/** Whether a `src` is a remote address (http or https), which the site links to but never fetches. */
export function isRemoteSrc(src: string): boolean {
  return /^https?:\/\//i.test(src);
}

/**
 * Where a local `src`, written relative to the event file in content/events/, leads inside the
 * content folder ("events/x.png", "media/y.jpg"), or null when it leads out of it.
 */
export function mediaPathInContent(src: string): string | null {
  const parts: string[] = ['events'];
  for (const part of src.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length > 1 ? parts.join('/') : null;
}

/** Why a `src` is refused, with its fix, or null when it is a remote address or a picture file under content/events/ or content/media/. */
export function mediaSrcProblem(src: string): string | null {
  if (isRemoteSrc(src)) {
    try {
      new URL(src);
      return null;
    } catch {
      return `"${src}" is not a valid address. Fix: write the whole https:// address of the page, or a file path such as ${EXAMPLE}`;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return `"${src}" is not a file of this site or an http(s) address. Fix: save the picture under content/media/ and write its path, e.g. ${EXAMPLE}`;
  if (src.startsWith('/') || src.includes('\\')) return `"${src}" must be a path relative to the event file, with forward slashes. Fix: write e.g. ${EXAMPLE}`;
  const inside = mediaPathInContent(src);
  if (!inside || !(inside.startsWith('events/') || inside.startsWith('media/'))) return `"${src}" leads out of content/events/ and content/media/. Fix: put the picture beside the event or under content/media/ and write e.g. ${EXAMPLE}`;
  const extension = /\.([^./]+)$/.exec(src)?.[1]?.toLowerCase();
  if (extension === 'svg' || extension === 'svgz') return `"${src}": SVG is not accepted (an SVG file can carry scripts). Fix: export it as PNG or WebP; ${ACCEPTED}`;
  if (!extension || !(MEDIA_EXTENSIONS as readonly string[]).includes(extension)) return `"${src}" is not a picture format the site accepts. Fix: convert it; ${ACCEPTED}`;
  return null;
}

/** An http(s) address. */
const httpUrl = z.string().superRefine((value, ctx) => {
  let ok = false;
  try {
    ok = /^https?:$/.test(new URL(value).protocol);
  } catch {
    ok = false;
  }
  if (!ok) ctx.addIssue({ code: 'custom', message: `"${value}" is not an http(s) address. Fix: write the whole address, e.g. https://commons.wikimedia.org/wiki/File:Example.jpg` });
});

/** One picture of an event, with what a reader and a re-user must be told about it. */
export const mediaItemSchema = z.strictObject({
  /** The picture: a file relative to the event (beside it or under content/media/), or an http(s) address, which is linked and never fetched. */
  src: z.string().superRefine((src, ctx) => {
    const problem = mediaSrcProblem(src);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** Text alternative: what the picture shows, for readers who cannot see it. */
  alt: text,
  /** What the picture is about, shown under it (optional). */
  caption: text.optional(),
  /** Who made it, and where it is held ("Photograph by …, National Diet Library"). */
  credit: text,
  /** Its licence or status ("CC BY-SA 4.0", "Public domain"). */
  license: text,
  /** The page the picture comes from, linked from its credit (optional). */
  sourceUrl: httpUrl.optional(),
});

/** A picture's front matter, as authored. */
export type MediaItem = z.output<typeof mediaItemSchema>;
