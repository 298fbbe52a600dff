import { describe, expect, it } from 'vitest';
import { parseHistoricalDate, utcDay, type HistoricalDate } from '../../src/lib/dates/historical-date.ts';
import { formatHistoricalDate, isoForDate } from '../../src/lib/dates/format.ts';
import { gregorianToJulian, isRussianOldStyleEra, julianToGregorian } from '../../src/lib/dates/julian.ts';

function parse(text: string): HistoricalDate {
  const result = parseHistoricalDate(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.value;
}
const iso = (ms: number) => new Date(ms).toISOString();

describe('parseHistoricalDate: precision and bounds in UTC', () => {
  it.each([
    ['1928-06-04', 'day', '1928-06-04T00:00:00.000Z', '1928-06-04T23:59:59.999Z'],
    ['1918-08', 'month', '1918-08-01T00:00:00.000Z', '1918-08-31T23:59:59.999Z'],
    ['1939', 'year', '1939-01-01T00:00:00.000Z', '1939-12-31T23:59:59.999Z'],
    ['1918-21', 'season', '1918-03-01T00:00:00.000Z', '1918-05-31T23:59:59.999Z'],
    ['1944-24', 'season', '1944-12-01T00:00:00.000Z', '1945-02-28T23:59:59.999Z'],
    ['1939-05-11/1939-09-16', 'day', '1939-05-11T00:00:00.000Z', '1939-09-16T23:59:59.999Z'],
    ['1932/1936', 'year', '1932-01-01T00:00:00.000Z', '1936-12-31T23:59:59.999Z'],
    ['1931-09/1941', 'year', '1931-09-01T00:00:00.000Z', '1941-12-31T23:59:59.999Z'],
  ])('%s → %s from %s to %s', (text, precision, earliest, latest) => {
    const date = parse(text);
    expect(date.precision).toBe(precision);
    expect(iso(date.earliest)).toBe(earliest);
    expect(iso(date.latest)).toBe(latest);
  });

  it('years below 100 are not shifted into the 1900s', () => {
    const date = parse('0079-08-24');
    expect(iso(date.earliest)).toBe('0079-08-24T00:00:00.000Z');
    expect(date.start?.year).toBe(79);
    expect(formatHistoricalDate(date)).toBe('24 August 79');
  });

  it('BCE years use astronomical numbering and read as BCE', () => {
    const date = parse('-0043-03-15');
    expect(date.start?.year).toBe(-43);
    expect(new Date(date.earliest).getUTCFullYear()).toBe(-43);
    expect(formatHistoricalDate(date)).toBe('15 March 44 BCE');
    expect(formatHistoricalDate(parse('-0499'))).toBe('500 BCE');
  });

  it('leap days: 2000-02-29 exists, 1900-02-29 does not (and is not rolled to 1 March)', () => {
    expect(parseHistoricalDate('2000-02-29').ok).toBe(true);
    expect(parseHistoricalDate('1904-02-29').ok).toBe(true);
    const bad = parseHistoricalDate('1900-02-29');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toBe('"1900-02-29" is not a real day: 1900-02 has only 28 days');
  });

  it('refuses impossible days, reversed intervals, times, unspecified digits and non-strings', () => {
    for (const text of ['1928-02-30', '1928-13', '1939-09-16/1939-05-11', '1928-06-04T05:23', '19XX', 'June 1928', '', ' 1928']) {
      expect(parseHistoricalDate(text).ok, text).toBe(false);
    }
    expect(parseHistoricalDate(1928).ok).toBe(false);
    expect(parseHistoricalDate(new Date(0)).ok).toBe(false);
  });

  it('open and unknown ends of intervals', () => {
    const open = parse('1937-07-07/..');
    expect(open.end).toBeNull();
    expect(open.endOpen).toBe('open');
    expect(open.latest).toBe(utcDay(1937, 7, 8) - 1);
    expect(formatHistoricalDate(open)).toBe('7 July 1937 – ongoing');
    const unknown = parse('1937-07-07/');
    expect(unknown.endOpen).toBe('unknown');
    expect(formatHistoricalDate(unknown)).toBe('7 July 1937 – unknown');
    const noStart = parse('../1905-01-02');
    expect(noStart.startOpen).toBe('open');
    expect(formatHistoricalDate(noStart)).toBe('before 2 January 1905');
  });

  it('approximate and uncertain marks', () => {
    const circa = parse('1920~');
    expect(circa.start?.approximate).toBe(true);
    expect(circa.start?.uncertain).toBe(false);
    const doubtful = parse('1941-07?');
    expect(doubtful.start?.uncertain).toBe(true);
    const both = parse('1932%');
    expect(both.start?.approximate && both.start?.uncertain).toBe(true);
    const range = parse('1931-09~/1941~');
    expect(range.start?.approximate && range.end?.approximate).toBe(true);
  });
});

describe('formatHistoricalDate writes dates as a person would', () => {
  it.each([
    ['1928-06-04', '4 June 1928'],
    ['1920~', 'c. 1920'],
    ['1918-21', 'spring 1918'],
    ['1941-07?', 'July 1941 (?)'],
    ['1939-05-11/1939-09-16', '11 May – 16 September 1939'],
    ['1937-07-25/1937-07-31', '25–31 July 1937'],
    ['1904-02-08/1905-01-02', '8 February 1904 – 2 January 1905'],
    ['1918-08/1918-11', 'August – November 1918'],
    ['1932/1936', '1932 – 1936'],
    ['1931-09~/1941~', 'c. September 1931 – c. 1941'],
  ])('%s → %s', (text, expected) => {
    expect(formatHistoricalDate(parse(text))).toBe(expected);
  });

  it('gives an ISO datetime for <time>', () => {
    expect(isoForDate(parse('1928-06-04'))).toBe('1928-06-04');
    expect(isoForDate(parse('1918-08'))).toBe('1918-08');
    expect(isoForDate(parse('1918-21'))).toBe('1918');
    expect(isoForDate(parse('0079'))).toBe('0079');
  });
});

describe('Julian (Old Style) conversion', () => {
  it.each([
    [{ year: 1895, month: 4, day: 17 }, { year: 1895, month: 4, day: 5 }], // 12 days in the 19th century
    [{ year: 1900, month: 3, day: 13 }, { year: 1900, month: 2, day: 29 }], // Julian 1900 was a leap year
    [{ year: 1900, month: 3, day: 14 }, { year: 1900, month: 3, day: 1 }], // 13 days from 1 March 1900 (Julian)
    [{ year: 1918, month: 1, day: 12 }, { year: 1917, month: 12, day: 30 }],
    [{ year: 1918, month: 2, day: 13 }, { year: 1918, month: 1, day: 31 }], // the last Old Style day in Russia
    [{ year: 1918, month: 2, day: 14 }, { year: 1918, month: 2, day: 1 }],
    [{ year: 1582, month: 10, day: 15 }, { year: 1582, month: 10, day: 5 }], // the Gregorian reform
  ])('%o N.S. is %o O.S.', (gregorian, julian) => {
    expect(gregorianToJulian(gregorian)).toEqual(julian);
    expect(julianToGregorian(julian)).toEqual(gregorian);
  });

  it('knows when Russia switched: 31 January O.S. was followed by 14 February N.S. 1918', () => {
    expect(isRussianOldStyleEra({ year: 1918, month: 2, day: 13 })).toBe(true);
    expect(isRussianOldStyleEra({ year: 1918, month: 2, day: 14 })).toBe(false);
  });
});
