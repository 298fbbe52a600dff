// Editorial rules: what this site asks of an entry beyond a valid format (how many sources, a
// citation in the text, how long). The importer checks the format only and reports these as
// work still to do; the build refuses to publish until they are met.
import type { Problem } from './problems.ts';
import type { ContentRules, EventEntry, PartialEventEntry } from './validate.ts';
import type { PlaceData } from '../schemas/people-places.ts';
import type { DatePoint } from '../dates/historical-date.ts';
import { gregorianToJulian, isRussianOldStyleEra, type CalendarDay } from '../dates/julian.ts';

/** The problems of an event under the editorial rules (the count of sources only once its `sources` field is valid). */
export function editorialProblems(event: PartialEventEntry, rules: ContentRules): Problem[] {
  const problems: Problem[] = [];
  const { data, path } = event;
  const distinct = new Set([...(data.sources ?? []), ...event.citedKeys]);
  if (data.sources && distinct.size < rules.minSources) {
    problems.push({ file: path, field: 'sources', message: `has ${distinct.size} source${distinct.size === 1 ? '' : 's'}; this site needs at least ${rules.minSources}`, fix: `cite at least ${rules.minSources} independent work${rules.minSources === 1 ? '' : 's'}` });
  }
  if (rules.maxSummary !== undefined && data.summary !== undefined && data.summary.length > rules.maxSummary) {
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

const isoDay = (day: CalendarDay) => `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;

/** A day-precision end of a date as a calendar day, else null. */
const dayOf = (point: DatePoint | null) => (point && point.precision === 'day' ? { year: point.year, month: point.month!, day: point.day! } : null);

/**
 * Suggestions, not problems: an event at a place in one of the countries whose sources date by
 * the Julian calendar (content/site.yaml's `calendars.julian`), dated to a day before 14
 * February 1918, without a `julianDate`. A reader comparing those sources needs its Old Style
 * date; the note gives the exact value to add. A site without `calendars.julian` gets none.
 */
export function julianDateNotes(events: readonly EventEntry[], places: ReadonlyMap<string, PlaceData>, oldStyle: ContentRules['oldStyle']): Problem[] {
  const notes: Problem[] = [];
  if (!oldStyle) return notes;
  const inScopeCountry = (country: string | undefined) => oldStyle === 'all' || (country !== undefined && oldStyle.includes(country));
  for (const { data, path } of events) {
    if (data.julianDate) continue;
    const start = dayOf(data.date.start);
    if (!start || !isRussianOldStyleEra(start)) continue;
    const inScope = data.places.filter((slug) => inScopeCountry(places.get(slug)?.country));
    if (!inScope.length) continue;
    const end = data.date.end && data.date.end.edtf !== data.date.start?.edtf ? dayOf(data.date.end) : null;
    if (data.date.end && data.date.end.edtf !== data.date.start?.edtf && !end) continue;
    const julian = [start, ...(end ? [end] : [])].map((day) => isoDay(isRussianOldStyleEra(day) ? gregorianToJulian(day) : day)).join('/');
    notes.push({
      file: path,
      field: 'julianDate',
      message: `${data.date.edtf} is before 14 February 1918 at ${inScope.map((slug) => places.get(slug)!.name).join(', ')} (${[...new Set(inScope.map((slug) => places.get(slug)!.country))].join(', ')}), where sources of the time give the Old Style (Julian) date`,
      fix: `add julianDate: "${julian}"`,
    });
  }
  return notes;
}
