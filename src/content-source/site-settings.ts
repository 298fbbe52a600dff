import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentDir } from './read.ts';
import { parseSiteSettings, resolveSiteAddress, type SiteAddress, type SiteSettings } from '../lib/content/site-settings.ts';
import type { Problem } from '../lib/content/problems.ts';

const cache = new Map<string, { settings: SiteSettings; problems: Problem[] }>();

/** The content directory's site.yaml, parsed once per process (see src/lib/content/site-settings.ts). */
export function readSiteSettings(dir: string = contentDir()): { settings: SiteSettings; problems: Problem[] } {
  let found = cache.get(dir);
  if (!found) {
    const path = join(dir, 'site.yaml');
    const file = relative(resolve(dir, '..'), path).split('\\').join('/');
    found = parseSiteSettings(existsSync(path) ? readFileSync(path, 'utf8') : undefined, file);
    cache.set(dir, found);
  }
  return found;
}

/**
 * The site's address as this build will use it: SITE when set, else `url` in the content
 * directory's site.yaml (see src/lib/content/site-settings.ts), else none.
 */
export function readSiteAddress(dir: string = contentDir(), env: string | undefined = process.env.SITE): SiteAddress {
  return resolveSiteAddress(env, readSiteSettings(dir));
}
