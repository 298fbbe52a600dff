import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { RawContent, RawFile } from '../lib/content/validate.ts';
import type { RawMediaFile } from '../lib/content/media.ts';
import { decodeFile } from '../lib/content/files.ts';

/**
 * The content directory: `content/` at the project root, or the directory named by the
 * CONTENT_DIR environment variable (used by the benchmark and by test fixtures).
 */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR ?? 'content');
}

/**
 * Content that cannot be read at all (no such directory, no permission): the commands print its
 * one-line message, which names the file, without a stack (scripts/errors.mjs).
 */
export class UnreadableContentError extends Error {
  override name = 'InputError';
}

/** A path as messages give it: relative to `root`, with forward slashes. */
const shownPath = (path: string, root: string) => relative(root, path).split('\\').join('/');

function readFile(path: string, root: string): RawFile {
  const shown = shownPath(path, root);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UnreadableContentError(`${shown} could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return decodeFile(shown, bytes);
}

function readFolder(folder: string, pattern: RegExp, root: string): RawFile[] {
  if (!existsSync(folder)) return [];
  if (!statSync(folder).isDirectory()) throw new UnreadableContentError(`${relative(root, folder)} should be a folder, but is a file`);
  return readdirSync(folder)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => readFile(join(folder, name), root));
}

/** Bytes read from the start of a picture file: enough for its format's signature. */
const MEDIA_HEAD_BYTES = 32;

/**
 * The files a `media` src may name: everything beside the events that is not an event, and
 * everything under content/media/ (in subfolders too), each with its first bytes only.
 */
function readMediaFiles(dir: string, root: string): RawMediaFile[] {
  const candidates: string[] = [];
  const events = join(dir, 'events');
  if (existsSync(events)) for (const entry of readdirSync(events, { withFileTypes: true })) if (entry.isFile() && !/\.mdx?$/.test(entry.name)) candidates.push(join(events, entry.name));
  const media = join(dir, 'media');
  if (existsSync(media) && statSync(media).isDirectory()) {
    for (const entry of readdirSync(media, { recursive: true, withFileTypes: true })) if (entry.isFile()) candidates.push(join(entry.parentPath, entry.name));
  }
  return candidates.sort().map((path) => {
    const head = new Uint8Array(MEDIA_HEAD_BYTES);
    const fd = openSync(path, 'r');
    try {
      const length = readSync(fd, head, 0, MEDIA_HEAD_BYTES, 0);
      return { path: relative(root, path).split('\\').join('/'), head: head.subarray(0, length) };
    } finally {
      closeSync(fd);
    }
  });
}

function readOptional(path: string, root: string): RawFile | undefined {
  return existsSync(path) ? readFile(path, root) : undefined;
}

/**
 * Reads every authored file under a content directory. Paths are given relative to `root`,
 * by default the directory that holds the content directory, so they read "content/events/…".
 */
export function readContent(dir: string = contentDir(), root: string = resolve(dir, '..'), lanesFile: string = 'lanes.yaml'): RawContent {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UnreadableContentError(`the content directory ${relative(process.cwd(), dir) || dir} does not exist${process.env.CONTENT_DIR ? ' (CONTENT_DIR)' : ''}`);
  }
  return {
    events: readFolder(join(dir, 'events'), /\.mdx?$/, root),
    people: readFolder(join(dir, 'people'), /\.ya?ml$/, root),
    places: readFolder(join(dir, 'places'), /\.ya?ml$/, root),
    lanes: readOptional(join(dir, lanesFile), root),
    tags: readOptional(join(dir, 'tags.yaml'), root),
    bibliography: readOptional(join(dir, 'bibliography.yaml'), root),
    paths: readFolder(join(dir, 'paths'), /\.md$/, root),
    glossary: readOptional(join(dir, 'glossary.yaml'), root),
    figures: readFolder(join(dir, 'figures'), /\.ya?ml$/, root),
    media: readMediaFiles(dir, root),
    expected: { dir: shownPath(dir, root), lanes: shownPath(join(dir, lanesFile), root), tags: shownPath(join(dir, 'tags.yaml'), root), bibliography: shownPath(join(dir, 'bibliography.yaml'), root) },
  };
}
