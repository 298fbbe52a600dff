// Greedy label placement for a few map markers: points closer than a label's height share one
// label; each label takes the candidate position (right, left, above, below…) that overlaps
// least with the labels already placed, the other markers, the obstacles and the map's edges.
import { roundToTenth } from '../round.ts';

/** A marker that needs a label. Lines after the first are secondary (today's name). */
export interface LabelInput {
  id: string;
  x: number;
  y: number;
  lines: string[];
}

/** A rectangle in map units. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of a label, at its baseline. */
export interface LabelLine {
  text: string;
  /** Secondary lines (today's name) are drawn smaller. */
  secondary: boolean;
  x: number;
  y: number;
}

/** A placed label. */
export interface LabelBox {
  id: string;
  /** The markers whose places this label names. */
  members: string[];
  anchor: 'start' | 'middle' | 'end';
  lines: LabelLine[];
  box: Rect;
}

export interface LabelOptions {
  width: number;
  height: number;
  fontSize: number;
  obstacles?: Rect[];
  /** Size of secondary lines as a share of the font size (default 0.86). */
  secondaryScale?: number;
}

/** Average advance of a character as a share of the font size (sans-serif, Latin text). */
const CHAR_WIDTH = 0.56;
const SECONDARY_SCALE = 0.86;
const GAP = 6;

function textWidth(text: string, size: number): number {
  return [...text].length * size * CHAR_WIDTH;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(rect: Rect, width: number, height: number): number {
  const inside = overlap(rect, { x: 0, y: 0, width, height });
  return rect.width * rect.height - inside;
}

/** Groups markers that lie within `distance` of each other (single linkage), keeping input order. */
function cluster(inputs: LabelInput[], distance: number): LabelInput[][] {
  const group = inputs.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
  for (let i = 0; i < inputs.length; i++) {
    for (let j = i + 1; j < inputs.length; j++) {
      if (Math.hypot(inputs[i].x - inputs[j].x, inputs[i].y - inputs[j].y) < distance) group[find(j)] = find(i);
    }
  }
  const groups = new Map<number, LabelInput[]>();
  inputs.forEach((input, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), input]);
  });
  return [...groups.values()];
}

/** Places one label per group of nearby markers. `assignment` maps each marker to its label's id. */
export function layoutLabels(inputs: LabelInput[], options: LabelOptions): { labels: LabelBox[]; assignment: Map<string, string> } {
  const { width, height, fontSize, obstacles = [], secondaryScale = SECONDARY_SCALE } = options;
  const secondarySize = fontSize * secondaryScale;
  const lineHeight = fontSize * 1.2;
  const groups = cluster(inputs.filter((i) => Number.isFinite(i.x) && Number.isFinite(i.y)), fontSize * 0.9);
  const markerBoxes = inputs.map((i) => ({ id: i.id, rect: { x: i.x - 4, y: i.y - 4, width: 8, height: 8 } }));
  const placed: LabelBox[] = [];
  const assignment = new Map<string, string>();

  for (const members of groups) {
    const x = members.reduce((s, m) => s + m.x, 0) / members.length;
    const y = members.reduce((s, m) => s + m.y, 0) / members.length;
    const lines = members.flatMap((m) => m.lines.map((text, i) => ({ text, secondary: i > 0 })));
    const boxWidth = Math.max(...lines.map((l) => textWidth(l.text, l.secondary ? secondarySize : fontSize)));
    const boxHeight = lines.length * lineHeight;
    const candidates: { anchor: LabelBox['anchor']; left: number; top: number }[] = [
      { anchor: 'start', left: x + GAP, top: y - lineHeight * 0.75 },
      { anchor: 'end', left: x - GAP - boxWidth, top: y - lineHeight * 0.75 },
      { anchor: 'start', left: x + GAP, top: y - boxHeight - 2 },
      { anchor: 'start', left: x + GAP, top: y + 2 },
      { anchor: 'end', left: x - GAP - boxWidth, top: y - boxHeight - 2 },
      { anchor: 'end', left: x - GAP - boxWidth, top: y + 2 },
      { anchor: 'middle', left: x - boxWidth / 2, top: y - GAP - boxHeight },
      { anchor: 'middle', left: x - boxWidth / 2, top: y + GAP },
    ];
    const own = new Set(members.map((m) => m.id));
    let best: { candidate: (typeof candidates)[number]; rect: Rect; cost: number } | undefined;
    for (const candidate of candidates) {
      const rect = { x: candidate.left, y: candidate.top, width: boxWidth, height: boxHeight };
      const cost =
        outside(rect, width, height) * 20 +
        placed.reduce((s, l) => s + overlap(rect, l.box) * 10, 0) +
        obstacles.reduce((s, o) => s + overlap(rect, o) * 5, 0) +
        markerBoxes.filter((m) => !own.has(m.id)).reduce((s, m) => s + overlap(rect, m.rect) * 10, 0);
      if (!best || cost < best.cost - 0.01) best = { candidate, rect, cost };
    }
    const { candidate, rect } = best!;
    const anchorX = candidate.anchor === 'start' ? rect.x : candidate.anchor === 'end' ? rect.x + rect.width : rect.x + rect.width / 2;
    const id = members[0].id;
    placed.push({
      id,
      members: members.map((m) => m.id),
      anchor: candidate.anchor,
      lines: lines.map((line, i) => ({ ...line, x: roundToTenth(anchorX), y: roundToTenth(rect.y + (i + 1) * lineHeight - lineHeight * 0.25) })),
      box: { x: roundToTenth(rect.x), y: roundToTenth(rect.y), width: roundToTenth(rect.width), height: roundToTenth(rect.height) },
    });
    for (const m of members) assignment.set(m.id, id);
  }
  return { labels: placed, assignment };
}
