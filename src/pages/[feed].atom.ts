import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvents } from '../data/content.ts';
import { siteRoot } from '../data/export.ts';
import { siteAddress } from '../data/site.ts';
import { SITE_NAME } from '../data/settings.ts';
import { lastChanged } from '../content-source/git-dates.ts';
import { contentDir } from '../content-source/read.ts';
import { atomFeed, recentEntries } from '../lib/data-out/atom.ts';

// Atom wants absolute addresses (an entry's id above all), so without the site's address there
// is no feed: a dynamic route is how a static page can be left out (the build's warning says so).
export const getStaticPaths = (() => (siteAddress() ? [{ params: { feed: 'feed' } }] : [])) satisfies GetStaticPaths;

/** /feed.atom: the 20 most recently changed entries, by the date of their last commit. */
export const GET: APIRoute = async ({ site }) => {
  const root = siteRoot(site)!;
  const changed = lastChanged(contentDir());
  const entries = (await getEvents()).map((event) => ({
    title: event.title,
    summary: event.entry.data.summary,
    url: new URL(`events/${event.slug}/`, root).href,
    updated: changed.get(event.slug) ?? new Date(0).toISOString(),
  }));
  const xml = atomFeed(
    { title: `${SITE_NAME}: recently changed entries`, subtitle: 'New and revised entries of the timeline.', feedUrl: new URL('feed.atom', root).href, siteUrl: root, author: `${SITE_NAME} contributors` },
    recentEntries(entries, 20),
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
