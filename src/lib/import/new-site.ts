// The site settings of a new site made from an imported timeline (npm run import -- --replace):
// its title and description from the file, its eras as era bands, no calendars, and editorial
// rules that the imported entries meet, so that the result builds at once.
import { stringify } from 'yaml';
import { parseSiteSettings, type SiteSettings } from '../content/site-settings.ts';
import type { ImportResult } from './timelinejs.ts';

/** The settings file of the new site, what it holds, and what was left out of it. */
export interface NewSiteSettings {
  /** The text of site.yaml. */
  yaml: string;
  settings: SiteSettings;
  /** Eras that cannot be bands (yet), for the report. */
  notes: string[];
}

/**
 * content/site.yaml for a site made from a timeline: `title` (the file's headline, else its
 * name), `description` (the title slide's text), the eras as `eras.bands` (those whose dates
 * the settings accept), `calendars: none`, and editorial rules of one cited source and any
 * length (every imported entry cites the file it came from).
 */
export function newSiteSettings(title: string, description: string, bands: ImportResult['eraBands'], file: string): NewSiteSettings {
  const notes: string[] = [];
  const accepted = bands.filter((band) => {
    const { problems } = parseSiteSettings(stringify({ eras: { bands: [band] } }), file);
    if (problems.length) notes.push(`the era "${band.label}" is not an era band: ${problems[0].message}`);
    return problems.length === 0;
  });
  const data = {
    title,
    ...(description ? { description } : {}),
    language: 'en',
    eras: { reigns: 'none', bands: accepted },
    lanes: 'lanes.yaml',
    calendars: 'none',
    editorial: { sources: 1, summary: 240 },
  };
  const yaml = [
    '# The settings of the whole site (see "Site settings" in README.md), written by',
    '# npm run import -- --replace. url: the public address, scheme and host only.',
    'url:',
    stringify(data, { lineWidth: 0 }).trim(),
    '',
  ].join('\n');
  const { settings, problems } = parseSiteSettings(yaml, file);
  // A problem here is a bug of this module, not of the file: the report shows it as one.
  if (problems.length) throw new Error(`the new site.yaml is not valid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  return { yaml, settings, notes };
}
