import { describe, expect, it } from 'vitest';
import { addressProblem, contentRulesOf, parseSiteSettings, resolveSiteAddress, ADDRESS_NOT_SET_WARNING } from '../../src/lib/content/site-settings.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { absoluteUrl } from '../../src/lib/paths.ts';
import { formatPageCitations, pageCitationItem } from '../../src/lib/citations/page-citation.ts';
import { exportReference } from '../../src/lib/citations/csl.ts';
import { eventJsonLd, highwireTags, type PageMetadataInput } from '../../src/lib/citations/page-metadata.ts';
import { renderCardSvg } from '../../src/lib/og/card.ts';
import { pageUrl, siteUrlOf } from '../../src/lib/data-out/events.ts';
import { parseHistoricalDate } from '../../src/lib/dates/historical-date.ts';

const lines = (text: string | undefined) => parseSiteSettings(text).problems.map(formatProblem);

describe('content/site.yaml', () => {
  it.each([
    ['no file', undefined, undefined],
    ['an empty file', '', undefined],
    ['only comments', '# nothing set yet\n', undefined],
    ['url left empty', 'url:\n', undefined],
    ['an https address', 'url: https://timeline.example.edu\n', 'https://timeline.example.edu'],
    ['a trailing slash and spaces', 'url: "  https://timeline.example.edu/  "\n', 'https://timeline.example.edu'],
    ['an http address with a port', 'url: http://localhost:4321\n', 'http://localhost:4321'],
  ])('%s gives the address %s', (_name, text, url) => {
    const { settings, problems } = parseSiteSettings(text);
    expect(problems).toEqual([]);
    expect(settings.url).toBe(url);
  });

  it('refuses a bad address, naming the file, the field, the value and the fix', () => {
    expect(lines('url: timeline.example.edu\n')).toEqual([
      'content/site.yaml: url: "timeline.example.edu" is not an absolute address. Fix: write the scheme and host only, e.g. "url: https://timeline.example.edu".',
    ]);
    expect(lines('url: ftp://files.example.edu\n')[0]).toContain('"ftp://files.example.edu" is not an http or https address');
    expect(lines('url: https://example.edu/timeline/\n')[0]).toContain('has a path ("/timeline/"); the site\'s path is set by BASE');
    expect(lines('url: https://example.edu/?a=1\n')[0]).toContain('has a query or fragment');
    expect(lines('url: 42\n')).toEqual(['content/site.yaml: url: must be an address in quotes or nothing. Fix: write the scheme and host only, e.g. "url: https://timeline.example.edu".']);
  });

  it('refuses an unknown setting and broken YAML, with the line', () => {
    expect(lines('url: https://example.edu\naddress: https://example.edu\n')).toEqual(['content/site.yaml: address: is not a site setting. Fix: the settings are: url, title, subtitle, heading, intro, description, language, licence, window, eras, lanes, calendars, editorial, map, handout.']);
    expect(lines('url: [https://example.edu\n')[0]).toMatch(/^content\/site\.yaml: line \d+: is not valid YAML/);
    expect(lines('- https://example.edu\n')[0]).toBe('content/site.yaml: must be a list of "key: value" settings. Fix: write e.g. "url: https://timeline.example.edu".');
  });
});

describe('the site address: SITE wins over the settings file', () => {
  const file = parseSiteSettings('url: https://from-file.example.edu\n');
  it.each([
    ['SITE only', 'https://from-env.example.edu', parseSiteSettings(undefined), 'https://from-env.example.edu', 'SITE'],
    ['both: SITE wins', 'https://from-env.example.edu/', file, 'https://from-env.example.edu', 'SITE'],
    ['the file only', undefined, file, 'https://from-file.example.edu', 'content/site.yaml'],
    ['an empty SITE falls back to the file', '  ', file, 'https://from-file.example.edu', 'content/site.yaml'],
    ['neither', undefined, parseSiteSettings('url:\n'), undefined, undefined],
  ])('%s', (_name, env, settings, url, from) => {
    expect(resolveSiteAddress(env, settings)).toEqual({ url, from, problems: [] });
  });

  it('refuses a bad SITE rather than falling back', () => {
    const { url, problems } = resolveSiteAddress('example.edu', file);
    expect(url).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual(['SITE (environment variable): "example.edu" is not an absolute address. Fix: give the scheme and host only, e.g. SITE=https://timeline.example.edu.']);
  });

  it('passes on the problems of the file', () => {
    expect(resolveSiteAddress(undefined, parseSiteSettings('url: nope\n')).problems).toHaveLength(1);
  });

  it('accepts only absolute http(s) origins', () => {
    expect(addressProblem('https://a.example.edu')).toBeNull();
    expect(addressProblem('https://user:pw@a.example.edu')).toContain('user name or password');
    expect(addressProblem('mailto:a@example.edu')).toContain('not an http or https address');
  });

  it('warns in one line, saying where to set the address', () => {
    expect(ADDRESS_NOT_SET_WARNING).not.toContain('\n');
    expect(ADDRESS_NOT_SET_WARNING).toContain('content/site.yaml');
    expect(ADDRESS_NOT_SET_WARNING).toContain('SITE=');
  });
});

describe('without the address, nothing invents a host', () => {
  it('absolute addresses are undefined, not made up', () => {
    expect(absoluteUrl('/timeline/events/x/', undefined)).toBeUndefined();
    expect(absoluteUrl('/timeline/events/x/', new URL('https://a.example.edu'))).toBe('https://a.example.edu/timeline/events/x/');
  });

  it('the data exports link root-relative under a root-relative site URL', () => {
    expect(pageUrl('/timeline/', 'events', 'x')).toBe('/timeline/events/x/');
    expect(siteUrlOf('/', 'data/events.schema.json')).toBe('/data/events.schema.json');
    expect(pageUrl('https://a.example.edu/timeline/', 'places', 'mukden')).toBe('https://a.example.edu/timeline/places/mukden/');
  });

  const input = {
    slug: 'huanggutun-incident-1928',
    title: 'Huanggutun Incident',
    summary: 'A bomb wrecked the train of Zhang Zuolin.',
    siteName: 'Northeast Asia 1895–1948',
    url: undefined,
    lastChanged: { year: 2026, month: 11, day: 24 },
    accessed: { year: 2026, month: 11, day: 30 },
    version: '2026-11-24',
  };

  it('the reference has no URL, in every style and download', () => {
    const item = pageCitationItem(input);
    expect(item).not.toHaveProperty('URL');
    const cited = formatPageCitations(item);
    for (const text of Object.values(cited)) expect(text).not.toMatch(/https?:|localhost|example\.org/);
    expect(cited.chicago).toContain('Huanggutun Incident');
    expect(exportReference(item, 'bibtex')).not.toMatch(/url|https?:/i);
    expect(exportReference(item, 'ris')).not.toMatch(/^UR\s/m);
  });

  it('the metadata leaves out every address, keeping the rest', () => {
    const parsed = parseHistoricalDate('1928-06-04');
    if (!parsed.ok) throw new Error(parsed.reason);
    const metadata: PageMetadataInput = {
      title: input.title, summary: input.summary, siteName: input.siteName, lastChanged: input.lastChanged, date: parsed.value,
      names: [], places: [{ name: 'Mukden', latitude: 41.8, longitude: 123.43 }], tags: [], sources: [],
    };
    const tags = Object.fromEntries(highwireTags(metadata));
    expect(tags).not.toHaveProperty('citation_public_url');
    expect(tags).not.toHaveProperty('citation_abstract_html_url');
    expect(tags.citation_title).toBe('Huanggutun Incident');
    const ld = JSON.stringify(eventJsonLd(metadata));
    expect(ld).not.toMatch(/"(@id|url|mainEntityOfPage|image)"/);
    expect(ld).toContain('"name":"Mukden"');
  });

  it('the preview card has no address line', () => {
    const svg = renderCardSvg({ siteName: 'Site', title: 'Title', dateText: '4 June 1928' });
    expect(svg).not.toContain('undefined');
    expect(svg.match(/<text /g)).toHaveLength(3); // site, title, date
  });
});

describe('content/site.yaml: the subject settings', () => {
  it('gives every default to a site that sets nothing: no calendars, no bands, no editorial rules', () => {
    const { settings } = parseSiteSettings('');
    expect(settings).toMatchObject({ title: 'A timeline', language: 'en', lanes: 'lanes.yaml', calendars: {}, eras: { reigns: 'none', bands: [] }, editorial: { sources: 0, summary: 240 }, map: { region: 'the region' }, handout: {} });
    expect(settings.window).toBeUndefined();
    expect(settings.description).toBeUndefined();
  });

  it('reads a whole site of another subject, BCE window and bands included', () => {
    const { settings, problems } = parseSiteSettings([
      'title: The Roman Republic', 'language: en-GB', 'licence: CC0', 'window: [-509, -27]',
      'eras: { bands: [{ id: punic-wars, label: Punic Wars, start: -264, end: "-0145" }] }',
      'calendars: none', 'editorial: { sources: 1, words: [50, 900], summary: 200 }', 'map: { region: the Mediterranean }', 'handout: { footer: From our class timeline. }',
    ].join('\n'));
    expect(problems).toEqual([]);
    expect(settings.window).toEqual([-509, -27]);
    expect(settings.calendars).toEqual({});
    expect(settings.eras.bands.map((b) => [b.id, b.start.edtf, b.end.edtf])).toEqual([['punic-wars', '-0264', '-0145']]);
    expect(settings.editorial).toEqual({ sources: 1, words: [50, 900], summary: 200 });
  });

  it('refuses bad values, naming the file, the field and the fix', () => {
    expect(lines('window: [1948, 1895]\n')).toEqual(['content/site.yaml: window: must be [first year, last year], the first before the last. Fix: write e.g. "window: [1895, 1948]" (negative years are BCE).']);
    expect(lines('calendars: { gregorian: all }\n')).toEqual(['content/site.yaml: calendars.gregorian: is not a setting of calendars. Fix: the settings of calendars are: japanese, minguo, julian.']);
    // A key inside one band or feature is listed against that item's fields (an unquoted comma
    // in a flow mapping makes such a key: label: Clay, stone and papyrus).
    expect(lines('eras:\n  bands:\n    - { id: a, label: Clay, stone and papyrus, start: "-3199", end: "0104" }\n')).toEqual(['content/site.yaml: eras.bands.0.stone and papyrus: is not a setting of eras.bands.0. Fix: the settings of eras.bands.0 are: id, label, start, end.']);
    expect(lines('map:\n  features:\n    - { name: Alps, kind: region, at: [10, 46.5], size: 3 }\n')).toEqual(['content/site.yaml: map.features.0.size: is not a setting of map.features.0. Fix: the settings of map.features.0 are: name, kind, at, priority, alternatives, exact, shore.']);
    expect(lines('calendars: { julian: Russia }\n')[0]).toBe('content/site.yaml: calendars.julian: must be "all" or a list of countries, e.g. [China, Taiwan]. Fix: write "calendars: none", or e.g. "calendars: { julian: [Greece] }" (japanese, minguo, julian).');
    expect(lines('eras: { bands: [{ id: ww1, label: War, start: "1914-02-30", end: 1918 }] }\n')).toEqual(['content/site.yaml: eras.bands.0.start: "1914-02-30" is not a real day: 1914-02 has only 28 days. Fix: see "Site settings" in README.md: eras: { reigns: none, bands: [{ id, label, start, end }] }.']);
    expect(lines('eras: { bands: [{ id: a, label: A, start: 1900, end: 1901 }, { id: a, label: B, start: 1902, end: 1903 }] }\n')).toEqual(['content/site.yaml: eras.bands: has the id "a" twice. Fix: give every band its own id.']);
    expect(lines('editorial: { sources: -1 }\n')[0]).toMatch(/^content\/site\.yaml: editorial\.sources: .*Fix: write e\.g\. "editorial: \{ sources: 2, words: \[200, 500\], summary: 240 \}"\.$/);
    expect(lines('title: ""\n')).toEqual(['content/site.yaml: title: must not be empty. Fix: write the name of the site, e.g. "title: The Roman Republic".']);
    expect(lines('lanes: ../secrets.txt\n')[0]).toContain('lanes: must be a YAML file name in the content directory');
  });

  it('parses this site\'s own file without a problem, with its own editorial rules', async () => {
    const { readFileSync } = await import('node:fs');
    const { settings, problems } = parseSiteSettings(readFileSync(new URL('../../content/site.yaml', import.meta.url), 'utf8'));
    expect(problems).toEqual([]);
    expect(contentRulesOf(settings)).toEqual({ minSources: 2, minWords: 200, maxWords: 500, maxSummary: 240, oldStyle: ['Russia'] });
    expect(settings.calendars).toEqual({ japanese: 'all', minguo: ['China', 'Taiwan'], julian: ['Russia'] });
  });
});
