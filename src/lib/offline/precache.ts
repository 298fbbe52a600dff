import { joinBase } from '../paths.ts';

/**
 * Built files the service worker saves when it installs, so that a lesson survives the network
 * dropping: the home timeline and its data, every event page, everything under /present/
 * (decks, notes, handouts, their maps and QR codes), the offline page, and the scripts and
 * styles they load. Other pages are saved as they are visited.
 */
const PRECACHED: readonly RegExp[] = [
  /^index\.html$/,
  /^timeline\.json$/,
  /^favicon\.svg$/,
  /^offline\/index\.html$/,
  /^events\/(?:[a-z0-9-]+\/)?index\.html$/,
  /^present\/.+\.(?:html|svg)$/,
  /^_astro\/[^/]+\.(?:css|js)$/,
];

/** The built files (paths relative to the output directory, with "/") that are precached, sorted. */
export function selectPrecache(files: readonly string[]): string[] {
  return files.filter((file) => PRECACHED.some((pattern) => pattern.test(file))).sort();
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
