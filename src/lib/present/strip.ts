import { buildScene, type Scene } from '../timeline/scene.ts';
import type { EraBand } from '../timeline/eras.ts';
import { DEFAULT_LAYOUT, type LayoutOptions } from '../timeline/layout.ts';
import type { TimelineItem } from '../timeline/items.ts';

/**
 * Sizes of the slide's timeline strip, in its viewBox units (about CSS pixels on a 1280-pixel
 * wide projector): the whole period in one band of two rows, era names above, years below,
 * and a row of its own for the slide's event and its label.
 */
export const STRIP = {
  width: 1200,
  eraHeight: 24,
  focusHeight: 40,
  axisHeight: 26,
  /** The slide's event: its label's size, and the width of one of its characters (for the layout). */
  focusFontSize: 26,
  focusCharPx: 15,
  focusMaxChars: 40,
} as const;

/** The other events: two thin rows, no labels. */
const CONTEXT_LAYOUT: LayoutOptions = {
  ...DEFAULT_LAYOUT,
  laneCount: 1,
  rowsPerLane: 2,
  rowHeight: 12,
  laneHeaderPx: 0,
  markRadius: 4,
  clusterRadius: 5,
  clusterGapPx: 8,
  minBarPx: 16,
  gapPx: 2,
};

/** The slide's event alone, with room for its label. */
const FOCUS_LAYOUT: LayoutOptions = {
  ...DEFAULT_LAYOUT,
  laneCount: 1,
  rowsPerLane: 1,
  laneHeaderPx: 0,
  markRadius: 9,
  minBarPx: 16,
  labelCharPx: STRIP.focusCharPx,
  labelMaxChars: STRIP.focusMaxChars,
  shortLabelChars: 24,
  gapPx: 14,
};

/** Where the strip's bands sit, top to bottom. */
export interface StripFrame {
  width: number;
  height: number;
  /** Centre line of the slide's event. */
  focusY: number;
  /** How far the context scene's marks are moved down to sit in their band. */
  contextShift: number;
  contextTop: number;
  contextBottom: number;
  axisY: number;
}

/** The strip's frame for a context scene (its marks start below the scene's own era strips). */
export function stripFrame(context: Scene): StripFrame {
  const rows = CONTEXT_LAYOUT.rowsPerLane * CONTEXT_LAYOUT.rowHeight;
  const contextTop = STRIP.eraHeight + STRIP.focusHeight;
  const sceneTop = context.lanes[0]?.from ?? 0;
  const height = contextTop + rows + STRIP.axisHeight + 4;
  return {
    width: STRIP.width,
    height,
    focusY: STRIP.eraHeight + STRIP.focusHeight / 2,
    contextShift: contextTop - sceneTop,
    contextTop,
    contextBottom: contextTop + rows,
    axisY: height - 6,
  };
}

/** Every event of the period, for the background of every slide's strip. */
export function stripContext(items: readonly TimelineItem[], window: { start: number; end: number }, eras: readonly EraBand[] = []): Scene {
  return buildScene(items, [''], { orientation: 'horizontal', length: STRIP.width, ...window, eras }, 0, CONTEXT_LAYOUT);
}

/** The slide's event on its own, labelled (the timeline's focus), or null if it lies outside the window. */
export function stripFocus(items: readonly TimelineItem[], window: { start: number; end: number }, slug: string): Scene['marks'][number] | null {
  const scene = buildScene(items, [''], { orientation: 'horizontal', length: STRIP.width, ...window }, 0, FOCUS_LAYOUT, (item) => item.slug === slug, slug);
  return scene.marks[0] ?? null;
}
