// The arithmetic of the shown time window: zooming, panning, clamping, and the window in which
// an event stands on its own. Pure functions of windows and sizes; the browser's zoom behaviour
// (src/scripts/timeline/zoom.ts) only turns their results into d3-zoom transforms.
import type { TimelineItem } from './items.ts';
import { layoutTimeline, type LayoutOptions } from './layout.ts';
import { MIN_SPAN_MS, minSpanAt } from './options.ts';
import type { TimeWindow } from './view-state.ts';

/** How much a cluster's window reaches past its events on each side, as a share of their span. */
export const CLUSTER_PAD_SHARE = 0.3;

/** An event longer than this share of the window is shown whole, with this much room around it. */
const LONG_EVENT_SHARE = 0.8;
const LONG_EVENT_PAD_SHARE = 0.15;
/** How many times windowShowing halves the window, at most, before it gives up. */
const MAX_HALVINGS = 24;

/**
 * The window at least `minSpanMs` long (by default a week, or more in deep time: see
 * minSpanAt) and inside `extent`, keeping its length where it can.
 */
export function clampWindow(window: TimeWindow, extent: TimeWindow, minSpanMs = minSpanAt(Math.max(Math.abs(window.start), Math.abs(window.end)))): TimeWindow {
  let { start, end } = window;
  if (end - start < minSpanMs) {
    const mid = (start + end) / 2;
    [start, end] = [mid - minSpanMs / 2, mid + minSpanMs / 2];
  }
  const span = Math.min(end - start, extent.end - extent.start);
  if (start < extent.start) [start, end] = [extent.start, extent.start + span];
  if (end > extent.end) [start, end] = [extent.end - span, extent.end];
  return { start, end };
}

/** The window `factor` times narrower (a factor below 1 widens it), with `centre` where it was on screen. */
export function zoomWindow(window: TimeWindow, factor: number, centre = (window.start + window.end) / 2): TimeWindow {
  const span = (window.end - window.start) / factor;
  const ratio = (centre - window.start) / (window.end - window.start);
  return { start: centre - span * ratio, end: centre + span * (1 - ratio) };
}

/** The window moved by `shiftMs` (later when positive). */
export function panWindow(window: TimeWindow, shiftMs: number): TimeWindow {
  return { start: window.start + shiftMs, end: window.end + shiftMs };
}

/** A window as long as `window`, centred on `time`. */
export function centreWindow(window: TimeWindow, time: number): TimeWindow {
  const span = window.end - window.start;
  return { start: time - span / 2, end: time + span / 2 };
}

/** The window a cluster opens to: the time its events cover, with room on both sides. */
export function windowAround(start: number, end: number, minSpanMs = MIN_SPAN_MS): TimeWindow {
  const pad = Math.max((end - start) * CLUSTER_PAD_SHARE, minSpanMs);
  return { start: start - pad, end: end + pad };
}

/** Choosing a cluster narrows the window at least this many times. */
export const CLUSTER_MIN_ZOOM = 2;

/**
 * The window a chosen cluster opens to, always narrower than `current`: the time its events
 * cover with room around it, or, when that is not narrower (events that outlast the window),
 * `current` zoomed in about the cluster's place on screen.
 */
export function windowOpening(cluster: { start: number; end: number; at: number }, current: TimeWindow, minSpanMs = MIN_SPAN_MS): TimeWindow {
  const around = windowAround(cluster.start, cluster.end, minSpanMs);
  const span = current.end - current.start;
  if (around.end - around.start <= span / CLUSTER_MIN_ZOOM) return around;
  return zoomWindow(current, CLUSTER_MIN_ZOOM, cluster.at);
}

/** A d3-zoom transform along the time axis: scale `k` and offset `x` in pixels. */
export interface AxisTransform {
  k: number;
  x: number;
}

/**
 * The transform that shows `window`, when the whole `extent` is `length` pixels long unzoomed.
 * Worked out in pixels as the base scale maps times, so that the window read back from the
 * transform ends on the very millisecond asked for (a link's "to=1931-10-31" must not show 1 November).
 */
export function transformForWindow(window: TimeWindow, extent: TimeWindow, length: number): AxisTransform {
  const toPx = (time: number) => ((time - extent.start) / (extent.end - extent.start)) * length;
  const k = length / (toPx(window.end) - toPx(window.start));
  return { k, x: -k * toPx(window.start) };
}

/** A view as d3-zoom's interpolators see it: the point at the centre and the width shown, [x, y, width]. */
export type ZoomView = [number, number, number];

/** An interpolator between two views, as d3-zoom's `zoom.interpolate()` returns it (interpolateZoom by default). */
export type ZoomInterpolator = (from: ZoomView, to: ZoomView) => (t: number) => number[];

/**
 * Whether d3-zoom's animated move from one transform to another (the axis `length` pixels
 * long) stays finite all the way. Its smooth zoom (van Wijk and Nuij) counts the path in view
 * widths; from a week at the Big Bang to the 1890s that is some 10^11 widths, where its
 * logarithms overflow and every frame would be NaN. Such a move is shown at once instead.
 */
export function canAnimate(interpolate: ZoomInterpolator, from: AxisTransform & { y?: number }, to: AxisTransform & { y?: number }, length: number): boolean {
  const centre = length / 2;
  const view = (t: AxisTransform & { y?: number }): ZoomView => [(centre - t.x) / t.k, (centre - (t.y ?? 0)) / t.k, length / t.k];
  const path = interpolate(view(from), view(to));
  return [0.1, 0.3, 0.5, 0.7, 0.9].every((t) => path(t).every(Number.isFinite));
}

/** What the layout needs to tell whether an event stands on its own in a window. */
export interface ShowingContext {
  /** Every event, sorted by start. */
  items: readonly TimelineItem[];
  options: LayoutOptions;
  /** The time axis's length in pixels for a window of this span. */
  axisLength(spanMs: number): number;
  include?: (item: TimelineItem) => boolean;
  minSpanMs?: number;
}

/**
 * The window, near `from`, in which `item` shows as a mark of its own rather than inside a
 * cluster: `from` if it does already, else centred on the event and halved until it does.
 */
export function windowShowing(item: TimelineItem, from: TimeWindow, context: ShowingContext): TimeWindow {
  const minSpan = context.minSpanMs ?? MIN_SPAN_MS;
  let window = from;
  const itemSpan = item.end - item.start;
  if (itemSpan > (window.end - window.start) * LONG_EVENT_SHARE) {
    const pad = itemSpan * LONG_EVENT_PAD_SHARE;
    return { start: item.start - pad, end: item.end + pad };
  }
  const mid = (item.start + item.end) / 2;
  if (item.start < window.start || item.end > window.end) window = centreWindow(window, mid);
  for (let i = 0; i < MAX_HALVINGS; i++) {
    const span = window.end - window.start;
    const k = context.axisLength(span) / span;
    const start = window.start;
    // Only the event's own lane can crowd it into a cluster.
    // In the items' own order, as the timeline lays them out: order decides who clusters with whom.
    const lane = context.items.filter((other) => other === item || (other.lane === item.lane && other.end >= window.start && other.start <= window.end));
    const layout = layoutTimeline(lane, (t) => (t - start) * k, window, context.options, context.include);
    if (layout.marks.some((m) => m.item.slug === item.slug) || span <= minSpan) break;
    window = { start: mid - span / 4, end: mid + span / 4 };
  }
  return window;
}
