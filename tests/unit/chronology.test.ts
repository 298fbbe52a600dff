import { describe, expect, it } from 'vitest';
import { sortChronologically } from '../../src/lib/chronology.ts';
import { parseHistoricalDate } from '../../src/lib/dates/historical-date.ts';

const at = (title: string, edtf: string) => {
  const result = parseHistoricalDate(edtf);
  if (!result.ok) throw new Error(result.reason);
  return { title, date: result.value };
};

describe('sortChronologically', () => {
  it('orders by date, then coarser precision first, then title', () => {
    const items = [at('Zeta day', '1939-01-01'), at('Alpha day', '1939-01-01'), at('The year', '1939'), at('The month', '1939-01'), at('Earlier', '1938-12-31'), at('Spring', '1939-21')];
    expect(sortChronologically(items).map((item) => item.title)).toEqual(['Earlier', 'The year', 'The month', 'Alpha day', 'Zeta day', 'Spring']);
  });
  it('does not depend on input order', () => {
    const items = [at('B', '1905'), at('A', '1905'), at('C', '1904-02-08/1905-01-02')];
    expect(sortChronologically(items)).toEqual(sortChronologically([...items].reverse()));
  });
});
