// The home page's map beside the timeline ([data-map], drawn by the build with every place).
// <timeline-view> draws it from its one draw step, in the same frame as the timeline: each
// place's mark shows how many events in view happened there, places with none are hidden, and
// the chosen place (the `place` filter) is pressed. Choosing a place asks the element to filter.
import { countPlaces, describePlaces, eventCount, MARK_RADIUS, markRadius } from '../../lib/timeline/places.ts';
import type { TimelineItem } from '../../lib/timeline/items.ts';
import type { TimeWindow } from '../../lib/timeline/view-state.ts';

/** The live region speaks once the set of places has been still this long. */
const ANNOUNCE_DELAY_MS = 700;

interface Mark {
  slug: string;
  name: string;
  element: SVGAElement | HTMLAnchorElement;
  dot: SVGCircleElement | null;
  halo: SVGCircleElement | null;
  count: HTMLElement | null;
  labels: SVGTextElement[];
  shown: number;
}

/** The map and its marks; `choose` filters the timeline to a place (null: every place). */
export class PlaceMap {
  readonly #root: HTMLElement;
  readonly #names: Record<string, string>;
  readonly #choose: (slug: string | null) => void;
  /** Marks in the order the arrow keys step through: west to east on the map, then elsewhere. */
  readonly #marks: Mark[];
  readonly #bySlug: Map<string, Mark>;
  #chosen: string | undefined;
  #tabStop: Mark | undefined;
  #setKey = '';
  /** The busiest place's count at the last draw: the scale of every mark's radius. */
  #most = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: HTMLElement, names: Record<string, string>, choose: (slug: string | null) => void) {
    this.#root = root;
    this.#names = names;
    this.#choose = choose;
    root.classList.add('is-interactive');
    const labels = [...root.querySelectorAll<SVGTextElement>('.pm-label[data-label-for]')];
    this.#marks = [...root.querySelectorAll<SVGAElement | HTMLAnchorElement>('.pm-mark[data-place]')]
      .map((element) => ({
        slug: element.dataset.place!,
        name: element.dataset.name ?? element.dataset.place!,
        element,
        dot: element.querySelector<SVGCircleElement>('.pm-dot'),
        halo: element.querySelector<SVGCircleElement>('.pm-halo'),
        count: element.querySelector<HTMLElement>('[data-count]'),
        labels: labels.filter((l) => l.dataset.labelFor === element.dataset.place),
        shown: -1,
      }))
      .sort((a, b) => Number(Boolean(a.count)) - Number(Boolean(b.count)) || this.#x(a) - this.#x(b));
    this.#bySlug = new Map(this.#marks.map((m) => [m.slug, m]));
    for (const mark of this.#marks) {
      mark.element.setAttribute('role', 'button');
      mark.element.setAttribute('tabindex', '-1');
      mark.element.setAttribute('aria-pressed', 'false');
    }
    const group = root.querySelector<HTMLElement>('[data-map-group]')!;
    group.addEventListener('click', (event) => {
      const mark = this.#markOf(event.target);
      if (!mark) return;
      event.preventDefault();
      this.#activate(mark);
    });
    group.addEventListener('keydown', (event) => this.#key(event));
  }

  #x(mark: Mark): number {
    return Number(mark.dot?.getAttribute('cx') ?? 0);
  }

  #markOf(target: EventTarget | null): Mark | undefined {
    const element = (target as Element | null)?.closest?.('[data-place]');
    return element ? this.#bySlug.get((element as HTMLElement).dataset.place!) : undefined;
  }

  #activate(mark: Mark): void {
    this.#tabStop = mark;
    this.#choose(mark.slug === this.#chosen ? null : mark.slug);
  }

  #key(event: KeyboardEvent): void {
    const mark = this.#markOf(event.target);
    if (!mark) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#activate(mark);
      return;
    }
    const visible = this.#marks.filter((m) => !m.element.classList.contains('is-empty'));
    const at = visible.indexOf(mark);
    const next = {
      ArrowRight: visible[at + 1], ArrowDown: visible[at + 1], ArrowLeft: visible[at - 1], ArrowUp: visible[at - 1],
      Home: visible[0], End: visible[visible.length - 1],
    }[event.key];
    if (!(event.key in { ArrowRight: 1, ArrowDown: 1, ArrowLeft: 1, ArrowUp: 1, Home: 1, End: 1 })) return;
    event.preventDefault();
    if (next) this.#moveTabStop(next, true);
  }

  #moveTabStop(mark: Mark | undefined, focus = false): void {
    if (this.#tabStop && this.#tabStop !== mark) this.#tabStop.element.setAttribute('tabindex', '-1');
    this.#tabStop = mark;
    if (!mark) return;
    mark.element.setAttribute('tabindex', '0');
    if (focus) mark.element.focus({ preventScroll: true });
  }

  /**
   * Shows the places of the events in `window` that pass `include` (the other filters: the
   * chosen place is one of the places a reader can change from here), with `chosen` pressed.
   */
  draw(items: readonly TimelineItem[], window: TimeWindow, include: (item: TimelineItem) => boolean, chosen: string | undefined): void {
    const counts = countPlaces(items, window, include);
    const most = Math.max(1, ...counts.values());
    this.#chosen = chosen;
    for (const mark of this.#marks) {
      const count = counts.get(mark.slug) ?? 0;
      const pressed = mark.slug === chosen;
      if (mark.element.getAttribute('aria-pressed') !== String(pressed)) mark.element.setAttribute('aria-pressed', String(pressed));
      // The chosen place stays on the map (and in the tab order) even when the view holds none of its events.
      const hidden = count === 0 && !pressed;
      if (hidden !== mark.element.classList.contains('is-empty')) {
        mark.element.classList.toggle('is-empty', hidden);
        for (const label of mark.labels) label.classList.toggle('is-empty', hidden);
      }
      if (count === mark.shown) continue;
      if (count > 0) {
        const r = markRadius(count, most);
        mark.dot?.setAttribute('r', String(r));
        mark.halo?.setAttribute('r', String(r + 4));
      } else {
        mark.dot?.setAttribute('r', String(MARK_RADIUS.min));
        mark.halo?.setAttribute('r', String(MARK_RADIUS.min + 4));
      }
      if (mark.count) mark.count.textContent = String(count);
      mark.element.setAttribute('aria-label', `${mark.name}: ${eventCount(count)} in view`);
      mark.shown = count;
    }
    // Radii depend on the busiest place: when it changes, every shown mark is resized next time.
    if (most !== this.#most) {
      this.#most = most;
      for (const mark of this.#marks) mark.shown = mark.shown > 0 ? -1 : mark.shown;
      this.draw(items, window, include, chosen);
      return;
    }
    const chosenMark = chosen ? this.#bySlug.get(chosen) : undefined;
    const reachable = (m: Mark | undefined) => m !== undefined && !m.element.classList.contains('is-empty');
    const stop = reachable(this.#tabStop) ? this.#tabStop : chosenMark ?? this.#marks.find(reachable);
    this.#moveTabStop(stop);
    const key = [...counts.keys()].sort().join(' ');
    if (key !== this.#setKey) {
      this.#setKey = key;
      this.#announce(counts);
    }
  }

  #announce(counts: Map<string, number>): void {
    clearTimeout(this.#announceTimer);
    const text = describePlaces(counts, this.#names, 12);
    this.#root.querySelector<HTMLElement>('[data-map-summary]')!.textContent = `In view: ${text}`;
    this.#announceTimer = globalThis.setTimeout(() => {
      this.#root.querySelector<HTMLElement>('[data-map-live]')!.textContent = `Map: ${text}`;
    }, ANNOUNCE_DELAY_MS);
  }

  /** Rings the places of the event the reader points at or focuses (none: no ring). */
  highlight(slugs: readonly string[]): void {
    for (const mark of this.#marks) mark.element.classList.toggle('is-highlighted', slugs.includes(mark.slug));
  }
}
