// Machine-readable metadata of an event page: Highwire Press `citation_*` tags (what Zotero
// and Google Scholar read) and schema.org JSON-LD (an Article about an Event).
import type { HistoricalDate } from '../dates/historical-date.ts';
import { isoForDay, isoForPoint } from '../dates/format.ts';
import type { CalendarDay } from '../dates/julian.ts';

/** A place the event happened at, for spatialCoverage and the Event's location. */
export interface MetadataPlace {
  name: string;
  modernName?: string;
  latitude: number;
  longitude: number;
  url?: string;
}

/** Everything the metadata of one event page is made from. */
export interface PageMetadataInput {
  title: string;
  summary: string;
  siteName: string;
  /** The site's home page, absolute (this and the other addresses: absent when the site's address is not set). */
  siteUrl?: string;
  /** The page's canonical URL, absolute. */
  url?: string;
  /** The version-pinned permalink that citations use. */
  permalink?: string;
  /** The preview image, absolute. */
  image?: string;
  lastChanged: CalendarDay;
  date: HistoricalDate;
  /** Names of the event in other languages, with their BCP-47 tags. */
  names: readonly { text: string; lang: string }[];
  places: readonly MetadataPlace[];
  tags: readonly string[];
  /** The works the page cites, by title and (where there is one) URL. */
  sources: readonly { title: string; url?: string }[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as schema.org's temporalCoverage writes it: an ISO 8601 date, or an interval
 * "start/end" with ".." for an open or unknown end. ISO has no seasons (a season is written as
 * its year) and no approximation marks.
 */
export function temporalCoverage(date: HistoricalDate): string {
  if (!date.isInterval) return isoForPoint(date.start!);
  return `${date.start ? isoForPoint(date.start) : '..'}/${date.end ? isoForPoint(date.end) : '..'}`;
}

/** The Highwire Press meta tags of a page, as [name, content] pairs in a stable order. */
export function highwireTags(input: PageMetadataInput): [string, string][] {
  const { year, month, day } = input.lastChanged;
  const tags: [string, string][] = [
    ['citation_title', input.title],
    ['citation_publication_date', `${year}/${pad(month)}/${pad(day)}`],
    ['citation_publisher', input.siteName],
    ...(input.permalink ? [['citation_public_url', input.permalink] as [string, string]] : []),
    ...(input.url ? [['citation_abstract_html_url', input.url] as [string, string]] : []),
    ['citation_abstract', input.summary],
    ['citation_language', 'en'],
  ];
  if (input.tags.length) tags.push(['citation_keywords', input.tags.join('; ')]);
  return tags;
}

/** The page's schema.org description: an Article about an Event, with its time and places. */
export function eventJsonLd(input: PageMetadataInput): Record<string, unknown> {
  const places = input.places.map((p) => ({
    '@type': 'Place',
    name: p.name,
    ...(p.modernName ? { alternateName: p.modernName } : {}),
    geo: { '@type': 'GeoCoordinates', latitude: p.latitude, longitude: p.longitude },
    ...(p.url ? { url: p.url } : {}),
  }));
  const siteUrl = input.siteUrl ? { url: input.siteUrl } : {};
  const site = { '@type': 'WebSite', name: input.siteName, ...siteUrl };
  const { date } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    ...(input.url ? { '@id': input.url } : {}),
    headline: input.title,
    name: input.title,
    description: input.summary,
    ...(input.url ? { url: input.url, mainEntityOfPage: input.url } : {}),
    ...(input.image ? { image: input.image } : {}),
    dateModified: isoForDay(input.lastChanged),
    inLanguage: 'en',
    isAccessibleForFree: true,
    license: 'https://creativecommons.org/licenses/by-sa/4.0/',
    isPartOf: site,
    publisher: { '@type': 'Organization', name: input.siteName, ...siteUrl },
    ...(input.tags.length ? { keywords: input.tags.join(', ') } : {}),
    temporalCoverage: temporalCoverage(date),
    ...(places.length ? { spatialCoverage: places } : {}),
    about: {
      '@type': 'Event',
      name: input.title,
      description: input.summary,
      ...(input.names.length ? { alternateName: input.names.map((n) => n.text) } : {}),
      ...(date.start ? { startDate: isoForPoint(date.start) } : {}),
      ...(date.isInterval && date.end ? { endDate: isoForPoint(date.end) } : {}),
      ...(places.length ? { location: places } : {}),
    },
    citation: input.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, ...(s.url ? { url: s.url } : {}) })),
  };
}

/**
 * JSON-LD as the text of a <script type="application/ld+json"> element: "<" is escaped so that
 * no string in the data can close the element.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
