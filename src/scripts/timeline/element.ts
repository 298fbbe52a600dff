// <timeline-view>: the interactive timeline, wrapped around the one the build rendered. It holds
// what the reader chose (the active event and the filters; the window lives in the zoom
// transform), and sends every view change — first view, deep link, back/forward, "show this
// event", buttons, keys, the overview — through show().
import type { ZoomTransform } from 'd3-zoom';
import { buildScene, yearSpan, type Scene, type SceneCluster } from '../../lib/timeline/scene.ts';
import { renderLayers, renderSvgAttributes, type LayerName } from '../../lib/timeline/render.ts';
import { layoutOptionsFor, NARROW_MAX_WIDTH, verticalLength } from '../../lib/timeline/options.ts';
import { clampWindow, windowOpening, windowShowing, zoomWindow } from '../../lib/timeline/view-window.ts';
import type { LayoutOptions } from '../../lib/timeline/layout.ts';
import type { TimelineItem } from '../../lib/timeline/items.ts';
import type { TimeWindow } from '../../lib/timeline/view-state.ts';
import { decodeTimelineData, type TimelineData, type TimelineFile } from '../../lib/timeline/timeline-data.ts';
import { adoptLayers, drawLayer, writeAttributes } from './draw.ts';
import { TimelineZoom, TRANSITION_MS } from './zoom.ts';
import { prefersReducedMotion, RovingFocus } from './focus.ts';
import { placeCard, showCard } from './card.ts';
import { acceptsZoomEvent, listen, type InputHost } from './input.ts';
import { Overview } from './overview.ts';
import { readUrl, UrlWriter, type History } from './url.ts';
import type { PlaceMap } from './map.ts';
import type { EventFilter } from '../../lib/filter-query.ts';
import { setupEmbedDialog } from './embed-dialog.ts';
import { serializeView } from '../../lib/timeline/view-state.ts';
import { isoInstant } from '../../lib/dates/format.ts';

/** The live region speaks once the view has been still this long. */
const ANNOUNCE_DELAY_MS = 600;
/** A resize is acted on once the size has been still this long. */
const RESIZE_DELAY_MS = 120;
/** Zooms this close together make one history entry: the first pushes, the rest replace it. */
const ZOOM_COALESCE_MS = 1000;

/** A view change: any of the window, the active event (null: none) and the filters. */
export interface ViewChange {
  window?: TimeWindow;
  event?: string | null;
  filter?: EventFilter;
}

/** The interactive timeline element. */
export class TimelineView extends HTMLElement {
  #root!: HTMLElement;
  #svg!: SVGSVGElement;
  #data!: TimelineData;
  #bySlug = new Map<string, TimelineItem>();
  /** The events in the site's chronological order, which the arrow keys step through. */
  #inOrder: TimelineItem[] = [];
  #layers!: Record<LayerName, SVGGElement>;
  #zoom!: TimelineZoom;
  #roving!: RovingFocus;
  #overview!: Overview;
  #url!: UrlWriter;
  #orientation: 'horizontal' | 'vertical' = 'horizontal';
  #options!: LayoutOptions;
  /** The width across the time axis of the vertical timeline (0 when horizontal). */
  #cross = 0;
  #measuredWidth = -1;
  #active: string | undefined;
  #filter: EventFilter = {};
  /** The map beside the timeline ([data-map]), drawn with it; absent on pages without one. */
  #map: PlaceMap | undefined;
  #scene: Scene | undefined;
  /** A wheel or pinch can fire several zoom events in one frame: the latest is drawn once. */
  #pendingTransform: ZoomTransform | null = null;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the last zoom by button, key or double-click was recorded (for coalescing). */
  #lastZoomAt = -Infinity;
  /** Where the last zoom by button, key or double-click was going. */
  #zoomTarget: TimeWindow | undefined;

  connectedCallback(): void {
    const root = this.querySelector<HTMLElement>('[data-timeline]');
    if (root && !this.#root) void this.#enhance(root);
  }

  async #enhance(root: HTMLElement): Promise<void> {
    this.#root = root;
    // The map's code is its own chunk, fetched beside the data and only where a map is shown:
    // the embed and a page without the map load the timeline alone.
    const mapRoot = this.querySelector<HTMLElement>('[data-map]');
    const mapModule = mapRoot ? import('./map.ts').catch(() => undefined) : undefined;
    try {
      const response = await fetch(root.dataset.src!);
      this.#data = decodeTimelineData((await response.json()) as TimelineFile);
    } catch {
      return; // the build-time timeline and the list below still work
    }
    const PlaceMapClass = (await mapModule)?.PlaceMap;
    const data = this.#data;
    this.#bySlug = new Map(data.items.map((item) => [item.slug, item]));
    this.#inOrder = [...data.items].sort((a, b) => a.order - b.order);
    this.#svg = this.#find<SVGSVGElement>('[data-svg]');
    root.classList.add('is-interactive');
    this.#find<HTMLElement>('[data-toolbar]').hidden = false;
    this.#find<HTMLElement>('[data-overview]').hidden = false;
    this.#layers = adoptLayers(this.#svg);
    this.#svg.setAttribute('role', 'group');
    this.#svg.removeAttribute('tabindex');

    const host = this.#inputHost();
    this.#zoom = new TimelineZoom(this.#svg, data.extent, (event) => acceptsZoomEvent(host, event), (transform, sourceEvent) => {
      this.#scheduleDraw(transform);
      // Gestures replace the history entry as they go; show() records deliberate moves itself.
      if (sourceEvent) this.#url.write(this.#zoom.window(transform), 'replace');
    });
    this.#roving = new RovingFocus(this.#svg, () => this.#active);
    this.#url = new UrlWriter(() => ({ event: this.#active, ...this.#filter }));
    this.#overview = new Overview(this.#find<SVGSVGElement>('[data-overview-svg]'), data, {
      window: () => this.#zoom.window(),
      show: (window, history, animate) => this.show({ window }, history, animate),
    });
    if (mapRoot && PlaceMapClass) {
      this.#map = new PlaceMapClass(mapRoot, data.places, (place) => this.show({ filter: { ...this.#filter, place: place ?? undefined } }, 'push'));
      // Pointing at or focusing an event rings its places; leaving rings the selected event's.
      const ring = (slug: string | null | undefined) => this.#map!.highlight((slug ? this.#bySlug.get(slug)?.places : undefined) ?? []);
      const markKey = (event: Event) => (event.target as Element).closest?.('.tl-mark')?.getAttribute('data-key');
      this.#svg.addEventListener('pointerover', (event) => ring(markKey(event) ?? this.#active));
      this.#svg.addEventListener('focusin', (event) => ring(markKey(event) ?? this.#active));
      this.#svg.addEventListener('pointerleave', () => ring(this.#active));
    }
    listen(root, this.#svg, this.#find<HTMLElement>('[data-card]'), host);
    // An epilogue event, after the period, is chosen at the edge: the card opens, the view stays.
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-epilogue]')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.#select(link.dataset.epilogue, 'push');
      });
    }

    globalThis.addEventListener('popstate', () => this.#showUrl('none'));
    const viewport = this.#find<HTMLElement>('[data-viewport]');
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    new ResizeObserver(() => {
      // Only a new width changes the drawing. The observer also reports the first size, and the
      // vertical timeline's height as it zooms: redrawing then would cut short a zoom under way
      // (a click on "Zoom in" just after the page loaded was lost).
      if (viewport.clientWidth === this.#measuredWidth) return;
      clearTimeout(resizeTimer);
      resizeTimer = globalThis.setTimeout(() => {
        const window = this.#zoom.window();
        this.#measure();
        this.show({ window }, 'none');
      }, RESIZE_DELAY_MS);
    }).observe(viewport);

    setupEmbedDialog(root, () => this.viewQuery(), () => `Timeline: ${this.#find<HTMLElement>('[data-span]').textContent}`);

    this.#measure();
    this.#showUrl('none');
    root.dataset.ready = 'true';
  }

  /** The shown view (window, active event, filters) as the query string the home and embed pages read. */
  viewQuery(): string {
    return serializeView({ window: this.#zoom.window(), event: this.#active, ...this.#filter });
  }

  #find<T extends Element>(selector: string): T {
    return this.#root.querySelector<T>(selector)!;
  }

  // ---- one path for every view change --------------------------------------------------------

  /**
   * Shows a view: sets the active event and the filters it names, moves to its window (clamped
   * to the period; animated when asked and motion is welcome), and records it in history as asked.
   */
  show(change: ViewChange, history: History, animate = false): void {
    if (change.event !== undefined) {
      this.#active = change.event ?? undefined;
      const item = this.#active ? this.#bySlug.get(this.#active) : undefined;
      showCard(this.#root, item, item ? this.#data.lanes[item.lane]?.label ?? '' : '', this.#root.dataset.eventsBase!, item?.places.map((p) => this.#data.places[p] ?? p) ?? []);
      this.#placeCard();
      this.#map?.highlight(item?.places ?? []);
    }
    if (change.filter) {
      this.#filter = change.filter;
      this.#showFilter();
    }
    if (!change.window) {
      // Nothing moves: redraw what is shown (the active mark, the filtered events) at once.
      this.#draw(this.#zoom.window());
      this.#url.write(this.#zoom.window(), history);
      return;
    }
    const window = clampWindow(change.window, this.#data.extent);
    this.#url.write(window, history);
    this.#zoom.show(window, animate && !prefersReducedMotion() && this.#orientation === 'horizontal');
    if (this.#orientation === 'vertical') this.#roving.reveal();
  }

  /** Shows the view the URL names, with a notice for what in it could not be used. */
  #showUrl(history: History): void {
    const { view, notices } = readUrl(this.#data, (slug) => windowShowing(this.#bySlug.get(slug)!, this.#data.defaultWindow, this.#showingContext()));
    const notice = this.#find<HTMLElement>('[data-notice]');
    notice.hidden = notices.length === 0;
    notice.textContent = notices.join(' ');
    this.show({ window: view.window, event: view.event ?? null, filter: { lane: view.lane, tag: view.tag, place: view.place } }, history);
  }

  /**
   * Selects an event (or none). Selecting is not navigating: the window stays where it is,
   * unless the event lies wholly outside it (and inside the period: an epilogue event is
   * shown at the edge), or, when stepping by key, it is hidden in a cluster (focus needs its
   * mark): then the view moves to where the event stands on its own.
   */
  #select(slug: string | undefined, history: History, stepping = false): void {
    const item = slug ? this.#bySlug.get(slug) : undefined;
    const window = this.#zoom.window();
    const extent = this.#data.extent;
    const inPeriod = item && item.start <= extent.end && item.end >= extent.start;
    const outside = item && (item.end < window.start || item.start > window.end);
    const clustered = item && stepping && !this.#scene?.layout.marks.some((m) => m.item.slug === item.slug);
    const move = inPeriod && (outside || clustered);
    this.show({ event: slug ?? null, window: move ? windowShowing(item, window, this.#showingContext()) : undefined }, history, true);
  }

  /** Puts the card next to the active event's mark, the cluster holding it, or its epilogue link. */
  #placeCard(): void {
    const slug = this.#active;
    if (!slug || !this.#scene) return;
    const cluster = this.#scene.layout.clusters.find((c) => c.slugs.includes(slug));
    const anchor = this.#layers.marks.querySelector(`[data-key="${CSS.escape(slug)}"]`)
      ?? (cluster && this.#layers.clusters.querySelector(`[data-key="${CSS.escape(cluster.key)}"]`))
      ?? this.#root.querySelector(`[data-epilogue="${CSS.escape(slug)}"]`);
    placeCard(this.#root, anchor);
  }

  #step(delta: number | 'first' | 'last'): void {
    const visible = this.#inOrder.filter(this.#include);
    if (!visible.length) return;
    let index: number;
    const current = this.#active ? visible.findIndex((i) => i.slug === this.#active) : -1;
    if (delta === 'first') index = 0;
    else if (delta === 'last') index = visible.length - 1;
    else if (current === -1) {
      const window = this.#zoom.window();
      index = Math.max(0, visible.findIndex((i) => i.end >= window.start));
    } else index = Math.min(visible.length - 1, Math.max(0, current + delta));
    this.#select(visible[index].slug, 'push', true);
    this.#roving.request(this.#orientation === 'vertical');
  }

  #zoomBy(factor: number, around?: number): void {
    const active = this.#active ? this.#bySlug.get(this.#active) : undefined;
    const centre = around ?? (active ? (active.start + active.end) / 2 : undefined);
    const now = performance.now();
    const history = now - this.#lastZoomAt < ZOOM_COALESCE_MS ? 'replace' : 'push';
    // A press during the last zoom's animation zooms from where that one is going, not from the
    // frame it has reached: two quick presses of + zoom in twice as far, not a fraction more.
    const from = this.#zoomTarget && now - this.#lastZoomAt < TRANSITION_MS ? this.#zoomTarget : this.#zoom.window();
    this.#lastZoomAt = now;
    this.#zoomTarget = zoomWindow(from, factor, centre);
    this.show({ window: this.#zoomTarget }, history, true);
  }

  readonly #include = (item: TimelineItem): boolean => this.#includeAnywhere(item) && (!this.#filter.place || item.places.includes(this.#filter.place));

  /** The filter but for its place: the map shows every place the reader could choose instead. */
  readonly #includeAnywhere = (item: TimelineItem): boolean =>
    (!this.#filter.lane || this.#data.lanes[item.lane]?.id === this.#filter.lane) && (!this.#filter.tag || item.tags.includes(this.#filter.tag));

  #showingContext() {
    return { items: this.#data.items, options: this.#options, include: this.#include, axisLength: (span: number) => this.#axisLength(span) };
  }

  #axisLength(spanMs: number): number {
    return this.#orientation === 'horizontal' ? this.#zoom.axisLength : verticalLength(spanMs);
  }

  #inputHost(): InputHost {
    return {
      vertical: () => this.#orientation === 'vertical',
      activeSlug: () => this.#active,
      timeAtClientX: (clientX) => {
        const box = this.#svg.getBoundingClientRect();
        return this.#zoom.timeAt((clientX - box.left) * (this.#zoom.axisLength / box.width));
      },
      cluster: (key) => this.#scene?.clusters.find((c) => c.key === key),
      select: (slug) => this.#select(slug, 'push'),
      step: (delta) => this.#step(delta),
      zoomBy: (factor, around) => this.#zoomBy(factor, around),
      openCluster: (cluster: SceneCluster) => {
        const window = this.#zoom.window();
        const along = this.#orientation === 'horizontal' ? cluster.x : cluster.y;
        const at = window.start + (along / this.#axisLength(window.end - window.start)) * (window.end - window.start);
        this.show({ window: windowOpening({ start: cluster.start, end: cluster.end, at }, window) }, 'push', true);
        requestAnimationFrame(() => this.#roving.request(this.#orientation === 'vertical'));
      },
      reset: () => this.show({ window: this.#data.defaultWindow }, 'push', true),
      clearFilter: () => this.show({ filter: {}, window: this.#zoom.window() }, 'push'),
      closeCard: () => {
        this.show({ event: null }, 'push');
        this.#roving.request(this.#orientation === 'vertical');
      },
      open: (slug) => {
        // An embed's links open in a new tab, never in the frame: the same target as its <base>.
        const url = `${this.#root.dataset.eventsBase}${slug}/`;
        const target = document.querySelector('base[target]')?.getAttribute('target');
        if (target) globalThis.open(url, target, 'noopener');
        else globalThis.location.assign(url);
      },
    };
  }

  // ---- size and drawing ------------------------------------------------------------------------

  #measure(): void {
    const viewport = this.#find<HTMLElement>('[data-viewport]');
    this.#measuredWidth = viewport.clientWidth;
    const width = viewport.clientWidth || 1000;
    // The embed sets its own threshold (data-narrow-max): frames are short, phones are tall.
    const narrowMax = Number(this.#root.dataset.narrowMax) || NARROW_MAX_WIDTH;
    this.#orientation = width <= narrowMax ? 'vertical' : 'horizontal';
    this.#options = layoutOptionsFor(this.#orientation, this.#data.lanes.length, width, globalThis.innerHeight);
    this.#root.classList.toggle('is-vertical', this.#orientation === 'vertical');
    const horizontal = this.#orientation === 'horizontal';
    this.#cross = horizontal ? 0 : width;
    this.#zoom.resize(horizontal ? width : verticalLength(this.#data.extent.end - this.#data.extent.start));
    this.#overview.setup(viewport.clientWidth);
  }

  #scheduleDraw(transform: ZoomTransform): void {
    this.#showWindowData(this.#zoom.window(transform));
    if (!this.#pendingTransform) {
      requestAnimationFrame(() => {
        const latest = this.#pendingTransform!;
        this.#pendingTransform = null;
        this.#draw(this.#zoom.window(latest));
      });
    }
    this.#pendingTransform = transform;
  }

  /** The shown window, for scripts and tests that need to know what the reader sees. */
  #showWindowData(window: TimeWindow): void {
    this.#root.dataset.from = isoInstant(window.start);
    this.#root.dataset.to = isoInstant(window.end);
  }

  #draw(window: TimeWindow): void {
    const data = this.#data;
    const orientation = this.#orientation;
    const length = orientation === 'horizontal' ? this.#zoom.axisLength : verticalLength(window.end - window.start);
    const scene = (this.#scene = buildScene(data.items, data.lanes.map((l) => l.label), { orientation, length, start: window.start, end: window.end, eras: data.eras }, this.#cross, this.#options, this.#include, this.#active));
    writeAttributes(this.#svg, renderSvgAttributes(scene));
    const eventsBase = this.#root.dataset.eventsBase!;
    const elements = renderLayers(scene, { event: (slug) => `${eventsBase}${slug}/`, cluster: () => '#chronology' });
    const unfocusable = (node: Element) => node.setAttribute('tabindex', '-1');
    drawLayer(this.#layers.eras, elements.eras);
    drawLayer(this.#layers.lanes, elements.lanes);
    drawLayer(this.#layers.axis, elements.axis);
    drawLayer(this.#layers.marks, elements.marks, unfocusable);
    drawLayer(this.#layers.clusters, elements.clusters, unfocusable);
    this.#roving.update();
    this.#overview.draw(window);
    this.#map?.draw(data.items, window, this.#includeAnywhere, this.#filter.place);
    this.#find<HTMLElement>('[data-span]').textContent = yearSpan(window.start, window.end);
    this.#showWindowData(window);
    this.#placeCard();
    this.#announce();
  }

  #announce(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = globalThis.setTimeout(() => {
      const window = this.#zoom.window();
      const count = this.#scene?.layout.visibleCount ?? 0;
      const selected = this.#active ? `; selected ${this.#bySlug.get(this.#active)?.title}` : '';
      this.#find<HTMLElement>('[data-live]').textContent = `Showing ${yearSpan(window.start, window.end)}: ${count} event${count === 1 ? '' : 's'}${selected}.`;
    }, ANNOUNCE_DELAY_MS);
  }

  #showFilter(): void {
    const { lane, tag, place } = this.#filter;
    const laneLabel = lane ? this.#data.lanes.find((l) => l.id === lane)?.label : undefined;
    const parts = [lane ? `theme “${laneLabel}”` : '', tag ? `tag “${tag}”` : '', place ? `place “${this.#data.places[place] ?? place}”` : ''].filter(Boolean);
    this.#find<HTMLElement>('[data-filter]').hidden = parts.length === 0;
    this.#find<HTMLElement>('[data-filter-text]').textContent = parts.length ? `Showing only events with ${parts.join(' and ')}.` : '';
  }
}

if (!customElements.get('timeline-view')) customElements.define('timeline-view', TimelineView);
