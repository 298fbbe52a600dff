import { escapeMarkup } from '../escape.ts';

/** One entry of the feed: a changed event. */
export interface FeedEntry {
  title: string;
  summary: string;
  url: string;
  /** When the entry's file last changed, ISO 8601 with time zone. */
  updated: string;
}

/** The feed's own details. */
export interface FeedInfo {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of the site. */
  siteUrl: string;
  author: string;
}

/** The entries most recently changed first (ties by title), at most `limit` of them. */
export function recentEntries(entries: readonly FeedEntry[], limit = 20): FeedEntry[] {
  return [...entries]
    .sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || a.title.localeCompare(b.title, 'en'))
    .slice(0, limit);
}

/** An Atom 1.0 feed (RFC 4287) of recently changed entries. */
export function atomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
  const updated = entries.length ? entries.map((e) => e.updated).reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)) : new Date(0).toISOString();
  const items = entries.map((entry) => [
    '  <entry>',
    `    <title>${escapeMarkup(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeMarkup(entry.url)}"/>`,
    `    <id>${escapeMarkup(entry.url)}</id>`,
    `    <updated>${entry.updated}</updated>`,
    `    <summary>${escapeMarkup(entry.summary)}</summary>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <title>${escapeMarkup(info.title)}</title>`,
    `  <subtitle>${escapeMarkup(info.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeMarkup(info.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(info.siteUrl)}"/>`,
    `  <id>${escapeMarkup(info.feedUrl)}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeMarkup(info.author)}</name></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
