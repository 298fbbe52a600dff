import type { TimelineItem } from './items.ts';
import { describeCertainty } from './items.ts';
import { crossPosition, laneSize, layoutTimeline, type LabelSide, type LayoutOptions, type TimelineLayout } from './layout.ts';
import { axisTicks, type Tick } from './ticks.ts';
import { ERA_BANDS, type EraBand } from './eras.ts';
import { formatYear } from '../dates/format.ts';

/** The drawing area and how time maps onto it. */
export interface SceneGeometry {
  orientation: 'horizontal' | 'vertical';
  /** Length of the time axis in pixels (width when horizontal, height when vertical). */
  length: number;
  /** Visible time window. */
  start: number;
  end: number;
}

/** Fixed sizes of the parts around the marks. */
export const FRAME = {
  eraStrip: 18,
  axis: 30,
  /** Vertical layout: the axis column's width on the left. */
  verticalAxis: 64,
} as const;

/** A mark as the renderer draws it: final coordinates, classes and words. */
export interface SceneMark {
  key: string;
  slug: string;
  kind: 'point' | 'bar';
  x: number;
  y: number;
  /** Bar end on the time axis (x2 when horizontal, y2 when vertical). */
  end: number;
  labelX: number;
  labelY: number;
  label: string;
  labelled: boolean;
  /** 'end' when the label sits before the mark (text-anchor: end). */
  labelAnchor: 'start' | 'end';
  lane: number;
  classes: string;
  ariaLabel: string;
  order: number;
}

/** A cluster as the renderer draws it. */
export interface SceneCluster {
  key: string;
  x: number;
  y: number;
  count: number;
  label: string;
  labelX: number;
  labelY: number;
  labelled: boolean;
  labelAnchor: 'start' | 'end';
  lane: number;
  ariaLabel: string;
  start: number;
  end: number;
}

/** An era band along the time axis. */
export interface SceneEra {
  key: string;
  kind: EraBand['kind'];
  from: number;
  to: number;
  label: string;
}

/** A tick of the time axis. */
export interface SceneTick extends Tick {
  at: number;
}

/** Everything to draw for one view, in pixels. */
export interface Scene {
  width: number;
  height: number;
  marks: SceneMark[];
  clusters: SceneCluster[];
  eras: SceneEra[];
  ticks: SceneTick[];
  lanes: { key: string; label: string; from: number; size: number }[];
  layout: TimelineLayout;
}

function yearSpan(start: number, end: number): string {
  const a = formatYear(new Date(start).getUTCFullYear());
  const b = formatYear(new Date(end).getUTCFullYear());
  return a === b ? a : `${a}–${b}`;
}

/**
 * Turns the events and a view into a scene: the pure step between layout and drawing, used
 * both by the build (the HTML-first timeline) and by the browser, so both draw the same thing.
 */
export function buildScene(
  items: readonly TimelineItem[],
  laneLabels: readonly string[],
  geometry: SceneGeometry,
  crossSize: number,
  options: LayoutOptions,
  include?: (item: TimelineItem) => boolean,
  focus?: string,
): Scene {
  const { start, end, length, orientation } = geometry;
  const k = length / (end - start);
  const toPx = (t: number) => (t - start) * k;
  const layout = layoutTimeline(items, toPx, { start, end }, { ...options, orientation }, include, focus);
  const horizontal = orientation === 'horizontal';
  const lanesTop = horizontal ? FRAME.eraStrip * 2 : 0;
  const crossOffset = horizontal ? lanesTop : FRAME.verticalAxis + 8;
  const at = (pos: number, cross: number) => (horizontal ? { x: pos, y: cross } : { x: cross, y: pos });
  const verticalLabelX = crossOffset + laneSize({ ...options, orientation }) + options.gapPx;
  /** Where a label starts along the time axis, and which way it runs. */
  const labelAlong = (side: LabelSide, pos: number, pos2: number, radius: number): { at: number; anchor: 'start' | 'end' } => {
    if (side === 'inside') return { at: pos + 4, anchor: 'start' };
    if (side === 'before') return { at: pos - radius - options.gapPx / 2, anchor: 'end' };
    return { at: Math.max(pos2, pos + radius) + options.gapPx / 2, anchor: 'start' };
  };

  const marks: SceneMark[] = layout.marks.map((mark) => {
    const cross = crossOffset + crossPosition(mark.lane, mark.row, options);
    const p = at(mark.pos, cross);
    const along = mark.labelSide === 'inside' && mark.labelStart !== undefined ? { at: mark.labelStart, anchor: 'start' as const } : labelAlong(mark.labelSide, mark.pos, mark.pos2, options.markRadius);
    const labelAt = horizontal ? { x: along.at, y: cross } : { x: verticalLabelX, y: mark.kind === 'bar' ? mark.pos + options.labelLineHeightPx / 2 : mark.pos };
    const item = mark.item;
    const certainty = describeCertainty(item);
    const classes = [
      'tl-mark',
      `tl-mark--${mark.kind}`,
      `lane-${item.lane + 1}`,
      item.fuzzyStart ? 'is-fuzzy-start' : '',
      item.fuzzyEnd ? 'is-fuzzy-end' : '',
      item.openEnd ? 'is-open-end' : '',
      mark.labelSide === 'inside' && horizontal ? 'has-inside-label' : '',
    ].filter(Boolean).join(' ');
    return {
      key: item.slug,
      slug: item.slug,
      kind: mark.kind,
      x: p.x,
      y: p.y,
      end: mark.pos2,
      labelX: labelAt.x,
      labelY: labelAt.y,
      label: mark.label,
      labelled: mark.labelled,
      labelAnchor: horizontal ? along.anchor : 'start',
      lane: item.lane,
      classes,
      ariaLabel: `${item.title}, ${item.dateText}${certainty ? ` (${certainty})` : ''}`,
      order: item.order,
    };
  });

  const clusters: SceneCluster[] = layout.clusters.map((cluster) => {
    const cross = crossOffset + crossPosition(cluster.lane, cluster.row, options);
    const p = at(cluster.pos, cross);
    const along = labelAlong(cluster.labelSide, cluster.pos, cluster.pos, options.clusterRadius);
    return {
      key: cluster.key,
      x: p.x,
      y: p.y,
      count: cluster.count,
      label: cluster.label,
      labelX: horizontal ? along.at : verticalLabelX,
      labelY: horizontal ? cross : cluster.pos,
      labelled: cluster.labelled,
      labelAnchor: horizontal ? along.anchor : 'start',
      lane: cluster.lane,
      // Events that outlast the window (a cluster of long bars) are seen by zooming out to them.
      ariaLabel: `${cluster.count === 1 ? '1 event' : `${cluster.count} events`}, ${yearSpan(cluster.start, cluster.end)}: ${cluster.end - cluster.start > end - start ? 'zoom out to see them' : 'zoom in to see them'}`,
      start: cluster.start,
      end: cluster.end,
    };
  });

  const eras: SceneEra[] = ERA_BANDS.filter((era) => era.end >= start && era.start <= end).map((era) => ({
    key: era.id,
    kind: era.kind,
    from: Math.max(0, toPx(era.start)),
    to: Math.min(length, toPx(era.end)),
    label: era.label,
  }));

  const ticks = axisTicks(start, end, length, horizontal ? 72 : 48).ticks.map((tick) => ({ ...tick, at: toPx(tick.time) }));
  const size = laneSize({ ...options, orientation });
  const lanes = (horizontal ? laneLabels : ['All themes']).map((label, i) => ({ key: `lane-${i}`, label, from: crossOffset + i * size, size }));
  const width = horizontal ? length : crossSize;
  const height = horizontal ? lanesTop + laneLabels.length * size + FRAME.axis : length;
  return { width, height, marks, clusters, eras, ticks, lanes, layout };
}
