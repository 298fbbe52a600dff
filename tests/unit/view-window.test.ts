import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { utcDay } from '../../src/lib/dates/utc.ts';
import { DEFAULT_LAYOUT, layoutTimeline } from '../../src/lib/timeline/layout.ts';
import { MIN_SPAN_MS } from '../../src/lib/timeline/options.ts';
import { timeScale } from '../../src/lib/timeline/time-scale.ts';
import { centreWindow, clampWindow, CLUSTER_MIN_ZOOM, panWindow, transformForWindow, windowAround, windowOpening, windowShowing, zoomWindow } from '../../src/lib/timeline/view-window.ts';
import { generateItems } from './fixtures/timeline-events.ts';

const DAY = 86_400_000;
const extent = { start: utcDay(1890, 1, 1), end: utcDay(1956, 1, 1) - 1 };
const years = (from: number, to: number) => ({ start: utcDay(from, 1, 1), end: utcDay(to, 1, 1) });

describe('clampWindow', () => {
  it.each([
    ['inside the period: unchanged', years(1920, 1930), years(1920, 1930)],
    ['before the period: moved in, its length kept', years(1880, 1900), { start: extent.start, end: extent.start + years(1880, 1900).end - years(1880, 1900).start }],
    ['after the period: moved in, its length kept', years(1950, 1970), { start: extent.end - (years(1950, 1970).end - years(1950, 1970).start), end: extent.end }],
    ['longer than the period: the whole period', years(1800, 2000), extent],
  ])('%s', (_, window, expected) => {
    expect(clampWindow(window, extent)).toEqual(expected);
  });

  it('widens a window shorter than the shortest span about its middle', () => {
    const mid = utcDay(1931, 9, 18);
    const clamped = clampWindow({ start: mid - DAY, end: mid + DAY }, extent);
    expect(clamped.end - clamped.start).toBe(MIN_SPAN_MS);
    expect((clamped.start + clamped.end) / 2).toBe(mid);
  });
});

describe('zoomWindow', () => {
  const window = years(1900, 1940);
  it('zooms in and out about the middle by default', () => {
    const inward = zoomWindow(window, 2);
    expect(inward.end - inward.start).toBe((window.end - window.start) / 2);
    expect((inward.start + inward.end) / 2).toBe((window.start + window.end) / 2);
    expect(zoomWindow(inward, 1 / 2)).toEqual(window);
  });

  it('keeps the time under the pointer where it was on screen', () => {
    const centre = window.start + (window.end - window.start) * 0.75;
    const zoomed = zoomWindow(window, 4, centre);
    expect((centre - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo(0.75, 10);
    expect(zoomed.end - zoomed.start).toBe((window.end - window.start) / 4);
  });
});

describe('panning, centring and a cluster\'s window', () => {
  it('pans and centres without changing the length', () => {
    const window = years(1920, 1930);
    expect(panWindow(window, DAY)).toEqual({ start: window.start + DAY, end: window.end + DAY });
    const centred = centreWindow(window, utcDay(1945, 1, 1));
    expect(centred.end - centred.start).toBe(window.end - window.start);
    expect((centred.start + centred.end) / 2).toBe(utcDay(1945, 1, 1));
  });

  it('opens a cluster with 30% of its span either side, at least the shortest span', () => {
    expect(windowAround(utcDay(1939, 5, 11), utcDay(1939, 9, 16))).toEqual({ start: utcDay(1939, 5, 11) - (utcDay(1939, 9, 16) - utcDay(1939, 5, 11)) * 0.3, end: utcDay(1939, 9, 16) + (utcDay(1939, 9, 16) - utcDay(1939, 5, 11)) * 0.3 });
    expect(windowAround(utcDay(1939, 5, 11), utcDay(1939, 5, 11))).toEqual({ start: utcDay(1939, 5, 11) - MIN_SPAN_MS, end: utcDay(1939, 5, 11) + MIN_SPAN_MS });
  });
});

describe('transformForWindow', () => {
  it('is the d3-zoom transform whose rescaled base scale shows the window', () => {
    const base = timeScale([extent.start, extent.end], [0, 1200]);
    for (const window of [years(1920, 1930), years(1890, 1956), { start: utcDay(1931, 9, 1), end: utcDay(1931, 11, 1) }]) {
      const { k, x } = transformForWindow(window, extent, 1200);
      const [start, end] = zoomIdentity.translate(x, 0).scale(k).rescaleX(base).domain();
      expect(Math.round(start)).toBe(window.start);
      expect(Math.round(end)).toBe(window.end);
    }
    // A link's window ends on the last millisecond of its day, and must still read as that day.
    const link = { start: utcDay(1931, 9, 1), end: utcDay(1931, 11, 1) - 1 };
    const { k, x } = transformForWindow(link, extent, 1265);
    const [, end] = zoomIdentity.translate(x, 0).scale(k).rescaleX(timeScale([extent.start, extent.end], [0, 1265])).domain();
    expect(new Date(end).toISOString().slice(0, 10)).toBe('1931-10-31');
    const whole = transformForWindow(extent, extent, 1200);
    expect(whole.k).toBe(1);
    expect(whole.x).toBeCloseTo(0, 10);
  });
});

describe('windowShowing', () => {
  const items = generateItems(2000);
  const context = { items, options: { ...DEFAULT_LAYOUT, laneCount: 6 }, axisLength: () => 1200 };
  const isMarkIn = (slug: string, window: { start: number; end: number }) => {
    const k = 1200 / (window.end - window.start);
    return layoutTimeline(items, (t) => (t - window.start) * k, window, context.options).marks.some((m) => m.item.slug === slug);
  };

  it('keeps a window in which the event already stands on its own', () => {
    const window = years(1894, 1951);
    const alone = items.find((item) => isMarkIn(item.slug, window))!;
    expect(windowShowing(alone, window, context)).toEqual(window);
  });

  it('zooms towards an event hidden in a cluster until it is a mark of its own', () => {
    const window = years(1894, 1951);
    const hidden = items.find((item) => item.end - item.start < 40 * DAY && !isMarkIn(item.slug, window))!;
    const shown = windowShowing(hidden, window, context);
    expect(shown.end - shown.start).toBeLessThan(window.end - window.start);
    expect(shown.start).toBeLessThanOrEqual(hidden.start);
    expect(shown.end).toBeGreaterThanOrEqual(hidden.end);
    expect(isMarkIn(hidden.slug, shown)).toBe(true);
  });

  it('shows a long event whole, with room around it', () => {
    const war = { ...items[0], slug: 'long', start: utcDay(1937, 7, 7), end: utcDay(1945, 9, 2) };
    const span = war.end - war.start;
    expect(windowShowing(war, years(1938, 1940), context)).toEqual({ start: war.start - span * 0.15, end: war.end + span * 0.15 });
  });
});

describe('windowOpening: choosing a cluster always zooms in', () => {
  const current = { start: utcDay(1939, 5, 1), end: utcDay(1939, 7, 30) };
  const span = current.end - current.start;
  it('opens to the time its events cover when that is narrower', () => {
    const events = { start: utcDay(1939, 6, 5), end: utcDay(1939, 6, 6), at: utcDay(1939, 6, 5) };
    const opened = windowOpening(events, current);
    expect(opened).toEqual(windowAround(events.start, events.end));
    expect(opened.end - opened.start).toBeLessThanOrEqual(span / CLUSTER_MIN_ZOOM);
  });
  it('zooms in about the cluster when its events outlast the window (bars of years, seen over three weeks)', () => {
    const bars = { start: utcDay(1932, 1, 1), end: utcDay(1941, 12, 31), at: utcDay(1939, 6, 6) };
    const opened = windowOpening(bars, current);
    expect(opened.end - opened.start).toBeCloseTo(span / CLUSTER_MIN_ZOOM);
    expect(opened.start).toBeLessThanOrEqual(bars.at);
    expect(opened.end).toBeGreaterThanOrEqual(bars.at);
    // The cluster stays where it was on screen.
    expect((bars.at - opened.start) / (opened.end - opened.start)).toBeCloseTo((bars.at - current.start) / span);
  });
});
