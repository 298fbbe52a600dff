// "Cite this page": an event page as a CSL item (a web page in the site), formatted in the
// site's three styles by citeproc and exported for reference managers.
import { Cite } from '@citation-js/core';
import { STYLES, type ExportFormat, type StyleName } from './csl.ts';
import type { BibliographyItem } from '../schemas/people-places.ts';
import type { CalendarDay } from '../dates/julian.ts';

/** What the citation of one event page is made from. */
export interface PageCitationInput {
  slug: string;
  title: string;
  summary: string;
  /** The site's name, the "container" of the page. */
  siteName: string;
  /** The page's canonical, absolute URL; undefined when the site's address is not set. */
  url: string | undefined;
  /** When the entry last changed (its last commit): the page's date. */
  lastChanged: CalendarDay;
  /** The access date: the day the site was built. */
  accessed: CalendarDay;
  /** What pins the version in the permalink: the last-changed date, YYYY-MM-DD. */
  version: string;
  tags?: readonly string[];
}

/** The page's URL pinned to the version being cited: …/events/slug/?v=2026-11-24. */
export function permalink(url: string, version: string): string {
  const pinned = new URL(url);
  pinned.searchParams.set('v', version);
  return pinned.href;
}

const parts = (day: CalendarDay) => ({ 'date-parts': [[day.year, day.month, day.day]] });

/** The page as a CSL-JSON `webpage` item: title, site, dates, permalink, summary and keywords. */
export function pageCitationItem(input: PageCitationInput): BibliographyItem {
  return {
    id: input.slug,
    type: 'webpage',
    title: input.title,
    'container-title': input.siteName,
    // Without the site's address a reference carries no URL rather than a made-up one.
    ...(input.url ? { URL: permalink(input.url, input.version) } : {}),
    issued: parts(input.lastChanged),
    accessed: parts(input.accessed),
    abstract: input.summary,
    language: 'en',
    ...(input.tags?.length ? { keyword: input.tags.join(', ') } : {}),
  };
}

/** The page's reference in each of the site's styles, as HTML from citeproc (italics kept). */
export function formatPageCitations(item: BibliographyItem): Record<StyleName, string> {
  return formatManyPageCitations([item]).get(item.id)!;
}

/**
 * The references of many pages at once: one citeproc run per style for a whole batch saves
 * about a fifth of the time of one run per page (citeproc's cost is mostly per entry, some
 * 7 ms for the three styles). Pages with the same title go to different batches: in a
 * shared list APA would tell them apart ("2026a", "2026b"), which a page cited alone must not
 * show; nothing else in these styles depends on the other entries of a list of web pages.
 */
export function formatManyPageCitations(items: readonly BibliographyItem[]): Map<string, Record<StyleName, string>> {
  const batches: BibliographyItem[][] = [];
  const seen = new Map<string, number>(); // title → how many batches already hold one
  for (const item of items) {
    const title = String(item.title ?? '').toLowerCase();
    const batch = seen.get(title) ?? 0;
    seen.set(title, batch + 1);
    (batches[batch] ??= []).push(item);
  }
  const out = new Map<string, Record<StyleName, string>>();
  for (const batch of batches) {
    const cite = new Cite(batch);
    const format = (style: StyleName) => {
      const entries = cite.format('bibliography', { format: 'html', template: STYLES[style], lang: 'en-US', asEntryArray: true }) as unknown as [string, string][];
      return new Map(entries.map(([id, html]) => [id, html.trim().replace(/^<div[^>]*>|<\/div>$/g, '')]));
    };
    const [chicago, apa, mla] = [format('chicago'), format('apa'), format('mla')];
    for (const item of batch) out.set(item.id, { chicago: chicago.get(item.id)!, apa: apa.get(item.id)!, mla: mla.get(item.id)! });
  }
  return out;
}

/** The downloads offered for a page: format, file name, media type and what to call it. */
export const CITATION_DOWNLOADS: readonly { format: ExportFormat; file: string; type: string; label: string }[] = [
  { format: 'bibtex', file: 'cite.bib', type: 'application/x-bibtex', label: 'BibTeX' },
  { format: 'ris', file: 'cite.ris', type: 'application/x-research-info-systems', label: 'RIS' },
  { format: 'csl-json', file: 'cite.json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
];
