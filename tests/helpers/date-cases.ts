// Prints the date model's results for a fixed table of cases as JSON, so that a test can
// run it under several time zones and compare: a reader's zone must never move a date.
import { parseHistoricalDate } from '../../src/lib/dates/historical-date.ts';
import { formatHistoricalDate, isoForDate } from '../../src/lib/dates/format.ts';
import { gregorianToJulian } from '../../src/lib/dates/julian.ts';

const cases = ['1928-06-04', '1918-08', '1939', '1918-21', '1944-24', '1920~', '1941-07?', '0079-08-24', '-0043-03-15', '2000-02-29', '1939-05-11/1939-09-16', '1937-07-07/..', '1900-02-29', '1928-02-30'];
const results = cases.map((text) => {
  const result = parseHistoricalDate(text);
  if (!result.ok) return { text, error: result.reason };
  const date = result.value;
  return { text, earliest: date.earliest, latest: date.latest, formatted: formatHistoricalDate(date), iso: isoForDate(date) };
});
console.log(JSON.stringify({ results, julian: gregorianToJulian({ year: 1918, month: 2, day: 14 }) }));
