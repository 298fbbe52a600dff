/** Joins the site's base path (e.g. "/timeline/") to a root-relative path ("events/x/"). */
export function joinBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}
