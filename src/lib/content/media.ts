// An event's pictures against the files that exist: a local `src` must be a file under
// content/events/ or content/media/ whose bytes are the format its extension says (a ".png"
// that is an SVG or HTML page is refused). A remote `src` is never fetched: it becomes a link,
// and a note says so.
import { isRemoteSrc, mediaPathInContent, type MediaItem } from '../schemas/media.ts';
import type { Problem } from './problems.ts';

/** A picture file under the content directory: its path as problems name it, and its first bytes. */
export interface RawMediaFile {
  /** e.g. content/media/port-arthur-1904.jpg */
  path: string;
  /** The first bytes of the file (at least 16), enough to tell its format. */
  head: Uint8Array;
}

/** What a reader and a re-user are told about a picture. */
export interface MediaCredit {
  alt: string;
  caption?: string;
  credit: string;
  license: string;
  sourceUrl?: string;
}

/** A picture checked against the files: a file of the site, or a remote page that is only linked. */
export type ResolvedMedia =
  | (MediaCredit & { kind: 'local'; /** The file, as problems name it (content/media/x.png). */ file: string; /** The path as written, relative to the event file. */ src: string })
  | (MediaCredit & { kind: 'remote'; /** The address as written (never fetched). */ src: string; /** The remote site's host name, for "View on <host>". */ host: string });

const ascii = (head: Uint8Array, from: number, to: number) => String.fromCharCode(...head.subarray(from, to));

/** The picture format of a file from its first bytes, or a word for what it is instead. */
export function sniffFormat(head: Uint8Array): 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'SVG or HTML text' | 'unknown' {
  if (head[0] === 0x89 && ascii(head, 1, 4) === 'PNG') return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 4) === 'GIF8') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 4, 8) === 'ftyp' && /avi[fs]/.test(ascii(head, 8, head.length))) return 'avif';
  if (/^\s*</.test(ascii(head, 0, head.length).replace(/^\uFEFF|^\xEF\xBB\xBF/, ''))) return 'SVG or HTML text';
  return 'unknown';
}

const FORMAT_OF_EXTENSION: Record<string, string> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif' };

/**
 * Resolves an event's pictures (its front matter passed the schema, so every `src` is a remote
 * address or a path with an accepted extension that stays in the content folder). Problems and
 * notes name the file and the field, located by `locate`.
 */
export function resolveMedia(
  eventPath: string,
  items: readonly MediaItem[],
  files: ReadonlyMap<string, RawMediaFile>,
  locate: (path: PropertyKey[]) => string,
  problems: Problem[],
  notes: Problem[],
): ResolvedMedia[] {
  // The content directory's name as problems show it ("content"), from the event's own path.
  const contentRoot = eventPath.split('/').slice(0, -2).join('/');
  const resolved: ResolvedMedia[] = [];
  items.forEach((item, index) => {
    const { src, alt, caption, credit, license, sourceUrl } = item;
    const credits: MediaCredit = { alt, credit, license, ...(caption ? { caption } : {}), ...(sourceUrl ? { sourceUrl } : {}) };
    const field = `media.${index}.src${locate(['media', index, 'src'])}`;
    if (isRemoteSrc(src)) {
      const host = new URL(src).hostname;
      notes.push({ file: eventPath, field, message: `"${src}" is a remote picture: it is never fetched, and the pages show a link "View on ${host}" with its caption and credit`, fix: 'to show the picture itself, save it under content/media/ (if its licence allows) and write its path' });
      resolved.push({ kind: 'remote', src, host, ...credits });
      return;
    }
    const inside = mediaPathInContent(src)!;
    const file = contentRoot ? `${contentRoot}/${inside}` : inside;
    const found = files.get(file);
    if (!found) {
      problems.push({ file: eventPath, field, message: `"${src}" is not a file (looked for ${file})`, fix: 'add the picture there, or correct the path (it is relative to the event file)' });
      return;
    }
    const extension = src.split('.').pop()!.toLowerCase();
    const expected = FORMAT_OF_EXTENSION[extension]!;
    const actual = sniffFormat(found.head);
    if (actual !== expected) {
      const what = actual === 'unknown' ? 'not a picture format the site reads' : actual;
      problems.push({ file: eventPath, field, message: `"${src}" is named .${extension} but its content is ${what}`, fix: `save it as ${expected.toUpperCase()}, or give it the extension of its format (accepted: jpg, jpeg, png, webp, avif, gif)` });
      return;
    }
    resolved.push({ kind: 'local', file, src, ...credits });
  });
  return resolved;
}

/** A picture as the site's collection holds it: a local one also carries its image (Astro's ImageMetadata, given as `Image`). */
export type StoredMedia<Image> = (Extract<ResolvedMedia, { kind: 'local' }> & { image: Image }) | Extract<ResolvedMedia, { kind: 'remote' }>;
