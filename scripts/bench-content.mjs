// Synthetic events for the benchmark: `node scripts/bench-content.mjs N DIR` writes N events
// (with the lanes, one person, one place and two sources they cite) as a content directory
// the site builds from with CONTENT_DIR=DIR.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

// ---- synthetic content -------------------------------------------------------------------------

/** A small deterministic generator, so every run measures the same events. */
function generator(seed) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}
const WORDS = 'army treaty railway border garrison envoy cabinet harbour division staff report winter river province ceasefire convention officer consulate column mission'.split(' ');
const pad = (n, w = 2) => String(n).padStart(w, '0');

/**
 * The synthetic events as data, the same for the same `n`: a slug, a title, an EDTF date, a lane
 * (an index below `laneCount`) and 210 words of body. Tests use them as they are.
 * @param {number} n
 * @param {number} laneCount
 * @returns {{ slug: string; title: string; date: string; lane: number; words: string[] }[]}
 */
export function syntheticEvents(n, laneCount) {
  const random = generator(n);
  const events = [];
  for (let i = 0; i < n; i++) {
    const year = 1895 + Math.floor(random() * 54);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const kind = random();
    let date;
    if (kind < 0.55) date = `${year}-${pad(month)}-${pad(day)}`;
    else if (kind < 0.7) date = `${year}-${pad(month)}`;
    else if (kind < 0.78) date = `${year}~`;
    else {
      const endYear = Math.min(1948, year + Math.floor(random() * 4));
      date = `${year}-${pad(month)}/${endYear}-${pad(Math.max(month, 1 + Math.floor(random() * 12)))}`;
      if (endYear === year && date.slice(8) <= date.slice(0, 7)) date = `${year}-${pad(month)}`;
    }
    const words = Array.from({ length: 210 }, () => WORDS[Math.floor(random() * WORDS.length)]);
    events.push({ slug: `synthetic-event-${i}`, title: `Synthetic event ${i} ${words.slice(0, 3).join(' ')}`, date, lane: i % laneCount, words });
  }
  return events;
}

/** Latitude and longitude of the synthetic places (around Mukden, Harbin, Vladivostok, Port Arthur, Chita, Tokyo…). */
const BENCH_PLACES = [[41.8, 123.4], [45.75, 126.65], [43.12, 131.9], [38.81, 121.26], [52.03, 113.5], [35.68, 139.69], [37.57, 126.98], [39.9, 116.4], [43.88, 125.32], [48.48, 135.08], [46.96, 142.73], [47.3, 118.6]];

/** Writes `n` synthetic events, with the lanes, person, place and sources they cite, as a content directory at `dir`. */
export function generateContent(n, dir) {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['events', 'people', 'places']) mkdirSync(join(dir, sub), { recursive: true });
  cpSync(join(root, 'content/lanes.yaml'), join(dir, 'lanes.yaml'));
  const lanes = readFileSync(join(root, 'content/lanes.yaml'), 'utf8').match(/id: ([a-z-]+)/g).map((m) => m.slice(4));
  writeFileSync(join(dir, 'bibliography.yaml'), `- id: source-a\n  type: book\n  title: A Synthetic Source\n  author: [{ family: Author, given: A. }]\n  issued: { date-parts: [[2000]] }\n- id: source-b\n  type: book\n  title: Another Synthetic Source\n  author: [{ family: Writer, given: B. }]\n  issued: { date-parts: [[2010]] }\n`);
  writeFileSync(join(dir, 'tags.yaml'), '- id: synthetic\n  label: Synthetic\n  description: A generated event for the benchmark.\n');
  writeFileSync(join(dir, 'people', 'person-one.yaml'), 'name: Person One\ndescription: A synthetic person.\n');
  // Twelve places across the region, so that the home page's map has marks to resize as the view moves.
  BENCH_PLACES.forEach(([latitude, longitude], i) => writeFileSync(join(dir, 'places', `place-${i + 1}.yaml`), `name: Place ${i + 1}\nlatitude: ${latitude}\nlongitude: ${longitude}\ncountry: China\n`));
  syntheticEvents(n, lanes.length).forEach(({ slug, title, date, lane, words }, i) => {
    const body = `${words.slice(0, 100).join(' ')} [@source-a].\n\n${words.slice(100).join(' ')} [@source-b, p. ${1 + i % 300}].\n`;
    writeFileSync(join(dir, 'events', `${slug}.md`), `---\ntitle: ${title}\nsummary: A generated event for the benchmark.\ndate: "${date}"\nlane: ${lanes[lane]}\ntags: [synthetic]\nplaces: [place-${1 + (i % BENCH_PLACES.length)}]\npeople: [person-one]\nsources: [source-a, source-b]\n---\n\n${body}`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, dir] = process.argv.slice(2);
  if (!Number(n) || !dir) {
    console.error('Usage: node scripts/bench-content.mjs N DIR');
    process.exit(2);
  }
  generateContent(Number(n), resolve(dir));
  console.log(`Wrote ${n} synthetic events into ${resolve(dir)}.`);
}
