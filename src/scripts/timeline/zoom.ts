// The zoom behaviour: d3-zoom on the timeline's SVG, over a base time scale that is built once
// per size and never changed. The transform lives on the SVG node (read with zoomTransform);
// a view is shown by handing d3-zoom the transform for its window.
import { select } from 'd3-selection';
import type {} from 'd3-transition'; // selection.transition(), which d3-zoom installs
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { timeScale, type TimeScale } from '../../lib/timeline/time-scale.ts';
import { MIN_SPAN_MS } from '../../lib/timeline/options.ts';
import { canAnimate, transformForWindow, type ZoomInterpolator } from '../../lib/timeline/view-window.ts';
import type { TimeWindow } from '../../lib/timeline/view-state.ts';

/** How long an animated view change takes. */
export const TRANSITION_MS = 350;

/** Called for every zoom event: the transform to draw, and the input event behind it (null when a script moved the view). */
export type ZoomListener = (transform: ZoomTransform, sourceEvent: Event | null) => void;

/** The timeline's zoom: which window is shown, and moving to another. */
export class TimelineZoom {
  readonly #behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  #base: TimeScale;
  #length = 1;
  /** The last window shown and the transform made for it: read back, that transform gives that window exactly. */
  #shown: { k: number; x: number; window: TimeWindow } | null = null;

  readonly #svg: SVGSVGElement;
  readonly #extent: TimeWindow;

  constructor(svg: SVGSVGElement, extent: TimeWindow, accepts: (event: Event) => boolean, listener: ZoomListener) {
    this.#svg = svg;
    this.#extent = extent;
    this.#base = timeScale([extent.start, extent.end], [0, 1]);
    this.#behaviour = d3zoom<SVGSVGElement, unknown>()
      .filter(accepts)
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => listener(event.transform, event.sourceEvent));
    // Double-click zooms through the input module, which knows about marks under the pointer.
    select(svg).call(this.#behaviour).on('dblclick.zoom', null);
  }

  /** Fits the base scale to a time axis `length` pixels long; the window is kept by the caller. */
  resize(length: number): void {
    this.#length = length;
    this.#base = timeScale([this.#extent.start, this.#extent.end], [0, length]);
    this.#shown = null;
    const maxK = (this.#extent.end - this.#extent.start) / MIN_SPAN_MS;
    this.#behaviour.scaleExtent([1, maxK]).translateExtent([[0, 0], [length, length]]).extent([[0, 0], [length, length]]);
  }

  /** The window a transform shows (by default the one on the SVG now). */
  window(transform: ZoomTransform = zoomTransform(this.#svg)): TimeWindow {
    // Floating point can move an end read back by a millisecond (a link's "to=1931-10-31" then
    // showed 1 November at some widths): the transform made for a window gives that window.
    const shown = this.#shown;
    if (shown && transform.k === shown.k && transform.x === shown.x) return shown.window;
    const [start, end] = transform.rescaleX(this.#base).domain();
    return { start, end };
  }

  /** The time at a pixel along the axis, in the current view. */
  timeAt(px: number): number {
    return zoomTransform(this.#svg).rescaleX(this.#base).invert(px);
  }

  /** The axis length the base scale was fitted to. */
  get axisLength(): number {
    return this.#length;
  }

  /** Shows a window, at once or (when asked) with a short transition. */
  show(window: TimeWindow, animate: boolean): void {
    const { k, x } = transformForWindow(window, this.#extent, this.#length);
    const target = zoomIdentity.translate(x, 0).scale(k);
    this.#shown = { k: target.k, x: target.x, window };
    const svg = select(this.#svg);
    const smooth = animate && canAnimate(this.#behaviour.interpolate() as unknown as ZoomInterpolator, zoomTransform(this.#svg), target, this.#length);
    if (smooth) svg.transition().duration(TRANSITION_MS).call(this.#behaviour.transform, target);
    else svg.call(this.#behaviour.transform, target);
  }
}
