import { buildScene, type Scene } from '../timeline/scene.ts';
import type { EraBand } from '../timeline/eras.ts';
import { utcYear, yearEnd, yearStart } from '../dates/utc.ts';
import { DEFAULT_LAYOUT, type LayoutOptions } from '../timeline/layout.ts';
import type { TimelineItem } from '../timeline/items.ts';

/**
 * Sizes of the slide's timeline strip, in its viewBox units (about CSS pixels on a 1280-pixel
 * wide projector): the whole period in one band of two rows, era names above, years below,
 * and a row of its own for the slide's event and its label.
 */
export const STRIP = {
  width: 1200,
  /** The whole period, small, above a lesson's strip: its band and the room for its years. */
  periodHeight: 34,
  periodInset: 62,
  eraHeight: 24,
  focusHeight: 40,
  axisHeight: 26,
  /** The slide's event: its label's size, and the width of one of its characters (for the layout). */
  focusFontSize: 26,
  focusCharPx: 15,
  focusMaxChars: 40,
} as const;

/** The other events: two thin rows, no labels. */
const CONTEXT_LAYOUT: LayoutOptions = {
  ...DEFAULT_LAYOUT,
  laneCount: 1,
  rowsPerLane: 2,
  rowHeight: 12,
  laneHeaderPx: 0,
  markRadius: 4,
  clusterRadius: 5,
  clusterGapPx: 8,
  minBarPx: 16,
  gapPx: 2,
};

/** The slide's event alone, with room for its label. */
const FOCUS_LAYOUT: LayoutOptions = {
  ...DEFAULT_LAYOUT,
  laneCount: 1,
  rowsPerLane: 1,
  laneHeaderPx: 0,
  markRadius: 9,
  minBarPx: 16,
  labelCharPx: STRIP.focusCharPx,
  labelMaxChars: STRIP.focusMaxChars,
  shortLabelChars: 24,
  gapPx: 14,
};

/** Where the strip's bands sit, top to bottom. */
export interface StripFrame {
  width: number;
  height: number;
  /** Top of the era band (below the whole period's band, when there is one). */
  eraTop: number;
  /** Centre line of the slide's event. */
  focusY: number;
  /** How far the context scene's marks are moved down to sit in their band. */
  contextShift: number;
  contextTop: number;
  contextBottom: number;
  axisY: number;
}

/**
 * The strip's frame for a context scene (its marks start below the scene's own era strips);
 * `withPeriod` leaves room above for the whole period, small, when the strip shows only part of it.
 */
export function stripFrame(context: Scene, withPeriod = false): StripFrame {
  const rows = CONTEXT_LAYOUT.rowsPerLane * CONTEXT_LAYOUT.rowHeight;
  const eraTop = withPeriod ? STRIP.periodHeight : 0;
  const contextTop = eraTop + STRIP.eraHeight + STRIP.focusHeight;
  const sceneTop = context.lanes[0]?.from ?? 0;
  const height = contextTop + rows + STRIP.axisHeight + 4;
  return {
    width: STRIP.width,
    height,
    eraTop,
    focusY: eraTop + STRIP.eraHeight + STRIP.focusHeight / 2,
    contextShift: contextTop - sceneTop,
    contextTop,
    contextBottom: contextTop + rows,
    axisY: height - 6,
  };
}

/** Every event of the period, for the background of every slide's strip. */
export function stripContext(items: readonly TimelineItem[], window: { start: number; end: number }, eras: readonly EraBand[] = []): Scene {
  return buildScene(items, [''], { orientation: 'horizontal', length: STRIP.width, ...window, eras }, 0, CONTEXT_LAYOUT);
}

/** The slide's event on its own, labelled (the timeline's focus), or null if it lies outside the window. */
export function stripFocus(items: readonly TimelineItem[], window: { start: number; end: number }, slug: string): Scene['marks'][number] | null {
  const scene = buildScene(items, [''], { orientation: 'horizontal', length: STRIP.width, ...window }, 0, FOCUS_LAYOUT, (item) => item.slug === slug, slug);
  return scene.marks[0] ?? null;
}

/** A span of time in UTC milliseconds. */
export interface TimeSpan {
  start: number;
  end: number;
}

/** Whole years around a lesson's events, at least this many, so that its strip is never a few marks across. */
const MIN_LESSON_YEARS = 4;

/**
 * The window of a lesson's strip: from 1 January of its first event's year to 31 December of
 * its last, widened evenly to at least four years and by a tenth on each side (whole years),
 * and kept inside the whole period.
 */
export function lessonWindow(events: readonly TimeSpan[], period: TimeSpan): TimeSpan {
  if (!events.length) return period;
  const year = utcYear;
  let first = year(Math.min(...events.map((e) => e.start)));
  let last = year(Math.max(...events.map((e) => e.end)));
  const pad = Math.max(0, Math.ceil((MIN_LESSON_YEARS - (last - first + 1)) / 2), Math.round((last - first + 1) / 10));
  first -= pad;
  last += pad;
  const start = Math.max(period.start, yearStart(first));
  const end = Math.min(period.end, yearEnd(last));
  return start < end ? { start, end } : period;
}

/** The small band of the whole period above a lesson's strip: where its line runs and where the lesson's window lies on it. */
export interface PeriodBand {
  /** The line of the whole period. */
  from: number;
  to: number;
  /** The lesson's window on that line. */
  windowFrom: number;
  windowTo: number;
  /** Centre line of the band. */
  y: number;
  /** The period's first and last years, written at the line's ends. */
  startLabel: string;
  endLabel: string;
}

/** Lays out the whole period's band: a line inset for its two year labels, with the lesson's window marked. */
export function periodBand(period: TimeSpan, window: TimeSpan, startLabel: string, endLabel: string): PeriodBand {
  const from = STRIP.periodInset;
  const to = STRIP.width - STRIP.periodInset;
  const at = (t: number) => from + ((t - period.start) / (period.end - period.start)) * (to - from);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { from, to, windowFrom: round(at(window.start)), windowTo: round(Math.max(at(window.end), at(window.start) + 4)), y: 12, startLabel, endLabel };
}
