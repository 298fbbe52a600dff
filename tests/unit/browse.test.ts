import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseHistoricalDate, utcDay } from '../../src/lib/dates/historical-date.ts';
import { eraAt, eraYear, ERAS } from '../../src/lib/dates/japanese-eras.ts';
import { decadeOf, groupByEraAndDecade } from '../../src/lib/browse/group.ts';
import { countTags, tagLabel } from '../../src/lib/browse/tags.ts';
import { describeFilter, parseFilter } from '../../src/lib/browse/filter.ts';
import { filterQuery, matchesFilter } from '../../src/lib/filter-query.ts';
import { searchTermsFor } from '../../src/lib/search/terms.ts';
import { suggestEvents, wordsOfPath, words } from '../../src/lib/search/suggest.ts';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { SITE_RULES } from '../helpers/site-rules.ts';
import { sortChronologically } from '../../src/lib/chronology.ts';
import { ROOT } from '../helpers/fixtures.ts';

const at = (title: string, edtf: string) => {
  const result = parseHistoricalDate(edtf);
  if (!result.ok) throw new Error(result.reason);
  return { title, date: result.value };
};

const { content } = validateContent(readContent(join(ROOT, 'content'), ROOT), SITE_RULES);

describe('Japanese eras', () => {
  it.each([
    ['1895-04-17', 'meiji'],
    ['1912-07-29', 'meiji'],
    ['1912-07-30', 'taisho'],
    ['1926-12-24', 'taisho'],
    ['1926-12-25', 'showa'],
    ['1989-01-07', 'showa'],
    ['1989-01-08', 'heisei'],
    ['2019-05-01', 'reiwa'],
    ['1850-01-01', 'before-meiji'],
  ])('%s falls in %s', (day, id) => {
    const [y, m, d] = day.split('-').map(Number);
    expect(eraAt(utcDay(y, m, d)).id).toBe(id);
  });
  it('counts era years from the accession year as year 1', () => {
    const showa = ERAS.find((e) => e.id === 'showa')!;
    expect(eraYear(showa, 1926)).toBe(1);
    expect(eraYear(showa, 1939)).toBe(14);
    expect(eraYear(ERAS[0], 1800)).toBeNull();
  });
});

describe('grouping by era and decade', () => {
  it('names decades, BCE included', () => {
    expect(decadeOf(1939)).toEqual({ id: 'decade-1930s', label: '1930s' });
    expect(decadeOf(-43)).toEqual({ id: 'decade-40s-bce', label: '40s BCE' });
    expect(decadeOf(0)).toEqual({ id: 'decade-0s-bce', label: '0s BCE' });
  });
  it('splits a decade cut by an era boundary, keeping ids unique', () => {
    const groups = groupByEraAndDecade(sortChronologically([
      at('Siege of Tsingtao', '1914-08-27/1914-11-07'),
      at('Annexation', '1910-08-22'),
      at('Mukden', '1931-09-18'),
      at('Death of the Taishō emperor', '1926-12-25'),
      at('Taishō starts', '1912-07-30'),
      at('Basic Convention', '1925-01-20'),
    ]));
    expect(groups.map((g) => g.era.id)).toEqual(['meiji', 'taisho', 'showa']);
    expect(groups.map((g) => g.decades.map((d) => d.id))).toEqual([['decade-1910s'], ['decade-1910s-taisho', 'decade-1920s'], ['decade-1920s-showa', 'decade-1930s']]);
    expect(groups.map((g) => g.count)).toEqual([1, 3, 2]);
  });
  it('groups every event of the site exactly once, in order', () => {
    const events = sortChronologically(content.events.map((e) => ({ title: e.data.title, date: e.data.date, slug: e.slug })));
    const grouped = groupByEraAndDecade(events).flatMap((g) => g.decades.flatMap((d) => d.items));
    expect(grouped).toEqual(events);
    const ids = groupByEraAndDecade(events).flatMap((g) => [g.id, ...g.decades.map((d) => d.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('tags', () => {
  it('counts each tag once per event and sorts by label', () => {
    expect(countTags([{ tags: ['war', 'border-war'] }, { tags: ['war', 'war'] }])).toEqual([
      { tag: 'border-war', label: 'border war', count: 1 },
      { tag: 'war', label: 'war', count: 2 },
    ]);
    expect(tagLabel('world-war-i')).toBe('world war i');
  });
  it('labels tags by the closed list of content/tags.yaml, and sorts by that label', () => {
    const labels = new Map([['war-crimes', 'War crimes'], ['naval', 'Naval war']]);
    expect(tagLabel('war-crimes', labels)).toBe('War crimes');
    expect(tagLabel('border-war', labels)).toBe('border war');
    expect(countTags([{ tags: ['war-crimes', 'naval'] }, { tags: ['naval'] }], labels)).toEqual([
      { tag: 'naval', label: 'Naval war', count: 2 },
      { tag: 'war-crimes', label: 'War crimes', count: 1 },
    ]);
  });
});

describe('filters', () => {
  const known = { lanes: ['war', 'diplomacy'], tags: ['battle', 'treaty'] };
  it('reads lane and tag from the URL, ignoring unknown values', () => {
    expect(parseFilter('?lane=war&tag=battle', known)).toEqual({ lane: 'war', tag: 'battle' });
    expect(parseFilter('?lane=nonsense&tag=treaty', known)).toEqual({ lane: '', tag: 'treaty' });
    expect(parseFilter('', known)).toEqual({ lane: '', tag: '' });
  });
  it('writes the query the timeline reads', () => {
    expect(filterQuery({ lane: 'war', tag: 'battle' })).toBe('?lane=war&tag=battle');
    expect(filterQuery({ lane: '', tag: 'treaty' })).toBe('?tag=treaty');
    expect(filterQuery({ lane: '', tag: '' })).toBe('');
  });
  it('matches lane and tag together', () => {
    const event = { lane: 'war', tags: ['battle', 'siege'] };
    expect(matchesFilter(event, { lane: 'war', tag: '' })).toBe(true);
    expect(matchesFilter(event, { lane: 'war', tag: 'siege' })).toBe(true);
    expect(matchesFilter(event, { lane: 'diplomacy', tag: 'siege' })).toBe(false);
    expect(matchesFilter(event, { lane: '', tag: 'treaty' })).toBe(false);
  });
  it('describes what is shown', () => {
    expect(describeFilter(50, 50, {})).toBe('Showing all 50 events.');
    expect(describeFilter(3, 50, { lane: 'Wars and battles', tag: 'siege' })).toBe('Showing 3 of 50 events: Wars and battles, tagged “siege”.');
    expect(describeFilter(0, 50, { tag: 'treaty', lane: 'Wars and battles' })).toBe('No event matches: Wars and battles, tagged “treaty”.');
  });
});

describe('search terms', () => {
  const people = content.people;
  const places = content.places;
  const termsOf = (slug: string) => searchTermsFor(content.events.find((e) => e.slug === slug)!.data, people, places).map((t) => t.text);
  it('index the people of an event in every script and spelling', () => {
    const terms = termsOf('huanggutun-incident-1928');
    expect(terms).toEqual(expect.arrayContaining(['Zhang Zuolin', '張作霖', '张作霖', 'Chang Tso-lin', '皇姑屯事件']));
  });
  it('index other names of the event and its places', () => {
    expect(termsOf('battles-of-nomonhan-khalkhin-gol-1939')).toEqual(expect.arrayContaining(['Battles of Khalkhin Gol', 'ノモンハン事件', 'Khalkhin Gol (Khalkha River)', 'Халхин-Гол']));
  });
  it('give every event at least one term, without duplicates', () => {
    for (const event of content.events) {
      const terms = termsOf(event.slug);
      expect(new Set(terms).size, event.slug).toBe(terms.length);
    }
  });
});

describe('404 suggestions', () => {
  const candidates = content.events.map((e) => ({ slug: e.slug, title: e.data.title, keywords: (e.data.names ?? []).map((n) => `${n.text} ${n.romanization ?? ''}`).join(' ') }));
  it('takes the words of the path, without base, sections or stop words', () => {
    expect(wordsOfPath('/timeline/events/battle-of-the-nomonhan-1939/', '/timeline/')).toEqual(['battle', 'nomonhan', '1939']);
    expect(wordsOfPath('/events/K%C5%8Dmoto', '/')).toEqual(['komoto']);
    expect(words('Kōmoto’s plot')).toEqual(['komoto', 's', 'plot']);
  });
  it.each([
    ['/events/nomonhan-1939/', 'battles-of-nomonhan-khalkhin-gol-1939'],
    ['/events/khalkin-gol/', 'battles-of-nomonhan-khalkhin-gol-1939'],
    ['/events/zhang-zuolin-assassination/', 'huanggutun-incident-1928'],
    ['/events/mukden-incident/', 'mukden-incident-1931'],
    ['/events/treaty-portsmouth/', 'treaty-of-portsmouth-1905'],
    ['/timeline/events/lake-khasan/', 'battle-of-lake-khasan-1938'],
  ])('%s suggests %s first', (path, slug) => {
    const base = path.startsWith('/timeline/') ? '/timeline/' : '/';
    expect(suggestEvents(wordsOfPath(path, base), candidates)[0]?.slug).toBe(slug);
  });
  it('suggests nothing for an address without meaningful words', () => {
    expect(suggestEvents(wordsOfPath('/404.html'), candidates)).toEqual([]);
    expect(suggestEvents(wordsOfPath('/events/'), candidates)).toEqual([]);
  });
});
