// Imports a TimelineJS3 JSON file, or the CSV of TimelineJS's Google Sheets template, as
// Markdown event files:
//   npm run import -- <file.json|file.csv> [--replace] [--force] [--lane <id>] [--dry-run]
// Prints each converted entry and each item it could not convert, with the reason; checks the
// result with the same validation as hand-written content; never overwrites an existing event
// file without --force. With --replace, the timeline replaces the content directory's whole
// site (events, people, places, lesson paths, bibliography, glossary, tags, lanes, settings).
// Exits 1 when any item could not be converted.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { handleErrors, InputError } from './errors.mjs';
import { contentDir, readContent } from '../src/content-source/read.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { contentRulesOf } from '../src/lib/content/site-settings.ts';
import { readSiteSettings } from '../src/content-source/site-settings.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { htmlToLine } from '../src/lib/import/html.ts';
import { NotATimelineError, convertTimelineJs, slugify } from '../src/lib/import/timelinejs.ts';
import { readSheet } from '../src/lib/import/sheet.ts';
import { newSiteSettings } from '../src/lib/import/new-site.ts';
import type { RawContent } from '../src/lib/content/validate.ts';
import { appendYaml, checkImport, lanesYaml, sourceYaml, tagsYaml } from '../src/lib/import/check.ts';

handleErrors('npm run import');

const USAGE = 'Usage: npm run import -- <timeline.json|sheet.csv> [--replace] [--force] [--lane <id>] [--dry-run]';
const parsedArgs = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        force: { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        lane: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new InputError(`${(error as Error).message.split(/\.\s|\n/)[0]}. ${USAGE}`);
  }
})();
const { values, positionals } = parsedArgs;

if (values.help || positionals.length !== 1) {
  console.log(`${USAGE}\n` +
    '  --replace  start a new site from the file: its events, title, eras and groups replace all the content\n' +
    '  --force    overwrite event files that exist already\n' +
    '  --lane     lane for slides without a group (default: a new lane "imported")\n' +
    '  --dry-run  report what would be converted, write nothing');
  process.exit(values.help ? 0 : 2);
}

const file = resolve(process.cwd(), positionals[0]);
const dir = contentDir();
const root = resolve(dir, '..');
const prefix = relative(root, dir).split('\\').join('/') || '.';
const shown = (path: string) => relative(process.cwd(), path) || path;

const isSheet = /\.csv$/i.test(file);
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`✗ ${shown(file)} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
let input: unknown;
let sheet: ReturnType<typeof readSheet> | undefined;
try {
  if (isSheet) {
    sheet = readSheet(text);
    input = sheet.timeline;
  } else {
    input = JSON.parse(text);
  }
} catch (error) {
  if (error instanceof NotATimelineError) {
    console.error(`✗ ${shown(file)}: ${error.message}.`);
    process.exit(1);
  }
  console.error(`✗ ${shown(file)} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
/** How the report names an item: its spreadsheet row, or its place in the file's "events". */
const itemName = (item: number) => (sheet ? `row ${sheet.eventRows[item - 1]}` : String(item));

const replace = values.replace;
const { settings } = readSiteSettings(dir);
// A new site starts from nothing: the content as it will be after the import is the import alone.
const raw: RawContent = replace
  ? { events: [], people: [], places: [], paths: [], lanes: { path: `${prefix}/lanes.yaml`, text: '' }, bibliography: { path: `${prefix}/bibliography.yaml`, text: '' } }
  : readContent(dir, root, settings.lanes);
const before = validateContent(raw, { minSources: 1 });
const existingSlugs = new Set(raw.events.map((f) => f.path.replace(/^.*\//, '').replace(/\.mdx?$/, '')));
const titleSlide = (input as { title?: { text?: { headline?: string; text?: string } } })?.title?.text;
const timelineTitle = htmlToLine(titleSlide?.headline ?? '');
const fileName = basename(file);
const stem = fileName.replace(/\.(json|csv)$/i, '');
const sourceKey = `timelinejs-${slugify(stem) || 'import'}`;
const sourceTitle = timelineTitle || stem;

let result;
try {
  result = convertTimelineJs(input, {
    lanes: before.content.lanes, existingSlugs, force: values.force, sourceKey, sourceTitle, defaultLane: values.lane, eraTags: !replace,
    ...(sheet ? { eraName: (index: number) => `the era in row ${sheet!.eraRows[index]}` } : {}),
  });
} catch (error) {
  if (error instanceof NotATimelineError) {
    console.error(`✗ ${shown(file)}: ${error.message}. A TimelineJS3 file looks like {"title": {…}, "events": [{"start_date": {"year": 1939}, "text": {"headline": "…"}}]}.`);
    process.exit(1);
  }
  throw error;
}

const today = new Date();
const hasSource = before.content.bibliography.has(sourceKey);
const bibliographyAddition = hasSource ? '' : sourceYaml({ id: sourceKey, title: sourceTitle, fileName, accessed: [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()], medium: sheet ? 'TimelineJS spreadsheet (CSV)' : 'TimelineJS3 JSON' });
// A new site's settings: the file's title, its eras as bands, no calendars, rules the entries meet.
const site = replace ? newSiteSettings(sourceTitle, htmlToLine(titleSlide?.text ?? ''), result.eraBands, `${prefix}/site.yaml`) : undefined;
const rules = contentRulesOf(site ? site.settings : settings);
// Eras become tags when adding to a site: those not in content/tags.yaml yet are added to it, as new groups are to lanes.yaml.
const listedTags = new Set(before.content.tags.map((tag) => tag.id));
const candidateTags = replace ? [] : result.eraTags.filter((tag) => !listedTags.has(tag.id));
// A new site without lanes yet has no lanes file (an empty one is an error).
const check = checkImport(replace && !result.newLanes.length ? { ...raw, lanes: undefined } : raw, result.entries, { lanes: lanesYaml(result.newLanes), bibliography: bibliographyAddition, tags: tagsYaml(candidateTags) }, prefix, rules);
if (check.other.length) {
  console.error(`✗ The additions to lanes.yaml, tags.yaml or bibliography.yaml would not be valid:\n  ${check.other.map(formatProblem).join('\n  ')}`);
  process.exit(1);
}
const usedLanes = new Set(check.accepted.map((entry) => entry.lane));
const newLanes = result.newLanes.filter((lane) => usedLanes.has(lane.id));
const usedTags = new Set(check.accepted.flatMap((entry) => entry.tags));
const newTags = candidateTags.filter((tag) => usedTags.has(tag.id));
const skipped = [...result.skipped, ...check.rejected].sort((a, b) => a.item - b.item);
const eventsDir = join(dir, 'events');

console.log(`${values['dry-run'] ? 'Checking' : 'Importing'} ${shown(file)} into ${shown(eventsDir)}/${replace ? ', replacing the whole site' : ''} …`);
for (const note of [...result.notes, ...(site?.notes ?? [])]) console.log(`  · ${note}`);
const lines = [
  ...check.accepted.map((entry) => ({ item: entry.item, text: [
    `  ✓ ${itemName(entry.item)} "${entry.title}" → ${shown(join(eventsDir, `${entry.slug}.md`))} (${entry.edtf}, lane ${entry.lane})${existingSlugs.has(entry.slug) ? ' — overwritten (--force)' : ''}`,
    ...entry.notes.map((note) => `      note: ${note}`),
    ...(check.editorial.get(entry.slug) ?? []).map((rule) => `      to do before publishing: ${rule}`),
  ] })),
  ...skipped.map((item) => ({ item: item.item, text: [`  ✗ ${itemName(item.item)} ${item.label}: ${item.reason}`] })),
].sort((a, b) => a.item - b.item);
for (const line of lines) console.log(line.text.join('\n'));

/** The files and folders of a site that --replace removes before writing the new one. */
const REPLACED = ['events', 'people', 'places', 'paths', 'bibliography.yaml', 'glossary.yaml', 'tags.yaml', settings.lanes, 'lanes.yaml', 'site.yaml'];
if (!values['dry-run'] && check.accepted.length) {
  if (site) {
    for (const name of new Set(REPLACED)) rmSync(join(dir, name), { recursive: true, force: true });
    mkdirSync(eventsDir, { recursive: true });
    writeFileSync(join(dir, 'site.yaml'), site.yaml);
    writeFileSync(join(dir, 'lanes.yaml'), lanesYaml(newLanes));
    writeFileSync(join(dir, 'bibliography.yaml'), bibliographyAddition);
  }
  mkdirSync(eventsDir, { recursive: true });
  for (const entry of check.accepted) writeFileSync(join(eventsDir, `${entry.slug}.md`), entry.markdown);
  if (!site) {
    if (newLanes.length && raw.lanes) writeFileSync(join(dir, settings.lanes), appendYaml(raw.lanes.text, lanesYaml(newLanes)));
    if (newTags.length) writeFileSync(join(dir, 'tags.yaml'), raw.tags ? appendYaml(raw.tags.text, tagsYaml(newTags)) : tagsYaml(newTags));
    if (bibliographyAddition && raw.bibliography) writeFileSync(join(dir, 'bibliography.yaml'), appendYaml(raw.bibliography.text, bibliographyAddition));
  }
}

const total = check.accepted.length + skipped.length;
console.log(`\n${values['dry-run'] ? 'Would convert' : 'Converted'} ${check.accepted.length} of ${total} item${total === 1 ? '' : 's'}` +
  (skipped.length ? `; ${skipped.length} could not be converted (marked ✗ above).` : '.'));
if (check.accepted.length && site) {
  console.log(`${values['dry-run'] ? 'Would replace' : 'Replaced'} the site in ${shown(dir)}: "${site.settings.title}", ${newLanes.length} lane${newLanes.length === 1 ? '' : 's'}, ${site.settings.eras.bands.length} era band${site.settings.eras.bands.length === 1 ? '' : 's'}, no people, places or lesson paths (site.yaml, lanes.yaml, bibliography.yaml and events/ are new). npm run build builds it.`);
} else if (check.accepted.length) {
  if (newLanes.length) console.log(`New lanes in ${shown(join(dir, settings.lanes))}: ${newLanes.map((l) => `${l.id} ("${l.label}")`).join(', ')}.`);
  if (newTags.length) console.log(`New tags in ${shown(join(dir, 'tags.yaml'))}: ${newTags.map((t) => `${t.id} ("${t.label}")`).join(', ')}.`);
  if (bibliographyAddition) console.log(`New source in ${shown(join(dir, 'bibliography.yaml'))}: ${sourceKey}, cited by every imported entry.`);
  if (check.editorial.size) console.log(`${check.editorial.size} imported entr${check.editorial.size === 1 ? 'y does' : 'ies do'} not meet this site's editorial rules yet ("to do" above); the build refuses to publish until they do.`);
} else if (site) {
  console.log(`Nothing was converted, so ${shown(dir)} was left as it was.`);
}
process.exit(skipped.length || !check.accepted.length ? 1 : 0);
