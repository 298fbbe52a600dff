// The site's data as the export formats need it: every event with its body, and the context
// (site URL, lanes, people, places) that the pure exporters in src/lib/data-out take.
import { settings } from './settings.ts';
import { getBibliography, getEvents, getLanes, getPeople, getPlaces } from './content.ts';
import { exportEvents, type EventsExport, type ExportContext, type SourceEvent } from '../lib/data-out/events.ts';
import type { EventData } from '../lib/schemas/event.ts';
import { absoluteHref, href } from './urls.ts';
import type { BibliographyItem } from '../lib/schemas/people-places.ts';

/** The absolute URL of the site's root, with the base path ("https://example.org/timeline/"), or undefined when the site's address is not set. */
export function siteRoot(site: URL | undefined): string | undefined {
  return absoluteHref('', site);
}

/** Every event with its parsed date, and the export of all of them. */
export async function getExport(site: URL | undefined): Promise<{ data: EventsExport; dates: EventData['date'][]; context: ExportContext }> {
  const events = await getEvents();
  const context: ExportContext = {
    // Without the site's address the exports link root-relative ("/events/x/"), never to a made-up host.
    siteUrl: siteRoot(site) ?? href(''),
    lanes: await getLanes(),
    people: new Map([...(await getPeople())].map(([slug, person]) => [slug, person.data])),
    places: new Map([...(await getPlaces())].map(([slug, place]) => [slug, place.data])),
    title: settings.title,
    ...(settings.licence ? { licence: settings.licence } : {}),
  };
  const sources: SourceEvent[] = events.map((event) => ({ slug: event.slug, data: event.entry.data, body: event.entry.body ?? '' }));
  return { data: exportEvents(sources, context), dates: events.map((event) => event.entry.data.date), context };
}

/** Every bibliography item as CSL-JSON, sorted by key. */
export async function getCslItems(): Promise<BibliographyItem[]> {
  return [...(await getBibliography()).values()].sort((a, b) => a.id.localeCompare(b.id, 'en'));
}
