// What a teacher pastes into a course page: the embed address of a view and its <iframe>.
// Pure: the browser's "Embed this view" dialog and the oEmbed endpoint both build from here.
import { escapeMarkup } from '../escape.ts';

/** The frame's default size, in CSS pixels (the width also as a share of the host's column). */
export const EMBED_SIZE = { width: 1000, height: 600 } as const;

/**
 * The address of the embed page showing the same view as `query` (a home-page query string,
 * with or without "?"): `siteRoot` is the site's own absolute root, base path included.
 */
export function embedUrl(siteRoot: string, query: string, path = 'embed/'): string {
  const search = query.replace(/^\?/, '');
  return `${new URL(path, siteRoot).href}${search ? `?${search}` : ''}`;
}

/** The <iframe> element for an embed address, its title naming what it shows. */
export function embedSnippet(src: string, title: string, size: { width: number; height: number } = EMBED_SIZE): string {
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="${size.width}" height="${size.height}" style="max-width: 100%; border: 0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}

/** An oEmbed 1.0 "rich" response for an embed address (https://oembed.com/, section 2.3.4). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** The oEmbed response announcing one embed page. */
export function oembedResponse(options: { src: string; title: string; providerName: string; providerUrl: string }): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: options.title,
    provider_name: options.providerName,
    provider_url: options.providerUrl,
    html: embedSnippet(options.src, options.title),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
  };
}
