import type { TimelineItem } from './items.ts';
import { describeCertainty } from './items.ts';
import { crossPosition, FADE_PX, laneSize, layoutTimeline, type LabelSide, type LayoutOptions, type TimelineLayout } from './layout.ts';
import { axisTicks, type Tick } from './ticks.ts';
import type { EraBand } from './eras.ts';
import { formatYear } from '../dates/format.ts';
import { utcYear } from '../dates/utc.ts';

/** The drawing area and how time maps onto it. */
export interface SceneGeometry {
  orientation: 'horizontal' | 'vertical';
  /** Length of the time axis in pixels (width when horizontal, height when vertical). */
  length: number;
  /** Visible time window. */
  start: number;
  end: number;
  /** The era bands drawn behind the marks (the site's settings); none when absent. */
  eras?: readonly EraBand[];
}

/** Fixed sizes of the parts around the marks. */
export const FRAME = {
  eraStrip: 18,
  axis: 30,
  /** Vertical layout: the axis column's width on the left. */
  verticalAxis: 64,
  /** An era's name: this far into its band, on this baseline from the top of its strip. */
  eraLabelInset: 4,
  eraLabelBaseline: 13,
  /** A lane's name: this far from the left, on this baseline from the top of the lane. */
  laneLabelInset: 4,
  laneLabelBaseline: 12,
  /** A tick's label: its baseline this far above the bottom (horizontal), or below the tick (vertical). */
  tickLabelFromBottom: 12,
  tickLabelBelow: 4,
  tickLabelInset: 4,
} as const;

/** Fixed sizes of a mark's parts. */
export const MARK = {
  /** The side of the square every mark can be hit in (WCAG 2.5.8: at least 24 px), however small it is. */
  hitPx: 24,
  /** How far a bar's hit area reaches past its ends. */
  barHitOverhangPx: 6,
  barThicknessPx: 12,
  barCornerPx: 3,
  /** The arrow at an open end: how far it reaches past the bar, and its half-height. */
  openArrowLengthPx: 9,
  openArrowHalfPx: 7,
  /** Fraction of a bar's length its faded (uncertain) end may take, up to FADE_PX. */
  fadeShare: 0.25,
} as const;

/** A rectangle in pixels. */
export interface SceneBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a text sits, in pixels; `rotate` turns it by 90° about that point (the vertical timeline's era names). */
export interface SceneText {
  x: number;
  y: number;
  rotate?: boolean;
}

/** The parts of a mark, relative to its position (x, y): the renderer places them as they are. */
export interface SceneMarkParts {
  hit: SceneBox;
  /** A point's dot radius. */
  dot?: number;
  /** A bar, with its corners' radius. */
  bar?: SceneBox & { corner: number };
  fuzzStart?: SceneBox;
  fuzzEnd?: SceneBox;
  /** The open-end arrow, as the corners of a triangle. */
  open?: [number, number][];
  label: SceneText;
}

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
  /** Its parts, placed relative to (x, y). */
  parts: SceneMarkParts;
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
  radius: number;
  /** Its label, relative to (x, y). */
  labelAt: SceneText;
}

/** An era band along the time axis. */
export interface SceneEra {
  key: string;
  kind: EraBand['kind'];
  from: number;
  to: number;
  label: string;
  rect: SceneBox;
  text: SceneText;
}

/** A tick of the time axis. */
export interface SceneTick extends Tick {
  at: number;
  line: { x1: number; y1: number; x2: number; y2: number };
  text: SceneText;
}

/** A lane's band and name (horizontal timeline only: the vertical one has a single column). */
export interface SceneLane {
  key: string;
  label: string;
  from: number;
  size: number;
  rect: SceneBox;
  text: SceneText;
}

/** Everything to draw for one view, in pixels. */
export interface Scene {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  marks: SceneMark[];
  clusters: SceneCluster[];
  eras: SceneEra[];
  ticks: SceneTick[];
  lanes: SceneLane[];
  layout: TimelineLayout;
}

/** The years a span of time covers, as the timeline names them: "1937" or "1894–1950". */
export function yearSpan(start: number, end: number): string {
  const a = formatYear(utcYear(start));
  const b = formatYear(utcYear(end));
  return a === b ? a : `${a}–${b}`;
}

/** A box along the time axis (`from`, `length`) and centred across it (`across` thick), in the orientation's x and y. */
function alongBox(horizontal: boolean, from: number, length: number, across: number): SceneBox {
  return horizontal ? { x: from, y: -across / 2, width: length, height: across } : { x: -across / 2, y: from, width: across, height: length };
}

/** A mark's parts relative to its position: hit area, dot or bar, faded ends, open-end arrow, label. */
function markParts(kind: 'point' | 'bar', item: TimelineItem, barLength: number, horizontal: boolean, dotRadius: number, label: SceneText): SceneMarkParts {
  if (kind === 'point') return { hit: alongBox(horizontal, -MARK.hitPx / 2, MARK.hitPx, MARK.hitPx), dot: dotRadius, label };
  const length = Math.max(2, barLength);
  const fuzz = Math.min(FADE_PX, length * MARK.fadeShare);
  const parts: SceneMarkParts = {
    hit: alongBox(horizontal, -MARK.barHitOverhangPx, length + 2 * MARK.barHitOverhangPx, MARK.hitPx),
    bar: { ...alongBox(horizontal, 0, length, MARK.barThicknessPx), corner: MARK.barCornerPx },
    label,
  };
  if (item.fuzzyStart) parts.fuzzStart = alongBox(horizontal, 0, fuzz, MARK.barThicknessPx);
  if (item.fuzzyEnd) parts.fuzzEnd = alongBox(horizontal, length - fuzz, fuzz, MARK.barThicknessPx);
  if (item.openEnd) {
    const [tip, half] = [MARK.openArrowLengthPx, MARK.openArrowHalfPx];
    parts.open = horizontal ? [[length, -half], [length + tip, 0], [length, half]] : [[-half, length], [0, length + tip], [half, length]];
  }
  return parts;
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
  const size = laneSize({ ...options, orientation });
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
      focus !== undefined && item.slug === focus ? 'is-active' : '',
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
      parts: markParts(mark.kind, item, mark.pos2 - mark.pos, horizontal, options.markRadius, { x: labelAt.x - p.x, y: labelAt.y - p.y }),
    };
  });

  const clusters: SceneCluster[] = layout.clusters.map((cluster) => {
    const cross = crossOffset + crossPosition(cluster.lane, cluster.row, options);
    const p = at(cluster.pos, cross);
    const along = labelAlong(cluster.labelSide, cluster.pos, cluster.pos, options.clusterRadius);
    const labelX = horizontal ? along.at : verticalLabelX;
    const labelY = horizontal ? cross : cluster.pos;
    return {
      key: cluster.key,
      x: p.x,
      y: p.y,
      count: cluster.count,
      label: cluster.label,
      labelX,
      labelY,
      labelled: cluster.labelled,
      labelAnchor: horizontal ? along.anchor : 'start',
      lane: cluster.lane,
      // Choosing a cluster always zooms in (src/lib/timeline/view-window.ts, windowOpening).
      ariaLabel: `${cluster.count === 1 ? '1 event' : `${cluster.count} events`}, ${yearSpan(cluster.start, cluster.end)}: zoom in to see them`,
      start: cluster.start,
      end: cluster.end,
      radius: options.clusterRadius,
      labelAt: { x: labelX - p.x, y: labelY - p.y },
    };
  });

  const width = horizontal ? length : crossSize;
  const height = horizontal ? lanesTop + laneLabels.length * size + FRAME.axis : length;
  const lanesEnd = horizontal ? height - FRAME.axis : height;

  const eras: SceneEra[] = (geometry.eras ?? []).filter((era) => era.end >= start && era.start <= end).map((era) => {
    const from = Math.max(0, toPx(era.start));
    const to = Math.min(length, toPx(era.end));
    const reign = era.kind === 'reign';
    // Horizontal: reigns in the top strip, reaching down behind the lanes; the site's periods in the strip below.
    // Vertical: two columns left of the axis, the periods nearest to it.
    const strip = horizontal ? (reign ? 0 : FRAME.eraStrip) : FRAME.verticalAxis - FRAME.eraStrip * (reign ? 2 : 1);
    const rect = horizontal
      ? { x: from, y: strip, width: Math.max(0, to - from), height: reign ? lanesEnd : FRAME.eraStrip }
      : { x: strip, y: from, width: FRAME.eraStrip, height: Math.max(0, to - from) };
    const text = horizontal
      ? { x: from + FRAME.eraLabelInset, y: strip + FRAME.eraLabelBaseline }
      : { x: strip + FRAME.eraLabelBaseline, y: from + FRAME.eraLabelInset, rotate: true };
    return { key: era.id, kind: era.kind, from, to, label: era.label, rect, text };
  });

  const ticks: SceneTick[] = axisTicks(start, end, length, horizontal ? 72 : 48, horizontal).ticks.map((tick) => {
    const at = toPx(tick.time);
    return horizontal
      ? { ...tick, at, line: { x1: at, y1: lanesTop, x2: at, y2: lanesEnd }, text: { x: at, y: height - FRAME.tickLabelFromBottom } }
      : { ...tick, at, line: { x1: FRAME.verticalAxis, y1: at, x2: width, y2: at }, text: { x: FRAME.tickLabelInset, y: at + FRAME.tickLabelBelow } };
  });
  // The vertical timeline is one column for every theme: no lane bands.
  const lanes: SceneLane[] = (horizontal ? laneLabels : []).map((label, i) => {
    const from = crossOffset + i * size;
    return { key: `lane-${i}`, label, from, size, rect: { x: 0, y: from, width, height: size }, text: { x: FRAME.laneLabelInset, y: from + FRAME.laneLabelBaseline } };
  });
  return { orientation, width, height, marks, clusters, eras, ticks, lanes, layout };
}
