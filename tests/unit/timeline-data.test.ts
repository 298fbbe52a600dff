import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeTimelineData, encodeTimelineData, TIMELINE_FORMAT, type TimelineData } from '../../src/lib/timeline/timeline-data.ts';
import type { TimelineItem } from '../../src/lib/timeline/items.ts';

// timeline.json travels by column; what the browser rebuilds from it is what the build had.
const word = fc.stringMatching(/^[a-z][a-z-]{0,12}$/);
const instant = fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.double({ min: -4.4e20, max: -8.64e15, noNaN: true }));
const item = fc.record({
  slug: word,
  title: fc.string(),
  summary: fc.string(),
  lane: fc.nat(6),
  start: instant,
  span: fc.nat(),
  dateText: fc.string(),
  iso: fc.string(),
  fuzzyStart: fc.boolean(),
  fuzzyEnd: fc.boolean(),
  openEnd: fc.boolean(),
  order: fc.nat(),
  tags: fc.uniqueArray(word, { maxLength: 4 }),
  places: fc.uniqueArray(word, { maxLength: 4 }),
  thumb: fc.option(fc.constantFrom('/media/a.webp', '/media/b.webp'), { nil: undefined }),
}).map(({ span, thumb, ...rest }): TimelineItem => ({ ...rest, end: rest.start + span, ...(thumb ? { thumb } : {}) }));

const dataOf = (items: TimelineItem[]): TimelineData => ({
  items,
  lanes: [{ id: 'war', label: 'War' }],
  places: { mukden: 'Mukden' },
  defaultWindow: { start: 0, end: 1 },
  extent: { start: -1, end: 2 },
  epilogue: [],
  eras: [{ id: 'meiji', label: 'Meiji', kind: 'reign', start: 0, end: 1 }],
});

describe('timeline.json, by column', () => {
  it('gives back every event and field as it was, through JSON', () => {
    fc.assert(fc.property(fc.array(item, { maxLength: 30 }), (items) => {
      const data = dataOf(items);
      expect(decodeTimelineData(JSON.parse(JSON.stringify(encodeTimelineData(data))))).toEqual(data);
    }));
  });

  it('writes each tag and place name once, and a yes/no field as the events for which it is yes', () => {
    const base = { title: 'T', summary: 'S', lane: 0, start: 0, end: 1, dateText: '1970', iso: '1970', fuzzyEnd: false, openEnd: false, order: 0, places: ['mukden'] };
    const file = encodeTimelineData(dataOf([
      { ...base, slug: 'a', fuzzyStart: false, tags: ['battle', 'treaty'] },
      { ...base, slug: 'b', fuzzyStart: true, tags: ['treaty'] },
    ]));
    expect(file.format).toBe(TIMELINE_FORMAT);
    expect(file.items.tagNames).toEqual(['battle', 'treaty']);
    expect(file.items.tags).toEqual([[0, 1], [1]]);
    expect(file.items.placeSlugs).toEqual(['mukden']);
    expect(file.items.fuzzyStart).toEqual([1]);
    expect(file.items.fuzzyEnd).toEqual([]);
  });

  it('refuses a file in another form (an old copy kept for offline use), saying what to do', () => {
    const old = { ...encodeTimelineData(dataOf([])), format: 1 } as unknown as Parameters<typeof decodeTimelineData>[0];
    expect(() => decodeTimelineData(old)).toThrow('timeline.json is in form 1, not 2: rebuild the site');
  });
});
