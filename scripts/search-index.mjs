// Builds the Pagefind search index of a built site (called by scripts/build.mjs before the
// site is published). Only pages worth finding are indexed: events, people and places; the
// site's chrome, navigation and maps are left out, and so are the lists of events on people's
// and places' pages (each event is found on its own page).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Sections whose pages are indexed, each page at <section>/<slug>/index.html. */
export const INDEXED_SECTIONS = ['events', 'people', 'places'];
/** Parts of a page that are not its content (footnote markers too: "Republic 1." is no sentence to show). */
// Figures: their numbers and source lines are the story's, as a chart; an excerpt from them reads badly.
export const EXCLUDED = ['.site-header', '.site-footer', '.skip-link', 'nav', 'svg', '.event-list', '.map-figure', '.data-figure', '.related', '.cite', '.footnotes', 'a[data-footnote-ref]'];

/** Indexes the built site in `dir` and writes the bundle to `dir/pagefind/`. Returns the page count. */
export async function indexSite(dir) {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED, forceLanguage: 'en' });
  if (!index) throw new Error(errors.join('; ') || 'Pagefind did not start');
  let pages = 0;
  try {
    for (const section of INDEXED_SECTIONS) {
      const folder = join(dir, section);
      if (!existsSync(folder)) continue;
      for (const slug of readdirSync(folder)) {
        const file = join(folder, slug, 'index.html');
        if (!existsSync(file)) continue;
        const added = await index.addHTMLFile({ sourcePath: `${section}/${slug}/index.html`, content: readFileSync(file, 'utf8') });
        if (added.errors.length) throw new Error(`${section}/${slug}: ${added.errors.join('; ')}`);
        pages += 1;
      }
    }
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  return pages;
}
