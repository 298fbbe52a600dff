// The timeline's client shell: draws the scene that src/lib/timeline computes, and turns
// wheel, drag, touch, buttons and keys into view changes. Every view change — first view,
// deep link, back/forward, zoom, stepping, "whole period" — goes through setView().
import { select, type Selection } from 'd3-selection';
import type {} from 'd3-transition'; // selection.transition(), which d3-zoom installs
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { timeScale, type TimeScale } from '../lib/timeline/time-scale.ts';
import { buildScene, FRAME, type Scene, type SceneCluster, type SceneMark } from '../lib/timeline/scene.ts';
import { layoutOptionsFor, MIN_SPAN_MS, NARROW_MAX_WIDTH, verticalLength } from '../lib/timeline/options.ts';
import { parseView, serializeView, type TimeWindow, type ViewState } from '../lib/timeline/view-state.ts';
import { describeCertainty, type TimelineItem } from '../lib/timeline/items.ts';
import { FADE_PX, layoutTimeline, type LayoutOptions } from '../lib/timeline/layout.ts';
import { axisTicks } from '../lib/timeline/ticks.ts';
import { formatYear } from '../lib/dates/format.ts';
import { roundToTenth as tenth } from '../lib/round.ts';
import type { TimelineData } from '../data/timeline.ts';

type History = 'push' | 'replace' | 'none';
type SVG = Selection<SVGSVGElement, unknown, null, undefined>;

const ZOOM_STEP = 2;
const URL_DELAY_MS = 250;
const ANNOUNCE_DELAY_MS = 600;
const prefersReducedMotion = () => globalThis.matchMedia('(prefers-reduced-motion: reduce)').matches;

const spanText = (w: TimeWindow) => {
  const a = formatYear(new Date(w.start).getUTCFullYear());
  const b = formatYear(new Date(w.end).getUTCFullYear());
  return a === b ? a : `${a}–${b}`;
};

/** Enhances the build-time timeline inside `root` into the interactive one. */
export async function enhanceTimeline(root: HTMLElement): Promise<void> {
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const svgNode = q<SVGSVGElement>('[data-svg]');
  const viewport = q<HTMLElement>('[data-viewport]');
  const live = q<HTMLElement>('[data-live]');
  const notice = q<HTMLElement>('[data-notice]');
  const card = q<HTMLElement>('[data-card]');
  const spanLabel = q<HTMLElement>('[data-span]');
  let data: TimelineData;
  try {
    const response = await fetch(root.dataset.src!);
    data = (await response.json()) as TimelineData;
  } catch {
    return; // the build-time timeline and the list below still work
  }
  const items = data.items;
  const bySlug = new Map(items.map((item) => [item.slug, item]));
  const inOrder = [...items].sort((a, b) => a.order - b.order);
  const laneIds = data.lanes.map((l) => l.id);
  const laneLabels = data.lanes.map((l) => l.label);
  const tags = new Set(items.flatMap((i) => i.tags));
  const eventsBase = root.dataset.eventsBase!;

  root.classList.add('is-interactive');
  q<HTMLElement>('[data-toolbar]').hidden = false;
  q<HTMLElement>('[data-overview]').hidden = false;

  // State that is not derivable from the zoom transform.
  let orientation: 'horizontal' | 'vertical' = 'horizontal';
  let options: LayoutOptions;
  let length = 0; // time axis in px
  let cross = 0; // the other dimension in px
  let base: TimeScale; // never changes after setup for a given size; the zoom rescales it
  let activeSlug: string | undefined;
  let filter: { lane?: string; tag?: string } = {};
  let scene: Scene | undefined;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let focusPending = false;
  let focusInside = false;

  const include = (item: TimelineItem) =>
    (!filter.lane || laneIds[item.lane] === filter.lane) && (!filter.tag || item.tags.includes(filter.tag));

  const svg: SVG = select(svgNode);
  svg.selectAll('*').remove();
  const layers = Object.fromEntries(['eras', 'lanes', 'axis', 'marks', 'clusters'].map((name) => [name, svg.append('g').attr('class', `tl-${name}`)])) as Record<string, Selection<SVGGElement, unknown, null, undefined>>;
  svg.attr('role', 'group').attr('tabindex', null);

  const zoom: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .filter((event: Event & { button?: number; ctrlKey?: boolean; type: string }) => {
      if (orientation === 'vertical') return false; // the column scrolls with the page; buttons and keys zoom it
      if (event.type === 'wheel') return true;
      if (event.type === 'dblclick') return !(event.target as Element).closest('.tl-mark, .tl-cluster');
      return !event.button;
    })
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
      scheduleDraw(event.transform);
      // Gestures replace the history entry as they go; setView() records deliberate moves itself.
      if (event.sourceEvent) scheduleUrl(currentWindow(event.transform), 'replace');
    });

  function currentWindow(transform: ZoomTransform = (svgNode as unknown as { __zoom: ZoomTransform }).__zoom ?? zoomIdentity): TimeWindow {
    const [start, end] = transform.rescaleX(base).domain();
    return { start, end };
  }

  function transformFor(window: TimeWindow): ZoomTransform {
    const k = (base.range()[1] - base.range()[0]) / (base(window.end) - base(window.start));
    return zoomIdentity.scale(k).translate(-base(window.start), 0);
  }

  let measuredWidth = -1;
  function measure(): void {
    measuredWidth = viewport.clientWidth;
    const width = viewport.clientWidth || 1000;
    orientation = width <= NARROW_MAX_WIDTH ? 'vertical' : 'horizontal';
    options = layoutOptionsFor(orientation, data.lanes.length, width);
    root.classList.toggle('is-vertical', orientation === 'vertical');
    const fullSpan = data.extent.end - data.extent.start;
    if (orientation === 'horizontal') {
      length = width;
      cross = 0;
    } else {
      length = verticalLength(fullSpan);
      cross = width;
    }
    base = timeScale([data.extent.start, data.extent.end], [0, length]);
    const maxK = fullSpan / MIN_SPAN_MS;
    zoom.scaleExtent([1, maxK]).translateExtent([[0, 0], [length, length]]).extent([[0, 0], [length, length]]);
  }

  // ---- drawing -----------------------------------------------------------------------------

  // A wheel or pinch can fire several zoom events in one frame: draw once per frame, the latest.
  let pendingTransform: ZoomTransform | null = null;
  function scheduleDraw(transform: ZoomTransform): void {
    const window = currentWindow(transform);
    root.dataset.from = new Date(window.start).toISOString();
    root.dataset.to = new Date(window.end).toISOString();
    if (!pendingTransform) {
      requestAnimationFrame(() => {
        const latest = pendingTransform!;
        pendingTransform = null;
        draw(latest);
      });
    }
    pendingTransform = transform;
  }

  function draw(transform: ZoomTransform): void {
    const window = currentWindow(transform);
    const axisLength = orientation === 'horizontal' ? length : verticalLength(window.end - window.start);
    scene = buildScene(items, laneLabels, { orientation, length: axisLength, start: window.start, end: window.end }, cross, options, include, activeSlug);
    const horizontal = orientation === 'horizontal';
    svg.attr('viewBox', `0 0 ${scene.width} ${scene.height}`).attr('width', horizontal ? null : scene.width).attr('height', horizontal ? null : scene.height);
    const alongAttr = horizontal ? 'x' : 'y';
    const acrossAttr = horizontal ? 'y' : 'x';
    const alongSize = horizontal ? 'width' : 'height';
    const acrossSize = horizontal ? 'height' : 'width';
    const lanesEnd = horizontal ? scene.height - FRAME.axis : scene.height;

    layers.eras.selectAll<SVGGElement, Scene['eras'][number]>('g').data(scene.eras, (d) => d.key).join((enter) => {
      const g = enter.append('g').attr('class', (d) => `tl-era tl-era--${d.kind}`);
      g.append('rect');
      g.append('text');
      return g;
    }).each(function (d) {
      const g = select(this);
      const strip = d.kind === 'reign' ? 0 : FRAME.eraStrip;
      const stripAcross = horizontal ? strip : FRAME.verticalAxis - FRAME.eraStrip * (d.kind === 'reign' ? 2 : 1);
      g.select('rect').attr(alongAttr, d.from).attr(alongSize, Math.max(0, d.to - d.from))
        .attr(acrossAttr, d.kind === 'reign' ? (horizontal ? 0 : stripAcross) : stripAcross)
        .attr(acrossSize, d.kind === 'reign' && horizontal ? lanesEnd : FRAME.eraStrip);
      g.select('text').text(d.label)
        .attr('x', horizontal ? d.from + 4 : stripAcross + 13)
        .attr('y', horizontal ? strip + 13 : d.from + 4)
        .attr('transform', horizontal ? null : `rotate(90 ${stripAcross + 13} ${d.from + 4})`);
    });

    layers.lanes.selectAll<SVGGElement, Scene['lanes'][number]>('g').data(horizontal ? scene.lanes : [], (d) => d.key).join((enter) => {
      const g = enter.append('g').attr('class', (_, i) => `tl-lane lane-${i + 1}`);
      g.append('rect');
      g.append('text');
      return g;
    }).each(function (d) {
      const g = select(this);
      g.select('rect').attr('x', 0).attr('y', d.from).attr('width', scene!.width).attr('height', d.size);
      g.select('text').attr('x', 4).attr('y', d.from + 12).text(d.label);
    });

    layers.axis.selectAll<SVGGElement, Scene['ticks'][number]>('g').data(scene.ticks, (d) => String(d.time)).join((enter) => {
      const g = enter.append('g');
      g.append('line');
      g.append('text');
      return g;
    }).attr('class', (d) => (d.major ? 'tl-tick is-major' : 'tl-tick')).each(function (d) {
      const g = select(this);
      if (horizontal) {
        g.select('line').attr('x1', d.at).attr('x2', d.at).attr('y1', FRAME.eraStrip * 2).attr('y2', lanesEnd);
        g.select('text').attr('x', d.at).attr('y', scene!.height - 12).text(d.label);
      } else {
        g.select('line').attr('x1', FRAME.verticalAxis).attr('x2', scene!.width).attr('y1', d.at).attr('y2', d.at);
        g.select('text').attr('x', 4).attr('y', d.at + 4).text(d.label);
      }
    });

    // Marks and clusters sit at translate(x, y), their parts at fixed offsets inside: while the
    // reader zooms or drags, most of them change one attribute a frame. Keyed by kind as well:
    // a mark that turns from point to bar is rebuilt with the parts its kind needs.
    layers.marks.selectAll<SVGAElement, SceneMark>('a').data(scene.marks, (d) => `${d.kind}:${d.key}`).join((enter) =>
      enter.append<SVGAElement>('a').attr('tabindex', -1).each(function (d) { buildMark(this, d); }),
    ).each(function (d) { updateMark(this, d, horizontal); });

    layers.clusters.selectAll<SVGAElement, SceneCluster>('a').data(scene.clusters, (d) => d.key).join((enter) =>
      enter.append<SVGAElement>('a').attr('tabindex', -1).attr('href', '#chronology').each(function () { buildCluster(this); }),
    ).each(function (d) { updateCluster(this, d); });

    updateRovingFocus();
    drawOverview(window);
    spanLabel.textContent = spanText(window);
    // The shown window, for scripts and tests that need to know what the reader sees.
    root.dataset.from = new Date(window.start).toISOString();
    root.dataset.to = new Date(window.end).toISOString();
    scheduleAnnouncement();
  }

  // ---- marks and clusters: built once, then only what changed is written ---------------------

  type Parts = Record<'hit' | 'label', SVGElement> & Partial<Record<'dot' | 'bar' | 'fuzzStart' | 'fuzzEnd' | 'open' | 'circle' | 'count', SVGElement>>;
  type Drawn = SVGAElement & { __parts: Parts };
  const SVG_NS = 'http://www.w3.org/2000/svg';

  /** Sets an attribute unless it already has that value: writing even an equal value costs style and layout. */
  function put(node: SVGElement & { __attrs?: Map<string, string> }, name: string, value: string | number): void {
    const text = typeof value === 'number' ? String(tenth(value)) : value;
    node.__attrs ??= new Map();
    if (node.__attrs.get(name) === text) return;
    node.__attrs.set(name, text);
    node.setAttribute(name, text);
  }

  function putText(node: SVGElement, text: string): void {
    if (node.textContent !== text) node.textContent = text;
  }

  function child(parent: Element, tag: string, className: string): SVGElement {
    const node = document.createElementNS(SVG_NS, tag);
    node.setAttribute('class', className);
    parent.append(node);
    return node;
  }

  function buildMark(node: SVGAElement, d: SceneMark): void {
    const parts = { hit: child(node, 'rect', 'tl-hit') } as Parts;
    if (d.kind === 'point') {
      parts.dot = child(node, 'circle', 'tl-dot');
      parts.dot.setAttribute('r', String(options.markRadius));
    } else {
      parts.bar = child(node, 'rect', 'tl-bar');
      parts.bar.setAttribute('rx', '3');
      if (d.classes.includes('is-fuzzy-start')) parts.fuzzStart = child(node, 'rect', 'tl-fuzz tl-fuzz--start');
      if (d.classes.includes('is-fuzzy-end')) parts.fuzzEnd = child(node, 'rect', 'tl-fuzz tl-fuzz--end');
      if (d.classes.includes('is-open-end')) parts.open = child(node, 'path', 'tl-open');
    }
    parts.label = child(node, 'text', 'tl-label');
    (node as Drawn).__parts = parts;
  }

  function updateMark(node: SVGAElement, d: SceneMark, horizontal: boolean): void {
    const a = node as Drawn;
    const parts = a.__parts;
    put(a, 'class', `${d.classes}${d.slug === activeSlug ? ' is-active' : ''}`);
    put(a, 'href', `${eventsBase}${d.slug}/`);
    put(a, 'aria-label', d.ariaLabel);
    put(a, 'data-key', d.key);
    put(a, 'transform', `translate(${tenth(d.x)},${tenth(d.y)})`);
    // Along the time axis and across it, relative to the mark's start.
    const box = (part: SVGElement | undefined, from: number, length: number, across: number) => {
      if (!part) return;
      put(part, horizontal ? 'x' : 'y', from);
      put(part, horizontal ? 'y' : 'x', -across / 2);
      put(part, horizontal ? 'width' : 'height', length);
      put(part, horizontal ? 'height' : 'width', across);
    };
    if (d.kind === 'point') {
      // A 24 px target around every mark (WCAG 2.5.8), however small the mark.
      box(parts.hit, -12, 24, 24);
    } else {
      const length = Math.max(2, d.end - (horizontal ? d.x : d.y));
      const fuzz = Math.min(FADE_PX, length * 0.25);
      box(parts.hit, -6, length + 12, 24);
      box(parts.bar, 0, length, 12);
      box(parts.fuzzStart, 0, fuzz, 12);
      box(parts.fuzzEnd, length - fuzz, fuzz, 12);
      if (parts.open) put(parts.open, 'd', horizontal ? `M${tenth(length)},-7 l9,7 l-9,7 z` : `M-7,${tenth(length)} l7,9 l7,-9 z`);
    }
    putLabel(parts.label, d);
  }

  function putLabel(label: SVGElement, d: { x: number; y: number; labelX: number; labelY: number; labelAnchor: string; label: string; labelled: boolean }): void {
    put(label, 'x', d.labelX - d.x);
    put(label, 'y', d.labelY - d.y);
    put(label, 'text-anchor', d.labelAnchor);
    put(label, 'class', d.labelled ? 'tl-label' : 'tl-label is-hidden');
    putText(label, d.label);
  }

  function buildCluster(node: SVGAElement): void {
    const circle = child(node, 'circle', 'tl-cluster__dot');
    circle.setAttribute('r', String(options.clusterRadius));
    (node as Drawn).__parts = { hit: circle, circle, count: child(node, 'text', 'tl-count'), label: child(node, 'text', 'tl-label') };
  }

  function updateCluster(node: SVGAElement, d: SceneCluster): void {
    const a = node as Drawn;
    put(a, 'class', `tl-cluster lane-${d.lane + 1}`);
    put(a, 'aria-label', d.ariaLabel);
    put(a, 'data-key', d.key);
    put(a, 'transform', `translate(${tenth(d.x)},${tenth(d.y)})`);
    putText(a.__parts.count!, String(d.count));
    putLabel(a.__parts.label, d);
  }

  // ---- one path for every view change ------------------------------------------------------

  /** Shows a time window (and optionally selects an event), recording it in history as asked. */
  function setView(window: TimeWindow, { history, animate = false }: { history: History; animate?: boolean }): void {
    const clamped = clampWindow(window);
    scheduleUrl(clamped, history);
    const target = transformFor(clamped);
    if (animate && !prefersReducedMotion() && orientation === 'horizontal') {
      svg.transition().duration(350).call(zoom.transform, target);
    } else {
      svg.call(zoom.transform, target);
    }
    if (orientation === 'vertical') revealActiveInPage();
  }

  function clampWindow(window: TimeWindow): TimeWindow {
    let { start, end } = window;
    if (end - start < MIN_SPAN_MS) {
      const mid = (start + end) / 2;
      [start, end] = [mid - MIN_SPAN_MS / 2, mid + MIN_SPAN_MS / 2];
    }
    const span = Math.min(end - start, data.extent.end - data.extent.start);
    if (start < data.extent.start) [start, end] = [data.extent.start, data.extent.start + span];
    if (end > data.extent.end) [start, end] = [data.extent.end - span, data.extent.end];
    return { start, end };
  }

  function scheduleUrl(window: TimeWindow, history: History): void {
    if (history === 'none') return;
    clearTimeout(urlTimer);
    const write = () => {
      const view: ViewState = { window, event: activeSlug, ...filter };
      const url = `${location.pathname}?${serializeView(view)}${location.hash}`;
      if (url === `${location.pathname}${location.search}${location.hash}`) return;
      if (history === 'push') globalThis.history.pushState(null, '', url);
      else globalThis.history.replaceState(null, '', url);
    };
    if (history === 'push') write();
    else urlTimer = globalThis.setTimeout(write, URL_DELAY_MS);
  }

  function scheduleAnnouncement(): void {
    clearTimeout(announceTimer);
    announceTimer = globalThis.setTimeout(() => {
      const window = currentWindow();
      const count = scene?.layout.visibleCount ?? 0;
      live.textContent = `Showing ${spanText(window)}: ${count} event${count === 1 ? '' : 's'}${activeSlug ? `; selected ${bySlug.get(activeSlug)?.title}` : ''}.`;
    }, ANNOUNCE_DELAY_MS);
  }

  // ---- events: selecting, stepping, the card --------------------------------------------------

  /** The window in which an event shows as a mark of its own (not in a cluster), near the current one. */
  function windowShowing(item: TimelineItem, from: TimeWindow): TimeWindow {
    let window = from;
    const itemSpan = item.end - item.start;
    if (itemSpan > (window.end - window.start) * 0.8) {
      const pad = itemSpan * 0.15;
      return { start: item.start - pad, end: item.end + pad };
    }
    if (item.start < window.start || item.end > window.end) {
      const span = window.end - window.start;
      const mid = (item.start + item.end) / 2;
      window = { start: mid - span / 2, end: mid + span / 2 };
    }
    for (let i = 0; i < 24; i++) {
      const span = window.end - window.start;
      const axis = orientation === 'horizontal' ? length : verticalLength(span);
      const k = axis / span;
      const layout = layoutTimeline([item, ...neighbours(item, window)], (t) => (t - window.start) * k, window, options, include);
      if (layout.marks.some((m) => m.item.slug === item.slug) || span <= MIN_SPAN_MS) break;
      const mid = (item.start + item.end) / 2;
      window = { start: mid - span / 4, end: mid + span / 4 };
    }
    return window;
  }

  function neighbours(item: TimelineItem, window: TimeWindow): TimelineItem[] {
    return items.filter((other) => other !== item && other.lane === item.lane && other.end >= window.start && other.start <= window.end);
  }

  function select_(slug: string | undefined, history: History): void {
    activeSlug = slug;
    const item = slug ? bySlug.get(slug) : undefined;
    showCard(item);
    if (item) setView(windowShowing(item, currentWindow()), { history, animate: true });
    else { draw(currentZoom()); scheduleUrl(currentWindow(), history); }
  }

  function currentZoom(): ZoomTransform {
    return (svgNode as unknown as { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
  }

  function step(delta: number | 'first' | 'last'): void {
    const visible = inOrder.filter(include);
    if (!visible.length) return;
    let index: number;
    const current = activeSlug ? visible.findIndex((i) => i.slug === activeSlug) : -1;
    if (delta === 'first') index = 0;
    else if (delta === 'last') index = visible.length - 1;
    else if (current === -1) {
      const window = currentWindow();
      index = Math.max(0, visible.findIndex((i) => i.end >= window.start));
    } else index = Math.min(visible.length - 1, Math.max(0, current + delta));
    select_(visible[index].slug, 'push');
    focusActive();
  }

  function showCard(item: TimelineItem | undefined): void {
    card.hidden = !item;
    if (!item) return;
    q<HTMLElement>('[data-card-lane]').textContent = laneLabels[item.lane] ?? '';
    q<HTMLElement>('[data-card-title]').textContent = item.title;
    const time = q<HTMLTimeElement>('[data-card-date]');
    time.textContent = item.dateText;
    time.dateTime = item.iso;
    const certainty = describeCertainty(item);
    q<HTMLElement>('[data-card-certainty]').textContent = certainty ? `(${certainty})` : '';
    q<HTMLElement>('[data-card-summary]').textContent = item.summary;
    q<HTMLAnchorElement>('[data-card-link]').href = `${eventsBase}${item.slug}/`;
    q<HTMLAnchorElement>('[data-card-link]').setAttribute('aria-label', `Read and cite: ${item.title}`);
  }

  // ---- focus: the timeline is one tab stop ----------------------------------------------------

  function focusTarget(): SVGAElement | null {
    const active = activeSlug ? svgNode.querySelector<SVGAElement>(`.tl-mark[data-key="${CSS.escape(activeSlug)}"]`) : null;
    return active ?? svgNode.querySelector<SVGAElement>('.tl-mark, .tl-cluster');
  }

  let tabStop: SVGAElement | null = null;
  function updateRovingFocus(): void {
    // A focused mark that is redrawn away (into a cluster, out of view) must not drop focus on the page.
    const hadFocus = focusInside && (document.activeElement === document.body || document.activeElement === null);
    const target = focusTarget();
    // Marks are drawn with tabindex -1: only the old and the new tab stop change.
    if (tabStop !== target) {
      tabStop?.setAttribute('tabindex', '-1');
      tabStop = target;
    }
    target?.setAttribute('tabindex', '0');
    svgNode.setAttribute('tabindex', target ? '-1' : '0');
    // Focus follows the active event once its mark exists (it may appear only as the view moves).
    const arrived = focusPending && target !== null && (!activeSlug || target.dataset.key === activeSlug);
    if (arrived || hadFocus) {
      (target ?? svgNode).focus({ preventScroll: true });
      if (arrived) focusPending = false;
    }
  }

  /** Asks for focus on the active event's mark, now or as soon as it is drawn. */
  function focusActive(): void {
    focusPending = true;
    updateRovingFocus();
    if (orientation === 'vertical') revealActiveInPage();
  }

  function revealActiveInPage(): void {
    if (!activeSlug) return;
    requestAnimationFrame(() => focusTarget()?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' }));
  }

  // ---- input ----------------------------------------------------------------------------------

  function zoomBy(factor: number, around?: number): void {
    const window = currentWindow();
    const centre = around ?? (activeSlug ? (bySlug.get(activeSlug)!.start + bySlug.get(activeSlug)!.end) / 2 : (window.start + window.end) / 2);
    const span = (window.end - window.start) / factor;
    const ratio = (centre - window.start) / (window.end - window.start);
    setView({ start: centre - span * ratio, end: centre + span * (1 - ratio) }, { history: 'push', animate: true });
  }

  svg.call(zoom).on('dblclick.zoom', null);
  svgNode.addEventListener('dblclick', (event) => {
    if ((event.target as Element).closest('.tl-mark, .tl-cluster') || orientation === 'vertical') return;
    const box = svgNode.getBoundingClientRect();
    const x = (event.clientX - box.left) * (length / box.width);
    zoomBy(event.shiftKey ? 1 / ZOOM_STEP : ZOOM_STEP, currentZoom().rescaleX(base).invert(x));
  });

  svgNode.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>('.tl-mark');
    const cluster = (event.target as Element).closest<SVGAElement>('.tl-cluster');
    if (mark) {
      event.preventDefault();
      select_(mark.dataset.key, 'push');
      mark.focus({ preventScroll: true });
    } else if (cluster) {
      event.preventDefault();
      const c = scene?.clusters.find((d) => d.key === cluster.dataset.key);
      if (c) {
        const pad = Math.max((c.end - c.start) * 0.3, MIN_SPAN_MS);
        setView({ start: c.start - pad, end: c.end + pad }, { history: 'push', animate: true });
        requestAnimationFrame(() => focusActive());
      }
    }
  });

  svgNode.addEventListener('focusin', () => { focusInside = true; });
  svgNode.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !svgNode.contains(next)) focusInside = false;
  });
  svgNode.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onCluster = (event.target as Element).closest?.('.tl-cluster');
    switch (event.key) {
      case 'ArrowRight': case 'ArrowDown': case 'n': case 'PageDown': step(1); break;
      case 'ArrowLeft': case 'ArrowUp': case 'p': case 'PageUp': step(-1); break;
      case 'Home': step('first'); break;
      case 'End': step('last'); break;
      case '+': case '=': zoomBy(ZOOM_STEP); break;
      case '-': case '_': zoomBy(1 / ZOOM_STEP); break;
      case 'Escape': if (activeSlug) select_(undefined, 'push'); break;
      case 'Enter':
        if (onCluster) { (onCluster as SVGAElement).dispatchEvent(new MouseEvent('click', { bubbles: true })); break; }
        if (activeSlug) globalThis.location.assign(`${eventsBase}${activeSlug}/`);
        else step(1);
        break;
      default: return;
    }
    event.preventDefault();
  });

  root.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'zoom-in') zoomBy(ZOOM_STEP);
    else if (action === 'zoom-out') zoomBy(1 / ZOOM_STEP);
    else if (action === 'reset') setView(data.defaultWindow, { history: 'push', animate: true });
    else if (action === 'clear-filter') {
      filter = {};
      showFilter();
      setView(currentWindow(), { history: 'push' });
    } else if (action === 'close-card') { select_(undefined, 'push'); focusActive(); }
  });
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') { select_(undefined, 'push'); focusActive(); }
  });

  // ---- overview (minimap) ---------------------------------------------------------------------

  const overviewNode = q<SVGSVGElement>('[data-overview-svg]');
  const overview = select(overviewNode);
  const OVERVIEW_HEIGHT = 44;
  let overviewWidth = 0;
  let overviewScale: TimeScale;

  function setupOverview(): void {
    overviewWidth = overviewNode.clientWidth || viewport.clientWidth || 1000;
    overviewScale = timeScale([data.extent.start, data.extent.end], [0, overviewWidth]);
    overview.attr('viewBox', `0 0 ${overviewWidth} ${OVERVIEW_HEIGHT}`).attr('height', OVERVIEW_HEIGHT).selectAll('*').remove();
    const laneHeight = (OVERVIEW_HEIGHT - 14) / data.lanes.length;
    // One path per lane, whatever the number of events: the overview never grows with N.
    data.lanes.forEach((_, lane) => {
      const d = items.filter((i) => i.lane === lane).map((i) => `M${overviewScale(i.start).toFixed(1)},${(lane * laneHeight + 1).toFixed(1)}v${(laneHeight - 1).toFixed(1)}`).join('');
      overview.append('path').attr('class', `tl-overview-ticks lane-${lane + 1}`).attr('d', d);
    });
    // Labels are centred on their year: one too near an edge would be cut ("90" for 1890).
    const years = axisTicks(data.extent.start, data.extent.end, overviewWidth, 60).ticks.filter((t) => overviewScale(t.time) >= 20 && overviewScale(t.time) <= overviewWidth - 20);
    overview.append('g').attr('class', 'tl-overview-axis').selectAll('text').data(years).join('text')
      .attr('x', (d) => overviewScale(d.time)).attr('y', OVERVIEW_HEIGHT - 2).text((d) => d.label);
    overview.append('rect').attr('class', 'tl-overview-window').attr('y', 0).attr('height', OVERVIEW_HEIGHT - 12);
  }

  function drawOverview(window: TimeWindow): void {
    if (!overviewScale) return;
    const x0 = overviewScale(window.start);
    const x1 = overviewScale(window.end);
    overview.select('.tl-overview-window').attr('x', x0).attr('width', Math.max(3, x1 - x0));
  }

  function overviewTime(clientX: number): number {
    const box = overviewNode.getBoundingClientRect();
    return overviewScale.invert(((clientX - box.left) / box.width) * overviewWidth);
  }

  let dragFrom: { time: number; window: TimeWindow } | null = null;
  overviewNode.addEventListener('pointerdown', (event) => {
    overviewNode.setPointerCapture(event.pointerId);
    const window = currentWindow();
    const time = overviewTime(event.clientX);
    if (time < window.start || time > window.end) {
      const span = window.end - window.start;
      setView({ start: time - span / 2, end: time + span / 2 }, { history: 'push', animate: true });
    }
    dragFrom = { time, window: currentWindow() };
  });
  overviewNode.addEventListener('pointermove', (event) => {
    if (!dragFrom) return;
    const shift = overviewTime(event.clientX) - dragFrom.time;
    setView({ start: dragFrom.window.start + shift, end: dragFrom.window.end + shift }, { history: 'replace' });
  });
  const endDrag = () => { dragFrom = null; };
  overviewNode.addEventListener('pointerup', endDrag);
  overviewNode.addEventListener('pointercancel', endDrag);
  overviewNode.setAttribute('tabindex', '0');
  overviewNode.addEventListener('keydown', (event) => {
    const window = currentWindow();
    const shift = (window.end - window.start) * 0.25;
    if (event.key === 'ArrowLeft') setView({ start: window.start - shift, end: window.end - shift }, { history: 'push' });
    else if (event.key === 'ArrowRight') setView({ start: window.start + shift, end: window.end + shift }, { history: 'push' });
    else return;
    event.preventDefault();
  });

  function showFilter(): void {
    const parts = [filter.lane ? `theme “${laneLabels[laneIds.indexOf(filter.lane)]}”` : '', filter.tag ? `tag “${filter.tag}”` : ''].filter(Boolean);
    q<HTMLElement>('[data-filter]').hidden = parts.length === 0;
    q<HTMLElement>('[data-filter-text]').textContent = parts.length ? `Showing only events with ${parts.join(' and ')}.` : '';
  }

  // ---- the URL: read at the edge, once per navigation -------------------------------------------

  function windowForEvent(slug: string): TimeWindow {
    return windowShowing(bySlug.get(slug)!, data.defaultWindow);
  }

  function applyUrl(history: History): void {
    const { view, notices } = parseView(new URLSearchParams(location.search), {
      slugs: new Set(bySlug.keys()),
      lanes: laneIds,
      tags,
      defaultWindow: data.defaultWindow,
      windowForEvent,
    });
    notice.hidden = notices.length === 0;
    notice.textContent = notices.join(' ');
    filter = { lane: view.lane, tag: view.tag };
    showFilter();
    activeSlug = view.event;
    showCard(view.event ? bySlug.get(view.event) : undefined);
    setView(view.window, { history });
  }

  globalThis.addEventListener('popstate', () => applyUrl('none'));
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  new ResizeObserver(() => {
    // Only a new width changes the drawing. The observer also reports the first size, and the
    // vertical timeline's height as it zooms: redrawing then would cut short a zoom under way
    // (a click on "Zoom in" just after the page loaded was lost).
    if (viewport.clientWidth === measuredWidth) return;
    clearTimeout(resizeTimer);
    resizeTimer = globalThis.setTimeout(() => {
      const window = currentWindow();
      measure();
      setupOverview();
      setView(window, { history: 'none' });
    }, 120);
  }).observe(viewport);

  measure();
  setupOverview();
  applyUrl('none');
  root.dataset.ready = 'true';
}
