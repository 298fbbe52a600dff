import { readSiteAddress } from '../content-source/site-settings.ts';

let address: URL | null | undefined;

/**
 * The site's public address, as astro.config.mjs gave it to Astro (SITE, else content/site.yaml),
 * for code that has no `Astro.site` at hand: getStaticPaths of outputs that exist only with an
 * address. (import.meta.env.SITE would not do: an empty SITE in the environment shadows it.)
 */
export function siteAddress(): URL | undefined {
  if (address === undefined) {
    const { url } = readSiteAddress();
    address = url ? new URL(url) : null;
  }
  return address ?? undefined;
}
