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

/** Where a label sits: over a long bar, after the mark, or before it (near the right edge). */
export type LabelSide = 'inside' | 'after' | 'before';

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

function clusterOf(items: TimelineItem[], pos: number, lane: number, row: number, labelled: boolean, labelSide: LabelSide): ClusterLayout {
  return {
    key: `${lane}:${items[0].slug}:${items.length}`,
    pos,
    lane,
    row,
    count: items.length,
    start: Math.min(...items.map((i) => i.start)),
    end: Math.max(...items.map((i) => i.end)),
    slugs: items.map((i) => i.slug),
    labelled,
    label: `${items.length} events`,
    labelSide,
  };
}

/** Replaces a point or cluster already placed with a cluster that also holds `placeable`. */
function mergeIntoCluster(
  existing: MarkLayout | ClusterLayout,
  placeable: Placeable,
  lane: number,
  row: number,
  marks: MarkLayout[],
  clusters: ClusterLayout[],
): ClusterLayout {
  const added = placeable.type === 'mark' ? [placeable.item] : placeable.items;
  if ('item' in existing) marks.splice(marks.indexOf(existing), 1);
  else clusters.splice(clusters.indexOf(existing), 1);
  const slugs = [...('item' in existing ? [existing.item.slug] : existing.slugs), ...added.map((i) => i.slug)];
  const start = Math.min('item' in existing ? existing.item.start : existing.start, ...added.map((i) => i.start));
  const end = Math.max('item' in existing ? existing.item.end : existing.end, ...added.map((i) => i.end));
  const cluster: ClusterLayout = {
    key: `${lane}:${slugs[0]}:${slugs.length}`,
    pos: (existing.pos + placeable.pos) / 2,
    lane,
    row,
    count: slugs.length,
    start,
    end,
    slugs,
    labelled: false,
    label: `${slugs.length} events`,
    labelSide: 'after',
  };
  clusters.push(cluster);
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
    if (column === -1 && !(placeable.type === 'mark' && placeable.kind === 'bar')) {
      const target = columnLast.findIndex((last) => last !== null && !('kind' in last && last.kind === 'bar'));
      if (target !== -1) {
        const merged = mergeIntoCluster(columnLast[target]!, placeable, 0, target, marks, clusters);
        columnLast[target] = merged;
        columnEnds[target] = Math.max(columnEnds[target], merged.pos + options.clusterRadius);
        continue;
      }
    }
    if (column === -1) column = columnEnds.indexOf(Math.min(...columnEnds));
    // A label is centred on its mark's start (a bar's label on the bar's first line).
    const labelCentre = placeable.pos + (placeable.type === 'mark' && placeable.kind === 'bar' ? options.labelLineHeightPx / 2 : 0);
    const labelled = labelEnd + 2 <= labelCentre - options.labelLineHeightPx / 2;
    if (labelled) labelEnd = labelCentre + options.labelLineHeightPx / 2;
    const placed: MarkLayout | ClusterLayout = placeable.type === 'mark'
      ? { kind: placeable.kind, item: placeable.item, pos: placeable.pos, pos2: placeable.pos2, lane: 0, row: column, labelled, label: placeable.label, labelSide: 'after' }
      : clusterOf(placeable.items, placeable.pos, 0, column, labelled, 'after');
    if (placeable.type === 'mark') marks.push(placed as MarkLayout);
    else clusters.push(placed as ClusterLayout);
    columnEnds[column] = Math.max(columnEnds[column], bodyEnd);
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
    // In a vertical column the labels sit beside the marks, so rows would only crowd them.
    const rows = horizontal ? options.rowsPerLane : 1;
    const rowEnds = new Array<number>(rows).fill(-Infinity); // how far each row is taken, labels included
    const rowBodyEnds = new Array<number>(rows).fill(-Infinity); // … and without the last label
    const rowLast: (MarkLayout | ClusterLayout | null)[] = new Array(rows).fill(null);
    // The element whose label reaches furthest in each row: the one to silence when space is needed.
    const rowReachOwner: (MarkLayout | ClusterLayout | null)[] = new Array(rows).fill(null);
    // Makes room in a row up to `before`: the label reaching furthest shortens, or gives way.
    const silence = (row: number, before = -Infinity) => {
      const owner = rowReachOwner[row];
      if (owner && 'item' in owner && owner.labelSide === 'after') {
        const short = shortLabel(owner.item.title, options.shortLabelChars);
        const [from] = labelSpan(owner, options);
        const end = from + labelExtent(short, options);
        if (short !== owner.label && end + options.gapPx <= before) {
          owner.label = short;
          rowEnds[row] = Math.max(rowBodyEnds[row], end);
          return;
        }
      }
      if (owner) owner.labelled = false;
      rowEnds[row] = rowBodyEnds[row];
      rowReachOwner[row] = null;
    };
    for (const placeable of placeablesOf(laneItems, toPx, options)) {
      const radius = placeable.type === 'cluster' ? options.clusterRadius : options.markRadius;
      const bodyStart = placeable.pos - radius;
      const bodyEnd = Math.max(placeable.pos2, placeable.pos + radius);
      // Where the label may go, best first: over a long bar, after the mark, or before it;
      // and when the whole title fits nowhere, a shorter form of it.
      const sides: { side: LabelSide; start: number; end: number; label: string }[] = [];
      const short = placeable.type === 'mark' ? shortLabel(placeable.item.title, options.shortLabelChars) : placeable.label;
      for (const label of short === placeable.label ? [placeable.label] : [placeable.label, short]) {
        const width = labelExtent(label, options);
        if (placeable.type === 'mark' && placeable.kind === 'bar' && Math.min(placeable.pos2, limit) - Math.max(placeable.pos, 0) >= width + 8) sides.push({ side: 'inside', start: bodyStart, end: bodyEnd, label });
        if (bodyEnd + options.gapPx / 2 + width <= limit) sides.push({ side: 'after', start: bodyStart, end: bodyEnd + options.gapPx / 2 + width, label });
        if (bodyStart - options.gapPx / 2 - width >= 0) sides.push({ side: 'before', start: bodyStart - options.gapPx / 2 - width, end: bodyEnd, label });
      }
      let row = -1;
      let labelSide: LabelSide | null = null;
      let reach = bodyEnd;
      let label = placeable.label;
      search: for (const option of sides) {
        for (let r = 0; r < rows; r++) {
          if (rowEnds[r] + options.gapPx <= option.start) {
            [row, labelSide, reach, label] = [r, option.side, option.end, option.label];
            break search;
          }
        }
      }
      if (row === -1) row = rowEnds.findIndex((end) => end + options.gapPx <= bodyStart);
      if (row === -1) {
        // No free row: take one whose last label can give way, so marks never hide behind labels.
        row = rowBodyEnds.findIndex((end) => end + options.gapPx <= bodyStart);
        if (row !== -1) silence(row, bodyStart);
      }
      if (row === -1 && !(placeable.type === 'mark' && placeable.kind === 'bar')) {
        // Even the marks would collide: join the point or cluster that is in the way instead.
        const target = rowLast.findIndex((last) => last !== null && !('kind' in last && last.kind === 'bar'));
        if (target !== -1) {
          const merged = mergeIntoCluster(rowLast[target]!, placeable, lane, target, marks, clusters);
          if (rowReachOwner[target] === rowLast[target] || rowEnds[target] + options.gapPx > merged.pos - options.clusterRadius) silence(target);
          rowLast[target] = merged;
          rowBodyEnds[target] = Math.max(rowBodyEnds[target], merged.pos + options.clusterRadius);
          rowEnds[target] = Math.max(rowEnds[target], rowBodyEnds[target]);
          continue;
        }
      }
      if (row === -1) {
        row = rowBodyEnds.indexOf(Math.min(...rowBodyEnds)); // a bar with no room: bodies overlap, labels give way
        silence(row);
      }
      const labelled = labelSide !== null;
      const side = labelSide ?? 'after';
      const placed: MarkLayout | ClusterLayout = placeable.type === 'mark'
        ? { kind: placeable.kind, item: placeable.item, pos: placeable.pos, pos2: placeable.pos2, lane, row, labelled, label, labelSide: side }
        : clusterOf(placeable.items, placeable.pos, lane, row, labelled, side);
      if (placeable.type === 'mark') marks.push(placed as MarkLayout);
      else clusters.push(placed as ClusterLayout);
      if (labelled && reach >= rowEnds[row]) rowReachOwner[row] = placed;
      rowEnds[row] = Math.max(rowEnds[row], labelled ? reach : bodyEnd);
      rowBodyEnds[row] = Math.max(rowBodyEnds[row], bodyEnd);
      rowLast[row] = placed;
    }
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
