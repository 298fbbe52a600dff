import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { SITE_RULES } from '../helpers/site-rules.ts';
import { sortChronologically } from '../../src/lib/chronology.ts';
import { exportEvents } from '../../src/lib/data-out/events.ts';
import { toTimelineJs } from '../../src/lib/timelinejs/export.ts';
import type { TimelineJsDate, TimelineJsTimeline } from '../../src/lib/timelinejs/format.ts';
import { convertTimelineJs, slideDate, slugify, summarise, timelineJsDateToEdtf } from '../../src/lib/import/timelinejs.ts';
import { htmlToLine, htmlToMarkdown, htmlToText } from '../../src/lib/import/html.ts';
import { checkImport, tagsYaml } from '../../src/lib/import/check.ts';
import { FIXTURES, ROOT } from '../helpers/fixtures.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
const SAMPLE = join(FIXTURES, 'timelinejs/sample.json');
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A content directory copied from `from`, in a temporary folder. */
function contentCopy(from: string): string {
  const root = mkdtempSync(join(tmpdir(), 'import-'));
  temporary.push(root);
  const dir = join(root, 'content');
  cpSync(from, dir, { recursive: true });
  return dir;
}

function runImport(file: string, contentDir: string, ...args: string[]) {
  const result = spawnSync(NODE, [join(ROOT, 'scripts/import.ts'), file, ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

function frontMatter(path: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))![1], { schema: 'yaml-1.1' }) as Record<string, unknown>;
}

describe('TimelineJS dates', () => {
  it.each([
    [{ year: '1928', month: '6', day: '4' }, '1928-06-04'],
    [{ year: 1918, month: 8 }, '1918-08'],
    [{ year: '1939' }, '1939'],
    [{ year: '-44', month: '3', day: '15' }, '-0043-03-15'],
    [{ year: -1 }, '0000'],
    [{ year: 79, month: 8, day: 24 }, '0079-08-24'],
  ])('%j → %s', (date, edtf) => {
    expect(timelineJsDateToEdtf(date, 'start_date')).toMatchObject({ ok: true, edtf });
  });
  it.each([
    [{ year: 'nineteen' }, 'start_date.year "nineteen" is not a whole number'],
    [{ year: 0 }, 'start_date.year 0 is not a year'],
    [{ year: 1931, day: 3 }, 'start_date has a day but no month'],
    [{ year: 1931, month: 13 }, 'start_date.month 13 does not exist'],
    [{}, 'start_date has no year'],
  ])('%j is refused: %s', (date, reason) => {
    const result = timelineJsDateToEdtf(date as TimelineJsDate, 'start_date');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
  it('reads display_date for circa, end dates as intervals, and refuses impossible days', () => {
    expect(slideDate({ start_date: { year: 1920 }, display_date: 'c. 1920' })).toMatchObject({ ok: true, date: { edtf: '1920~' } });
    expect(slideDate({ start_date: { year: 1917, month: 11 }, end_date: { year: 1918, month: 3 }, display_date: 'c. Nov 1917 – c. Mar 1918' })).toMatchObject({ ok: true, date: { edtf: '1917-11~/1918-03~' } });
    expect(slideDate({ start_date: { year: 1939, month: 5, day: 11, hour: 6 }, end_date: { year: 1939, month: 9, day: 16 } })).toMatchObject({ ok: true, date: { edtf: '1939-05-11/1939-09-16' }, notes: [expect.stringContaining('time of day')] });
    expect(slideDate({ start_date: { year: 1931, month: 2, day: 30 } })).toEqual({ ok: false, reason: 'the date "1931-02-30" is not a real day: 1931-02 has only 28 days' });
    expect(slideDate({ start_date: { year: 1939 }, end_date: { year: 1938 } })).toMatchObject({ ok: false, reason: expect.stringContaining('ends before it starts') });
    expect(slideDate({ start_date: { year: 1941 }, edtf: '1941?/1944?' })).toMatchObject({ ok: true, date: { edtf: '1941?/1944?' } });
  });
});

describe('HTML to Markdown and text', () => {
  it('converts headline and text', () => {
    expect(htmlToMarkdown('<p>The <strong>Theatre</strong> of <a href="https://x.org/a">Pompey</a>.</p><p>Two</p>')).toBe('The **Theatre** of [Pompey](https://x.org/a).\n\nTwo');
    expect(htmlToMarkdown('<p>ok</p><script>alert(1)</script><iframe src="x"></iframe>')).toBe('ok');
    expect(htmlToText('Lytton &amp; <b>Report</b> &eacute;')).toBe('Lytton & Report é');
    expect(htmlToLine('Ancient <br/> Modern')).toBe('Ancient Modern');
  });
  it('makes slugs and summaries', () => {
    expect(slugify('Battle of Mukden (1905)')).toBe('battle-of-mukden-1905');
    expect(slugify('Kōmoto Daisaku’s plot')).toBe('komoto-daisaku-s-plot');
    expect(slugify('張作霖')).toBe('');
    const long = 'word '.repeat(80).trim();
    expect(summarise(long, 'x').length).toBeLessThanOrEqual(240);
    expect(summarise(long, 'x').endsWith('…')).toBe(true);
    expect(summarise('', 'Fallback title')).toBe('Fallback title');
  });
});

describe('importing a TimelineJS file', () => {
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as TimelineJsTimeline;
  const base = readContent(join(FIXTURES, 'base'), FIXTURES);
  const lanes = validateContent(base, { minSources: 1 }).content.lanes;
  const options = { lanes, existingSlugs: new Set(['fixture-treaty']), sourceKey: 'timelinejs-sample', sourceTitle: 'Sample' };

  it('converts every good slide and reports each bad one with its reason', () => {
    const result = convertTimelineJs(sample, options);
    expect(result.entries.map((e) => [e.item, e.slug, e.edtf, e.lane])).toEqual([
      [1, 'assassination-of-julius-caesar-44-bce', '-0043-03-15', 'rome'],
      [2, 'eruption-of-vesuvius-79', '0079-08-24', 'rome'],
      [4, 'something-around-1920', '1920~', 'war'],
      [5, 'battles-of-khalkhin-gol-1939', '1939-05-11/1939-09-16', 'war'],
      [7, 'no-headline-at-all-1941', '1941', 'imported'],
    ]);
    expect(result.skipped).toEqual([
      { item: 3, label: '"An impossible day"', reason: 'the date "1931-02-30" is not a real day: 1931-02 has only 28 days' },
      { item: 6, label: '"A year in words"', reason: 'start_date.year "nineteen-forty" is not a whole number' },
    ]);
    // The slide without a headline is kept, titled from its text, and the report says so.
    expect(result.entries.at(-1)).toMatchObject({ title: 'No headline at all', notes: ['it had no headline: its title comes from its text'] });
    expect(result.newLanes).toEqual([{ id: 'rome', label: 'Rome' }, { id: 'imported', label: 'Imported from TimelineJS' }]);
    expect(result.notes).toEqual(expect.arrayContaining([expect.stringContaining('late-republic, early-twentieth-century')]));
  });

  it('writes media as a credited link, eras as tags, display_date as it is', () => {
    const [caesar, vesuvius, circa] = convertTimelineJs(sample, options).entries;
    expect(caesar.markdown).toContain('Media: [A bust of Caesar](https://commons.wikimedia.org/wiki/File:Caesar.jpg). Credit: [Wikimedia Commons](https://commons.wikimedia.org/).');
    expect(caesar.markdown).toContain('tags: [late-republic]');
    expect(caesar.markdown).toContain('Caesar is killed in the **Theatre of Pompey** on the Ides of March.');
    expect(caesar.markdown).toContain('[@timelinejs-sample]');
    expect(vesuvius.markdown).toContain('displayDate: "24 August 79 (traditional date)"');
    expect(circa.markdown).toContain('tags: [early-twentieth-century]');
    expect(circa.markdown).toContain('displayDate: "c. 1920"');
    expect(caesar.markdown).not.toContain('displayDate');
  });

  it('passes the same checks as hand-written content, the editorial rules as warnings', () => {
    const { entries, newLanes, eraTags } = convertTimelineJs(sample, options);
    const check = checkImport(base, entries, {
      lanes: newLanes.map((l) => `- id: ${l.id}\n  label: ${l.label}\n`).join(''),
      bibliography: '- id: timelinejs-sample\n  type: dataset\n  title: Sample\n',
      tags: tagsYaml(eraTags),
    }, 'base', SITE_RULES);
    expect(check.rejected).toEqual([]);
    expect(check.other).toEqual([]);
    expect(check.accepted).toHaveLength(5);
    expect(check.editorial.get('eruption-of-vesuvius-79')).toEqual(['has 1 source; this site needs at least 2', expect.stringMatching(/^has \d+ words; an entry needs at least 200$/)]);
  });

  it('rejects an entry that the content checks refuse (a javascript: link)', () => {
    const bad = { events: [{ start_date: { year: 1930 }, text: { headline: 'Bad link', text: '<p><a href="javascript:alert(1)">click</a></p>' } }] };
    const { entries } = convertTimelineJs(bad, { ...options, defaultLane: 'diplomacy' });
    const check = checkImport(base, entries, { lanes: '', bibliography: '- id: timelinejs-sample\n  type: dataset\n  title: Sample\n' }, 'base', SITE_RULES);
    expect(check.accepted).toEqual([]);
    expect(check.rejected[0].reason).toContain('javascript: link');
  });

  it('does not overwrite an existing event without force', () => {
    const slides = { events: [{ unique_id: 'fixture-treaty', start_date: { year: 1895 }, text: { headline: 'Again' } }] };
    expect(convertTimelineJs(slides, options).skipped[0].reason).toBe('content/events/fixture-treaty.md already exists; run again with --force to overwrite it');
    expect(convertTimelineJs(slides, { ...options, force: true }).entries.map((e) => e.slug)).toEqual(['fixture-treaty']);
  });

  it('says clearly when a file is not a timeline', () => {
    expect(() => convertTimelineJs({ slides: [] }, options)).toThrow('this is not a TimelineJS3 timeline: it has no "events" list');
  });
});

describe('exporting this site and importing it back', () => {
  const { content } = validateContent(readContent(join(ROOT, 'content'), ROOT), SITE_RULES);
  const events = sortChronologically(content.events.map((e) => ({ ...e, title: e.data.title, date: e.data.date })));
  const exported = exportEvents(events, { siteUrl: 'https://example.org/', lanes: content.lanes, people: content.people, places: content.places });
  const timeline = toTimelineJs(exported.events.map((e, i) => ({ exported: e, date: events[i].data.date })), { headline: 'Northeast Asia 1895–1948', text: '…' });

  it('keeps every title and date (with the EDTF the export carries)', () => {
    const result = convertTimelineJs(timeline, { lanes: content.lanes, existingSlugs: new Set(), sourceKey: 'timelinejs-roundtrip', sourceTitle: 'Round trip' });
    expect(result.skipped).toEqual([]);
    expect(result.newLanes).toEqual([]);
    expect(result.entries.map((e) => [e.slug, e.title, e.edtf])).toEqual(events.map((e) => [e.slug, e.data.title, e.data.date.edtf]));
    expect(result.entries.map((e) => e.lane)).toEqual(events.map((e) => e.data.lane));
  });

  it('keeps every title, and every date TimelineJS itself can express, from TimelineJS fields alone', () => {
    const plain = { ...timeline, events: timeline.events.map(({ edtf: _, ...slide }) => slide) };
    const result = convertTimelineJs(plain, { lanes: content.lanes, existingSlugs: new Set(), sourceKey: 'timelinejs-roundtrip', sourceTitle: 'Round trip' });
    expect(result.skipped).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(events.map((e) => e.data.title));
    const expressible = (edtf: string) => !/[~?%]|\.\.|-2[1-4]\b|^\/|\/$/.test(edtf);
    const expected = events.filter((e) => expressible(e.data.date.edtf));
    expect(expected.length).toBeGreaterThan(30);
    const got = new Map(result.entries.map((e) => [e.slug, e.edtf]));
    for (const event of expected) expect(got.get(event.slug), event.slug).toBe(event.data.date.edtf);
  });

  it('the command writes files that read back with the same titles and dates', () => {
    const dir = contentCopy(join(FIXTURES, 'base'));
    const fixture = validateContent(readContent(dir, join(dir, '..')), { minSources: 1 }).content;
    const fixtureEvents = sortChronologically(fixture.events.map((e) => ({ ...e, title: e.data.title, date: e.data.date })));
    const fixtureExport = exportEvents(fixtureEvents, { siteUrl: 'https://example.org/', lanes: fixture.lanes, people: fixture.people, places: fixture.places });
    const file = join(dir, '..', 'export.json');
    writeFileSync(file, JSON.stringify(toTimelineJs(fixtureExport.events.map((e, i) => ({ exported: e, date: fixtureEvents[i].data.date })), { headline: 'Fixture', text: '' })));
    rmSync(join(dir, 'events'), { recursive: true });
    const { code, out } = runImport(file, dir);
    expect(out).toContain('Converted 2 of 2 items.');
    expect(code).toBe(0);
    for (const event of fixtureEvents) {
      const data = frontMatter(join(dir, 'events', `${event.slug}.md`));
      expect([data.title, data.date]).toEqual([event.data.title, event.data.date.edtf]);
    }
    expect(validateContent(readContent(dir, join(dir, '..')), { minSources: 1 }).problems).toEqual([]);
  });
});

describe('npm run import', () => {
  it('reports the bad item, converts the rest, and exits 1', () => {
    const dir = contentCopy(join(FIXTURES, 'base'));
    const { code, out } = runImport(SAMPLE, dir);
    expect(code).toBe(1);
    expect(out).toMatch(/✗ 3 "An impossible day": the date "1931-02-30" is not a real day/);
    expect(out).toMatch(/✓ 1 "Assassination of Julius Caesar" → .*assassination-of-julius-caesar-44-bce\.md \(-0043-03-15, lane rome\)/);
    expect(out).toContain('to do before publishing: has 1 source; this site needs at least 2');
    expect(out).toContain('Converted 5 of 7 items; 2 could not be converted (marked ✗ above).');
    expect(out).toMatch(/✓ 7 "No headline at all" → .*no-headline-at-all-1941\.md \(1941, lane imported\)\n {6}note: it had no headline: its title comes from its text/);
    expect(existsSync(join(dir, 'events/assassination-of-julius-caesar-44-bce.md'))).toBe(true);
    expect(existsSync(join(dir, 'events/an-impossible-day-1931.md'))).toBe(false);
    expect(readFileSync(join(dir, 'lanes.yaml'), 'utf8')).toContain('- id: rome');
    expect(readFileSync(join(dir, 'bibliography.yaml'), 'utf8')).toContain('- id: timelinejs-sample');
    // Eras became tags, and the tags join the closed list, as groups join the lanes.
    expect(readFileSync(join(dir, 'tags.yaml'), 'utf8')).toContain('- id: late-republic\n  label: "Late Republic"');
    expect(out).toMatch(/New tags in .*tags\.yaml: .*late-republic \("Late Republic"\)/);
    // Everything written passes the format checks; only the editorial rules remain to be met.
    expect(validateContent(readContent(dir, join(dir, '..')), { minSources: 1 }).problems).toEqual([]);
  });

  it('never overwrites without --force, and does with it', () => {
    const dir = contentCopy(join(FIXTURES, 'base'));
    runImport(SAMPLE, dir);
    const path = join(dir, 'events/eruption-of-vesuvius-79.md');
    writeFileSync(path, 'edited by hand');
    const again = runImport(SAMPLE, dir);
    expect(again.out).toContain('✗ 2 "Eruption of Vesuvius": content/events/eruption-of-vesuvius-79.md already exists; run again with --force to overwrite it');
    expect(readFileSync(path, 'utf8')).toBe('edited by hand');
    expect(readFileSync(join(dir, 'bibliography.yaml'), 'utf8').match(/id: timelinejs-sample/g)).toHaveLength(1);
    const forced = runImport(SAMPLE, dir, '--force');
    expect(forced.out).toContain('overwritten (--force)');
    expect(readFileSync(path, 'utf8')).toContain('title: "Eruption of Vesuvius"');
  });

  it('refuses a file that is not a timeline, and a dry run writes nothing', () => {
    const dir = contentCopy(join(FIXTURES, 'base'));
    const file = join(dir, '..', 'not-a-timeline.json');
    writeFileSync(file, '{"slides": []}');
    const refused = runImport(file, dir);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('this is not a TimelineJS3 timeline');
    const dry = runImport(SAMPLE, dir, '--dry-run');
    expect(dry.out).toContain('Would convert 5 of 7 items');
    expect(existsSync(join(dir, 'events/eruption-of-vesuvius-79.md'))).toBe(false);
  });
});
