// The site's own settings, content/site.yaml: for now its public address, which every absolute
// link (canonical links, Open Graph, citations, QR codes, the feed, the sitemap, the data
// exports) is made from. Parsed once here, at the edge; the rest of the code sees a URL or
// nothing, and says "address not set" rather than invent a host.
import { z } from 'astro/zod';
import { parse, YAMLParseError } from 'yaml';
import type { Problem } from './problems.ts';

/** Where the settings live, relative to the project root. */
export const SITE_SETTINGS_FILE = 'content/site.yaml';

/** An example address for messages (example.edu is reserved: it never names a real host). */
const EXAMPLE = 'https://timeline.example.edu';

/** Why an address cannot be the site's, or null when it can: absolute http(s), no path, query or fragment. */
export function addressProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not an absolute address`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `"${value}" is not an http or https address`;
  if (url.username || url.password) return `"${value}" holds a user name or password`;
  if (url.search || url.hash) return `"${value}" has a query or fragment`;
  if (url.pathname !== '/') return `"${value}" has a path ("${url.pathname}"); the site's path is set by BASE`;
  return null;
}

const address = z.string().superRefine((value, ctx) => {
  const problem = addressProblem(value.trim());
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** content/site.yaml: the settings of the whole site. */
export const siteSettingsSchema = z.strictObject({
  /**
   * The public address of the site, scheme and host only (e.g. https://timeline.example.edu);
   * the sub-path comes from BASE. Default: not set, and then no page carries an absolute link.
   */
  url: address.nullish().transform((value) => (value ? new URL(value.trim()).origin : undefined)),
});

/** The parsed settings: `url` is the origin ("https://host"), or undefined when not set. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** The settings of a site that has none: nothing set. */
export const NO_SITE_SETTINGS: SiteSettings = { url: undefined };

/**
 * Parses the text of content/site.yaml (or undefined when there is no such file) into
 * settings, with one problem per bad field, naming the file and the field.
 */
export function parseSiteSettings(text: string | undefined, file: string = SITE_SETTINGS_FILE): { settings: SiteSettings; problems: Problem[] } {
  if (text === undefined) return { settings: NO_SITE_SETTINGS, problems: [] };
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : undefined;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { settings: NO_SITE_SETTINGS, problems: [{ file, ...(line ? { field: line } : {}), message: `is not valid YAML: ${message}`, fix: 'write one "key: value" per line' }] };
  }
  const result = siteSettingsSchema.safeParse(raw ?? {});
  if (result.success) return { settings: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    if (issue.code === 'unrecognized_keys') {
      return { file, field: issue.keys.join(', '), message: 'is not a site setting', fix: 'the settings are: url' };
    }
    if (issue.path.length === 0) return { file, message: 'must be a list of "key: value" settings', fix: `write e.g. "url: ${EXAMPLE}"` };
    return { file, field: issue.path.join('.'), message: issue.code === 'invalid_type' ? 'must be an address in quotes or nothing' : issue.message, fix: `write the scheme and host only, e.g. "url: ${EXAMPLE}"` };
  });
  return { settings: NO_SITE_SETTINGS, problems };
}

/** The site's address and where it came from, or why it is unusable. */
export interface SiteAddress {
  /** The origin, "https://host", or undefined when neither SITE nor the settings give one. */
  url: string | undefined;
  /** Where the address was set. */
  from: 'SITE' | typeof SITE_SETTINGS_FILE | undefined;
  problems: Problem[];
}

/**
 * The site's address: the SITE environment variable when it is set (a deploy can override the
 * file), else content/site.yaml's `url`, else none. A bad SITE is a problem, never ignored.
 */
export function resolveSiteAddress(env: string | undefined, settings: { settings: SiteSettings; problems: Problem[] }): SiteAddress {
  const fromEnv = env?.trim();
  if (fromEnv) {
    const problem = addressProblem(fromEnv);
    if (problem) return { url: undefined, from: undefined, problems: [{ file: 'SITE (environment variable)', message: problem, fix: `give the scheme and host only, e.g. SITE=${EXAMPLE}` }] };
    return { url: new URL(fromEnv).origin, from: 'SITE', problems: [] };
  }
  if (settings.problems.length) return { url: undefined, from: undefined, problems: settings.problems };
  return settings.settings.url ? { url: settings.settings.url, from: SITE_SETTINGS_FILE, problems: [] } : { url: undefined, from: undefined, problems: [] };
}

/** The one-line warning of a build that has no address: what is left out and how to set it. */
export const ADDRESS_NOT_SET_WARNING =
  `The site's address is not set (url in ${SITE_SETTINGS_FILE}, or SITE=${EXAMPLE}): this build leaves out canonical links, Open Graph addresses, QR codes, permalinks, the Atom feed and the sitemap, and its references and exports carry no web address.`;

/** What a page says where an absolute address would be. */
export const ADDRESS_NOT_SET = 'address not set';
