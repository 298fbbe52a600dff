// Prints the scholarship figures of the content: `npm run report:scholarship [-- slug … ] [--long] [--strict]`.
// What the citations rest on (Wikipedia share, groups resting on Wikipedia alone), how many give a
// locator, how hard the texts are to read (Flesch–Kincaid grade, sentence length), copied runs
// from the source documents, and whether every bibliography entry is complete and cited.
// --long lists the sentences over the limit; --strict exits 1 when a target is missed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir, readContent } from '../src/content-source/read.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { contentRulesOf } from '../src/lib/content/site-settings.ts';
import { readSiteSettings } from '../src/content-source/site-settings.ts';
import { SCHOLARSHIP_TARGETS as T, CITED_NOTES, siteScholarship } from '../src/lib/content/scholarship.ts';
import { copiedRuns, shingles } from '../src/lib/content/copy-check.ts';

const args = process.argv.slice(2);
const only = new Set(args.filter((arg) => !arg.startsWith('--')));
const { problems, content } = validateContent(readContent(contentDir(), undefined, readSiteSettings().settings.lanes), contentRulesOf(readSiteSettings().settings));
const events = only.size ? content.events.filter((event) => only.has(event.slug)) : content.events;
for (const slug of only) if (!content.events.some((event) => event.slug === slug)) console.log(`(no valid event "${slug}")`);
const figures = siteScholarship(events, content.bibliography, only.size ? [] : content.paths);

const RUN = 8;
const documentsDir = resolve(process.env.SOURCE_DOCUMENTS ?? '../shared/sources/documents');
let copied: string[] | undefined;
if (existsSync(documentsDir)) {
  const index = shingles(readdirSync(documentsDir).map((name) => ({ name, text: readFileSync(join(documentsDir, name), 'utf8') })), RUN);
  copied = events.flatMap((event) => {
    const text = [event.data.title, event.data.summary, event.body, ...CITED_NOTES.map((f) => event.data[f]), event.data.contentNote, ...(event.data.keyPoints ?? [])].filter(Boolean).join('\n');
    return copiedRuns(text, index, RUN).map((run) => `${event.slug}: ${run.words.split(' ').length} words from ${run.document}: “${run.words}”`);
  });
}

const pad = (text: string | number, width: number) => String(text).padStart(width);
const rows: [boolean, string][] = [
  [figures.events >= T.minEvents, `events: ${figures.events} (target ≥ ${T.minEvents})`],
  [figures.wikipediaShare <= T.maxWikipediaShare, `Wikipedia: ${figures.wikipedia} of ${figures.citations} citations, ${(figures.wikipediaShare * 100).toFixed(1)}% (target ≤ ${T.maxWikipediaShare * 100}%)`],
  [figures.wikipediaOnlyGroups <= T.maxWikipediaOnlyGroups, `citation groups resting on Wikipedia alone: ${figures.wikipediaOnlyGroups} (target ${T.maxWikipediaOnlyGroups})`],
  [figures.locators >= T.minLocators, `citations with a locator: ${figures.locators} (target ≥ ${T.minLocators})`],
  [figures.medianGrade <= T.maxMedianGrade, `median Flesch–Kincaid grade: ${figures.medianGrade.toFixed(1)} (target ≤ ${T.maxMedianGrade}); median sentence ${figures.medianSentence} words`],
  [figures.longestSentence <= T.maxSentenceWords, `longest sentence: ${figures.longestSentence} words; ${figures.sentencesOverLimit} over ${T.maxSentenceWords} (target none)`],
  [figures.wikipediaMentions <= T.maxWikipediaMentions, `the prose names Wikipedia ${figures.wikipediaMentions} times (target ≤ ${T.maxWikipediaMentions})`],
  [copied !== undefined && copied.length === 0, copied ? `copied ${RUN}-word runs from the source documents: ${copied.length} (target 0)` : `copied runs: not checked, no documents at ${documentsDir}`],
  [figures.bibliography.length === 0, `bibliography entries incomplete or uncited: ${figures.bibliography.length} (target 0)`],
];
if (only.size) rows.shift();

console.log(`Scholarship figures${only.size ? ` for ${events.length} event(s)` : ''}:`);
for (const [ok, text] of rows) console.log(`  ${ok ? '✓' : '✗'} ${text}`);
if (problems.length) console.log(`  (content has ${problems.length} problem(s); run npm run check:content)`);

console.log(`\n${'event'.padEnd(58)} ${pad('cites', 5)} ${pad('wp', 3)} ${pad('wp-only', 7)} ${pad('loc', 4)} ${pad('grade', 5)} ${pad('long', 4)}`);
for (const e of figures.perEvent) {
  console.log(`${e.slug.padEnd(58)} ${pad(e.citations, 5)} ${pad(e.wikipedia, 3)} ${pad(e.wikipediaOnlyGroups, 7)} ${pad(e.locators, 4)} ${pad(e.reading.grade.toFixed(1), 5)} ${pad(e.reading.longest, 4)}`);
  if (args.includes('--long')) for (const sentence of e.reading.longSentences) console.log(`    › ${sentence}`);
}
if (copied?.length) console.log(`\nCopied runs:\n${copied.map((line) => `  ${line}`).join('\n')}`);
if (figures.bibliography.length) console.log(`\nBibliography:\n${figures.bibliography.map(({ id, problem }) => `  ${id} ${problem}`).join('\n')}`);

if (args.includes('--strict') && rows.some(([ok]) => !ok)) process.exit(1);
