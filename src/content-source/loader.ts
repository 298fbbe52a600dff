// Astro loaders that feed the collections from the validated content (src/content-source/
// validated.ts) instead of reading and parsing the files again. Markdown bodies are rendered
// with Astro's configured Markdown pipeline (the citations plugin, the HTML policy); an .mdx
// entry is handed to Astro's MDX integration to render (deferred), since its expressions are code.
import type { Loader, LoaderContext } from 'astro/loaders';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from './read.ts';
import { forgetValidatedContent, validatedContent, type Validation } from './validated.ts';
import type { EventEntry } from '../lib/content/validate.ts';

/**
 * How a loader hands Astro an image to import: a string with this prefix and the path relative to
 * the entry's file, which the data store turns into the image's metadata (what the image()
 * schema helper produces; astro/dist/content/consts.js IMAGE_IMPORT_PREFIX).
 */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/** An event's pictures as the collection stores them: a local one with its image for Astro's pipeline. */
function storedMedia(event: EventEntry): Record<string, unknown>[] {
  return (event.media ?? []).map((item) => {
    if (item.kind === 'remote') return { ...item };
    const path = relative(dirname(event.path), item.file).split('\\').join('/');
    return { ...item, image: `${IMAGE_IMPORT_PREFIX}${path.startsWith('.') ? path : `./${path}`}` };
  });
}

/** The collections the site has, each filled from one part of the validated content. */
export type CollectionName = 'events' | 'people' | 'places' | 'lanes' | 'bibliography' | 'paths';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  /** The entry's file, relative to the content directory's parent (as problems name it). */
  path?: string;
  body?: string;
}

function entriesOf(name: CollectionName, { content }: Validation): Stored[] {
  switch (name) {
    case 'events':
      // An event with pictures gets a copy whose media carry their images; the others are stored as they are.
      return content.events.map((event) => ({ id: event.slug, data: (event.media?.length ? { ...event.data, media: storedMedia(event) } : event.data) as unknown as Record<string, unknown>, path: event.path, body: event.body }));
    case 'paths':
      return content.paths.map((path) => ({ id: path.slug, data: path.data as unknown as Record<string, unknown>, path: path.path, body: path.body }));
    case 'people':
      return [...content.people].map(([id, data]) => ({ id, data: data as unknown as Record<string, unknown> }));
    case 'places':
      return [...content.places].map(([id, data]) => ({ id, data: data as unknown as Record<string, unknown> }));
    case 'lanes':
      // With their place in content/lanes.yaml: the store does not keep the order of insertion.
      return content.lanes.map((lane, position) => ({ id: lane.id, data: { ...lane, position } }));
    case 'bibliography':
      return [...content.bibliography].map(([id, data]) => ({ id, data: data as unknown as Record<string, unknown> }));
  }
}

async function fill(name: CollectionName, context: LoaderContext): Promise<void> {
  const dir = contentDir();
  const validation = validatedContent(dir);
  const root = fileURLToPath(context.config.root);
  const { store } = context;
  store.clear();
  for (const entry of entriesOf(name, validation)) {
    const absolute = entry.path ? resolve(dir, '..', entry.path) : undefined;
    const filePath = absolute ? relative(root, absolute).split('\\').join('/') : undefined;
    const digest = context.generateDigest({ data: entry.data, body: entry.body ?? '' });
    if (entry.body === undefined) {
      store.set({ id: entry.id, data: entry.data, digest });
    } else if (filePath?.endsWith('.mdx')) {
      store.set({ id: entry.id, data: entry.data, body: entry.body, filePath, digest, deferredRender: true });
    } else {
      const rendered = await context.renderMarkdown(entry.body, absolute ? { fileURL: new URL(`file://${absolute}`) } : undefined);
      store.set({ id: entry.id, data: entry.data, body: entry.body, filePath, digest, rendered });
    }
  }
  // The dev server: an edit under the content directory validates again and refills.
  context.watcher?.on('change', (changed) => {
    if (!resolve(changed).startsWith(`${dir}/`)) return;
    forgetValidatedContent(dir);
    void fill(name, { ...context, watcher: undefined });
  });
}

/** A loader for one collection, from the validated content: no file is read or parsed again. */
export function validatedLoader(name: CollectionName): Loader {
  return { name: `validated-${name}`, load: (context) => fill(name, context) };
}
