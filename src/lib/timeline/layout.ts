import type { TimelineItem } from './items.ts';

/** Sizes that decide how marks are packed; all in pixels. */
export interface LayoutOptions {
  /** 'vertical' puts every lane in one column (narrow screens); 'horizontal' gives each lane its band. */
  orientation: 'horizontal' | 'vertical';
  laneCount: number;
  rowsPerLane: number;
  rowHeight: number;
  /** A mark's radius: points closer than this merge into a cluster. */
  markRadius: number;
  /** An event wider than this on screen is drawn as a bar from its start to its end. */
  minBarPx: number;
  /** Centres of points closer than this gather into a cluster. */
  clusterGapPx: number;
  /** A cluster's radius. */
  clusterRadius: number;
  /** Room above each lane's rows for its name. */
  laneHeaderPx: number;
  /** Vertical layout: the width of one column of marks. */
  columnWidthPx: number;
  /** Average width of one label character (horizontal), or a label's height (vertical). */
  labelCharPx: number;
  labelLineHeightPx: number;
  labelMaxChars: number;
  /** The shorter label tried when the full one fits nowhere. */
  shortLabelChars: number;
  gapPx: number;
}

/** One event drawn on its own. */
export interface MarkLayout {
  kind: 'point' | 'bar';
  item: TimelineItem;
  /** Position along the time axis: a point's centre, or a bar's start. */
  pos: number;
  /** A bar's end along the time axis (equal to pos for points). */
  pos2: number;
  lane: number;
  row: number;
  /** Whether its label fits; when not, the title is still in the mark's accessible name. */
  labelled: boolean;
  label: string;
  labelSide: LabelSide;
  /** Where a label inside a bar starts (past the bar's faded start, and inside the window). */
  labelStart?: number;
}

/** Several events too close to tell apart at this zoom, drawn as one mark with a count. */
export interface ClusterLayout {
  key: string;
  pos: number;
  lane: number;
  row: number;
  count: number;
  /** The time the cluster covers, to zoom to when it is chosen. */
  start: number;
  end: number;
  slugs: string[];
  labelled: boolean;
  label: string;
  labelSide: LabelSide;
}

/** Everything the renderer draws for one view: no maths is left for it to do. */
export interface TimelineLayout {
  marks: MarkLayout[];
  clusters: ClusterLayout[];
  /** Events in the window (marks plus the events inside clusters). */
  visibleCount: number;
  /** Marks whose labels did not fit. */
  hiddenLabels: number;
}

/** Sensible defaults for a wide screen. */
export const DEFAULT_LAYOUT: LayoutOptions = {
  orientation: 'horizontal',
  laneCount: 6,
  rowsPerLane: 3,
  rowHeight: 26,
  markRadius: 6,
  minBarPx: 24,
  clusterGapPx: 24,
  clusterRadius: 12,
  laneHeaderPx: 14,
  columnWidthPx: 16,
  labelCharPx: 7,
  labelLineHeightPx: 22,
  labelMaxChars: 38,
  shortLabelChars: 18,
  gapPx: 8,
};

/** How far a bar's faded (approximate or uncertain) end reaches into it, at most. */
export const FADE_PX = 24;

/** Where a label sits: over a long bar, after the mark, or before it (near the right edge). */
export type LabelSide = 'inside' | 'after' | 'before';

/** A body to place; labels are made only for what gets placed (most events end in clusters). */
type Placeable =
  | { type: 'mark'; kind: 'point' | 'bar'; item: TimelineItem; pos: number; pos2: number }
  | { type: 'cluster'; items: TimelineItem[]; pos: number; pos2: number };

/** Shortens a title to a label, at a word boundary. */
export function shortLabel(title: string, maxChars: number): string {
  if (title.length <= maxChars) return title;
  const cut = title.slice(0, maxChars - 1);
  if (title[maxChars - 1] === ' ') return `${cut.replace(/[\s,:;–-]+$/, '')}…`;
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > maxChars / 2 ? space : cut.length).replace(/[\s,:;–-]+$/, '')}…`;
}

function labelExtent(label: string, options: LayoutOptions): number {
  return options.orientation === 'horizontal' ? label.length * options.labelCharPx : options.labelLineHeightPx;
}

/** Points and bars of one lane, with near-coincident points gathered into clusters. */
function placeablesOf(items: TimelineItem[], toPx: (t: number) => number, options: LayoutOptions): Placeable[] {
  // One pass over the window's events; the extra last turn (no item) closes the last group.
  const out: Placeable[] = [];
  const { minBarPx, clusterGapPx } = options;
  let group: TimelineItem[] = [];
  let first = 0;
  let last = 0;
  for (let i = 0; i <= items.length; i++) {
    const item = items[i];
    let a = 0;
    let b = 0;
    if (item) {
      a = toPx(item.start);
      b = toPx(item.end);
      if (b - a >= minBarPx) {
        out.push({ type: 'mark', kind: 'bar', item, pos: a, pos2: b });
        continue;
      }
    }
    const centre = (a + b) / 2;
    // Points gather while each is near the last, but a cluster never reaches wider than two
    // gaps: a dense stretch becomes a row of clusters, each zooming into its own part of it,
    // not one cluster for the whole stretch.
    if (item && group.length && centre - last < clusterGapPx && centre - first <= 2 * clusterGapPx) {
      group.push(item);
      last = centre;
      continue;
    }
    if (group.length === 1) {
      out.push({ type: 'mark', kind: 'point', item: group[0], pos: first, pos2: first });
    } else if (group.length > 1) {
      const pos = (first + last) / 2;
      out.push({ type: 'cluster', items: group, pos, pos2: pos });
    }
    if (item) {
      group = [item];
      first = last = centre;
    }
  }
  return out.sort((p, q) => p.pos - q.pos);
}

function clusterOf(items: TimelineItem[], pos: number, lane: number, row: number, labelled: boolean, labelSide: LabelSide): ClusterLayout {
  return {
    key: `${lane}:${items[0].slug}:${items.length}`,
    pos,
    lane,
    row,
    count: items.length,
    start: items.reduce((min, i) => Math.min(min, i.start), Infinity),
    end: items.reduce((max, i) => Math.max(max, i.end), -Infinity),
    slugs: items.map((i) => i.slug),
    labelled,
    label: items.length === 1 ? '1 event' : `${items.length} events`,
    labelSide,
  };
}

/**
 * A cluster holding a point or cluster already placed and `placeable` too. A cluster grows in
 * place (a dense view merges thousands of events one by one; copying would be quadratic).
 */
function mergeIntoCluster(existing: MarkLayout | ClusterLayout, placeable: Placeable, lane: number, row: number, pos = (existing.pos + placeable.pos) / 2): ClusterLayout {
  const added = placeable.type === 'mark' ? [placeable.item] : placeable.items;
  const cluster = 'item' in existing ? clusterOf([existing.item], existing.pos, lane, row, false, 'after') : existing;
  for (const item of added) {
    cluster.slugs.push(item.slug);
    if (item.start < cluster.start) cluster.start = item.start;
    if (item.end > cluster.end) cluster.end = item.end;
  }
  cluster.count = cluster.slugs.length;
  cluster.key = `${lane}:${cluster.slugs[0]}:${cluster.count}`;
  cluster.label = `${cluster.count} events`;
  cluster.pos = pos;
  cluster.labelled = false;
  cluster.labelSide = 'after';
  return cluster;
}

/** The stretch of the time axis a label covers, in its row (horizontal) or its column of labels (vertical). */
export function labelSpan(element: MarkLayout | ClusterLayout, options: LayoutOptions): [number, number] {
  const radius = 'item' in element ? options.markRadius : options.clusterRadius;
  const pos2 = 'item' in element ? element.pos2 : element.pos;
  const width = labelExtent(element.label, options);
  if (options.orientation === 'vertical') {
    const centre = 'item' in element && element.kind === 'bar' ? element.pos + options.labelLineHeightPx / 2 : element.pos;
    return [centre - width / 2, centre + width / 2];
  }
  if (element.labelSide === 'inside') return [element.pos, element.pos];
  if (element.labelSide === 'before') return [element.pos - radius - options.gapPx / 2 - width, element.pos - radius];
  const start = Math.max(pos2, element.pos + radius) + options.gapPx / 2;
  return [start, start + width];
}

/** The focused event always shows its label; labels in its way give way instead. */
function labelFocused(slug: string, marks: MarkLayout[], clusters: ClusterLayout[], options: LayoutOptions, limit: number): void {
  const focused = marks.find((m) => m.item.slug === slug);
  if (!focused || focused.labelled) return;
  focused.labelled = true;
  if (options.orientation === 'horizontal') {
    const end = Math.max(focused.pos2, focused.pos + options.markRadius) + options.gapPx / 2 + labelExtent(focused.label, options);
    focused.labelSide = end <= limit ? 'after' : 'before';
  }
  const [from, to] = labelSpan(focused, options);
  const sameLine = (other: MarkLayout | ClusterLayout) => options.orientation === 'vertical' || (other.lane === focused.lane && other.row === focused.row);
  for (const other of [...marks, ...clusters]) {
    if (other === focused || !other.labelled || !sameLine(other)) continue;
    const [a, b] = labelSpan(other, options);
    if (a < to && from < b) other.labelled = false;
  }
}

/** The stretch of the time axis an element's body covers. */
function bodySpan(element: MarkLayout | ClusterLayout, options: LayoutOptions): [number, number] {
  if ('item' in element) return [element.pos - options.markRadius, Math.max(element.pos2, element.pos + options.markRadius)];
  return [element.pos - options.clusterRadius, element.pos + options.clusterRadius];
}

/**
 * First pass: puts every body in a row, before any label. A bar takes a row that is free
 * along its whole length; a point or cluster takes a row free of other points and clusters,
 * over a bar if it must (a bar that outlasts the window must not hide the events within it).
 * Each goes to the row that has been free the longest, which spreads marks out and leaves room
 * for labels. What finds no row joins the nearest cluster, or point, of the lane; a bar with
 * none to join starts a cluster where it enters the window. So a row holds at most one body per
 * few pixels, whatever the number of events.
 */
function placeBodies(placeables: Placeable[], lane: number, options: LayoutOptions, limit: number, out: (MarkLayout | ClusterLayout)[]): void {
  const rows = options.rowsPerLane;
  const pointEnds = new Array<number>(rows).fill(-Infinity); // where the row's last point or cluster ends
  const barEnds = new Array<number>(rows).fill(-Infinity);
  const lastPoint: (MarkLayout | ClusterLayout | null)[] = new Array(rows).fill(null);
  const { gapPx } = options;
  const place = (placed: MarkLayout | ClusterLayout, row: number, end: number) => {
    out.push(placed);
    if ('kind' in placed && placed.kind === 'bar') barEnds[row] = end;
    else {
      pointEnds[row] = end;
      lastPoint[row] = placed;
    }
  };
  for (const placeable of placeables) {
    const isBar = placeable.type === 'mark' && placeable.kind === 'bar';
    const radius = placeable.type === 'cluster' ? options.clusterRadius : options.markRadius;
    const bodyStart = placeable.pos - radius;
    const bodyEnd = Math.max(placeable.pos2, placeable.pos + radius);
    let row = -1;
    let rowEnd = Infinity;
    for (let r = 0; r < rows; r++) {
      const pointFree = pointEnds[r] + gapPx <= bodyStart;
      const barFree = barEnds[r] + gapPx <= bodyStart;
      if (!pointFree || (isBar && !barFree)) continue;
      // Rows free of bars first, then the row free the longest.
      const end = (barFree ? 0 : 1e12) + Math.max(pointEnds[r], barFree ? barEnds[r] : -Infinity);
      if (row === -1 || end < rowEnd) [row, rowEnd] = [r, end];
    }
    if (row !== -1) {
      const placed: MarkLayout | ClusterLayout = placeable.type === 'mark'
        ? { kind: placeable.kind, item: placeable.item, pos: placeable.pos, pos2: placeable.pos2, lane, row, labelled: false, label: shortLabel(placeable.item.title, options.labelMaxChars), labelSide: 'after' }
        : clusterOf(placeable.items, placeable.pos, lane, row, false, 'after');
      place(placed, row, bodyEnd);
      continue;
    }
    // No room: join the point or cluster that ends last (the nearest), or start a cluster.
    let target = -1;
    for (let r = 0; r < rows; r++) if (lastPoint[r] && (target === -1 || pointEnds[r] > pointEnds[target])) target = r;
    if (target !== -1) {
      const existing = lastPoint[target]!;
      const merged = mergeIntoCluster(existing, placeable, lane, target, isBar ? existing.pos : (existing.pos + placeable.pos) / 2);
      if (merged !== existing) out[out.lastIndexOf(existing)] = merged;
      lastPoint[target] = merged;
      pointEnds[target] = Math.max(pointEnds[target], merged.pos + options.clusterRadius);
      continue;
    }
    // Only bars so far, in every row. One bar is drawn as a point where it enters the window:
    // a cluster of one sat on its neighbours at every zoom (zooming never separates events that
    // overlap in time), and choosing it led nowhere. Several still gather into a cluster.
    row = barEnds.indexOf(Math.min(...barEnds));
    if (placeable.type === 'mark') {
      const at = Math.min(Math.max(placeable.pos, options.markRadius), limit - options.markRadius);
      place({ kind: 'point', item: placeable.item, pos: at, pos2: at, lane, row, labelled: false, label: shortLabel(placeable.item.title, options.labelMaxChars), labelSide: 'after' }, row, at + options.markRadius);
      continue;
    }
    const at = Math.min(Math.max(placeable.pos, options.clusterRadius), limit - options.clusterRadius);
    place(clusterOf(placeable.items, at, lane, row, false, 'after'), row, at + options.clusterRadius);
  }
}

/**
 * A cluster never covers a mark it does not hold. A cluster that had to sit over a bar in its
 * row (every row was taken there) takes that bar in: the bar is counted, listed and opened with
 * the cluster instead of being drawn half hidden under it. Choosing the cluster still narrows
 * the window (windowOpening), so the bar comes out again as the reader zooms in.
 */
function absorbCoveredBars(elements: (MarkLayout | ClusterLayout)[], options: LayoutOptions): void {
  const covered = new Set<MarkLayout>();
  for (const cluster of elements) {
    if ('item' in cluster) continue;
    const [c0, c1] = bodySpan(cluster, options);
    for (const bar of elements) {
      if (!('item' in bar) || bar.kind !== 'bar' || bar.row !== cluster.row || covered.has(bar)) continue;
      const [b0, b1] = bodySpan(bar, options);
      if (b0 >= c1 || b1 <= c0) continue;
      covered.add(bar);
      cluster.slugs.push(bar.item.slug);
      cluster.start = Math.min(cluster.start, bar.item.start);
      cluster.end = Math.max(cluster.end, bar.item.end);
      cluster.count = cluster.slugs.length;
      cluster.key = `${cluster.lane}:${cluster.slugs[0]}:${cluster.count}`;
      cluster.label = `${cluster.count} events`;
    }
  }
  if (!covered.size) return;
  const kept = elements.filter((element) => !covered.has(element as MarkLayout));
  elements.splice(0, elements.length, ...kept);
}

/**
 * What is taken along one row, pixel by pixel: a count per pixel of the bodies and labels
 * that cover it, each widened by a quarter gap on both sides (so two things that do not
 * touch here are at least half a gap apart). Checking a label is then a scan of its own
 * width, however many marks the row holds.
 */
class RowOccupancy {
  private readonly cells: Uint16Array;
  private readonly margin: number;
  constructor(length: number, margin: number) {
    this.cells = new Uint16Array(Math.max(1, Math.ceil(length) + 1));
    this.margin = margin;
  }
  private range(a: number, b: number): [number, number] {
    return [Math.max(0, Math.floor(a - this.margin)), Math.min(this.cells.length, Math.ceil(b + this.margin))];
  }
  add([a, b]: [number, number], by = 1): void {
    const [from, to] = this.range(a, b);
    for (let i = from; i < to; i++) this.cells[i] += by;
  }
  isFree(a: number, b: number): boolean {
    const [from, to] = this.range(a, b);
    for (let i = from; i < to; i++) if (this.cells[i]) return false;
    return true;
  }
}

/**
 * Second pass: gives labels to as many marks as fit, the focused event first, then in time
 * order; a label goes after its mark, before it, or over a long bar, in full or shortened,
 * wherever it touches no body and no other label in its row.
 */
function placeLabels(elements: (MarkLayout | ClusterLayout)[], options: LayoutOptions, limit: number, focus?: string): void {
  const rows = new Map<number, RowOccupancy>();
  const rowOf = (row: number) => {
    let occupancy = rows.get(row);
    if (!occupancy) rows.set(row, (occupancy = new RowOccupancy(limit, options.gapPx / 4)));
    return occupancy;
  };
  for (const element of elements) rowOf(element.row).add(bodySpan(element, options));
  const ordered = [...elements].sort((p, q) => Number('item' in q && q.item.slug === focus) - Number('item' in p && p.item.slug === focus) || p.pos - q.pos);
  for (const element of ordered) {
    const own = bodySpan(element, options);
    const occupancy = rowOf(element.row);
    // The whole title first: a label is shortened only where the zoom leaves no room for it.
    const labels = 'item' in element ? [element.item.title, element.label, shortLabel(element.item.title, options.shortLabelChars)] : [element.label];
    const isBar = 'item' in element && element.kind === 'bar';
    // A label may sit over its own bar, never over anything else.
    occupancy.add(own, -1);
    search: for (const label of [...new Set(labels)]) {
      const width = labelExtent(label, options);
      const candidates: [LabelSide, number, number][] = [];
      // Inside a bar: from where it enters the window, past a faded (uncertain) start.
      const insideFrom = Math.max(element.pos, 0) + 4 + ('item' in element && element.item.fuzzyStart && element.pos >= 0 ? FADE_PX : 0);
      const insideTo = Math.min(own[1], limit) - 4 - ('item' in element && element.item.fuzzyEnd && own[1] <= limit ? FADE_PX : 0);
      if (isBar && insideTo - insideFrom >= width) candidates.push(['inside', insideFrom, insideFrom + width]);
      candidates.push(['after', own[1] + options.gapPx / 2, own[1] + options.gapPx / 2 + width]);
      candidates.push(['before', own[0] - options.gapPx / 2 - width, own[0] - options.gapPx / 2]);
      for (const [side, a, b] of candidates) {
        if (a < 0 || b > limit || !occupancy.isFree(a, b)) continue;
        element.label = label;
        element.labelSide = side;
        element.labelled = true;
        if (side === 'inside' && 'item' in element) element.labelStart = a;
        occupancy.add([a, b]);
        break search;
      }
    }
    occupancy.add(own);
  }
}

/**
 * The narrow-screen layout: time runs down the page; marks take the first free of a few
 * thin columns, and labels share one column to their right, each on its own line.
 */
function packColumn(placeables: Placeable[], options: LayoutOptions, marks: MarkLayout[], clusters: ClusterLayout[]): void {
  const columns = options.rowsPerLane;
  const columnEnds = new Array<number>(columns).fill(-Infinity);
  const columnLast: (MarkLayout | ClusterLayout | null)[] = new Array(columns).fill(null);
  let labelEnd = -Infinity;
  for (const placeable of placeables) {
    const radius = placeable.type === 'cluster' ? options.clusterRadius : options.markRadius;
    const bodyStart = placeable.pos - radius;
    const bodyEnd = Math.max(placeable.pos2, placeable.pos + radius);
    let column = columnEnds.findIndex((end) => end + options.gapPx / 2 <= bodyStart);
    if (column === -1) {
      const target = columnLast.findIndex((last) => last !== null && !('kind' in last && last.kind === 'bar'));
      if (target !== -1) {
        const existing = columnLast[target]!;
        const merged = mergeIntoCluster(existing, placeable, 0, target);
        if ('item' in existing) {
          marks.splice(marks.lastIndexOf(existing), 1);
          clusters.push(merged);
        }
        columnLast[target] = merged;
        columnEnds[target] = Math.max(columnEnds[target], merged.pos + options.clusterRadius);
        continue;
      }
    }
    // Every column ends in a bar: what comes next starts a cluster over the bar that ends first.
    const overflow = column === -1;
    if (overflow) column = columnEnds.indexOf(Math.min(...columnEnds));
    // A label is centred on its mark's start (a bar's label on the bar's first line).
    const labelCentre = placeable.pos + (placeable.type === 'mark' && placeable.kind === 'bar' ? options.labelLineHeightPx / 2 : 0);
    const labelled = labelEnd + 2 <= labelCentre - options.labelLineHeightPx / 2;
    if (labelled) labelEnd = labelCentre + options.labelLineHeightPx / 2;
    // One event never makes a cluster: an overflowing one is drawn as a point where it starts.
    const placed: MarkLayout | ClusterLayout = placeable.type === 'mark'
      ? { kind: overflow ? 'point' : placeable.kind, item: placeable.item, pos: placeable.pos, pos2: overflow ? placeable.pos : placeable.pos2, lane: 0, row: column, labelled, label: shortLabel(placeable.item.title, options.labelMaxChars), labelSide: 'after' }
      : clusterOf(placeable.items, placeable.pos, 0, column, labelled, 'after');
    if ('item' in placed) marks.push(placed);
    else clusters.push(placed);
    columnEnds[column] = Math.max(columnEnds[column], overflow ? placeable.pos + options.clusterRadius : bodyEnd);
    columnLast[column] = placed;
  }
}

/**
 * Lays out the events of a time window: which are points, bars or clusters, and in which
 * lane and row, with labels packed so that they never overlap. A pure function of the items
 * (sorted by start), the time→pixel mapping, the visible time window and the sizes.
 */
export function layoutTimeline(
  items: readonly TimelineItem[],
  toPx: (time: number) => number,
  window: { start: number; end: number },
  options: LayoutOptions = DEFAULT_LAYOUT,
  include: (item: TimelineItem) => boolean = () => true,
  focus?: string,
): TimelineLayout {
  const laneCount = options.orientation === 'vertical' ? 1 : options.laneCount;
  const byLane: TimelineItem[][] = Array.from({ length: laneCount }, () => []);
  for (const item of items) {
    if (item.end < window.start || item.start > window.end || !include(item)) continue;
    byLane[options.orientation === 'vertical' ? 0 : Math.min(item.lane, laneCount - 1)].push(item);
  }
  const marks: MarkLayout[] = [];
  const clusters: ClusterLayout[] = [];
  let visibleCount = 0;
  const limit = toPx(window.end);
  const horizontal = options.orientation === 'horizontal';
  if (!horizontal) {
    const column = byLane[0];
    visibleCount = column.length;
    packColumn(placeablesOf(column, toPx, options), options, marks, clusters);
    if (focus) labelFocused(focus, marks, clusters, options, limit);
    const hidden = marks.filter((m) => !m.labelled).length + clusters.filter((c) => !c.labelled).length;
    return { marks, clusters, visibleCount, hiddenLabels: hidden };
  }
  byLane.forEach((laneItems, lane) => {
    visibleCount += laneItems.length;
    const laneMarks: (MarkLayout | ClusterLayout)[] = [];
    placeBodies(placeablesOf(laneItems, toPx, options), lane, options, limit, laneMarks);
    absorbCoveredBars(laneMarks, options);
    for (const element of laneMarks) {
      if ('item' in element) marks.push(element);
      else clusters.push(element);
    }
    placeLabels(laneMarks, options, limit, focus);
  });
  if (focus) labelFocused(focus, marks, clusters, options, limit);
  const hiddenLabels = marks.filter((m) => !m.labelled).length + clusters.filter((c) => !c.labelled).length;
  return { marks, clusters, visibleCount, hiddenLabels };
}

/** Where a mark sits across the time axis (its row's centre line), in pixels from the top of the lanes. */
export function crossPosition(lane: number, row: number, options: LayoutOptions): number {
  if (options.orientation === 'vertical') return row * options.columnWidthPx + options.columnWidthPx / 2;
  return lane * laneSize(options) + options.laneHeaderPx + row * options.rowHeight + options.rowHeight / 2;
}

/** The height of one lane (its name and its rows) in the horizontal timeline. */
export function laneSize(options: LayoutOptions): number {
  return options.orientation === 'vertical' ? options.rowsPerLane * options.columnWidthPx : options.laneHeaderPx + options.rowsPerLane * options.rowHeight;
}
