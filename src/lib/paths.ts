/** Joins the site's base path (e.g. "/timeline/") to a root-relative path ("events/x/"). */
export function joinBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/**
 * The absolute address of a path that already holds the base ("/timeline/events/x/") on the
 * site at `site`, or undefined when the site's address is not set: never a made-up host.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
  return site === undefined ? undefined : new URL(path, site).href;
}
