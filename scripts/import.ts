// Imports a TimelineJS3 JSON file as Markdown event files:
//   npm run import -- <file.json> [--force] [--lane <id>] [--dry-run]
// Prints each converted entry and each item it could not convert, with the reason; checks the
// result with the same validation as hand-written content; never overwrites an existing event
// file without --force. Exits 1 when any item could not be converted.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
import { appendYaml, checkImport, lanesYaml, sourceYaml, tagsYaml } from '../src/lib/import/check.ts';

handleErrors('npm run import');

const USAGE = 'Usage: npm run import -- <timeline.json> [--force] [--lane <id>] [--dry-run]';
const parsedArgs = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        force: { type: 'boolean', default: false },
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

let input: unknown;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`✗ ${shown(file)} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const { settings } = readSiteSettings(dir);
const raw = readContent(dir, root, settings.lanes);
const before = validateContent(raw, { minSources: 1 });
const existingSlugs = new Set(raw.events.map((f) => f.path.replace(/^.*\//, '').replace(/\.mdx?$/, '')));
const timelineTitle = htmlToLine((input as { title?: { text?: { headline?: string } } })?.title?.text?.headline ?? '');
const fileName = basename(file);
const sourceKey = `timelinejs-${slugify(fileName.replace(/\.json$/i, '')) || 'import'}`;
const sourceTitle = timelineTitle || fileName.replace(/\.json$/i, '');

let result;
try {
  result = convertTimelineJs(input, { lanes: before.content.lanes, existingSlugs, force: values.force, sourceKey, sourceTitle, defaultLane: values.lane });
} catch (error) {
  if (error instanceof NotATimelineError) {
    console.error(`✗ ${shown(file)}: ${error.message}. A TimelineJS3 file looks like {"title": {…}, "events": [{"start_date": {"year": 1939}, "text": {"headline": "…"}}]}.`);
    process.exit(1);
  }
  throw error;
}

const today = new Date();
const hasSource = before.content.bibliography.has(sourceKey);
const bibliographyAddition = hasSource ? '' : sourceYaml({ id: sourceKey, title: sourceTitle, fileName, accessed: [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()] });
// Eras become tags: those not in content/tags.yaml yet are added to it, as new groups are to lanes.yaml.
const listedTags = new Set(before.content.tags.map((tag) => tag.id));
const candidateTags = result.eraTags.filter((tag) => !listedTags.has(tag.id));
const check = checkImport(raw, result.entries, { lanes: lanesYaml(result.newLanes), bibliography: bibliographyAddition, tags: tagsYaml(candidateTags) }, prefix, contentRulesOf(settings));
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

console.log(`${values['dry-run'] ? 'Checking' : 'Importing'} ${shown(file)} into ${shown(eventsDir)}/ …`);
for (const note of result.notes) console.log(`  · ${note}`);
const lines = [
  ...check.accepted.map((entry) => ({ item: entry.item, text: [
    `  ✓ ${entry.item} "${entry.title}" → ${shown(join(eventsDir, `${entry.slug}.md`))} (${entry.edtf}, lane ${entry.lane})${existingSlugs.has(entry.slug) ? ' — overwritten (--force)' : ''}`,
    ...entry.notes.map((note) => `      note: ${note}`),
    ...(check.editorial.get(entry.slug) ?? []).map((rule) => `      to do before publishing: ${rule}`),
  ] })),
  ...skipped.map((item) => ({ item: item.item, text: [`  ✗ ${item.item} ${item.label}: ${item.reason}`] })),
].sort((a, b) => a.item - b.item);
for (const line of lines) console.log(line.text.join('\n'));

if (!values['dry-run'] && check.accepted.length) {
  mkdirSync(eventsDir, { recursive: true });
  for (const entry of check.accepted) writeFileSync(join(eventsDir, `${entry.slug}.md`), entry.markdown);
  if (newLanes.length && raw.lanes) writeFileSync(join(dir, settings.lanes), appendYaml(raw.lanes.text, lanesYaml(newLanes)));
  if (newTags.length) writeFileSync(join(dir, 'tags.yaml'), raw.tags ? appendYaml(raw.tags.text, tagsYaml(newTags)) : tagsYaml(newTags));
  if (bibliographyAddition && raw.bibliography) writeFileSync(join(dir, 'bibliography.yaml'), appendYaml(raw.bibliography.text, bibliographyAddition));
}

const total = check.accepted.length + skipped.length;
console.log(`\n${values['dry-run'] ? 'Would convert' : 'Converted'} ${check.accepted.length} of ${total} item${total === 1 ? '' : 's'}` +
  (skipped.length ? `; ${skipped.length} could not be converted (marked ✗ above).` : '.'));
if (check.accepted.length) {
  if (newLanes.length) console.log(`New lanes in ${shown(join(dir, settings.lanes))}: ${newLanes.map((l) => `${l.id} ("${l.label}")`).join(', ')}.`);
  if (newTags.length) console.log(`New tags in ${shown(join(dir, 'tags.yaml'))}: ${newTags.map((t) => `${t.id} ("${t.label}")`).join(', ')}.`);
  if (bibliographyAddition) console.log(`New source in ${shown(join(dir, 'bibliography.yaml'))}: ${sourceKey}, cited by every imported entry.`);
  if (check.editorial.size) console.log(`${check.editorial.size} imported entr${check.editorial.size === 1 ? 'y does' : 'ies do'} not meet this site's editorial rules yet ("to do" above); the build refuses to publish until they do.`);
}
process.exit(skipped.length || !check.accepted.length ? 1 : 0);
