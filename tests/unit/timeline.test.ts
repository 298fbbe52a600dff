import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateItems } from './fixtures/timeline-events.ts';
import { scaleUtc } from 'd3-scale';
import { parseHistoricalDate, utcDay } from '../../src/lib/dates/historical-date.ts';
import { toTimelineItem, type TimelineItem } from '../../src/lib/timeline/items.ts';
import { crossPosition, DEFAULT_LAYOUT, layoutTimeline, shortLabel, type LayoutOptions } from '../../src/lib/timeline/layout.ts';
import { axisTicks } from '../../src/lib/timeline/ticks.ts';
import { buildScene } from '../../src/lib/timeline/scene.ts';
import { formatUrlDate, parseUrlDate, parseView, serializeView, type ViewContext } from '../../src/lib/timeline/view-state.ts';

const lanes = new Map([['diplomacy', 0], ['war', 1]]);
let order = 0;
function item(slug: string, edtf: string, lane = 'war', title = slug): TimelineItem {
  const parsed = parseHistoricalDate(edtf);
  if (!parsed.ok) throw new Error(parsed.reason);
  return toTimelineItem({ slug, title, summary: '', lane, date: parsed.value, tags: [] }, order++, lanes);
}
function scaleFor(from: string, to: string, width = 1000) {
  const start = parseUrlDate(from, 'start')!;
  const end = parseUrlDate(to, 'end')!;
  const scale = scaleUtc().domain([start, end]).range([0, width]);
  return { toPx: (t: number) => scale(t), window: { start, end } };
}

describe('timeline items', () => {
  it('a year-precision event covers its whole year; fuzzy and open ends are flagged', () => {
    const year = item('a', '1932');
    expect(year.start).toBe(utcDay(1932, 1, 1));
    expect(year.end).toBe(utcDay(1933, 1, 1) - 1);
    expect(item('b', '1920~').fuzzyStart).toBe(true);
    expect(item('c', '1931-09/1941~').fuzzyEnd).toBe(true);
    expect(item('c2', '1931-09/1941~').fuzzyStart).toBe(false);
    expect(item('d', '1937-07-07/..').openEnd).toBe(true);
    expect(item('e', '1939-05-11/1939-09-16').dateText).toBe('11 May – 16 September 1939');
  });
});

describe('layoutTimeline', () => {
  const options: LayoutOptions = { ...DEFAULT_LAYOUT, laneCount: 2 };
  it('draws short events as points and long ones as bars, in their lanes', () => {
    const { toPx, window } = scaleFor('1930', '1945');
    const layout = layoutTimeline([item('point', '1931-09-18'), item('bar', '1937-07-07/1945-08-15'), item('treaty', '1941-04-13', 'diplomacy')], toPx, window, options);
    const kinds = Object.fromEntries(layout.marks.map((m) => [m.item.slug, [m.kind, m.lane]]));
    expect(kinds).toEqual({ point: ['point', 1], bar: ['bar', 1], treaty: ['point', 0] });
    const bar = layout.marks.find((m) => m.item.slug === 'bar')!;
    expect(bar.pos).toBeCloseTo(toPx(utcDay(1937, 7, 7)));
    expect(bar.pos2).toBeCloseTo(toPx(utcDay(1945, 8, 16) - 1));
  });

  it('gathers points too close to tell apart into a cluster with a count and the span to zoom to', () => {
    const { toPx, window } = scaleFor('1895', '1950');
    const layout = layoutTimeline([item('a', '1939-05-11'), item('b', '1939-06-01'), item('c', '1939-08-20'), item('d', '1945-08-09')], toPx, window, options);
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]).toMatchObject({ count: 3, slugs: ['a', 'b', 'c'], start: utcDay(1939, 5, 11), end: utcDay(1939, 8, 21) - 1, label: '3 events' });
    expect(layout.marks.map((m) => m.item.slug)).toEqual(['d']);
    expect(layout.visibleCount).toBe(4);
  });

  it('zoomed in, the same points separate', () => {
    const { toPx, window } = scaleFor('1939-05', '1939-09');
    const layout = layoutTimeline([item('a', '1939-05-11'), item('b', '1939-06-01'), item('c', '1939-08-20')], toPx, window, options);
    expect(layout.clusters).toHaveLength(0);
    expect(layout.marks).toHaveLength(3);
  });

  it('packs labels into rows so that no label overlaps another mark or label', () => {
    const { toPx, window } = scaleFor('1930', '1931', 1000);
    const many = Array.from({ length: 12 }, (_, i) => item(`e${i}`, `1930-${String(i + 1).padStart(2, '0')}-15`, 'war', `A fairly long event title number ${i}`));
    const layout = layoutTimeline(many, toPx, window, options);
    const boxes = layout.marks.map((m) => ({
      row: m.row,
      from: m.pos - options.markRadius,
      to: m.labelled ? Math.max(m.pos2, m.pos + options.markRadius) + options.gapPx / 2 + m.label.length * options.labelCharPx : m.pos + options.markRadius,
    }));
    for (const a of boxes) for (const b of boxes) {
      if (a === b || a.row !== b.row) continue;
      expect(a.to <= b.from || b.to <= a.from, `overlap in row ${a.row}`).toBe(true);
    }
    // Twelve long labels cannot all fit in three rows of 1000 px in full: some are shortened or hidden.
    expect(layout.marks.some((m) => !m.labelled || m.label.length < 20)).toBe(true);
    expect(layout.hiddenLabels).toBe(layout.marks.filter((m) => !m.labelled).length);
    expect(new Set(layout.marks.map((m) => m.row)).size).toBe(3);
  });

  it('leaves out events outside the window and those a filter excludes', () => {
    const { toPx, window } = scaleFor('1937', '1938');
    const layout = layoutTimeline([item('before', '1931-09-18'), item('inside', '1937-07-07'), item('spanning', '1931/1941'), item('other', '1937-08-08', 'diplomacy')], toPx, window, options, (i) => i.lane === 1);
    expect(layout.marks.map((m) => m.item.slug).sort()).toEqual(['inside', 'spanning']);
  });

  it('in a vertical column every lane shares one column', () => {
    const { toPx, window } = scaleFor('1930', '1945', 2000);
    const layout = layoutTimeline([item('a', '1931-09-18'), item('b', '1941-04-13', 'diplomacy')], toPx, window, { ...options, orientation: 'vertical' });
    expect(layout.marks.map((m) => m.lane)).toEqual([0, 0]);
    expect(crossPosition(0, 1, { ...options, orientation: 'vertical' })).toBe(options.columnWidthPx * 1.5);
  });

  it('shortens long labels at a word boundary', () => {
    expect(shortLabel('Invasion of Manchuria and the Pacification of Manchukuo', 30)).toBe('Invasion of Manchuria and the…');
    expect(shortLabel('Short', 30)).toBe('Short');
  });
});

describe('axisTicks adapts from decades to days', () => {
  it.each([
    ['1895', '2030', 1000, 'decades', ['1900', '1910', '1920']],
    ['1895', '1950', 1200, 'years', ['1895', '1900', '1905']],
    ['1930', '1945', 1200, 'years', ['1930', '1931', '1932']],
    ['1939', '1939', 1200, 'months', ['1939', 'Feb', 'Mar']],
    ['1939-08', '1939-08', 1200, 'days', ['Aug 1939', '3 Aug', '5 Aug']],
    ['1939-08-20', '1939-08-26', 1200, 'days', ['20 Aug', '21 Aug', '22 Aug']],
  ])('%s–%s at %ipx → %s', (from, to, width, level, firstLabels) => {
    const start = parseUrlDate(from, 'start')!;
    const end = parseUrlDate(to, 'end')!;
    const result = axisTicks(start, end, width);
    expect(result.level).toBe(level);
    expect(result.ticks.slice(0, 3).map((t) => t.label)).toEqual(firstLabels);
    const spacing = (result.ticks[1].time - result.ticks[0].time) / ((end - start) / width);
    expect(spacing).toBeGreaterThanOrEqual(72 * 0.9);
  });
  it('labels years below 100 and BCE years readably', () => {
    const { ticks } = axisTicks(utcDay(-50, 1, 1), utcDay(60, 1, 1), 1000);
    const labels = ticks.map((t) => t.label);
    // Ticks fall on round numbers as a reader counts years: 50 BCE is astronomical -49, and
    // no tick reads "51 BCE" (astronomical -50, a multiple of ten only in astronomical years).
    expect(labels).toContain('50 BCE');
    expect(labels).toContain('10 BCE');
    expect(labels).not.toContain('51 BCE');
    expect(labels).toContain('10');
    expect(labels).toContain('50');
    expect(ticks.find((t) => t.label === '50 BCE')!.time).toBe(utcDay(-49, 1, 1));
    expect(labels.some((l) => /^0/.test(l))).toBe(false);
  });
  it('divides millennia BCE on round BCE years, with labels that do not crowd', () => {
    const start = utcDay(-3300, 1, 1);
    const end = utcDay(2026, 12, 31);
    const { ticks } = axisTicks(start, end, 1000);
    expect(ticks.map((t) => t.label)).toEqual(['3000 BCE', '2500 BCE', '2000 BCE', '1500 BCE', '1000 BCE', '500 BCE', '500', '1000', '1500', '2000']);
    expect(ticks[0].time).toBe(utcDay(-2999, 1, 1));
    const msPerPx = (end - start) / 1000;
    for (let i = 1; i < ticks.length; i += 1) expect((ticks[i].time - ticks[i - 1].time) / msPerPx).toBeGreaterThanOrEqual(72 * 0.9);
  });
});

describe('the URL codec', () => {
  const context: ViewContext = {
    slugs: new Set(['mukden-incident-1931']),
    lanes: ['diplomacy', 'war'],
    tags: new Set(['treaty']),
    defaultWindow: { start: utcDay(1894, 1, 1), end: utcDay(1951, 1, 1) - 1 },
    windowForEvent: () => ({ start: utcDay(1930, 1, 1), end: utcDay(1933, 1, 1) - 1 }),
  };
  const parse = (query: string) => parseView(new URLSearchParams(query), context);

  it('reads dates as the start or end of the period they name', () => {
    expect(parseUrlDate('1939', 'start')).toBe(utcDay(1939, 1, 1));
    expect(parseUrlDate('1939', 'end')).toBe(utcDay(1940, 1, 1) - 1);
    expect(parseUrlDate('1928-02', 'end')).toBe(utcDay(1928, 3, 1) - 1);
    expect(parseUrlDate('1928-06-04', 'start')).toBe(utcDay(1928, 6, 4));
    expect(parseUrlDate('-0044-03-15', 'start')).toBe(utcDay(-44, 3, 15));
    for (const bad of ['1928-02-30', '1939-13', '39', '1939/05', 'abc', '']) expect(parseUrlDate(bad, 'start'), bad).toBeNull();
  });

  it('round-trips: serialize(parse(q)) reproduces q, and the window survives', () => {
    for (const query of ['event=mukden-incident-1931&from=1931-09-01&to=1931-10-31', 'from=1900&to=1945', 'from=1937-01&to=1939-06&lane=war', 'from=1939-08-20&to=1939-08-31&tag=treaty']) {
      const { view, notices } = parse(query);
      expect(notices).toEqual([]);
      expect(serializeView(view)).toBe(query);
      expect(parse(serializeView(view)).view).toEqual(view);
    }
  });

  it('an event without from/to opens on the event', () => {
    const { view } = parse('event=mukden-incident-1931');
    expect(view.event).toBe('mukden-incident-1931');
    expect(view.window).toEqual(context.windowForEvent('mukden-incident-1931'));
  });

  it('bad parameters fall back to the default view with a notice', () => {
    expect(parse('event=no-such-thing')).toEqual({ view: { window: context.defaultWindow }, notices: ['There is no event “no-such-thing”; showing the whole period instead.'] });
    expect(parse('from=1939-02-30&to=1940').notices[0]).toMatch(/could not be read/);
    expect(parse('from=1939-02-30&to=1940').view.window).toEqual(context.defaultWindow);
    expect(parse('from=1945&to=1930').notices[0]).toMatch(/ends \(1930\) before it starts \(1945\)/);
    expect(parse('from=1930').notices[0]).toMatch(/only one end/);
    expect(parse('lane=nowhere').notices[0]).toMatch(/no theme/);
  });

  it('writes coarser dates for longer windows', () => {
    expect(formatUrlDate(utcDay(1939, 8, 20), 'year')).toBe('1939');
    expect(serializeView({ window: { start: utcDay(1939, 8, 20), end: utcDay(1939, 8, 31) } })).toBe('from=1939-08-20&to=1939-08-31');
  });
});

describe('layoutTimeline never lets a label overlap anything (randomised)', () => {
  // A small deterministic generator, so a failure can be reproduced.
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const options: LayoutOptions = { ...DEFAULT_LAYOUT, laneCount: 2 };
  const base = utcDay(1900, 1, 1);
  const YEAR = 365.2425 * 86_400_000;
  const items: TimelineItem[] = Array.from({ length: 400 }, (_, i) => {
    const start = base + random() * 50 * YEAR;
    const long = random() < 0.25;
    const end = start + (long ? random() * 8 * YEAR : 86_400_000);
    return { slug: `e${i}`, title: `Event ${i} ${'x'.repeat(Math.floor(random() * 30))}`, summary: '', lane: i % 2, start, end, dateText: '', iso: '', fuzzyStart: false, fuzzyEnd: false, openEnd: false, order: i, tags: [], places: [] };
  }).sort((a, b) => a.start - b.start);

  for (const [from, to] of [['1900', '1950'], ['1910', '1915'], ['1930-03', '1930-09'], ['1925', '1945']]) {
    it(`window ${from}–${to}`, () => {
      const { toPx, window } = scaleFor(from, to, 1100);
      const layout = layoutTimeline(items, toPx, window, options);
      type Box = { lane: number; row: number; from: number; to: number; what: string };
      const boxes: Box[] = [];
      for (const m of layout.marks) {
        const bodyFrom = m.pos - options.markRadius;
        const bodyTo = Math.max(m.pos2, m.pos + options.markRadius);
        boxes.push({ lane: m.lane, row: m.row, from: bodyFrom, to: bodyTo, what: `body ${m.item.slug}` });
        if (!m.labelled || m.labelSide === 'inside') continue;
        const width = m.label.length * options.labelCharPx;
        const labelFrom = m.labelSide === 'after' ? bodyTo + options.gapPx / 2 : bodyFrom - options.gapPx / 2 - width;
        boxes.push({ lane: m.lane, row: m.row, from: labelFrom, to: labelFrom + width, what: `label ${m.item.slug}` });
      }
      for (const c of layout.clusters) {
        boxes.push({ lane: c.lane, row: c.row, from: c.pos - options.clusterRadius, to: c.pos + options.clusterRadius, what: `cluster ${c.key}` });
        if (c.labelled) {
          const width = c.label.length * options.labelCharPx;
          const labelFrom = c.labelSide === 'after' ? c.pos + options.clusterRadius + options.gapPx / 2 : c.pos - options.clusterRadius - options.gapPx / 2 - width;
          boxes.push({ lane: c.lane, row: c.row, from: labelFrom, to: labelFrom + width, what: `label ${c.key}` });
        }
      }
      const clashes: string[] = [];
      for (const a of boxes) for (const b of boxes) {
        if (a === b || a.lane !== b.lane || a.row !== b.row || !(a.what.startsWith('label') || b.what.startsWith('label'))) continue;
        if (a.from < b.to - 0.5 && b.from < a.to - 0.5) clashes.push(`${a.what} × ${b.what}`);
      }
      expect(clashes).toEqual([]);
      // Every event in the window is either a mark or inside a cluster, exactly once.
      const shown = [...layout.marks.map((m) => m.item.slug), ...layout.clusters.flatMap((c) => c.slugs)];
      expect(new Set(shown).size).toBe(shown.length);
      expect(shown.length).toBe(layout.visibleCount);
    });
  }
});

describe('the focused event', () => {
  it('always shows its label, and labels in its way give way', () => {
    const options: LayoutOptions = { ...DEFAULT_LAYOUT, laneCount: 2, rowsPerLane: 1 };
    const { toPx, window } = scaleFor('1930', '1930', 600);
    const crowd = [item('first', '1930-01-20', 'war', 'A first event with a long title'), item('second', '1930-02-12', 'war', 'The second event')];
    const unfocused = layoutTimeline(crowd, toPx, window, options);
    expect(unfocused.marks.map((m) => [m.item.slug, m.labelled])).toEqual([['first', false], ['second', true]]);
    const focused = layoutTimeline(crowd, toPx, window, options, undefined, 'first');
    expect(focused.marks.map((m) => [m.item.slug, m.labelled])).toEqual([['first', true], ['second', false]]);
  });
});

describe('timeScale', () => {
  it('maps, inverts and copies like a linear scale, and works with d3-zoom transforms', async () => {
    const { timeScale } = await import('../../src/lib/timeline/time-scale.ts');
    const { zoomIdentity } = await import('d3-zoom');
    const scale = timeScale([utcDay(1900, 1, 1), utcDay(1950, 1, 1)], [0, 1000]);
    expect(scale(utcDay(1925, 1, 1))).toBeCloseTo(500, 0);
    expect(scale.invert(0)).toBe(utcDay(1900, 1, 1));
    const zoomed = zoomIdentity.scale(2).translate(-250, 0).rescaleX(scale);
    expect(zoomed.domain().map((t) => new Date(t).getUTCFullYear())).toEqual([1912, 1937]);
    expect(scale.domain()).toEqual([utcDay(1900, 1, 1), utcDay(1950, 1, 1)]); // the base scale never changes
  });
});

describe('layoutTimeline draws what the width holds, not what N is', () => {
  // Events shaped like the benchmark's: days, months, approximate years and ranges of up to four years.
  function synthetic(n: number, laneCount: number): TimelineItem[] {
    let seed = n;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const DAY = 86_400_000;
    return Array.from({ length: n }, (_, i) => {
      const start = utcDay(1895 + Math.floor(random() * 54), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28));
      const kind = random();
      const end = start + (kind < 0.55 ? DAY : kind < 0.7 ? 30 * DAY : kind < 0.78 ? 365 * DAY : random() * 4 * 365 * DAY) - 1;
      return { slug: `e${i}`, title: `Synthetic event ${i} army treaty`, summary: '', lane: i % laneCount, start, end, dateText: '', iso: '', fuzzyStart: false, fuzzyEnd: false, openEnd: false, order: i, tags: [], places: [] };
    }).sort((a, b) => a.start - b.start);
  }
  const laneCount = 8;
  const options: LayoutOptions = { ...DEFAULT_LAYOUT, laneCount };
  const width = 1280;
  // A row holds bodies at least 2 × markRadius + gap apart, plus at most one overflow cluster over each bar.
  const perRow = 2 * Math.ceil(width / (2 * options.markRadius + options.gapPx));
  const bound = laneCount * options.rowsPerLane * perRow;

  for (const [from, to] of [['1894', '1950'], ['1920', '1925'], ['1930-03', '1930-09']]) {
    it(`window ${from}–${to}: bounded at 1,000 and 10,000 events, and every event is shown once`, () => {
      const { toPx, window } = scaleFor(from, to, width);
      const counts = [1_000, 10_000].map((n) => {
        const layout = layoutTimeline(synthetic(n, laneCount), toPx, window, options);
        const shown = [...layout.marks.map((m) => m.item.slug), ...layout.clusters.flatMap((c) => c.slugs)];
        expect(new Set(shown).size).toBe(shown.length);
        expect(shown.length).toBe(layout.visibleCount);
        // In a row, bars never overlap bars, and points and clusters never overlap one another
        // (a point may sit over a bar that outlasts the window).
        const byRow = new Map<string, [number, number][]>();
        const add = (key: string, span: [number, number]) => byRow.set(key, [...(byRow.get(key) ?? []), span]);
        for (const m of layout.marks) add(`${m.lane}:${m.row}:${m.kind === 'bar' ? 'bars' : 'points'}`, [m.pos - options.markRadius, Math.max(m.pos2, m.pos + options.markRadius)]);
        for (const c of layout.clusters) add(`${c.lane}:${c.row}:points`, [c.pos - options.clusterRadius, c.pos + options.clusterRadius]);
        for (const spans of byRow.values()) {
          spans.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
        }
        return layout.marks.length + layout.clusters.length;
      });
      for (const count of counts) expect(count).toBeLessThanOrEqual(bound);
      // Ten times the events draws at most a few times the elements (denser views only fill up).
      expect(counts[1]).toBeLessThan(counts[0] * 3 + 50);
    });
  }
});

describe('buildScene', () => {
  const options: LayoutOptions = { ...DEFAULT_LAYOUT, laneCount: 2, rowsPerLane: 1 };
  const geometry = (from: string, to: string) => ({ orientation: 'horizontal' as const, length: 1000, start: parseUrlDate(from, 'start')!, end: parseUrlDate(to, 'end')! });
  it('names what a cluster holds and which way to zoom to see it', () => {
    const dense = [item('a', '1939-05-11'), item('b', '1939-06-01'), item('c', '1939-08-20')];
    const wide = buildScene(dense, ['Diplomacy', 'War'], geometry('1895', '1950'), 0, options);
    expect(wide.clusters.map((c) => c.ariaLabel)).toEqual(['3 events, 1939: zoom in to see them']);
    // Three wars that outlast a three-week window, in a lane of one row: the two that find no
    // row of their own gather where they enter the window, over the bar that has the row, so
    // the cluster takes that bar in too (a cluster never covers a mark it does not hold).
    // Choosing the cluster zooms in (windowOpening), never out.
    const long = [item('x', '1930/1935'), item('y', '1929/1936'), item('z', '1928/1937')].sort((p, q) => p.start - q.start);
    const narrow = buildScene(long, ['Diplomacy', 'War'], geometry('1930-03-01', '1930-03-20'), 0, options);
    expect(narrow.marks).toEqual([]);
    expect(narrow.clusters.map((c) => c.ariaLabel)).toEqual(['3 events, 1928–1937: zoom in to see them']);
    expect(narrow.clusters[0]!.x).toBeGreaterThanOrEqual(0); // where the bars enter the window, not off-screen
  });
});

describe('a cluster never holds one event alone', () => {
  // The Nomonhan case: in one lane, long bars (the border conflicts, the purge, a war) overlap
  // the 1939 battle, so one of them has no row of its own at any zoom.
  const options: LayoutOptions = { ...DEFAULT_LAYOUT, laneCount: 2, rowsPerLane: 2 };
  const lane = () => [
    item('border-conflicts', '1932/1939-09'),
    item('war', '1937-07-07/1945-08-15'),
    item('nomonhan', '1939-05-11/1939-09-16'),
    item('purge', '1939-09/1941'),
    item('pact', '1941-04-13'),
  ].sort((p, q) => p.start - q.start);
  for (const [from, to] of [['1895', '1950'], ['1930', '1945'], ['1938', '1941'], ['1939-05', '1939-10'], ['1939-06-01', '1939-06-20']]) {
    it(`${from}–${to}`, () => {
      const { toPx, window } = scaleFor(from, to);
      const layout = layoutTimeline(lane(), toPx, window, options);
      expect(layout.clusters.filter((c) => c.count === 1)).toEqual([]);
      // Every event in the window is shown once, as a mark or in a cluster.
      const shown = [...layout.marks.map((m) => m.item.slug), ...layout.clusters.flatMap((c) => c.slugs)].sort();
      expect(shown).toEqual(lane().filter((i) => i.end >= window.start && i.start <= window.end).map((i) => i.slug).sort());
    });
  }

  it('the vertical timeline draws an overflowing event as a point, not as a cluster of one', () => {
    const { toPx, window } = scaleFor('1930', '1945', 900);
    const layout = layoutTimeline(lane(), toPx, window, { ...options, orientation: 'vertical' });
    expect(layout.clusters.filter((c) => c.count === 1)).toEqual([]);
    const shown = [...layout.marks.map((m) => m.item.slug), ...layout.clusters.flatMap((c) => c.slugs)].sort();
    expect(shown).toEqual(['border-conflicts', 'nomonhan', 'pact', 'purge', 'war']);
  });
});

describe('labels use the room the zoom gives them', () => {
  it('a long title is shown whole where it fits, and shortened only where it does not', () => {
    const title = 'Battles of Nomonhan (Khalkhin Gol) between the Kwantung Army and Soviet–Mongolian forces';
    const { toPx, window } = scaleFor('1939', '1940', 1600);
    const wide = layoutTimeline([item('nomonhan', '1939-05-11', 'war', title)], toPx, window, DEFAULT_LAYOUT);
    expect(wide.marks[0]).toMatchObject({ labelled: true, label: title });
    const narrow = scaleFor('1939', '1940', 400);
    const cut = layoutTimeline([item('nomonhan', '1939-05-11', 'war', title)], narrow.toPx, narrow.window, DEFAULT_LAYOUT);
    expect(cut.marks[0]!.label.endsWith('…')).toBe(true);
  });
});

describe('a cluster never covers a mark it does not hold', () => {
  // Over generated events (dense, with long bars in every lane) and random windows from decades
  // to days: no cluster's ring overlaps, in its own row, the body of a mark drawn beside it.
  const items = generateItems(3000);
  const options: LayoutOptions = { ...DEFAULT_LAYOUT, laneCount: 6 };
  const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
  it('at any window from 40 years to 2 days', () => {
    const start = Date.UTC(1895, 0, 1);
    const end = Date.UTC(1948, 11, 31);
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: Math.log(2), max: Math.log(40 * 365), noNaN: true }), (at, logDays) => {
      const span = Math.exp(logDays) * 86_400_000;
      const from = start + at * (end - start - span);
      const window = { start: from, end: from + span };
      const k = 1200 / span;
      const layout = layoutTimeline(items, (t) => (t - from) * k, window, options);
      for (const cluster of layout.clusters) {
        const ring: [number, number] = [cluster.pos - options.clusterRadius, cluster.pos + options.clusterRadius];
        for (const mark of layout.marks) {
          if (mark.lane !== cluster.lane || mark.row !== cluster.row) continue;
          const body: [number, number] = [mark.pos - options.markRadius, Math.max(mark.pos2, mark.pos + options.markRadius)];
          if (overlaps(ring, body)) return false;
        }
      }
      return true;
    }), { numRuns: 60, seed: 16_3 });
  });
});
