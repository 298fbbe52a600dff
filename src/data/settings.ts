// The site's settings (content/site.yaml, or the CONTENT_DIR's), for pages and data modules.
import { readSiteSettings } from '../content-source/site-settings.ts';
import type { SiteSettings } from '../lib/content/site-settings.ts';

/** The parsed settings of this build's content directory (the content gate has refused bad ones). */
export const settings: SiteSettings = readSiteSettings().settings;

/** The site's name, as the header, titles, citations, feeds and exports give it. */
export const SITE_NAME: string = settings.title;

/** The handout's footer line: the settings' own, else "From “<title>”." */
export const HANDOUT_FOOTER: string = settings.handout.footer ?? `From “${settings.title}”.`;

/** The embedded timeline's name (its frame's title, the oEmbed answer): "Timeline: <heading>". */
export const EMBED_TITLE: string = `Timeline: ${settings.heading ?? settings.title}`;
