// The overview under the timeline: every event of the whole period as a tick, and a box for the
// window shown above. Clicking, dragging or the arrow keys move the view.
import { select } from 'd3-selection';
import { timeScale, type TimeScale } from '../../lib/timeline/time-scale.ts';
import { axisTicks } from '../../lib/timeline/ticks.ts';
import { centreWindow, panWindow } from '../../lib/timeline/view-window.ts';
import type { TimeWindow } from '../../lib/timeline/view-state.ts';
import type { TimelineData } from '../../lib/timeline/timeline-data.ts';
import type { History } from './url.ts';

const OVERVIEW_HEIGHT = 44;
/** Room under the lanes' ticks for the year labels. */
const AXIS_ROOM = 14;
/** A year label this near an edge would be cut ("90" for 1890). */
const LABEL_EDGE_PX = 20;
/** The arrow keys move the view by this share of its length. */
const KEY_PAN_SHARE = 0.25;

/** What the overview asks of the timeline: the window shown, and showing another. */
export interface OverviewHost {
  window(): TimeWindow;
  show(window: TimeWindow, history: History, animate: boolean): void;
}

/** The overview (minimap) of the whole period. */
export class Overview {
  #width = 0;
  #scale: TimeScale | undefined;
  #dragFrom: { time: number; window: TimeWindow } | null = null;

  readonly #node: SVGSVGElement;
  readonly #data: TimelineData;

  constructor(node: SVGSVGElement, data: TimelineData, host: OverviewHost) {
    this.#node = node;
    this.#data = data;
    node.addEventListener('pointerdown', (event) => {
      node.setPointerCapture(event.pointerId);
      const window = host.window();
      const time = this.#timeAt(event.clientX);
      if (time < window.start || time > window.end) host.show(centreWindow(window, time), 'push', true);
      this.#dragFrom = { time, window: host.window() };
    });
    node.addEventListener('pointermove', (event) => {
      if (!this.#dragFrom) return;
      host.show(panWindow(this.#dragFrom.window, this.#timeAt(event.clientX) - this.#dragFrom.time), 'replace', false);
    });
    const endDrag = () => { this.#dragFrom = null; };
    node.addEventListener('pointerup', endDrag);
    node.addEventListener('pointercancel', endDrag);
    node.setAttribute('tabindex', '0');
    node.addEventListener('keydown', (event) => {
      const window = host.window();
      const shift = (window.end - window.start) * KEY_PAN_SHARE;
      if (event.key === 'ArrowLeft') host.show(panWindow(window, -shift), 'push', false);
      else if (event.key === 'ArrowRight') host.show(panWindow(window, shift), 'push', false);
      else return;
      event.preventDefault();
    });
  }

  /** Draws the whole period at the overview's width (`fallbackWidth` when it has none yet). */
  setup(fallbackWidth: number): void {
    const data = this.#data;
    const node = this.#node;
    const width = (this.#width = node.clientWidth || fallbackWidth || 1000);
    const scale = (this.#scale = timeScale([data.extent.start, data.extent.end], [0, width]));
    const overview = select(node);
    overview.attr('viewBox', `0 0 ${width} ${OVERVIEW_HEIGHT}`).attr('height', OVERVIEW_HEIGHT).selectAll('*').remove();
    const laneHeight = (OVERVIEW_HEIGHT - AXIS_ROOM) / data.lanes.length;
    // One path per lane, with one tick per half pixel that has an event: the overview never
    // grows with N (10,000 events made 10,000 ticks, most of them drawn over each other).
    const ticks = data.lanes.map(() => new Set<number>());
    for (const item of data.items) ticks[item.lane]?.add(Math.round(scale(item.start) * 2) / 2);
    ticks.forEach((xs, lane) => {
      const d = [...xs].map((x) => `M${x},${(lane * laneHeight + 1).toFixed(1)}v${(laneHeight - 1).toFixed(1)}`).join('');
      overview.append('path').attr('class', `tl-overview-ticks lane-${lane + 1}`).attr('d', d);
    });
    const years = axisTicks(data.extent.start, data.extent.end, width, 60).ticks.filter((t) => scale(t.time) >= LABEL_EDGE_PX && scale(t.time) <= width - LABEL_EDGE_PX);
    overview.append('g').attr('class', 'tl-overview-axis').selectAll('text').data(years).join('text')
      .attr('x', (d) => scale(d.time)).attr('y', OVERVIEW_HEIGHT - 2).text((d) => d.label);
    overview.append('rect').attr('class', 'tl-overview-window').attr('y', 0).attr('height', OVERVIEW_HEIGHT - 12);
  }

  /** Moves the box to the window shown. */
  draw(window: TimeWindow): void {
    if (!this.#scale) return;
    const x0 = this.#scale(window.start);
    const x1 = this.#scale(window.end);
    select(this.#node).select('.tl-overview-window').attr('x', x0).attr('width', Math.max(3, x1 - x0));
  }

  #timeAt(clientX: number): number {
    const box = this.#node.getBoundingClientRect();
    return this.#scale!.invert(((clientX - box.left) / box.width) * this.#width);
  }
}
