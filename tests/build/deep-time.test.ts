// Deep time, built: the base fixture plus tests/fixtures/deep-time/ (events at the Big Bang,
// Y-13800000000, beyond what JavaScript's Date can hold; at -0043, a BCE year; at 0079, a year
// below 100; and on 1969-07-20), through the whole build. Every page and export must write
// those years as a reader does and never "NaN" or "Invalid Date".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, removeDir, ROOT } from '../helpers/fixtures.ts';
import Ajv2020 from 'ajv/dist/2020.js';
import { yearStart } from '../../src/lib/dates/utc.ts';
import { eventsJsonSchema } from '../../src/lib/data-out/events-schema.ts';
import { decodeTimelineData } from '../../src/lib/timeline/timeline-data.ts';

let dir: string;
let out: string;
let build: { status: number | null; output: string };
const read = (path: string) => readFileSync(join(out, path), 'utf8');

/** Every page and data file of the build (not scripts, whose code may well say NaN), path → text. */
function outputs(from = out, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(from)) {
    const path = join(from, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') for (const [k, v] of outputs(path, `${prefix}${name}/`)) files.set(k, v);
    } else if (/\.(html|xml|json|atom|csv|bib|ris|txt|svg)$/.test(name)) files.set(`${prefix}${name}`, readFileSync(path, 'utf8'));
  }
  return files;
}

/** The dates of a page: each `<time>` with its datetime, and each date HTML cannot write (before 1 CE) as "text …". */
const times = (html: string) => [...html.matchAll(/<time datetime="([^"]*)"[^>]*>([^<]*)<\/time>|<span class="date">([^<]*)<\/span>/g)].map((m) => (m[3] === undefined ? `${m[1]} ${m[2]}` : `text ${m[3]}`));

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'fixture-deep-time-')), 'content');
  out = join(dir, '..', 'dist');
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'deep-time'), dir, { recursive: true });
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: out, SITE: 'https://timeline.example.edu', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 300_000);
afterAll(() => removeDir(dir));

describe('a site reaching from the Big Bang to the Moon landing', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it.each([
    ['big-bang', 'text 13.8 billion BCE'],
    ['caesar-dies', 'text 44 BCE'],
    ['vesuvius-erupts', '0079 79'],
    ['moon-landing', '1969-07-20 20 July 1969'],
  ])('the page of %s gives its date as "%s"', (slug, time) => {
    const page = read(`events/${slug}/index.html`);
    expect(times(page)).toContain(time);
  });

  it('the home page lists every event with its date, in order', () => {
    const listed = times(read('index.html')).filter((t) => /13\.8 billion BCE|44 BCE|^0079 79$|20 July 1969/.test(t));
    expect(listed).toEqual(['text 13.8 billion BCE', 'text 44 BCE', '0079 79', '1969-07-20 20 July 1969']);
  });

  it('writes no datetime that HTML cannot read: its years are four digits or more, above zero', () => {
    for (const [path, text] of outputs()) if (path.endsWith('.html')) expect(text, path).not.toMatch(/datetime="-/);
  });

  it('the chronology of all events groups them by decade, and deep time by the year as written', () => {
    const headings = [...read('events/index.html').matchAll(/<div class="decade" id="([^"]+)"[^>]*><h3 class="decade__heading">([^<]*)<\/h3>/g)].map((m) => `${m[1]} ${m[2].replace(/<[^>]+>/g, '').trim()}`);
    expect(headings).toEqual(expect.arrayContaining(['years-13-8-billion-bce 13.8 billion BCE', 'decade-40s-bce 40s BCE', 'decade-70s 70s', 'decade-1960s 1960s']));
  });

  it("the home page's timeline reaches back to the Big Bang and names each event's date", () => {
    const data = decodeTimelineData(JSON.parse(read('timeline.json')));
    // A site without a window in its settings spans its events with a year's margin on each side.
    expect(data.extent.start).toBe(yearStart(-13_800_000_001));
    const dateText = Object.fromEntries(data.items.map((i) => [i.slug, i.dateText]));
    expect(dateText).toMatchObject({ 'big-bang': '13.8 billion BCE', 'caesar-dies': '44 BCE', 'vesuvius-erupts': '79', 'moon-landing': '20 July 1969' });
    const svg = /<svg class="tl-svg"[\s\S]*?<\/svg>/.exec(read('index.html'))![0];
    expect(svg).not.toMatch(/NaN|Infinity|Invalid/);
  });

  it('exports the years as written and as signed ISO years', () => {
    const exported = JSON.parse(read('data/events.json'));
    const bang = exported.events.find((e: { slug?: string; url: string }) => e.url.endsWith('/events/big-bang/'));
    expect(bang.date).toMatchObject({ edtf: 'Y-13800000000', display: '13.8 billion BCE', start: '-13800000000', earliest: '-13800000000-01-01' });
    expect(read('data/events.csv')).toContain('13.8 billion BCE');
    const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { 'uri-reference': /^(https?:\/\/\S+|\/\S*)$/ } });
    const validate = ajv.compile(eventsJsonSchema);
    validate(exported);
    expect(validate.errors ?? []).toEqual([]);
    const timelinejs = JSON.parse(read('data/timelinejs.json'));
    expect(timelinejs.scale).toBe('cosmological');
  });

  it('no page or data file says NaN or Invalid Date', () => {
    const files = outputs();
    expect(files.size).toBeGreaterThan(20);
    for (const [path, text] of files) expect(text, path).not.toMatch(/\bNaN\b|Invalid Date|Invalid time/);
  });
});
