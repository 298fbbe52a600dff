import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentDir } from './read.ts';
import { parseSiteSettings, resolveSiteAddress, type SiteAddress } from '../lib/content/site-settings.ts';

/**
 * The site's address as this build will use it: SITE when set, else `url` in the content
 * directory's site.yaml (see src/lib/content/site-settings.ts), else none.
 */
export function readSiteAddress(dir: string = contentDir(), env: string | undefined = process.env.SITE): SiteAddress {
  const path = join(dir, 'site.yaml');
  const file = relative(resolve(dir, '..'), path).split('\\').join('/');
  return resolveSiteAddress(env, parseSiteSettings(existsSync(path) ? readFileSync(path, 'utf8') : undefined, file));
}
