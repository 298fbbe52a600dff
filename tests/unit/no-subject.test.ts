// No subject in src/: every word that names this site's subject (its region, period, states,
// armies and calendars as prose) comes from content/, so another subject can use the engine.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBJECT } from '../helpers/subject.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');


/**
 * Files that may name them, and why: calendar code whose tables are data that content/site.yaml
 * chooses (`eras.reigns: japanese`, `calendars: { japanese, minguo, julian }`). A site that
 * chooses none of them never shows a word of these files.
 */
const ALLOWED: Record<string, string> = {
  'src/lib/dates/japanese-eras.ts': 'the table of Japanese reign periods, shown only when the settings choose eras.reigns: japanese or calendars.japanese',
  'src/lib/dates/eras.ts': 'the era-day conversions (Japanese, Minguo, Qing) behind calendars.japanese and calendars.minguo',
  'src/lib/dates/equivalents.ts': 'the calendar names and labels of the equivalents the settings choose in `calendars`',
  'src/lib/dates/julian.ts': 'the Julian calendar and the day Russia left it (14 February 1918), behind calendars.julian',
  'src/lib/content/parse.ts': 'the check that julianDate falls before the Julian calendar was dropped (calendars.julian)',
  'src/lib/content/editorial.ts': 'the suggestion to add a julianDate, made only in the countries of calendars.julian (it calls julian.ts)',
  'src/lib/names.ts': 'a generic table of countries and their languages (to mark native names), not prose about the subject',
  'src/components/EventFacts.astro': 'the label of the Julian equivalent ("as Russian sources date it"), shown only with calendars.julian',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('src/ names no subject', () => {
  const hits = filesUnder(SRC)
    .filter((path) => /\.(ts|mts|astro|css|js|mjs|json)$/.test(path))
    .flatMap((path) => {
      const file = relative(ROOT, path).split('\\').join('/');
      return readFileSync(path, 'utf8').split('\n').flatMap((line, i) => (SUBJECT.test(line) ? [{ file, line: i + 1, text: line.trim().slice(0, 120) }] : []));
    });

  it('outside the allow-list, no line of src/ names this site\'s subject', () => {
    expect(hits.filter((hit) => !(hit.file in ALLOWED)).map((hit) => `${hit.file}:${hit.line}: ${hit.text}`)).toEqual([]);
  });

  it('every allowed file still needs its place on the list', () => {
    const used = new Set(hits.map((hit) => hit.file));
    expect(Object.keys(ALLOWED).filter((file) => !used.has(file))).toEqual([]);
  });

  it('the pattern finds the subject where it is (content/site.yaml)', () => {
    expect(SUBJECT.test(readFileSync(join(ROOT, 'content', 'site.yaml'), 'utf8'))).toBe(true);
  });
});
