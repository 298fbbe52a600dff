// The embeds the site offers, with their oEmbed endpoints. Both need the site's absolute
// address (an oEmbed answer and a pasted link are read on other sites), so without it there are
// no endpoints and no discovery links: the build says so, and the embed pages still work.
import { absoluteHref, href } from './urls.ts';
import { SITE_NAME } from './citation.ts';
import { oembedResponse, type OEmbedRich } from '../lib/embed/snippet.ts';

/** Said by the build and the README when the site's address is not set. */
export const OEMBED_UNAVAILABLE = 'oEmbed endpoint not available: the site address is not set (content/site.yaml url, or SITE); the embed pages and the "Embed this view" snippet still work.';

/** The site path of the embed page for the timeline, or for a lesson deck when `deck` is given. */
export function embedPath(deck?: string): string {
  return deck ? `embed/present/${deck}/` : 'embed/';
}

/** The address of an embed page's oEmbed answer (a static file beside it), or undefined without the site's address. */
export function oembedHref(site: URL | undefined, deck?: string): string | undefined {
  return absoluteHref(`${embedPath(deck)}oembed.json`, site);
}

/** The oEmbed answer for an embed page, or undefined without the site's address. */
export function oembedFor(site: URL | undefined, title: string, deck?: string): OEmbedRich | undefined {
  const src = absoluteHref(embedPath(deck), site);
  const providerUrl = absoluteHref('', site);
  if (!src || !providerUrl) return undefined;
  return oembedResponse({ src, title, providerName: SITE_NAME, providerUrl });
}

/** The site-relative address of an embed page, for links inside the site. */
export const embedHref = (deck?: string) => href(embedPath(deck));
