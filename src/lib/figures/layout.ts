// The geometry of a figure: from its groups of cited claims to positions in an SVG of a fixed
// width. Pure: the component only draws what this returns. Every claim gets its own row, with
// its number and who gives it written above its mark, so no two labels can overlap at any width.
import { scaleLinear } from 'd3-scale';
import { claimTotal, type FigureClaim, type FigureData } from '../content/figures.ts';
import { wrapText } from '../wrap-text.ts';

/** The width the figure is laid out for, in SVG units (it scales down to a phone's column). */
export const FIGURE_WIDTH = 330;
/** Text size of the labels, in SVG units: about 14px on a 375px phone. */
export const LABEL_SIZE = 15;
/** Text size of the axis. */
export const TICK_SIZE = 13;
const LINE = Math.round(LABEL_SIZE * 1.3);
const MARK = 14;
const PAD = 8;
const GROUP_GAP = 16;
const ROW_GAP = 10;
/** About how many ticks the axis gets: three labels fit a phone's width. */
const TICKS = 3;
const HEADROOM = 1.04;
/** Average advance of a character, as a share of the font size (system sans-serif, generous). */
const CHAR = 0.56;
/** The same for the digits and commas of the axis. */
const TICK_CHAR = 0.6;
/** The extent of an axis label at `x`, in SVG units, as the figure anchors it. */
export function tickExtent(tick: TickLayout): [number, number] {
  const width = tick.label.length * TICK_SIZE * TICK_CHAR;
  return tick.anchor === 'start' ? [tick.x, tick.x + width] : tick.anchor === 'end' ? [tick.x - width, tick.x] : [tick.x - width / 2, tick.x + width / 2];
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** A number with thousands separators, e.g. 28000 → "28,000". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A claim's number as the source puts it: "about 70,000", "under 50,000", "20,066". */
export function formatClaimValue(claim: FigureClaim): string {
  const number = formatNumber(claimTotal(claim));
  return claim.qualifier ? `${claim.qualifier} ${number}` : number;
}

/** One coloured stretch of a bar: the whole bar, or one of its parts. */
export interface SegmentLayout {
  x0: number;
  x1: number;
  /** 0 for a bar without parts; otherwise the part's position, for its colour. */
  index: number;
  label?: string;
}

/** One claim's row: its text lines, then its mark. */
export interface ClaimLayout {
  /** The number as written on the figure, bold at the start of the first line. */
  valueText: string;
  /** Who gives the number and what it counts, wrapped; the first line starts with valueText. */
  lines: string[];
  /** Baselines of the lines. */
  lineYs: number[];
  /** The top of the mark (bar or dot row). */
  markY: number;
  /** The claim's value on the axis. */
  x: number;
  /** Bars only: the stretches to fill, from the axis origin. */
  segments: SegmentLayout[];
  /** The parts spelt out under the mark ("8,629 killed · 9,087 wounded"), wrapped. */
  partLines: string[];
  partLineYs: number[];
  /** The number is an upper or lower bound ("under 50,000"): drawn open-ended. */
  bound: boolean;
}

/** One group: its heading, its claims, and (range figures) the spread between its claims. */
export interface GroupLayout {
  label: string;
  labelY: number;
  /** Colour slot of the group, 0-based (groups are told apart by colour and heading). */
  index: number;
  claims: ClaimLayout[];
  /** Range figures with two or more claims: the shaded stretch from the lowest to the highest. */
  spread?: { x0: number; x1: number; y0: number; y1: number };
}

/** An axis tick. */
export interface TickLayout {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/** Everything the component draws. */
export interface FigureLayout {
  width: number;
  height: number;
  kind: FigureData['kind'];
  groups: GroupLayout[];
  ticks: TickLayout[];
  /** Vertical extent of the grid lines, and the baseline of the tick labels. */
  gridTop: number;
  gridBottom: number;
  tickY: number;
  /** The x of zero (bars start here). */
  origin: number;
}

/** Lays out a figure for `width` SVG units. */
export function layoutFigure(data: FigureData, width: number = FIGURE_WIDTH): FigureLayout {
  const left = PAD;
  const right = width - PAD;
  const max = Math.max(1, ...data.groups.flatMap((group) => group.claims.map(claimTotal)));
  // A little headroom, so that the largest dot never sits on the frame's edge.
  const scale = scaleLinear().domain([0, max * HEADROOM]).nice(TICKS).range([left, right]);
  const maxChars = Math.floor((right - left) / (LABEL_SIZE * CHAR));

  let y = PAD;
  const gridTop = y;
  const groups: GroupLayout[] = data.groups.map((group, index) => {
    if (index > 0) y += GROUP_GAP;
    const labelY = y + LABEL_SIZE;
    y += LINE + 4;
    const claims = group.claims.map((claim, c) => {
      if (c > 0) y += ROW_GAP;
      const valueText = formatClaimValue(claim);
      // The bold number takes a little more room than plain text.
      const offset = Math.ceil(valueText.length * 1.1) + 1;
      const lines = wrapText(`${claim.by}: ${claim.counts}`, maxChars, offset);
      const lineYs = lines.map((_, i) => y + LABEL_SIZE + i * LINE);
      y += lines.length * LINE + 4;
      const markY = y;
      y += MARK;
      const total = claimTotal(claim);
      let segments: SegmentLayout[] = [];
      if (data.kind === 'bar') {
        if (claim.parts) {
          let start = 0;
          segments = claim.parts.map((part, p) => {
            const segment = { x0: scale(start), x1: scale(start + part.value), index: p, label: part.label };
            start += part.value;
            return segment;
          });
        } else {
          segments = [{ x0: scale(0), x1: scale(total), index: 0 }];
        }
      }
      const partLines = claim.parts ? wrapText(claim.parts.map((part) => `${formatNumber(part.value)} ${part.label}`).join(' · '), maxChars) : [];
      const partLineYs = partLines.map((_, i) => y + 4 + LABEL_SIZE + i * LINE);
      y += partLines.length ? partLines.length * LINE + 4 : 0;
      return { valueText, lines, lineYs, markY, x: scale(total), segments, partLines, partLineYs, bound: claim.qualifier === 'under' || claim.qualifier === 'over' };
    });
    const layout: GroupLayout = { label: group.label, labelY, index, claims };
    if (data.kind === 'range' && claims.length > 1) {
      const xs = claims.map((claim) => claim.x);
      layout.spread = { x0: Math.min(...xs), x1: Math.max(...xs), y0: claims[0].markY - 2, y1: claims.at(-1)!.markY + MARK + 2 };
    }
    return layout;
  });

  const gridBottom = y + 6;
  const tickY = gridBottom + TICK_SIZE + 4;
  const makeTicks = (values: number[]): TickLayout[] =>
    values.map((value, i) => ({
      x: scale(value),
      label: formatNumber(value),
      anchor: i === 0 && scale(value) - left < 20 ? 'start' : i === values.length - 1 && right - scale(value) < 30 ? 'end' : 'middle',
    }));
  // Every other tick when wide numbers would make neighbouring labels touch.
  const touch = (set: TickLayout[]) => set.some((tick, i) => i > 0 && tickExtent(tick)[0] - tickExtent(set[i - 1])[1] < 6);
  let values = scale.ticks(TICKS);
  while (values.length > 2 && touch(makeTicks(values))) values = values.filter((_, i) => i % 2 === 0);
  const ticks = makeTicks(values);
  return { width, height: Math.ceil(tickY + PAD), kind: data.kind, groups, ticks, gridTop, gridBottom, tickY, origin: scale(0) };
}

/** The figure in words, for the SVG's description: every number, who gives it and what it counts. */
export function describeFigure(data: FigureData): string {
  const groups = data.groups.map((group) => {
    const claims = group.claims.map((claim) => {
      const parts = claim.parts ? ` (${claim.parts.map((part) => `${formatNumber(part.value)} ${part.label}`).join(', ')})` : '';
      return `${formatClaimValue(claim)}${parts}, ${claim.counts}, according to ${claim.by}`;
    });
    return `${group.label}: ${claims.join('; ')}.`;
  });
  const kind = data.kind === 'range' ? 'Each claim is a dot; the shading spans the lowest to the highest claim.' : 'Bars start at zero.';
  return `${kind} Numbers in ${data.unit}. ${groups.join(' ')}`;
}
