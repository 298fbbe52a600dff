import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { SITE_RULES } from '../helpers/site-rules.ts';
import { sortChronologically } from '../../src/lib/chronology.ts';
import { parseHistoricalDate } from '../../src/lib/dates/historical-date.ts';
import { exportDate, exportEvents, isoDay, type ExportContext } from '../../src/lib/data-out/events.ts';
import { eventsJsonSchema } from '../../src/lib/data-out/events-schema.ts';
import { CSV_COLUMNS, csvField, eventsToCsv, parseCsv } from '../../src/lib/data-out/csv.ts';
import { atomFeed, recentEntries } from '../../src/lib/data-out/atom.ts';
import { toTimelineJs, toTimelineJsDate } from '../../src/lib/timelinejs/export.ts';
import { fromTimelineJsYear, toTimelineJsYear } from '../../src/lib/timelinejs/format.ts';
import { ROOT } from '../helpers/fixtures.ts';

const { content, problems } = validateContent(readContent(join(ROOT, 'content'), ROOT), SITE_RULES);
const context: ExportContext = { siteUrl: 'https://example.org/timeline/', lanes: content.lanes, people: content.people, places: content.places };
const events = sortChronologically(content.events.map((e) => ({ ...e, title: e.data.title, date: e.data.date })));
const exported = exportEvents(events, context);

const date = (edtf: string) => {
  const result = parseHistoricalDate(edtf);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

/** An absolute http(s) address or a root-relative path: what the export's links may be. */
const URI_REFERENCE = /^(https?:\/\/\S+|\/\S*)$/;

describe('events.json', () => {
  it('the content is valid', () => expect(problems).toEqual([]));
  it('has every event, in chronological order, with absolute URLs under the base path', () => {
    expect(exported.count).toBe(content.events.length);
    expect(exported.events.map((e) => e.slug)).toEqual(events.map((e) => e.slug));
    expect(exported.events[0].url).toMatch(/^https:\/\/example\.org\/timeline\/events\/[a-z0-9-]+\/$/);
    expect(exported.$schema).toBe('https://example.org/timeline/data/events.schema.json');
  });
  it('validates against its published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { 'uri-reference': URI_REFERENCE } });
    const validate = ajv.compile(eventsJsonSchema);
    const ok = validate(JSON.parse(JSON.stringify(exported)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it('without the site\'s address, links root-relative and still validates', () => {
    const relative = exportEvents(events, { ...context, siteUrl: '/timeline/' });
    expect(relative.$schema).toBe('/timeline/data/events.schema.json');
    expect(relative.events[0].url).toMatch(/^\/timeline\/events\/[a-z0-9-]+\/$/);
    expect(JSON.stringify(relative)).not.toMatch(/"url":"https?:/);
    const validate = new Ajv2020({ allErrors: true, strict: true, formats: { 'uri-reference': URI_REFERENCE } }).compile(eventsJsonSchema);
    expect(validate(JSON.parse(JSON.stringify(relative)))).toBe(true);
  });
  it('the schema rejects what it should', () => {
    const ajv = new Ajv2020({ strict: true, formats: { 'uri-reference': URI_REFERENCE } });
    const validate = ajv.compile(eventsJsonSchema);
    const broken = structuredClone(exported) as unknown as { events: Record<string, unknown>[] };
    broken.events[0].slug = 'Not A Slug';
    expect(validate(broken)).toBe(false);
  });
  it('gives dates as EDTF, as the site writes them, and as ISO bounds', () => {
    expect(exportDate(date('1939-05-11/1939-09-16'))).toEqual({
      edtf: '1939-05-11/1939-09-16', display: '11 May – 16 September 1939', start: '1939-05-11', end: '1939-09-16',
      earliest: '1939-05-11', latest: '1939-09-16', precision: 'day', isInterval: true, approximate: false, uncertain: false,
    });
    expect(exportDate(date('1920~'))).toMatchObject({ start: '1920', end: null, earliest: '1920-01-01', latest: '1920-12-31', approximate: true });
    expect(exportDate(date('-0043-03-15'))).toMatchObject({ start: '-0043-03-15', earliest: '-0043-03-15', display: '15 March 44 BCE' });
    expect(exportDate(date('1904-02'), 'the night of 8–9 February 1904')).toMatchObject({ start: '1904-02', display: 'the night of 8–9 February 1904' });
    expect(exportDate(date('1937-07-07/..'))).toMatchObject({ start: '1937-07-07', end: null, isInterval: true });
    const year79 = new Date(0);
    year79.setUTCFullYear(79, 7, 24);
    expect(isoDay(year79.getTime())).toBe('0079-08-24');
  });
});

describe('events.csv', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
  it('reads back to one row per event with every title and date', () => {
    const csv = eventsToCsv(exported.events);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(exported.events.length);
    expect(rows.map((r) => r[1])).toEqual(exported.events.map((e) => e.title));
    expect(rows.map((r) => r[2])).toEqual(exported.events.map((e) => e.date.edtf));
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });
});

describe('timelinejs.json', () => {
  it('writes BCE years as TimelineJS shows them (-44 is 44 BCE)', () => {
    expect(toTimelineJsYear(1939)).toBe(1939);
    expect(toTimelineJsYear(-43)).toBe(-44);
    expect(toTimelineJsYear(0)).toBe(-1);
    expect(fromTimelineJsYear(-44)).toBe(-43);
    expect(fromTimelineJsYear(0)).toBeNull();
  });
  it('keeps each end at its own precision', () => {
    expect(toTimelineJsDate(date('1928-06-04').start!)).toEqual({ year: 1928, month: 6, day: 4 });
    expect(toTimelineJsDate(date('1918-08').start!)).toEqual({ year: 1918, month: 8 });
    expect(toTimelineJsDate(date('1918-21').start!)).toEqual({ year: 1918 });
  });
  it('has a slide per event with headline, text, group, display date and the EDTF', () => {
    const timeline = toTimelineJs(exported.events.map((e, i) => ({ exported: e, date: events[i].data.date })), { headline: 'T & T', text: 'x', reigns: true });
    expect(timeline.events).toHaveLength(exported.count);
    expect(timeline.title?.text?.headline).toBe('T &amp; T');
    const nomonhan = timeline.events.find((s) => s.unique_id === 'battles-of-nomonhan-khalkhin-gol-1939')!;
    expect(nomonhan).toMatchObject({
      start_date: { year: 1939, month: 5, day: 11 },
      end_date: { year: 1939, month: 9, day: 16 },
      display_date: '11 May – 16 September 1939',
      group: 'Wars and battles',
      edtf: '1939-05-11/1939-09-16',
    });
    expect(nomonhan.text?.text).toContain('https://example.org/timeline/events/battles-of-nomonhan-khalkhin-gol-1939/');
    expect(timeline.eras?.map((e) => e.text?.headline)).toEqual(['Meiji (明治)', 'Taishō (大正)', 'Shōwa (昭和)', 'Heisei (平成)', 'Reiwa (令和)']);
    expect(timeline.eras?.[1].start_date).toEqual({ year: 1912, month: 7, day: 30 });
    expect(timeline.eras?.[0].end_date).toEqual({ year: 1912, month: 7, day: 29 });
  });
});

describe('Atom feed', () => {
  const entries = [
    { title: 'Older', summary: 'a', url: 'https://example.org/events/a/', updated: '2026-01-01T00:00:00.000Z' },
    { title: 'Newer & better', summary: 'b <c>', url: 'https://example.org/events/b/', updated: '2026-02-01T00:00:00.000Z' },
  ];
  it('lists the most recently changed entries first', () => {
    expect(recentEntries(entries, 1).map((e) => e.title)).toEqual(['Newer & better']);
  });
  it('is Atom 1.0 with escaped text and the newest date as the feed date', () => {
    const xml = atomFeed({ title: 'T', subtitle: 'S', feedUrl: 'https://example.org/feed.atom', siteUrl: 'https://example.org/', author: 'A' }, recentEntries(entries));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml).toContain('<updated>2026-02-01T00:00:00.000Z</updated>\n  <author>');
    expect(xml).toContain('<title>Newer &amp; better</title>');
    expect(xml).toContain('<summary>b &lt;c&gt;</summary>');
    expect(xml.indexOf('Newer')).toBeLessThan(xml.indexOf('Older'));
  });
});
