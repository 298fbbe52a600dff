import { describe, expect, it } from 'vitest';
import { formatDay, isoForDay } from '../../src/lib/dates/format.ts';

describe('a calendar day, written and in ISO 8601', () => {
  it.each([
    [{ year: 2026, month: 12, day: 1 }, '2026-12-01', '1 December 2026'],
    [{ year: 1928, month: 6, day: 4 }, '1928-06-04', '4 June 1928'],
    [{ year: 79, month: 8, day: 24 }, '0079-08-24', '24 August 79'],
    [{ year: -43, month: 3, day: 15 }, '-0043-03-15', '15 March 44 BCE'],
  ])('%j is %s, "%s"', (day, iso, written) => {
    expect(isoForDay(day)).toBe(iso);
    expect(formatDay(day)).toBe(written);
  });
});
