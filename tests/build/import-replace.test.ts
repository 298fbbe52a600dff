// `npm run import -- <file> --replace`: a TimelineJS3 JSON file and a Google Sheets CSV of our
// own making each replace a copy of the fixture site, which then builds as it is, with every
// event page, the file's own title, eras and groups, and nothing of this site's subject.
// deep-time.json runs from the Big Bang (an EDTF "Y" year, beyond JavaScript's Date) to 7500 BCE.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, removeDir, ROOT } from '../helpers/fixtures.ts';
import { SUBJECT } from '../helpers/subject.ts';
import { decodeTimelineData } from '../../src/lib/timeline/timeline-data.ts';

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every HTML page of a build, path → text. */
function pages(dir: string, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') for (const [k, v] of pages(path, `${prefix}${name}/`)) found.set(k, v);
    } else if (name.endsWith('.html')) {
      found.set(`${prefix}${name}`, readFileSync(path, 'utf8'));
    }
  }
  return found;
}

describe.each([
  { file: 'printing.json', title: 'The Printing Revolution', eras: ['Before the press', 'The age of the press'], lanes: ['Writing', 'Printing', 'Newspapers'], events: 6, skipped: /✗ 6 "The Times on a steam press": start_date\.month 13 does not exist/, shown: ['c. 3200 BCE', 'Around 1455'] },
  { file: 'bridges.csv', title: 'Bridges of the World', eras: ['Bronze Age', 'Iron, then steel'], lanes: ['Stone', 'Iron and steel'], events: 6, skipped: /✗ row 9 "Golden Gate Bridge": the date "1937-02-30" is not a real day/, shown: ['c. 1300 BCE', '24 May 1883, in the afternoon'] },
  { file: 'deep-time.json', title: 'Deep Time', eras: [], lanes: ['Cosmos', 'Earth', 'People'], events: 3, skipped: null, shown: ['About 13.8 billion years ago', 'c. 7500 BCE'] },
])('npm run import -- $file --replace, then npm run build', ({ file, title, eras, lanes, events, skipped, shown }) => {
  const dir = join(mkdtempSync(join(tmpdir(), 'import-replace-')), 'content');
  made.push(dir); // removeDir removes the folder that holds it
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  const imported = run('scripts/import.ts', [join(FIXTURES, 'import', file), '--replace'], { CONTENT_DIR: dir });
  const out = join(dir, '..', 'dist');
  const built = run('scripts/build.mjs', [], { CONTENT_DIR: dir, OUT_DIR: out, SITE: 'http://localhost:4509' });
  const slugs = existsSync(join(dir, 'events')) ? readdirSync(join(dir, 'events')).map((name) => name.replace(/\.md$/, '')) : [];

  it('reports the impossible date, imports the rest, and replaces the example site', () => {
    if (skipped) {
      expect(imported.output).toMatch(skipped);
      expect(imported.status).toBe(1); // one item could not be converted
    } else expect(imported.status, imported.output).toBe(0);
    expect(slugs).toHaveLength(events);
    expect(readdirSync(dir).sort()).toEqual(['bibliography.yaml', 'events', 'lanes.yaml', 'site.yaml']);
  });

  it('builds at once, with a page for every event', () => {
    expect(built.status, built.output).toBe(0);
    for (const slug of slugs) expect(existsSync(join(out, 'events', slug, 'index.html')), slug).toBe(true);
  });

  it('shows the file\'s title, eras, groups and display dates, and nothing of this site\'s subject', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain(`<h1>${title}</h1>`);
    for (const era of eras) expect(home).toContain(era);
    for (const lane of lanes) expect(home).toContain(lane);
    // The display dates, as written: in the list, the timeline's cards (timeline.json) and the event pages.
    const cards = decodeTimelineData(JSON.parse(readFileSync(join(out, 'timeline.json'), 'utf8'))).items;
    // A date before 1 CE is plain text (<span class="date">): HTML's datetime cannot write it.
    const dated = (date: string) => new RegExp(`>${date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</(time|span)>`);
    const exported = (JSON.parse(readFileSync(join(out, 'data', 'events.json'), 'utf8')) as { events: { date: { display: string } }[] }).events.map((e) => e.date.display);
    for (const date of shown) {
      expect(home).toMatch(dated(date));
      const card = cards.find((item) => item.dateText === date);
      expect(card, date).toBeDefined();
      expect(readFileSync(join(out, 'events', card!.slug, 'index.html'), 'utf8')).toMatch(dated(date));
      expect(exported, 'data/events.json').toContain(date);
    }
    const all = pages(out);
    expect(all.size).toBeGreaterThan(events);
    expect([...all].filter(([, text]) => SUBJECT.test(text)).map(([path, text]) => `${path}: ${SUBJECT.exec(text)![0]}`)).toEqual([]);
  });
});
