// Deep time: years beyond four digits and beyond what JavaScript's Date can hold, from the Big
// Bang (Y-13800000000) to the far future, through parsing, the calendar arithmetic, writing,
// the axis, the URL and the exports. Dates within Date's range are checked against Date itself.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHistoricalDate, type HistoricalDate } from '../../src/lib/dates/historical-date.ts';
import { formatHistoricalDate, formatYear, htmlDatetime, isoForDate, isoInstant } from '../../src/lib/dates/format.ts';
import { civilDay, daysInMonth, fitsDate, MAX_ABS_YEAR, utcDay, utcYear, yearEnd, yearStart } from '../../src/lib/dates/utc.ts';
import { axisTicks } from '../../src/lib/timeline/ticks.ts';
import { formatUrlDate, parseUrlDate, parseView, serializeView, type ViewContext } from '../../src/lib/timeline/view-state.ts';
import { interpolateZoom } from 'd3-interpolate'; // d3-zoom's own smooth zoom
import { canAnimate, clampWindow, transformForWindow, zoomWindow } from '../../src/lib/timeline/view-window.ts';
import { timeScale } from '../../src/lib/timeline/time-scale.ts';
import { layoutOptionsFor, minSpanAt, STATIC_WIDTH } from '../../src/lib/timeline/options.ts';
import { decadeOf } from '../../src/lib/browse/group.ts';
import { exportDate, isoDay } from '../../src/lib/data-out/events.ts';
import { toTimelineJs } from '../../src/lib/timelinejs/export.ts';
import { buildScene, yearSpan } from '../../src/lib/timeline/scene.ts';
import { renderLayersMarkup } from '../../src/lib/timeline/render.ts';
import { toTimelineItem } from '../../src/lib/timeline/items.ts';
import { calendarEquivalents } from '../../src/lib/dates/equivalents.ts';

function parse(text: string): HistoricalDate {
  const result = parseHistoricalDate(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.value;
}

const BIG_BANG = 'Y-13800000000';
/** Years on both sides of Date's range, out to the site's limit. */
const anyYear = fc.oneof(fc.integer({ min: -300_000, max: 300_000 }), fc.integer({ min: -MAX_ABS_YEAR, max: MAX_ABS_YEAR }));
/** Years whose days Date can hold, to compare with it. */
const dateYear = fc.integer({ min: -271_000, max: 271_000 });

describe('calendar arithmetic without Date', () => {
  it('agrees with Date to the millisecond wherever Date reaches (years 0–99 and BCE included)', () => {
    fc.assert(
      fc.property(dateYear, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const reference = new Date(0);
        reference.setUTCFullYear(year, month - 1, day);
        expect(utcDay(year, month, day)).toBe(reference.getTime());
        const ms = reference.getTime() + 12 * 3_600_000;
        expect(civilDay(ms)).toEqual({ year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate() });
        expect(isoInstant(reference.getTime())).toBe(reference.toISOString());
      }),
    );
  });

  it('round-trips year ↔ ms for any year out to ten trillion years, the year ending inside itself', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const start = yearStart(year);
        const end = yearEnd(year);
        expect(Number.isFinite(start) && Number.isFinite(end)).toBe(true);
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThan(yearStart(year + 1));
        expect(utcYear(start)).toBe(year);
        expect(utcYear(end)).toBe(year);
        expect(utcYear((start + end) / 2)).toBe(year);
      }),
    );
  });

  it('keeps leap years at any distance: 29 February exists every fourth year, not every hundredth, every four-hundredth', () => {
    expect(daysInMonth(-13_800_000_000, 2)).toBe(29); // divisible by 400
    expect(daysInMonth(-13_800_000_100, 2)).toBe(28);
    expect(daysInMonth(170_000_002, 2)).toBe(28);
    expect(daysInMonth(170_000_004, 2)).toBe(29);
    expect(civilDay(utcDay(-13_800_000_000, 12, 31))).toEqual({ year: -13_800_000_000, month: 12, day: 31 });
  });

  it('knows where Date stops', () => {
    expect(fitsDate(yearStart(2026))).toBe(true);
    expect(fitsDate(yearStart(-271_000))).toBe(true);
    expect(fitsDate(yearStart(-300_000))).toBe(false);
    expect(fitsDate(NaN)).toBe(false);
  });
});

describe('parsing years beyond four digits', () => {
  it.each([
    ['Y170000002', 170_000_002],
    [BIG_BANG, -13_800_000_000],
    ['Y-10000', -10_000],
    ['Y12345', 12_345],
    ['-10000', -10_000],
    ['12345', 12_345],
    ['Y-17E7', -170_000_000],
    ['Y2E9', 2_000_000_000],
  ])('%s is the year %d, at the precision of a year, without Date', (text, year) => {
    const date = parse(text);
    expect(date.start!.year).toBe(year);
    expect(date.precision).toBe('year');
    expect(date.earliest).toBe(yearStart(year));
    expect(date.latest).toBe(yearEnd(year));
    expect(utcYear(date.earliest)).toBe(year);
    expect(utcYear(date.latest)).toBe(year);
  });

  it('agrees with the edtf package where it gives instants (Y-10000)', () => {
    expect(parse('Y-10000').earliest).toBe(-377_736_739_200_000);
    expect(parse('Y-10000').latest).toBe(-377_705_116_800_001);
  });

  it('reads intervals with a Y-year at either end, and open ends', () => {
    const universe = parse(`${BIG_BANG}/..`);
    expect(universe.isInterval).toBe(true);
    expect(universe.endOpen).toBe('open');
    const history = parse(`${BIG_BANG}/1969-07-20`);
    expect(history.start!.year).toBe(-13_800_000_000);
    expect(history.end!.precision).toBe('day');
    expect(history.latest).toBe(utcDay(1969, 7, 21) - 1);
    expect(history.precision).toBe('year');
    expect(parse('-0043/Y10000').end!.year).toBe(10_000);
    expect(parse('-10000/-9000').start!.year).toBe(-10_000);
    expect(parse('-10000/-9000').end!.latest).toBe(yearEnd(-9000));
  });

  it('keeps BCE and years below 100 as they were', () => {
    expect(parse('-0043').start!.year).toBe(-43);
    expect(parse('0079').earliest).toBe(utcDay(79, 1, 1));
    expect(parse('0044').start!.year).toBe(44);
  });

  it.each([
    ['Y2000', '"Y2000" uses EDTF\'s Y notation for a year of four digits or fewer', 'write the year plainly, e.g. "2000"'],
    ['Y-44', '"Y-44" uses EDTF\'s Y notation for a year of four digits or fewer', 'write the year plainly, e.g. "-0044"'],
    ['Y12345~', '"Y12345~" marks a Y-year as uncertain, approximate or by significant digits, which the site does not support', 'give the year alone, e.g. "Y-13800000000", and say how certain it is in the text'],
    ['Y1E20', '"Y1E20" is more than ten trillion years away', 'give a year between "Y-10000000000000" and "Y10000000000000"'],
    ['Yabc', '"Yabc" is not a valid EDTF year', 'write a Y-year as "Y" and five or more digits, e.g. "Y-13800000000" or "Y170000002"'],
    ['Y20000/Y10000', '"Y20000/Y10000" ends before it starts', 'put the earlier date first: "start/end"'],
    ['-10000-03-15', '"-10000-03-15" gives a month or day in a year beyond four digits', 'give the year alone, e.g. "Y-10000"'],
    ['1939/12345-06', '"12345-06" gives a month or day in a year beyond four digits', 'give the year alone, e.g. "Y12345"'],
    ['1950S2', '"1950S2" is not a valid EDTF date', 'write a quoted EDTF date such as "1928-06-04", "1918-08", "1939", "1918-21" (spring), "1920~" (circa), "1939-05-11/1939-09-16" or, for years beyond four digits, "Y-13800000000"'],
  ])('%s is refused with one line and a fix', (text, reason, fix) => {
    expect(parseHistoricalDate(text)).toEqual({ ok: false, reason, fix });
  });
});

describe('writing years: one convention everywhere', () => {
  it.each([
    [1939, '1939'],
    [79, '79'],
    [-43, '44 BCE'],
    [0, '1 BCE'],
    [-9998, '9999 BCE'],
    [-9999, '10,000 BCE'],
    [12_345, '12,345 CE'],
    [-249_999, '250,000 BCE'],
    [-2_500_000, '2.5 million BCE'],
    [-13_800_000_000, '13.8 billion BCE'],
    [-13_787_000_000, '13.787 billion BCE'],
    [170_000_002, '170 million CE'],
    [-999_999_999, '1 billion BCE'],
  ])('year %d is written "%s"', (year, text) => {
    expect(formatYear(year)).toBe(text);
  });

  it('writes whole dates and their ISO forms for Y-years', () => {
    expect(formatHistoricalDate(parse(BIG_BANG))).toBe('13.8 billion BCE');
    expect(formatHistoricalDate(parse(`${BIG_BANG}/..`))).toBe('13.8 billion BCE – ongoing');
    expect(formatHistoricalDate(parse('Y-17E7/Y-16E7'))).toBe('170 million BCE – 160 million BCE');
    expect(isoForDate(parse(BIG_BANG))).toBe('-13800000000');
    expect(isoInstant(yearStart(-13_800_000_000))).toBe('-13800000000-01-01T00:00:00.000Z');
  });

  it("gives a <time datetime> only for years HTML can write: four digits or more, above zero", () => {
    expect(htmlDatetime(parse(BIG_BANG))).toBeUndefined();
    expect(htmlDatetime(parse('-0043'))).toBeUndefined();
    expect(htmlDatetime(parse('0000'))).toBeUndefined(); // 1 BCE
    expect(htmlDatetime(parse('0001'))).toBe('0001');
    expect(htmlDatetime(parse('0079-08-24'))).toBe('0079-08-24');
    expect(htmlDatetime(parse('Y170000002'))).toBe('170000002');
  });

  it('parses any Y-year and writes it so that a reader gets it back: exactly below a million, to a thousandth above', () => {
    const deep = fc.integer({ min: -MAX_ABS_YEAR, max: MAX_ABS_YEAR }).filter((y) => Math.abs(y) >= 10_000);
    fc.assert(
      fc.property(deep, (year) => {
        const date = parse(`Y${year}`);
        expect(date.start!.year).toBe(year);
        expect(parse(String(year)).earliest).toBe(date.earliest);
        const written = formatHistoricalDate(date);
        const back = labelYear(written);
        const n = year <= 0 ? 1 - year : year;
        if (n < 1_000_000) expect(back).toBe(year);
        else expect(Math.abs(back - year) / n).toBeLessThanOrEqual(0.0005 + 1e-9);
      }),
    );
  });

  it('never writes NaN, Infinity or Invalid for any year', () => {
    fc.assert(
      fc.property(anyYear, (year) => {
        const text = `${formatYear(year)} ${yearSpan(yearStart(year), yearEnd(year))} ${isoDay(yearEnd(year))} ${isoInstant(yearStart(year))} ${decadeOf(year).label}`;
        expect(text).not.toMatch(/NaN|Infinity|Invalid|undefined|e\+/);
      }),
    );
  });

  it('groups the chronology of deep time by the year as written, and keeps decades for shorter years', () => {
    expect(decadeOf(1939)).toEqual({ id: 'decade-1930s', label: '1930s' });
    expect(decadeOf(-43)).toEqual({ id: 'decade-40s-bce', label: '40s BCE' });
    expect(decadeOf(-9999)).toEqual({ id: 'decade-10000s-bce', label: '10,000s BCE' });
    expect(decadeOf(-13_800_000_000)).toEqual({ id: 'years-13-8-billion-bce', label: '13.8 billion BCE' });
  });

  it('exports Y-years with their EDTF, words and signed ISO days', () => {
    const exported = exportDate(parse(BIG_BANG));
    expect(exported).toMatchObject({ edtf: BIG_BANG, display: '13.8 billion BCE', start: '-13800000000', earliest: '-13800000000-01-01', latest: '-13800000000-12-31' });
  });

  it('shows no era calendar for years Intl cannot date, rather than throwing', () => {
    expect(calendarEquivalents(parse('Y170000002'), { japanese: true, chinese: true, russian: true })).toEqual([]);
    expect(calendarEquivalents(parse(BIG_BANG), { japanese: true, chinese: true, russian: true })).toEqual([]);
  });
});

/** A tick label back as an astronomical year, for checking order: "13.8 billion BCE" → about -13.8e9. */
function labelYear(label: string): number {
  const match = /^([\d,.]+)( million| billion)?( BCE| CE)?$/.exec(label);
  if (!match) throw new Error(`unreadable tick label "${label}"`);
  const n = Number(match[1].replace(/,/g, '')) * (match[2] === ' billion' ? 1e9 : match[2] === ' million' ? 1e6 : 1);
  return match[3] === ' BCE' ? 1 - n : n;
}

describe('the axis across deep time', () => {
  it.each([
    [BIG_BANG, '2026', ['12 billion BCE', '10 billion BCE', '8 billion BCE']],
    ['Y-13800000000', 'Y-13700000000', ['13.8 billion BCE', '13.78 billion BCE', '13.76 billion BCE']],
    ['Y-3000000', '-0999', ['3 million BCE', '2.5 million BCE', '2 million BCE']],
    ['-12000', '-8000', ['12,000 BCE', '11,500 BCE', '11,000 BCE']],
  ])('%s to %s at 1200px: round numbers of years', (from, to, first) => {
    const { ticks } = axisTicks(parse(from).earliest, parse(to).latest, 1200);
    expect(ticks.slice(0, 3).map((t) => t.label)).toEqual(first);
  });

  it('labels increase with time, never repeat, never show NaN, and keep their spacing, for any window', () => {
    fc.assert(
      fc.property(anyYear, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 300, max: 2000 }), (from, spanPower, width) => {
        const start = yearStart(from);
        const end = Math.min(yearEnd(MAX_ABS_YEAR), start + 10 ** spanPower * 365.2425 * 86_400_000 * (1 + Math.abs(from % 7) / 3));
        const { ticks } = axisTicks(start, end, width);
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.length).toBeLessThanOrEqual(width / 72 + 2);
        for (const tick of ticks) {
          expect(tick.time).toBeGreaterThanOrEqual(start);
          expect(tick.time).toBeLessThanOrEqual(end);
          expect(tick.label).not.toMatch(/NaN|Infinity|Invalid|undefined/);
        }
        for (let i = 1; i < ticks.length; i++) {
          expect(ticks[i].time).toBeGreaterThan(ticks[i - 1].time);
          // Labels along the axis never run into each other (12px text: under 7.5px a character).
          const px = ((ticks[i].time - ticks[i - 1].time) / (end - start)) * width;
          expect(px).toBeGreaterThanOrEqual(Math.max(ticks[i].label.length, ticks[i - 1].label.length) * 7.5 * 0.98);
          expect(ticks[i].label).not.toBe(ticks[i - 1].label);
        }
        const yearLabels = ticks.filter((t) => /^[\d,.]+( million| billion)?( BCE| CE)?$/.test(t.label));
        if (yearLabels.length === ticks.length) {
          const years = yearLabels.map((t) => labelYear(t.label));
          for (let i = 1; i < years.length; i++) expect(years[i]).toBeGreaterThan(years[i - 1]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('still divides ordinary windows into days, months and years as before', () => {
    expect(axisTicks(utcDay(1939, 8, 20), utcDay(1939, 8, 27) - 1, 1200).ticks.slice(0, 2).map((t) => t.label)).toEqual(['20 Aug', '21 Aug']);
    expect(axisTicks(utcDay(1939, 1, 1), utcDay(1940, 1, 1) - 1, 1200).ticks.slice(0, 2).map((t) => t.label)).toEqual(['1939', 'Feb']);
  });
});

describe('zooming and the URL across deep time', () => {
  const extent = { start: parse(BIG_BANG).earliest, end: parse('2026').latest };
  const context: ViewContext = { slugs: new Set(), lanes: [], tags: new Set(), defaultWindow: extent, windowForEvent: () => extent };

  it('reads and writes years like -13800000000 in from/to', () => {
    expect(parseUrlDate('-13800000000', 'start')).toBe(yearStart(-13_800_000_000));
    expect(parseUrlDate('-13800000000', 'end')).toBe(yearEnd(-13_800_000_000));
    expect(parseUrlDate('170000002-03', 'start')).toBe(utcDay(170_000_002, 3, 1));
    expect(parseUrlDate('-99999999999999', 'start')).toBeNull();
    expect(formatUrlDate(yearStart(-13_800_000_000), 'year')).toBe('-13800000000');
    const { view, notices } = parseView(new URLSearchParams('from=-13800000000&to=2026'), context);
    expect(notices).toEqual([]);
    expect(serializeView(view)).toBe('from=-13800000000&to=2026');
  });

  it('round-trips any window in the URL: parse(serialize(w)) names the same years, months or days', () => {
    fc.assert(
      fc.property(anyYear, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 12 }), (year, month, day, spanPower) => {
        const start = utcDay(year, month, day);
        const end = Math.min(start + Math.max(10 ** spanPower * 86_400_000, minSpanAt(start)), yearEnd(MAX_ABS_YEAR));
        fc.pre(end > start + minSpanAt(start) / 2);
        const query = serializeView({ window: { start, end } });
        const { view, notices } = parseView(new URLSearchParams(query), { ...context, defaultWindow: { start: 0, end: 1 } });
        expect(notices).toEqual([]);
        expect(serializeView(view)).toBe(query);
        expect(view.window.start).toBeLessThanOrEqual(start);
        expect(view.window.end).toBeGreaterThanOrEqual(end);
      }),
    );
  });

  it('zooms from the whole of cosmic time down to a week and back, and the transform gives the window back', () => {
    const length = 1200;
    const base = timeScale([extent.start, extent.end], [0, length]);
    let window = extent;
    for (let i = 0; i < 80; i++) window = clampWindow(zoomWindow(window, 2, parse('1969-07-20').earliest), extent);
    expect(window.end - window.start).toBeCloseTo(7 * 86_400_000, -3);
    const { k, x } = transformForWindow(window, extent, length);
    expect(Number.isFinite(k) && Number.isFinite(x)).toBe(true);
    // What d3-zoom's rescaleX reads back from the transform: within a tenth of a pixel (a week
    // in 1969 inside an axis from the Big Bang: doubles there step by 65 s, a pixel is 504 s).
    const shown = base.copy().domain([base.invert(-x / k), base.invert((length - x) / k)]).domain();
    const msPerPx = (window.end - window.start) / length;
    expect(Math.abs(shown[0] - window.start)).toBeLessThan(msPerPx / 10);
    expect(Math.abs(shown[1] - window.end)).toBeLessThan(msPerPx / 10);
    for (let i = 0; i < 80; i++) window = clampWindow(zoomWindow(window, 0.5), extent);
    expect(window.start).toBe(extent.start);
    expect(window.end / extent.end).toBeCloseTo(1, 12);
  });

  it('stops zooming in at the Big Bang where doubles stop dividing time finely, and nowhere within Date', () => {
    const bang = parse(BIG_BANG).earliest;
    const narrow = clampWindow({ start: bang, end: bang + 86_400_000 }, extent);
    expect((narrow.end - narrow.start) / 86_400_000).toBeCloseTo(73, 0);
    const moon = parse('1969-07-20');
    expect(clampWindow({ start: moon.earliest, end: moon.latest }, extent).end - clampWindow({ start: moon.earliest, end: moon.latest }, extent).start).toBe(7 * 86_400_000);
  });
});

describe('the one renderer over the whole of cosmic time', () => {
  const laneIndex = new Map([['all', 0]]);
  const items = [BIG_BANG, '-0043', '0079', '1969-07-20'].map((text, order) =>
    toTimelineItem({ slug: `e${order}`, title: `Event ${text}`, summary: '', lane: 'all', date: parse(text), tags: [] }, order, laneIndex),
  );

  it('places every mark and tick inside the axis, and writes no NaN into the SVG', () => {
    const start = parse(BIG_BANG).earliest;
    const end = parse('2026').latest;
    const scene = buildScene(items, ['All'], { orientation: 'horizontal', length: STATIC_WIDTH, start, end }, 0, layoutOptionsFor('horizontal', 1));
    expect(scene.ticks.map((t) => t.label).slice(0, 2)).toEqual(['12 billion BCE', '10 billion BCE']);
    const markup = renderLayersMarkup(scene, { event: (slug) => `/events/${slug}/`, cluster: (c) => `#${c.key}` });
    expect(markup).not.toMatch(/NaN|Infinity|undefined/);
    expect(items.map((i) => i.dateText)).toEqual(['13.8 billion BCE', '44 BCE', '79', '20 July 1969']);
    expect(items[0].iso).toBe(''); // no <time datetime> before 1 CE: HTML cannot write one
    expect(yearSpan(start, end)).toBe('13.8 billion BCE–2026');
  });
});

describe('the TimelineJS export across deep time', () => {
  const slideFor = (slug: string, text: string) => {
    const date = parse(text);
    const exported = { slug, title: slug, summary: '', url: `/events/${slug}/`, lane: { id: 'all', label: 'All' }, date: exportDate(date) } as unknown as Parameters<typeof toTimelineJs>[0][number]['exported'];
    return { exported, date };
  };

  it('switches to the cosmological scale only when a date lies beyond what Date can hold', () => {
    const human = toTimelineJs([slideFor('caesar', '-0043'), slideFor('moon', '1969-07-20')], { headline: 'h', text: 't' });
    expect(human.scale).toBe('human');
    const cosmic = toTimelineJs([slideFor('bang', BIG_BANG), slideFor('moon', '1969-07-20')], { headline: 'h', text: 't' });
    expect(cosmic.scale).toBe('cosmological');
    expect(cosmic.events[0]).toMatchObject({ start_date: { year: -13_800_000_001 }, display_date: '13.8 billion BCE', edtf: BIG_BANG });
  });
});

describe('animated view changes across deep time', () => {
  it("shows a move too long for d3-zoom's smooth zoom at once, and animates ordinary ones", () => {
    const extent = { start: parse(BIG_BANG).earliest, end: parse('1948').latest };
    const length = 1200;
    const weekAtBang = transformForWindow({ start: extent.start, end: extent.start + 7 * 86_400_000 }, extent, length);
    const period = transformForWindow({ start: parse('1895').earliest, end: parse('1948').latest }, extent, length);
    const thirties = transformForWindow({ start: parse('1930').earliest, end: parse('1939').latest }, extent, length);
    expect(canAnimate(interpolateZoom, weekAtBang, period, length)).toBe(false);
    expect(canAnimate(interpolateZoom, period, thirties, length)).toBe(true);
    expect(canAnimate(interpolateZoom, { k: 1, x: 0 }, period, length)).toBe(true);
  });
});
