import { joinBase } from '../paths.ts';

/**
 * Built files the service worker saves when it installs, so that a lesson survives the network
 * dropping, in order of need: the home timeline and its data, the offline page, scripts and
 * styles; then the lesson paths' decks, notes and handouts with their maps; then every event
 * page; then the deck of every event and its notes; then the QR codes of event pages. Other
 * pages are saved as they are visited. A group that would take the total past the budget is
 * left out with every group after it: a site of 50 events saves a few megabytes, one of
 * 10,000 would save hundreds.
 */
const PRECACHE_GROUPS: readonly { name: string; patterns: readonly RegExp[] }[] = [
  { name: 'the timeline', patterns: [/^index\.html$/, /^timeline\.json$/, /^favicon\.svg$/, /^offline\/index\.html$/, /^_astro\/[^/]+\.(?:css|js)$/] },
  { name: 'the lesson paths', patterns: [/^present\/(?!qr\/|all\/).+\.(?:html|svg)$/] },
  { name: 'the event pages', patterns: [/^events\/(?:[a-z0-9-]+\/)?index\.html$/] },
  { name: 'the deck of every event', patterns: [/^present\/all\/index\.html$/, /^present\/all\/notes\/index\.html$/] },
  { name: 'the QR codes', patterns: [/^present\/qr\/.+\.svg$/] },
];

/** How much the worker saves at most when it installs. */
export const PRECACHE_BUDGET_BYTES = 50_000_000;

export interface PrecacheSelection {
  /** The files to precache (paths relative to the output directory, with "/"), sorted. */
  files: string[];
  /** The groups left out because they would pass the budget, with their sizes. */
  leftOut: { name: string; bytes: number }[];
}

/** The built files that are precached, group by group while they fit in the budget. */
export function selectPrecache(files: readonly string[], sizeOf: (file: string) => number = () => 0, budget = PRECACHE_BUDGET_BYTES): PrecacheSelection {
  const selected: string[] = [];
  const leftOut: { name: string; bytes: number }[] = [];
  let total = 0;
  for (const group of PRECACHE_GROUPS) {
    const members = files.filter((file) => group.patterns.some((pattern) => pattern.test(file)));
    const bytes = members.reduce((sum, file) => sum + sizeOf(file), 0);
    // The first group (the timeline itself) is always saved.
    if (leftOut.length || (selected.length && total + bytes > budget)) {
      leftOut.push({ name: group.name, bytes });
      continue;
    }
    selected.push(...members);
    total += bytes;
  }
  return { files: selected.sort(), leftOut };
}

/** The address a built file is served at under the base: "events/x/index.html" → "/base/events/x/". */
export function fileUrl(file: string, base: string): string {
  return joinBase(base, file.replace(/(?:^|(?<=\/))index\.html$/, ''));
}

/** The parts the service worker's template leaves open, filled in at build time. */
export interface ServiceWorkerSettings {
  /** Changes whenever a precached file changes: names the cache, and makes browsers update the worker. */
  version: string;
  /** The addresses to precache. */
  urls: readonly string[];
  /** The page shown for a page that was never saved, when the network is gone. */
  offlineUrl: string;
}

/** The service worker's source with its settings written in (its template marks them __VERSION__, __PRECACHE__, __OFFLINE__). */
export function renderServiceWorker(template: string, settings: ServiceWorkerSettings): string {
  return template
    .replace("'__VERSION__'", JSON.stringify(settings.version))
    .replace("'__OFFLINE__'", JSON.stringify(settings.offlineUrl))
    .replace("['__PRECACHE__']", JSON.stringify(settings.urls, null, 0));
}
