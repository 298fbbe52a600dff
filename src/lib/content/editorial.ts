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
    problems.push({ file: path, field: 'sources', message: `has ${distinct.size} source${distinct.size === 1 ? '' : 's'}; this site needs at least ${rules.minSources}`, fix: 'cite at least two independent works' });
  }
  if (event.citedKeys.length === 0) {
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

/** The country, in content/places/*.yaml, whose pre-1918 events are dated Old Style in Russian sources. */
const OLD_STYLE_COUNTRY = 'Russia';

const isoDay = (day: CalendarDay) => `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;

/** A day-precision end of a date as a calendar day, else null. */
const dayOf = (point: DatePoint | null) => (point && point.precision === 'day' ? { year: point.year, month: point.month!, day: point.day! } : null);

/**
 * Suggestions, not problems: an event at a place in Russia, dated to the day before Russia took
 * the Gregorian calendar (14 February 1918), without a `julianDate`. Russian sources give its
 * Old Style date, so a reader comparing them needs it; the note gives the exact value to add.
 */
export function julianDateNotes(events: readonly EventEntry[], places: ReadonlyMap<string, PlaceData>): Problem[] {
  const notes: Problem[] = [];
  for (const { data, path } of events) {
    if (data.julianDate) continue;
    const start = dayOf(data.date.start);
    if (!start || !isRussianOldStyleEra(start)) continue;
    const inRussia = data.places.filter((slug) => places.get(slug)?.country === OLD_STYLE_COUNTRY);
    if (!inRussia.length) continue;
    const end = data.date.end && data.date.end.edtf !== data.date.start?.edtf ? dayOf(data.date.end) : null;
    if (data.date.end && data.date.end.edtf !== data.date.start?.edtf && !end) continue;
    const julian = [start, ...(end ? [end] : [])].map((day) => isoDay(isRussianOldStyleEra(day) ? gregorianToJulian(day) : day)).join('/');
    notes.push({
      file: path,
      field: 'julianDate',
      message: `${data.date.edtf} is before 14 February 1918 at ${inRussia.map((slug) => places.get(slug)!.name).join(', ')} (Russia), where sources of the time give the Old Style (Julian) date`,
      fix: `add julianDate: "${julian}"`,
    });
  }
  return notes;
}
