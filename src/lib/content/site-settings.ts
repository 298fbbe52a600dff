// The site's own settings, content/site.yaml: its public address (which every absolute link is
// made from), its name and description, the period it opens on, its era bands, calendars,
// editorial rules, map and handout wording. Parsed once here, at the edge; everything that
// names the subject comes from here, so src/ holds none of it (tests/unit/no-subject.test.ts).
import { z } from 'astro/zod';
import { parse, YAMLParseError } from 'yaml';
import type { Problem } from './problems.ts';
import { parseHistoricalDate } from '../dates/historical-date.ts';
import { MAX_SUMMARY_LENGTH } from '../schemas/event.ts';
import type { MapFeature } from '../geo/features.ts';

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

const text = z.string().trim().min(1, { message: 'must not be empty' });
const year = z.number({ message: 'must be a year, a whole number (negative for BCE)' }).int({ message: 'must be a whole year' });

/** A calendar date of an era band: "1914-07-28" (a day), "1914-07" or a year (1914, -500). */
const bandDate = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const parsed = parseHistoricalDate(typeof value === 'number' ? yearText(value) : value);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason });
    return z.NEVER;
  }
  return parsed.value;
});

/** An EDTF year: four digits with a sign for BCE ("-0043"), Y-notation beyond four digits. */
function yearText(value: number): string {
  const digits = String(Math.abs(value));
  if (digits.length > 4) return `Y${value}`;
  return `${value < 0 ? '-' : ''}${digits.padStart(4, '0')}`;
}

/** One named period drawn behind the timeline's marks, e.g. a war. */
const eraBandSchema = z.strictObject({
  /** URL-safe id, unique among the bands. */
  id: z.string().regex(/^[a-z0-9-]+$/, { message: 'must be lower-case letters, digits and hyphens' }),
  /** What the band says. */
  label: text,
  /** Its first day, month or year. */
  start: bandDate,
  /** Its last day, month or year (inclusive). */
  end: bandDate,
});

/** A point on the map: [longitude, latitude] in degrees. */
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], { message: 'must be [longitude, latitude] in degrees' });

/** A natural feature the slides' maps name where it fits: an island, a sea, a region, a lake. */
const mapFeatureSchema = z.strictObject({
  /** The name, as the period wrote it in English. */
  name: text,
  /** "water" is set in italic, "island" and "region" in spaced capitals. */
  kind: z.enum(['water', 'island', 'region']),
  /** Where the name goes, [longitude, latitude]. */
  at: lonLat,
  /** Higher goes first when two names compete for the same room. Default 0. */
  priority: z.number().default(0),
  /** Other points the name may sit on when the first is taken. */
  alternatives: z.array(lonLat).optional(),
  /** The name must be centred on its point (a thin chain of islands). Default false. */
  exact: z.boolean().optional(),
  /** A lake the base map lacks: its shore, [longitude, latitude] points in order, drawn as water. */
  shore: z.array(lonLat).min(3).optional(),
}).transform(({ at, ...rest }): MapFeature => ({ ...rest, longitude: at[0], latitude: at[1] }));

/** Where a calendar applies: to every event ("all"), or to events with a place in these countries. */
const calendarScope = z.union([z.literal('all'), z.array(text).min(1)], { message: 'must be "all" or a list of countries, e.g. [China, Taiwan]' });

/** The calendars an event page gives beside the Gregorian date. */
// "none" is shorthand for no calendars; normalised here so the rest of the code sees one shape.
const calendarsSchema = z.preprocess((value) => (value === 'none' ? {} : value), z.strictObject({
  /** Dates in the Japanese reign eras (nengō), from 1873; the table is ../dates/japanese-eras.ts. */
  japanese: calendarScope.optional(),
  /** Republic of China (Minguo) years from 1912, the Qing reign years before. */
  minguo: calendarScope.optional(),
  /** The Julian (Old Style) date, for days before 14 February 1918. */
  julian: calendarScope.optional(),
}, { message: 'must be "none" or a list of calendars' }));

/** What the build asks of each entry beyond a valid format. */
const editorialSchema = z.strictObject({
  /** How many distinct works an entry cites, at least; 0 asks for no citation at all. Default 0. */
  sources: z.number().int().min(0).default(0),
  /** The length of an entry's text in words, [least, most]; default: any length. */
  words: z.tuple([z.number().int().min(0), z.number().int().min(1)]).optional(),
  /** The longest summary in characters (the format's own limit is 240). Default 240. */
  summary: z.number().int().min(20).max(MAX_SUMMARY_LENGTH).default(MAX_SUMMARY_LENGTH),
});

/** content/site.yaml: the settings of the whole site. */
export const siteSettingsSchema = z.strictObject({
  /**
   * The public address of the site, scheme and host only (e.g. https://timeline.example.edu);
   * the sub-path comes from BASE. Default: not set, and then no page carries an absolute link.
   */
  url: address.nullish().transform((value) => (value ? new URL(value.trim()).origin : undefined)),
  /** The site's name: page titles, citations, feeds and exports. Default "A timeline". */
  title: text.default('A timeline'),
  /** A line under the name in the header. Default: none. */
  subtitle: text.optional(),
  /** The home page's heading. Default: the title. */
  heading: text.optional(),
  /** The home page's line under the heading, before the number of events, e.g. "From the founding of Rome to the fall of Constantinople". Default: none. */
  intro: text.optional(),
  /** One or two sentences for search engines, link previews and the exports. Default: none. */
  description: text.optional(),
  /** The BCP-47 language of the content, e.g. "en", "fr". Default "en". */
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'must be a language tag such as "en" or "pt-BR"' }).default('en'),
  /** The licence of the content, e.g. "CC BY-SA 4.0". Default: none stated. */
  licence: text.optional(),
  /** The years the timeline opens on, [first, last]; default: the span of the events. */
  window: z.tuple([year, year]).refine(([a, b]) => a < b, { message: 'must be [first year, last year], the first before the last' }).optional(),
  /** Named periods drawn behind the marks. */
  eras: z.strictObject({
    /** Reign bands from a calendar's table: "japanese" or "none". Default "none". */
    reigns: z.enum(['japanese', 'none']).default('none'),
    /** Bands of the site's own: wars, dynasties, ages. */
    bands: z.array(eraBandSchema).default([]),
  }).default({ reigns: 'none', bands: [] }),
  /** The file, in the content directory, that lists the lanes. Default "lanes.yaml". */
  lanes: z.string().regex(/^[\w.-]+\.ya?ml$/, { message: 'must be a YAML file name in the content directory, e.g. lanes.yaml' }).default('lanes.yaml'),
  /** The calendars event pages give beside the Gregorian date ("none", the default, gives none). */
  calendars: calendarsSchema.default({}),
  /** What the build asks of each entry beyond a valid format. Default: one summary, any length. */
  editorial: editorialSchema.default({ sources: 0, summary: MAX_SUMMARY_LENGTH }),
  /** The maps of places. */
  map: z.strictObject({
    /** What the map of the area where most places lie is called, e.g. "Western Europe". Default "the region". */
    region: text.default('the region'),
    /** Islands, seas, regions and lakes the slides' maps name where they fit. Default none. */
    features: z.array(mapFeatureSchema).default([]),
  }).default({ region: 'the region', features: [] }),
  /** The classroom handout. */
  handout: z.strictObject({
    /** The line at the foot of every handout, before the lesson's address. Default: "From “<title>”." */
    footer: text.optional(),
  }).default({}),
});

/** The parsed settings: `url` is the origin ("https://host"), or undefined when not set. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** The settings of a site that has none: every default. */
export const NO_SITE_SETTINGS: SiteSettings = siteSettingsSchema.parse({});

/** The settings' keys, for the message about an unknown one. */
const SETTING_NAMES = Object.keys(siteSettingsSchema.shape).join(', ');

/** How to fix a bad value, by its top-level setting. */
const FIXES: Record<string, string> = {
  url: `write the scheme and host only, e.g. "url: ${EXAMPLE}"`,
  title: 'write the name of the site, e.g. "title: The Roman Republic"',
  subtitle: 'write one line, or remove it',
  heading: 'write one line, or remove it',
  intro: 'write one line, or remove it',
  description: 'write one or two sentences, or remove it',
  language: 'write e.g. "language: en"',
  licence: 'write e.g. "licence: CC BY-SA 4.0"',
  window: 'write e.g. "window: [1895, 1948]" (negative years are BCE)',
  eras: 'see "Site settings" in README.md: eras: { reigns: none, bands: [{ id, label, start, end }] }',
  lanes: 'write e.g. "lanes: lanes.yaml"',
  calendars: 'write "calendars: none", or e.g. "calendars: { julian: [Greece] }" (japanese, minguo, julian)',
  editorial: 'write e.g. "editorial: { sources: 2, words: [200, 500], summary: 240 }"',
  map: 'write e.g. "map: { region: Western Europe, features: [{ name: Alps, kind: region, at: [10, 46.5] }] }"',
  handout: 'write e.g. "handout: { footer: From the class timeline. }"',
};

/** The editorial rules the build applies, from the settings. */
export function contentRulesOf(settings: SiteSettings): { minSources: number; minWords?: number; maxWords?: number; maxSummary: number; oldStyle?: 'all' | string[] } {
  const { sources, words, summary } = settings.editorial;
  const { julian } = settings.calendars;
  return { minSources: sources, ...(words ? { minWords: words[0], maxWords: words[1] } : {}), maxSummary: summary, ...(julian ? { oldStyle: julian } : {}) };
}

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
  if (result.success) {
    const ids = result.data.eras.bands.map((b) => b.id);
    const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
    if (repeated) return { settings: NO_SITE_SETTINGS, problems: [{ file, field: 'eras.bands', message: `has the id "${repeated}" twice`, fix: 'give every band its own id' }] };
    return { settings: result.data, problems: [] };
  }
  const problems = result.error.issues.map((issue): Problem => {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.join('.');
      const names = where ? Object.keys(nestedShape(where)).join(', ') : SETTING_NAMES;
      return { file, field: issue.keys.map((k) => (where ? `${where}.${k}` : k)).join(', '), message: `is not a ${where ? `setting of ${where}` : 'site setting'}`, fix: `the settings${where ? ` of ${where}` : ''} are: ${names}` };
    }
    if (issue.path.length === 0) return { file, message: 'must be a list of "key: value" settings', fix: `write e.g. "url: ${EXAMPLE}"` };
    const top = String(issue.path[0]);
    const message = top === 'url' && issue.code === 'invalid_type' ? 'must be an address in quotes or nothing' : issue.message;
    return { file, field: issue.path.join('.'), message, fix: FIXES[top] ?? `see "Site settings" in README.md` };
  });
  return { settings: NO_SITE_SETTINGS, problems };
}

/** The fields of a nested settings object, for the list in an unknown-key message. */
function nestedShape(where: string): Record<string, unknown> {
  const shapes: Record<string, Record<string, unknown>> = {
    eras: { reigns: 1, bands: 1 },
    calendars: { japanese: 1, minguo: 1, julian: 1 },
    editorial: editorialSchema.shape,
    map: { region: 1, features: 1 },
    handout: { footer: 1 },
  };
  // One item of a list (eras.bands.0, map.features.2) has the fields of that item, not of its parent.
  if (/^eras\.bands\.\d+$/.test(where)) return eraBandSchema.shape;
  if (/^map\.features\.\d+$/.test(where)) return { name: 1, kind: 1, at: 1, priority: 1, alternatives: 1, exact: 1, shore: 1 };
  return shapes[where] ?? {};
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
