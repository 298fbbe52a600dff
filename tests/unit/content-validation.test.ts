import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/content-source/read.ts';
import { SITE_RULES, validateContent } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { contentWithOverlay, FIXTURES, removeDir, ROOT } from '../helpers/fixtures.ts';

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

function problemsFor(name: string): string[] {
  const dir = contentWithOverlay(name);
  made.push(dir);
  // Paths are reported relative to the content directory's parent, as the CLI reports them relative to the repo.
  return validateContent(readContent(dir, join(dir, '..')), SITE_RULES).problems.map(formatProblem);
}

const EVENT = 'content/events/fixture-treaty.md';
// Each bad case and the message an author must see: the file, the field, the value and the fix.
const CASES: Record<string, string[]> = {
  'missing-title': [`${EVENT}: title: is missing. Fix: add "title:" to the front matter.`],
  'missing-date': [`${EVENT}: date: is missing. Fix: add "date:" to the front matter.`],
  'invalid-edtf': [`${EVENT}: date (line 4): "17 April 1895" is not a valid EDTF date. Fix: write a quoted EDTF date such as`],
  'impossible-day': [`${EVENT}: date (line 4): "1928-02-30" is not a real day: 1928-02 has only 29 days. Fix: check the day against a calendar.`],
  'impossible-leap-day': [`${EVENT}: date (line 4): "1900-02-29" is not a real day: 1900-02 has only 28 days.`],
  'interval-ends-before-start': [`${EVENT}: date (line 4): "1939-09-16/1939-05-11" ends before it starts. Fix: put the earlier date first: "start/end".`],
  'unquoted-date': [`${EVENT}: date (line 4): the date must be a quoted string, got an unquoted date 1895-04-17. Fix: put it in quotes, e.g. "1895-04-17".`],
  'unknown-key': [`${EVENT}: sumary: unknown key "sumary". Fix: did you mean "summary"? Otherwise remove it.`, `${EVENT}: summary: is missing.`],
  'unknown-lane': [`${EVENT}: lane: "diplomcy" is not a lane. Fix: did you mean "diplomacy"? use one of: diplomacy, war,`],
  'unknown-related': [`${EVENT}: related[0].event: "fixture-intervnetion" is not an event. Fix: did you mean "fixture-intervention"?`],
  'unknown-person': [`${EVENT}: people[1]: "mutsu-munemitsu" is not a person. Fix: add content/people/mutsu-munemitsu.yaml or correct the slug.`],
  'unknown-place': [`${EVENT}: places[1]: "peking" is not a place. Fix: add content/places/peking.yaml or correct the slug.`],
  'unknown-citation-key': [`${EVENT}: body: "nobody1999" is not a key in content/bibliography.yaml (cited in the text).`],
  'no-source': [`${EVENT}: sources (line 14): []: must list at least one bibliography key.`],
  'invalid-lang': [`${EVENT}: names.0.lang (line 7): "jp" names no known language ("jp"); use e.g. ja, zh-Hans, zh-Hant, ru, mn, en.`],
  'malformed-yaml': [`${EVENT}: line 10: the YAML could not be read`],
  'raw-script': [`${EVENT}: body: contains <script>, which is not allowed in content. Fix: remove it`],
  'raw-iframe': [`${EVENT}: body: contains <iframe>, which is not allowed in content.`],
  'event-handler': [`${EVENT}: body: contains an on…= event-handler attribute, which is not allowed in content.`],
  'javascript-link': [`${EVENT}: body: contains a javascript: link, which is not allowed in content.`],
  'wrong-julian-date': [`${EVENT}: julianDate: "1895-04-06" is not the Old Style date of 1895-04-17. Fix: the Julian date of 1895-04-17 is "1895-04-05".`],
  'duplicate-slug': [
    `content/events/fixture-treaty.md: the slug "fixture-treaty" is also used by content/events/fixture-treaty.mdx.`,
    `content/events/fixture-treaty.mdx: the slug "fixture-treaty" is also used by content/events/fixture-treaty.md.`,
  ],
  'latitude-out-of-range': [`content/places/shimonoseki.yaml: latitude (line 4): 133.96: must be between -90 and 90.`],
  'longitude-out-of-range': [`content/places/shimonoseki.yaml: longitude (line 5): -190: must be between -180 and 180.`],
};

describe('the valid base fixture', () => {
  it('has no problems', () => {
    expect(validateContent(readContent(join(FIXTURES, 'base'), FIXTURES), SITE_RULES).problems).toEqual([]);
  });
});

describe('each bad input gets a message naming file, field, value and fix', () => {
  it('has a fixture for every case and a case for every fixture', () => {
    const fixtures = readdirSync(join(FIXTURES, 'bad')).filter((name) => name !== 'three-bad-files');
    expect(fixtures.sort()).toEqual(Object.keys(CASES).sort());
  });
  for (const [name, expected] of Object.entries(CASES)) {
    it(name, () => {
      const problems = problemsFor(name);
      for (const message of expected) {
        expect(problems.some((line) => line.startsWith(message)), `expected a line starting:\n  ${message}\ngot:\n  ${problems.join('\n  ')}`).toBe(true);
      }
    });
  }
});

describe('all problems are reported together', () => {
  it('three bad files yield three messages, one per file', () => {
    const problems = problemsFor('three-bad-files');
    expect(problems).toHaveLength(3);
    expect(problems.map((line) => line.split(':')[0]).sort()).toEqual([
      'content/events/fixture-intervention.md',
      'content/events/fixture-treaty.md',
      'content/places/shimonoseki.yaml',
    ]);
  });
});

describe('npm run check:content', () => {
  it('exits 1 and prints every problem of the three-bad-files fixture', () => {
    const dir = contentWithOverlay('three-bad-files');
    made.push(dir);
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Content has 3 problems; nothing was built:');
    expect(result.stderr).toContain('"1928-02-30" is not a real day');
    expect(result.stderr).toContain('"nowhere" is not a lane');
    expect(result.stderr).toContain('95: must be between -90 and 90');
  });
  it('exits 0 on valid content', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(FIXTURES, 'base') }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Content is valid: 2 events/);
  });
});
