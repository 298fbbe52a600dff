// The author's path (issue 16, item 6): one run of the check lists every problem of a file, the
// tags come from a closed list, and the check suggests an Old Style date for Russia before 1918.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES, problemLinesFor, removeDir } from '../helpers/fixtures.ts';
import { readContent } from '../../src/content-source/read.ts';
import { SITE_RULES, validateContent, type RawContent } from '../../src/lib/content/validate.ts';
import { formatNotes, formatProblem } from '../../src/lib/content/problems.ts';
import { tagStem } from '../../src/lib/content/parse.ts';

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

describe('check:content lists every problem in one run', () => {
  it('the Battle of Tsushima: an unquoted date hides nothing', () => {
    expect(problemLinesFor('tsushima-all-at-once', made)).toMatchInlineSnapshot(`
      [
        "content/events/fixture-tsushima.md: date (line 4): the date must be a quoted string, got an unquoted date 1905-05-27. Fix: put it in quotes, e.g. "1905-05-27".",
        "content/events/fixture-tsushima.md: sources: is missing. Fix: add "sources:" to the front matter.",
        "content/events/fixture-tsushima.md: soruces: unknown key "soruces". Fix: did you mean "sources"? Otherwise remove it.",
        "content/events/fixture-tsushima.md: lane: "naval" is not a lane. Fix: use one of: diplomacy, war, siberia, manchuria, army-politics, crimes-justice.",
        "content/events/fixture-tsushima.md: tags[0]: "naval-battle" is not a tag in content/tags.yaml. Fix: did you mean "naval"? Otherwise add it to content/tags.yaml (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all.",
        "content/events/fixture-tsushima.md: people[0]: "togo-heihachiro" is not a person. Fix: add content/people/togo-heihachiro.yaml or correct the slug.",
        "content/events/fixture-tsushima.md: places[0]: "tsushima-strait" is not a place. Fix: add content/places/tsushima-strait.yaml or correct the slug.",
        "content/events/fixture-tsushima.md: body: "corbett1994" is not a key in content/bibliography.yaml (cited in the text). Fix: add the reference to content/bibliography.yaml or correct the slug.",
        "content/events/fixture-tsushima.md: body: "westwood1986" is not a key in content/bibliography.yaml (cited in the text). Fix: add the reference to content/bibliography.yaml or correct the slug.",
        "content/events/fixture-tsushima.md: body: has 10 words; an entry needs at least 200. Fix: expand the text.",
      ]
    `);
  });
});

describe('tags come from content/tags.yaml', () => {
  it('refuses unknown and near-duplicate tags with a suggestion', () => {
    expect(problemLinesFor('tag-near-duplicate', made)).toMatchInlineSnapshot(`
      [
        "content/events/fixture-intervention.md: tags[0]: "treaties" is not a tag in content/tags.yaml. Fix: did you mean "treaty"? Otherwise add it to content/tags.yaml (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all.",
        "content/events/fixture-intervention.md: tags[1]: "war-crime" is not a tag in content/tags.yaml. Fix: did you mean "war-crimes"? Otherwise add it to content/tags.yaml (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all.",
        "content/events/fixture-intervention.md: tags[2]: "naval-battle" is not a tag in content/tags.yaml. Fix: did you mean "naval"? Otherwise add it to content/tags.yaml (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all.",
        "content/events/fixture-intervention.md: tags[3]: "spying" is not a tag in content/tags.yaml. Fix: add it to content/tags.yaml (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all.",
        "content/events/fixture-intervention.md: body: has 10 words; an entry needs at least 200. Fix: expand the text.",
      ]
    `);
  });
});

describe('tags come from content/tags.yaml (the list itself)', () => {
  it('refuses a tag listed twice and two that differ only by a plural', () => {
    expect(problemLinesFor('tag-list-twins', made)).toMatchInlineSnapshot(`
      [
        "content/tags.yaml: [4].description: is missing. Fix: add "description:" to the front matter.",
        "content/tags.yaml: [2].id: "war-crime" is almost the same as "war-crimes". Fix: keep one of the two tags and give the events that tag.",
        "content/tags.yaml: [3].id: "treaty" is listed twice. Fix: keep one of the two tags and give the events that tag.",
      ]
    `);
  });
  it('a stem brings plurals and hyphens together', () => {
    expect(['war-crime', 'war-crimes', 'treaties', 'treaty', 'border war'].map(tagStem)).toEqual(['warcrime', 'warcrime', 'treaty', 'treaty', 'borderwar']);
  });
  it('the site\'s own events use only listed tags, and the known duplicates are merged', () => {
    const { problems, content } = validateContent(readContent(join(FIXTURES, '../../content')));
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
  it('no note outside Russia, or after the calendar changed', () => {
    const base = readContent(join(FIXTURES, 'base'), FIXTURES);
    const noJulian = { ...base, events: base.events.map((f) => ({ ...f, text: f.text.replace(/^julianDate: .*\n/m, '') })) };
    expect(validateContent(noJulian, SITE_RULES).notes).toEqual([]);
    const later = treatyInRussia(false);
    later.events = later.events.map((f) => ({ ...f, text: f.text.replace('date: "1895-04-17"', 'date: "1918-02-14"') }));
    expect(validateContent(later, SITE_RULES).notes.map(formatProblem)).toEqual([]);
  });
});
