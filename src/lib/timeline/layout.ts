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
  /** Average width of one label character (horizontal), or a label's height (vertical). */
  labelCharPx: number;
  labelLineHeightPx: number;
  labelMaxChars: number;
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
  minBarPx: 10,
  clusterGapPx: 14,
  labelCharPx: 7,
  labelLineHeightPx: 22,
  labelMaxChars: 38,
  gapPx: 8,
};

type Placeable =
  | { type: 'mark'; kind: 'point' | 'bar'; item: TimelineItem; pos: number; pos2: number; label: string }
  | { type: 'cluster'; items: TimelineItem[]; pos: number; pos2: number; label: string };

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
  const out: Placeable[] = [];
  let group: { items: TimelineItem[]; first: number; last: number } | null = null;
  const flush = () => {
    if (!group) return;
    if (group.items.length === 1) {
      const [item] = group.items;
      out.push({ type: 'mark', kind: 'point', item, pos: group.first, pos2: group.first, label: shortLabel(item.title, options.labelMaxChars) });
    } else {
      const pos = (group.first + group.last) / 2;
      out.push({ type: 'cluster', items: group.items, pos, pos2: pos, label: `${group.items.length} events` });
    }
    group = null;
  };
  for (const item of items) {
    const a = toPx(item.start);
    const b = toPx(item.end);
    if (b - a >= options.minBarPx) {
      out.push({ type: 'mark', kind: 'bar', item, pos: a, pos2: b, label: shortLabel(item.title, options.labelMaxChars) });
      continue;
    }
    const centre = (a + b) / 2;
    if (group && centre - group.last < options.clusterGapPx) {
      group.items.push(item);
      group.last = centre;
    } else {
      flush();
      group = { items: [item], first: centre, last: centre };
    }
  }
  flush();
  return out.sort((p, q) => p.pos - q.pos);
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
  let hiddenLabels = 0;
  byLane.forEach((laneItems, lane) => {
    visibleCount += laneItems.length;
    // In a vertical column the labels sit beside the marks, so rows would only crowd them.
    const rows = options.orientation === 'vertical' ? 1 : options.rowsPerLane;
    // Per row: how far the last element reaches with its label, and without it.
    const rowEnds = new Array<number>(rows).fill(-Infinity);
    const rowBodyEnds = new Array<number>(rows).fill(-Infinity);
    const rowLast: ({ labelled: boolean } | null)[] = new Array(rows).fill(null);
    for (const placeable of placeablesOf(laneItems, toPx, options)) {
      const start = placeable.pos - options.markRadius;
      const bodyEnd = Math.max(placeable.pos2, placeable.pos + options.markRadius);
      const labelledEnd = options.orientation === 'horizontal'
        ? bodyEnd + options.gapPx / 2 + labelExtent(placeable.label, options)
        : Math.max(bodyEnd, placeable.pos + labelExtent(placeable.label, options) / 2);
      let row = rowEnds.findIndex((end) => end + options.gapPx <= start);
      if (row === -1) {
        // No free row: take one whose last label can give way, so marks never hide behind labels.
        row = rowBodyEnds.findIndex((end) => end + options.gapPx <= start);
        if (row !== -1 && rowLast[row]?.labelled) {
          rowLast[row]!.labelled = false;
          hiddenLabels += 1;
        }
      }
      if (row === -1) row = rowBodyEnds.indexOf(Math.min(...rowBodyEnds)); // overlap only when even the marks collide
      const placed: MarkLayout | ClusterLayout = placeable.type === 'mark'
        ? { kind: placeable.kind, item: placeable.item, pos: placeable.pos, pos2: placeable.pos2, lane, row, labelled: true, label: placeable.label }
        : {
            key: `${lane}:${placeable.items[0].slug}:${placeable.items.length}`,
            pos: placeable.pos,
            lane,
            row,
            count: placeable.items.length,
            start: Math.min(...placeable.items.map((i) => i.start)),
            end: Math.max(...placeable.items.map((i) => i.end)),
            slugs: placeable.items.map((i) => i.slug),
            labelled: true,
            label: placeable.label,
          };
      if (placeable.type === 'mark') marks.push(placed as MarkLayout);
      else clusters.push(placed as ClusterLayout);
      rowEnds[row] = labelledEnd;
      rowBodyEnds[row] = bodyEnd;
      rowLast[row] = placed;
    }
  });
  return { marks, clusters, visibleCount, hiddenLabels };
}

/** Where a mark sits across the time axis (its row's centre line), in pixels from the top of the lanes. */
export function crossPosition(lane: number, row: number, options: LayoutOptions): number {
  const rows = options.orientation === 'vertical' ? 1 : options.rowsPerLane;
  return (lane * rows + row) * options.rowHeight + options.rowHeight / 2;
}
