import { describe, expect, it } from 'vitest';
import { filterQuery, matchesFilter, readFilterParams, writeFilterParams } from '../../src/lib/filter-query.ts';
import { parseFilter } from '../../src/lib/browse/filter.ts';
import { parseView, serializeView, type ViewContext } from '../../src/lib/timeline/view-state.ts';
import { utcDay } from '../../src/lib/dates/utc.ts';

const window = { start: utcDay(1904, 1, 1), end: utcDay(1906, 1, 1) };
const context: ViewContext = {
  slugs: new Set(['mukden-1905']),
  lanes: ['war', 'diplomacy'],
  tags: new Set(['battle', 'treaty & peace']),
  defaultWindow: window,
  windowForEvent: () => window,
};

describe('the filter query codec', () => {
  it.each([
    [{}, ''],
    [{ lane: '', tag: '' }, ''],
    [{ lane: 'war' }, '?lane=war'],
    [{ tag: 'battle' }, '?tag=battle'],
    [{ tag: 'battle', lane: 'war' }, '?lane=war&tag=battle'], // lane first, whatever the key order
    [{ tag: 'treaty & peace' }, '?tag=treaty+%26+peace'], // values are encoded
  ])('writes %j as "%s"', (filter, query) => {
    expect(filterQuery(filter)).toBe(query);
  });

  it('reads back what it writes, and null for what is absent', () => {
    expect(readFilterParams(new URLSearchParams(filterQuery({ lane: 'war', tag: 'treaty & peace' })))).toEqual({ lane: 'war', tag: 'treaty & peace', place: null });
    expect(readFilterParams(new URLSearchParams(filterQuery({ place: 'port-arthur' })))).toEqual({ lane: null, tag: null, place: 'port-arthur' });
    expect(readFilterParams(new URLSearchParams('from=1904'))).toEqual({ lane: null, tag: null, place: null });
    expect(readFilterParams(new URLSearchParams('lane='))).toEqual({ lane: '', tag: null, place: null });
  });

  it('adds to a query that already holds other parameters, after them', () => {
    expect(writeFilterParams(new URLSearchParams('from=1904&to=1905'), { tag: 'battle', lane: 'war' }).toString()).toBe('from=1904&to=1905&lane=war&tag=battle');
  });

  it('lets an event through when it has the lane and the tag asked for', () => {
    const event = { lane: 'war', tags: ['battle', 'siege'] };
    expect(matchesFilter(event, {})).toBe(true);
    expect(matchesFilter(event, { lane: 'war', tag: 'siege' })).toBe(true);
    expect(matchesFilter(event, { lane: 'war', tag: 'treaty' })).toBe(false);
    expect(matchesFilter(event, { lane: 'diplomacy' })).toBe(false);
  });
});

describe('every reader of the filter query agrees with its writer', () => {
  const filters = [{ lane: 'war' }, { tag: 'battle' }, { lane: 'diplomacy', tag: 'treaty & peace' }];

  it.each(filters)('the chronology menus read %j from the link that writes it', (filter) => {
    expect(parseFilter(filterQuery(filter), { lanes: context.lanes, tags: [...context.tags] })).toEqual({ lane: '', tag: '', ...filter });
  });

  it.each(filters)('the timeline reads %j from the link that writes it, and writes it the same way', (filter) => {
    const { view, notices } = parseView(new URLSearchParams(filterQuery(filter)), context);
    expect(notices).toEqual([]);
    expect(view).toEqual({ window, ...filter });
    expect(serializeView(view)).toBe(`from=1904-01&to=1906-01&${filterQuery(filter).slice(1)}`);
  });
});
