// How an event page is cited: its addresses, version and access date, and its CSL item.
// Shared by the page and by its downloads (BibTeX, RIS, CSL-JSON) and preview image.
import { buildDay, buildRevision, lastRevision, type Revision } from '../content-source/revision.ts';
import { formatManyPageCitations, pageCitationItem, permalink } from '../lib/citations/page-citation.ts';
import type { StyleName } from '../lib/citations/csl.ts';
import type { CalendarDay } from '../lib/dates/julian.ts';
import type { BibliographyItem } from '../lib/schemas/people-places.ts';
import { getEvents, type OrderedEvent } from './content.ts';
import { absoluteHref } from './urls.ts';

/** The site's name, as citations and cards give it (the same as the layout's): content/site.yaml's title. */
export { SITE_NAME } from './settings.ts';
import { SITE_NAME } from './settings.ts';

/** Everything needed to cite one event page. */
export interface EventCitation {
  /** The canonical, absolute URL of the page (each address is undefined when the site's is not set). */
  url: string | undefined;
  /** The URL pinned to the cited version (?v=YYYY-MM-DD). */
  permalink: string | undefined;
  /** The site's home page, absolute. */
  siteUrl: string | undefined;
  /** The preview image, absolute. */
  image: string | undefined;
  revision: Revision;
  accessed: CalendarDay;
  item: BibliographyItem;
}

/** The page of an event as a reference: where it is, which version, and its CSL item. */
export function eventCitation(event: OrderedEvent, site: URL | undefined): EventCitation {
  const url = absoluteHref(`events/${event.slug}/`, site);
  const revision = event.entry.filePath ? lastRevision(event.entry.filePath) : buildRevision();
  const accessed = buildDay();
  const { version } = revision;
  const { data } = event.entry;
  const item = pageCitationItem({
    slug: event.slug,
    title: data.title,
    summary: data.summary,
    siteName: SITE_NAME,
    url,
    lastChanged: revision.day,
    accessed,
    version,
    tags: data.tags,
  });
  return {
    url,
    permalink: url ? permalink(url, version) : undefined,
    siteUrl: absoluteHref('', site),
    image: absoluteHref(`events/${event.slug}/preview.png`, site),
    revision,
    accessed,
    item,
  };
}

let pageCitations: Promise<Map<string, Record<StyleName, string>>> | undefined;

/** Every event page's reference in the site's styles, formatted together once per build. */
export function getPageCitations(site: URL | undefined): Promise<Map<string, Record<StyleName, string>>> {
  pageCitations ??= getEvents().then((events) => formatManyPageCitations(events.map((event) => eventCitation(event, site).item)));
  return pageCitations;
}
