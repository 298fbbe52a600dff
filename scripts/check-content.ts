// Checks the authored content without building the site: `npm run check:content`.
// Prints every problem at once (file, field, value, fix) and exits 1 if there are any, then the
// suggestions (notes), which never change the exit code.
import { performance } from 'node:perf_hooks';
import { handleErrors } from './errors.mjs';
import { contentDir, readContent } from '../src/content-source/read.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { contentRulesOf } from '../src/lib/content/site-settings.ts';
import { readSiteAddress, readSiteSettings } from '../src/content-source/site-settings.ts';
import { formatNotes, formatProblems } from '../src/lib/content/problems.ts';

handleErrors('npm run check:content');
const started = performance.now();
const dir = contentDir();
const { settings, problems: settingsProblems } = readSiteSettings(dir);
const { problems: contentProblems, notes, content } = validateContent(readContent(dir, undefined, settings.lanes), contentRulesOf(settings));
const problems = [...new Set([...settingsProblems, ...readSiteAddress(dir).problems]), ...contentProblems];
const ms = Math.round(performance.now() - started);
if (problems.length) {
  console.error(formatProblems(problems));
  if (notes.length) console.error(`\n${formatNotes(notes)}`);
  process.exit(1);
}
console.log(
  `✓ Content is valid: ${content.events.length} events, ${content.people.size} people, ${content.places.size} places, ` +
    `${content.paths.length} lesson paths, ${content.figures.length} figures, ${content.bibliography.size} references (${ms} ms).`,
);
if (notes.length) console.log(`\n${formatNotes(notes)}`);
