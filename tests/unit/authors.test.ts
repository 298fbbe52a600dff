// The author's path (issue 16, item 6): one run of the check lists every problem of a file, the
// tags come from a closed list, and the check suggests an Old Style date for Russia before 1918.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatList, listRows } from '../../src/lib/content/listing.ts';
import { contentWithOverlay, FIXTURES, problemLinesFor, removeDir, ROOT } from '../helpers/fixtures.ts';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent, type RawContent } from '../../src/lib/content/validate.ts';
import { SITE_RULES } from '../helpers/site-rules.ts';
import { formatNotes, formatProblem, formatProblems } from '../../src/lib/content/problems.ts';
import { tagStem } from '../../src/lib/content/parse.ts';

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

describe('check:content lists every problem in one run', () => {
  it('the Battle of Tsushima: an unquoted date hides nothing', () => {
    // One event with an unquoted date, a wrong lane, a misspelled key, a tag not in the list, a
    // missing person and place, two missing references and a short body: all of it, in one run.
    const dir = contentWithOverlay('tsushima-all-at-once');
    made.push(dir);
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatchInlineSnapshot(`
      "Content has 10 problems; nothing was built:
        ✗ content/events/fixture-tsushima.md: date (line 4): the date must be a quoted string, got an unquoted date 1905-05-27. Fix: put it in quotes, e.g. "1905-05-27".
        ✗ content/events/fixture-tsushima.md: sources: is missing. Fix: add "sources:" to the front matter.
        ✗ content/events/fixture-tsushima.md: soruces: unknown key "soruces". Fix: did you mean "sources"? Otherwise remove it.
        ✗ content/events/fixture-tsushima.md: lane: "naval" is not a lane. Fix: use one of: diplomacy, war, siberia, manchuria, army-politics, crimes-justice.
        ✗ content/events/fixture-tsushima.md: tags[0]: "naval-battle" is not a tag in content/tags.yaml. Fix: did you mean "naval"? Otherwise add it to content/tags.yaml (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all.
        ✗ content/events/fixture-tsushima.md: people[0]: "togo-heihachiro" is not a person. Fix: add content/people/togo-heihachiro.yaml or correct the slug.
        ✗ content/events/fixture-tsushima.md: places[0]: "tsushima-strait" is not a place. Fix: add content/places/tsushima-strait.yaml or correct the slug.
        ✗ content/events/fixture-tsushima.md: body: "corbett1994" is not a key in content/bibliography.yaml (cited in the text). Fix: add the reference to content/bibliography.yaml or correct the slug.
        ✗ content/events/fixture-tsushima.md: body: "westwood1986" is not a key in content/bibliography.yaml (cited in the text). Fix: add the reference to content/bibliography.yaml or correct the slug.
        ✗ content/events/fixture-tsushima.md: body: has 10 words; an entry needs at least 200. Fix: expand the text.
      "
    `);
  });
});

describe('tags come from content/tags.yaml', () => {
  // The whole lines are pinned in error-texts.test.ts (tag-near-duplicate); here, what each suggests.
  it('suggests the listed tag an unknown one nearly is', () => {
    const fixes = problemLinesFor('tag-near-duplicate', made).filter((line) => line.includes(': tags[')).map((line) => /Fix: (did you mean "[^"]+"\?)?/.exec(line)![1] ?? 'no suggestion');
    expect(fixes).toEqual(['did you mean "treaty"?', 'did you mean "war-crimes"?', 'did you mean "naval"?', 'no suggestion']);
  });
});

describe('tags come from content/tags.yaml (the list itself)', () => {
  it('refuses a tag listed twice and two that differ only by a plural (lines pinned in error-texts.test.ts)', () => {
    const fields = problemLinesFor('tag-list-twins', made).filter((line) => line.includes('].id:')).map((line) => line.split(': ').slice(1, 3).join(': '));
    expect(fields).toEqual(['[2].id: "war-crime" is almost the same as "war-crimes". Fix', '[3].id: "treaty" is listed twice. Fix']);
  });
  it('a stem brings plurals and hyphens together', () => {
    expect(['war-crime', 'war-crimes', 'treaties', 'treaty', 'border war'].map(tagStem)).toEqual(['warcrime', 'warcrime', 'treaty', 'treaty', 'borderwar']);
  });
  it('the site\'s own events use only listed tags, and the known duplicates are merged', () => {
    const { problems, content } = validateContent(readContent(join(ROOT, 'content')));
    expect(problems.filter((p) => p.field?.startsWith('tags') || p.file.endsWith('tags.yaml'))).toEqual([]);
    const ids = content.tags.map((tag) => tag.id);
    for (const merged of ['war-crime', 'naval-base', 'naval-landing', 'domestic-politics', 'military-politics']) expect(ids).not.toContain(merged);
    expect(ids).toEqual(expect.arrayContaining(['war-crimes', 'naval', 'politics']));
  });
});

/** The base fixture with the treaty at a place in Russia, with or without its Old Style date. */
function treatyInRussia(withJulian: boolean): RawContent {
  const raw = readContent(join(FIXTURES, 'base'), FIXTURES);
  const events = raw.events.map((file) => file.path.endsWith('fixture-treaty.md')
    ? { ...file, text: file.text.replace(withJulian ? /^$/ : /^julianDate: .*\n/m, '').replace('places: [shimonoseki]', 'places: [shimonoseki, vladivostok]') }
    : file);
  const vladivostok = { path: 'base/places/vladivostok.yaml', text: 'name: Vladivostok\nlatitude: 43.12\nlongitude: 131.9\ncountry: Russia\n' };
  return { ...raw, events, places: [...raw.places, vladivostok] };
}

describe('the check suggests julianDate for Russia before 14 February 1918', () => {
  it('a note, not a problem, with the value to add', () => {
    const { problems, notes } = validateContent(treatyInRussia(false), SITE_RULES);
    expect(problems).toEqual([]);
    expect(formatNotes(notes)).toMatchInlineSnapshot(`
      "1 suggestion (these do not stop the build):
        ℹ base/events/fixture-treaty.md: julianDate: 1895-04-17 is before 14 February 1918 at Vladivostok (Russia), where sources of the time give the Old Style (Julian) date. Fix: add julianDate: "1895-04-05"."
    `);
  });
  it('no note once julianDate is given', () => {
    expect(validateContent(treatyInRussia(true), SITE_RULES).notes).toEqual([]);
  });
  it('no note on a site whose settings name no Julian calendar, and a note wherever calendars.julian is "all"', () => {
    const { oldStyle: _, ...withoutJulian } = SITE_RULES;
    expect(validateContent(treatyInRussia(false), withoutJulian).notes).toEqual([]);
    const everywhere = treatyInRussia(false);
    everywhere.events = everywhere.events.map((f) => ({ ...f, text: f.text.replace('places: [shimonoseki, vladivostok]', 'places: [shimonoseki]') }));
    expect(validateContent(everywhere, SITE_RULES).notes).toEqual([]);
    expect(validateContent(everywhere, { ...SITE_RULES, oldStyle: 'all' }).notes.map((n) => n.message)).toEqual(['1895-04-17 is before 14 February 1918 at Shimonoseki (Japan), where sources of the time give the Old Style (Julian) date']);
  });
  it('no note outside Russia, or after the calendar changed', () => {
    const base = readContent(join(FIXTURES, 'base'), FIXTURES);
    const noJulian = { ...base, events: base.events.map((f) => ({ ...f, text: f.text.replace(/^julianDate: .*\n/m, '') })) };
    expect(validateContent(noJulian, SITE_RULES).notes).toEqual([]);
    const later = treatyInRussia(false);
    later.events = later.events.map((f) => ({ ...f, text: f.text.replace('date: "1895-04-17"', 'date: "1918-02-14"') }));
    expect(validateContent(later, SITE_RULES).notes.map(formatProblem)).toEqual([]);
  });
});

describe('npm run list -- tags|people|places|sources', () => {
  const { content } = validateContent(readContent(join(FIXTURES, 'base'), FIXTURES), SITE_RULES);
  it('prints each entry with its name and the number of events that use it, aligned', () => {
    expect(formatList('tags', listRows('tags', content))).toMatchInlineSnapshot(`
      "slug        label                 events
      naval       Naval war                  0
      treaty      Treaties                   1
      war-crimes  War crimes                 0
      3 tags, 2 not used by any event yet."
    `);
    expect(formatList('people', listRows('people', content))).toMatchInlineSnapshot(`
      "slug          name                  events
      ito-hirobumi  Itō Hirobumi               1
      1 person."
    `);
    expect(formatList('places', listRows('places', content))).toMatchInlineSnapshot(`
      "slug         name                  events
      shimonoseki  Shimonoseki                1
      1 place."
    `);
    expect(formatList('sources', listRows('sources', content))).toMatchInlineSnapshot(`
      "slug        name                                                                             events
      kowner2006  Kowner 2006, Historical Dictionary of the Russo-Japanese War                          2
      paine2003   Paine 2003, The Sino-Japanese War of 1894–1895: Perceptions, Power, and Primacy       2
      2 references."
    `);
  });
  it('cuts long names to the terminal width with an ellipsis', () => {
    const rows = [{ slug: 'kowner2006', name: 'Kowner 2006, Historical Dictionary of the Russo-Japanese War', events: 12 }];
    const lines = formatList('sources', rows, 50).split('\n');
    expect(lines[1]).toMatchInlineSnapshot(`"kowner2006  Kowner 2006, Historical Dicti…      12"`);
    expect(lines.every((line) => [...line].length <= 50)).toBe(true);
    expect(lines[1]).toContain('…');
  });
  it('refuses an unknown kind with the usage, in one line', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/list.ts'), 'tag'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(FIXTURES, 'base') }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('✗ "tag" is not something to list: use npm run list -- tags|people|places|sources');
  });
  it('the command lists the content directory it is given', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/list.ts'), 'places'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(FIXTURES, 'base') }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('shimonoseki  Shimonoseki');
  });
});

describe('check:content prints the suggestions after the problems, and they never fail it', () => {
  it('valid content with a suggestion exits 0 and prints the note after the all-clear', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'fixture-julian-note-')), 'content');
    made.push(dir);
    cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
    const raw = treatyInRussia(false);
    writeFileSync(join(dir, 'events/fixture-treaty.md'), raw.events.find((f) => f.path.endsWith('fixture-treaty.md'))!.text);
    writeFileSync(join(dir, 'places/vladivostok.yaml'), raw.places.find((f) => f.path.endsWith('vladivostok.yaml'))!.text);
    // The suggestion is made where the settings say sources date by the Julian calendar.
    writeFileSync(join(dir, 'site.yaml'), `${readFileSync(join(FIXTURES, 'base/site.yaml'), 'utf8')}calendars: { julian: [Russia] }\n`);
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const [valid, blank, ...notes] = result.stdout.trim().split('\n');
    expect(valid).toMatch(/^✓ Content is valid: 2 events/);
    expect(blank).toBe('');
    expect(notes).toEqual([
      '1 suggestion (these do not stop the build):',
      '  ℹ content/events/fixture-treaty.md: julianDate: 1895-04-17 is before 14 February 1918 at Vladivostok (Russia), where sources of the time give the Old Style (Julian) date. Fix: add julianDate: "1895-04-05".',
    ]);
  });
  it('with problems, the notes follow them', () => {
    const problems = [{ file: 'content/events/a.md', field: 'lane', message: '"x" is not a lane' }];
    const notes = [{ file: 'content/events/b.md', field: 'julianDate', message: 'a note', fix: 'add julianDate: "1904-01-27"' }];
    expect(`${formatProblems(problems)}\n\n${formatNotes(notes)}`).toMatchInlineSnapshot(`
      "Content has 1 problem; nothing was built:
        ✗ content/events/a.md: lane: "x" is not a lane.

      1 suggestion (these do not stop the build):
        ℹ content/events/b.md: julianDate: a note. Fix: add julianDate: "1904-01-27"."
    `);
  });
});
