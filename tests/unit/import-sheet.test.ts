// Importing other people's timelines as a new site: the Google Sheets CSV, titles for slides
// without a headline, display dates, BCE and deep-time years as EDTF, media, and the new
// site's settings (npm run import -- <file> --replace).
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from '../../src/lib/import/sheet.ts';
import { newSiteSettings } from '../../src/lib/import/new-site.ts';
import { convertTimelineJs, NotATimelineError, slideDate, timelineJsDateToEdtf, titleWithoutHeadline } from '../../src/lib/import/timelinejs.ts';
import { readContent } from '../../src/content-source/read.ts';
import { readSiteSettings } from '../../src/content-source/site-settings.ts';
import { contentRulesOf } from '../../src/lib/content/site-settings.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import type { TimelineJsTimeline } from '../../src/lib/timelinejs/format.ts';
import { FIXTURES, removeDir, ROOT } from '../helpers/fixtures.ts';

const IMPORT = join(FIXTURES, 'import');
const read = (name: string) => readFileSync(join(IMPORT, name), 'utf8');
const options = { lanes: [], existingSlugs: new Set<string>(), sourceKey: 'timelinejs-x', sourceTitle: 'X', eraTags: false };

describe('years as EDTF', () => {
  it.each([
    [{ year: -44, month: 3, day: 15 }, '-0043-03-15'],
    [{ year: '-3200' }, '-3199'],
    [{ year: -9999 }, '-9998'],
    [{ year: -10000 }, 'Y-10000'],
    [{ year: '-13800000000' }, 'Y-13800000000'],
    [{ year: 4540000000 }, 'Y4540000000'],
    [{ year: 9999 }, '9999'],
  ])('%j → %s', (date, edtf) => {
    expect(timelineJsDateToEdtf(date, 'start_date')).toEqual({ ok: true, edtf, hadTime: false });
  });
  it('a year beyond four digits takes no month, and no "~" from its display date', () => {
    expect(timelineJsDateToEdtf({ year: -66000000, month: 6 }, 'start_date')).toEqual({ ok: false, reason: 'start_date gives a month in the year -66000000; a year beyond four digits is given as a year only' });
    // Until the date parser accepts Y years, the slide is reported with that EDTF text; after, it converts to it.
    const bigBang = slideDate({ start_date: { year: -13800000000 }, display_date: 'About 13.8 billion years ago' });
    expect(bigBang.ok ? bigBang.date.edtf : bigBang.reason).toMatch(/^(Y-13800000000|the date "Y-13800000000" .*)$/);
  });
  it('the deep-time fixtures keep their other events and name each billion-year one', () => {
    for (const [name, input] of [['deep-time.json', JSON.parse(read('deep-time.json'))], ['deep-time.csv', readSheet(read('deep-time.csv')).timeline]] as const) {
      const result = convertTimelineJs(input, options);
      const edtf = [...result.entries.map((e) => e.edtf), ...result.skipped.map((s) => /"(Y[^"]*)"/.exec(s.reason)?.[1])];
      expect(edtf.sort(), name).toEqual(['-7499~', name.endsWith('csv') ? 'Y-66000000' : 'Y-4540000000', 'Y-13800000000'].sort());
    }
  });
});

describe('slides without a headline', () => {
  it.each([
    ['The Diamond Sutra is printed. It survives.', 'a caption', '868', { title: 'The Diamond Sutra is printed', from: 'text' }],
    ['', 'Caxton’s press', '1476', { title: 'Caxton’s press', from: 'media caption' }],
    ['', '', 'The year 1605', { title: 'The year 1605', from: 'date' }],
    ['word '.repeat(40).trim(), '', '1900', { title: `${'word '.repeat(15).trim()}…`, from: 'text' }],
  ])('%j, %j, %j → %j', (text, caption, date, expected) => {
    expect(titleWithoutHeadline(text, caption, date)).toEqual(expected);
  });
});

describe('the Google Sheets CSV', () => {
  const sheet = readSheet(read('bridges.csv'));
  it('reads the title row, the era rows and the events, with their spreadsheet rows', () => {
    expect(sheet.timeline.title?.text?.headline).toBe('Bridges of the World');
    expect(sheet.timeline.eras!.map((e) => e.text?.headline)).toEqual(['Bronze Age', 'Iron, then steel']);
    expect(sheet.eraRows).toEqual([3, 4]);
    expect(sheet.eventRows).toEqual([5, 6, 7, 8, 9, 10, 11]);
  });
  it('keeps quoted commas and quotes, the time, display date, media credit and caption', () => {
    const [, fabricius, , brooklyn] = sheet.timeline.events;
    expect(fabricius).toMatchObject({ text: { headline: 'Pons Fabricius, Rome' }, media: { url: 'https://example.org/fabricius.jpg', credit: 'Photo: A. Builder, CC BY 4.0', caption: 'The bridge seen from the island' }, group: 'Stone' });
    expect(brooklyn).toMatchObject({ start_date: { year: '1883', month: '5', day: '24', hour: '14', minute: '00' }, display_date: '24 May 1883, in the afternoon' });
    expect(brooklyn.text?.text).toContain('with "steel-wire" cables');
  });
  it('converts every row but the impossible day, each headline-less one titled and reported', () => {
    const result = convertTimelineJs(sheet.timeline, options);
    expect(result.entries.map((e) => [sheet.eventRows[e.item - 1], e.title, e.edtf, e.lane])).toEqual([
      [5, 'Arkadiko Bridge', '-1299~', 'stone'],
      [6, 'Pons Fabricius, Rome', '-0061', 'stone'],
      [7, 'The Iron Bridge at Coalbrookdale is the first major bridge made of cast iron', '1779-01-01', 'iron-and-steel'],
      [8, 'Brooklyn Bridge opens', '1883-05-24', 'iron-and-steel'],
      [10, 'Bosphorus Bridge at dusk', '1973', 'iron-and-steel'],
      [11, 'Winter, 2004', '2004', 'imported'],
    ]);
    expect(result.entries.map((e) => e.notes.find((n) => n.startsWith('it had no headline')))).toEqual([
      undefined, undefined, 'it had no headline: its title comes from its text', undefined,
      'it had no headline: its title comes from its media caption', 'it had no headline: its title comes from its date',
    ]);
    expect(result.skipped).toEqual([{ item: 5, label: '"Golden Gate Bridge"', reason: 'the date "1937-02-30" is not a real day: 1937-02 has only 28 days' }]);
    const fabricius = result.entries[1].markdown;
    expect(fabricius).toContain('Media: [The bridge seen from the island](https://example.org/fabricius.jpg). Credit: Photo: A. Builder, CC BY 4.0.');
    expect(fabricius).toContain('in its *original* state');
    expect(result.entries[0].markdown).toContain('displayDate: "c. 1300 BCE"');
    expect(result.entries.every((e) => e.tags.length === 0)).toBe(true);
    expect(result.eraBands).toEqual([
      { id: 'bronze-age', label: 'Bronze Age', start: '-1299', end: '-1189' },
      { id: 'iron-then-steel', label: 'Iron, then steel', start: '1779', end: '1900' },
    ]);
  });
  it('refuses a CSV without the template\'s columns, in one line', () => {
    expect(() => readSheet('Date,Title\n1900,A\n')).toThrow(NotATimelineError);
    expect(() => readSheet('Date,Title\n1900,A\n')).toThrow('this is not a TimelineJS spreadsheet: it has no "Year" or "Headline" column (the template\'s columns are Year, Month, Day, Time, End Year');
  });
});

describe('the JSON fixture', () => {
  const timeline = JSON.parse(read('printing.json')) as TimelineJsTimeline;
  it('keeps every event but the impossible month, sanitised, media credited', () => {
    const result = convertTimelineJs(timeline, options);
    expect(result.skipped).toEqual([{ item: 6, label: '"The Times on a steam press"', reason: 'start_date.month 13 does not exist' }]);
    expect(result.entries.map((e) => [e.item, e.title, e.edtf])).toEqual([
      [1, 'Clay tablets in Sumer', '-3199~'],
      [2, 'The Diamond Sutra is printed from wooden blocks', '0868-05-11'],
      [3, 'The Gutenberg Bible', '1455~'],
      [4, 'William Caxton\'s press at Westminster', '1476'],
      [5, 'The year 1605', '1605'],
      [7, 'The rotary press', '1843/1847'],
    ]);
    const [, , gutenberg, , , rotary] = result.entries;
    expect(gutenberg.markdown).toContain('displayDate: "Around 1455"');
    expect(gutenberg.markdown).toContain('Media: [A page of the Gutenberg Bible](https://commons.wikimedia.org/wiki/File:Gutenberg_Bible.jpg). Credit: [Wikimedia Commons](https://commons.wikimedia.org/), public domain.');
    expect(rotary.markdown).not.toContain('script');
  });
});

describe('the new site\'s settings', () => {
  it('the title, the eras as bands, no calendars, one cited source and any length', () => {
    const { settings, notes, yaml } = newSiteSettings('Bridges', 'Spans of stone.', [{ id: 'bronze-age', label: 'Bronze Age', start: '-1299', end: '-1189' }], 'content/site.yaml');
    expect(notes).toEqual([]);
    expect(yaml).toMatch(/^url:$/m);
    expect(settings).toMatchObject({ title: 'Bridges', description: 'Spans of stone.', calendars: {}, eras: { reigns: 'none', bands: [{ id: 'bronze-age', label: 'Bronze Age' }] } });
    expect(contentRulesOf(settings)).toEqual({ minSources: 1, maxSummary: 240 });
  });
  it('an era in deep time (Y years) becomes an era band like any other', () => {
    const { settings, notes } = newSiteSettings('Deep', '', [{ id: 'hadean', label: 'Hadean', start: 'Y-4540000000', end: 'Y-4000000000' }], 'content/site.yaml');
    expect(settings.eras.bands.map((band) => [band.id, band.label, band.start.edtf, band.end.edtf])).toEqual([['hadean', 'Hadean', 'Y-4540000000', 'Y-4000000000']]);
    expect(notes).toEqual([]);
  });
});

describe('npm run import -- <file> --replace', () => {
  const made: string[] = [];
  afterAll(() => made.forEach(removeDir));
  const copy = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'import-replace-unit-')), 'content');
    made.push(dir); // removeDir removes the folder that holds it
    cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
    return dir;
  };
  const run = (dir: string, ...args: string[]) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    return { status: result.status, out: `${result.stdout}${result.stderr}` };
  };

  it('replaces the example site, names rows in the report, and the result passes its own rules', () => {
    const dir = copy();
    const { status, out } = run(dir, join(IMPORT, 'bridges.csv'), '--replace');
    expect(status).toBe(1);
    expect(out).toMatch(/✓ row 7 "The Iron Bridge at Coalbrookdale .*\n {6}note: it had no headline: its title comes from its text/);
    expect(out).toContain('✗ row 9 "Golden Gate Bridge": the date "1937-02-30" is not a real day');
    expect(out).toContain('Replaced the site in');
    expect(readdirSync(dir).sort()).toEqual(['bibliography.yaml', 'events', 'lanes.yaml', 'site.yaml']);
    expect(readFileSync(join(dir, 'bibliography.yaml'), 'utf8')).toContain('medium: TimelineJS spreadsheet (CSV)');
    const { settings, problems: settingsProblems } = readSiteSettings(dir);
    expect(settingsProblems).toEqual([]);
    expect(settings.title).toBe('Bridges of the World');
    expect(validateContent(readContent(dir, join(dir, '..')), contentRulesOf(settings)).problems).toEqual([]);
  });

  it('a dry run, or a file with nothing to import, leaves the site as it was', () => {
    const dir = copy();
    const before = readdirSync(dir).sort();
    expect(run(dir, join(IMPORT, 'printing.json'), '--replace', '--dry-run').out).toContain('Would replace the site');
    const empty = join(dir, '..', 'empty.json');
    writeFileSync(empty, '{"events": [{"start_date": {"year": "x"}}]}');
    const nothing = run(dir, empty, '--replace');
    expect(nothing.status).toBe(1);
    expect(nothing.out).toContain('Nothing was converted, so');
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(join(dir, 'people'))).toBe(true);
  });
});
