import { DEFAULT_LAYOUT, type LayoutOptions } from './layout.ts';
import { FRAME } from './scene.ts';

/** Screens this narrow or narrower get the vertical timeline that scrolls with the page. */
export const NARROW_MAX_WIDTH = 640;

/** The embed's narrower threshold: a frame is short, so it keeps the horizontal timeline down to this width. */
export const EMBED_NARROW_MAX_WIDTH = 480;

/** Screens at least this tall give each lane of the wide timeline three rows; shorter ones two, so that every lane, the axis and the controls fit on the first screen (1280×800). */
export const TALL_MIN_HEIGHT = 1000;

/** Layout sizes for the wide (horizontal) and the narrow (vertical) timeline of a given width (and, when horizontal, screen height). */
export function layoutOptionsFor(orientation: 'horizontal' | 'vertical', laneCount: number, width = 1200, height = 800): LayoutOptions {
  if (orientation === 'horizontal') return { ...DEFAULT_LAYOUT, laneCount, orientation, laneHeaderPx: 13, rowsPerLane: height >= TALL_MIN_HEIGHT ? 3 : 2 };
  const columns = 3;
  const labelRoom = width - FRAME.verticalAxis - 8 - columns * DEFAULT_LAYOUT.columnWidthPx - 12;
  return { ...DEFAULT_LAYOUT, laneCount, orientation, rowsPerLane: columns, clusterGapPx: 20, labelMaxChars: Math.max(12, Math.floor(labelRoom / DEFAULT_LAYOUT.labelCharPx)) };
}

/** Length of the vertical time axis for a window: long enough to read, bounded so pages stay scrollable. */
export function verticalLength(spanMs: number): number {
  const years = spanMs / (365.2425 * 86_400_000);
  return Math.round(Math.min(6000, Math.max(900, years * 44)));
}

/** Pixel width the HTML-first (build-time) timeline is drawn at; the SVG scales to its box. */
export const STATIC_WIDTH = 1200;

/** The shortest window a reader can zoom to. */
export const MIN_SPAN_MS = 7 * 86_400_000;

/**
 * The shortest window that doubles still divide finely at a time this far from 1970: a week
 * anywhere within Date's range (±273,790 years) and beyond it to about 1.3 billion years; 73
 * days at the Big Bang, where a double steps by 65 seconds; 146 years ten trillion years away.
 */
export function minSpanAt(time: number): number {
  return Math.max(MIN_SPAN_MS, Math.abs(time) * 2 ** -36);
}
