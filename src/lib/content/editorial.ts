// Editorial rules: what this site asks of an entry beyond a valid format (how many sources, a
// citation in the text, how long). The importer checks the format only and reports these as
// work still to do; the build refuses to publish until they are met.
import type { Problem } from './problems.ts';
import type { ContentRules, EventEntry } from './validate.ts';

/** The problems of an event under the editorial rules. */
export function editorialProblems(event: EventEntry, rules: ContentRules): Problem[] {
  const problems: Problem[] = [];
  const { data, path } = event;
  const distinct = new Set([...data.sources, ...event.citedKeys]);
  if (distinct.size < rules.minSources) {
    problems.push({ file: path, field: 'sources', message: `has ${distinct.size} source${distinct.size === 1 ? '' : 's'}; this site needs at least ${rules.minSources}`, fix: `cite at least ${rules.minSources} independent work${rules.minSources === 1 ? '' : 's'}` });
  }
  if (rules.maxSummary !== undefined && data.summary.length > rules.maxSummary) {
    problems.push({ file: path, field: 'summary', message: `has ${data.summary.length} characters; this site allows at most ${rules.maxSummary}`, fix: 'shorten the summary' });
  }
  if (rules.minSources > 0 && event.citedKeys.length === 0) {
    problems.push({ file: path, field: 'body', message: 'cites no source in the text', fix: 'footnote each claim, e.g. "… in 1931 [@coox1985, p. 45]."' });
  }
  if (rules.minWords !== undefined && event.wordCount < rules.minWords) {
    problems.push({ file: path, field: 'body', message: `has ${event.wordCount} words; an entry needs at least ${rules.minWords}`, fix: 'expand the text' });
  }
  if (rules.maxWords !== undefined && event.wordCount > rules.maxWords) {
    problems.push({ file: path, field: 'body', message: `has ${event.wordCount} words; an entry has at most ${rules.maxWords}`, fix: 'shorten the text' });
  }
  return problems;
}
