import type { LocatorOptions } from '../geo/locator-map.ts';
import { MAP_FEATURES } from '../geo/features.ts';

/**
 * The slides' locator maps: the event page's map laid out again for the back row. A slide at
 * 1280×720 shows the 400-unit map at least 400 pixels wide (or 300 high), so labels of 26 units
 * and second lines (today's names) of 24.4 read at 24 pixels or more. Today's country names are
 * left out (a 1918 slide should not say "Kazakhstan"); the islands, lakes, seas and regions of
 * the time are named where they fit.
 */
export const SLIDE_MAP = {
  width: 400,
  height: 300,
  fontSize: 26,
  secondaryScale: 0.94,
  // Wider than the event page's map: room for the big labels, and the region for the back row.
  minRadius: 9,
  spread: 2,
  countryLabels: false,
  features: MAP_FEATURES,
} as const satisfies LocatorOptions;

/** The light halo around a slide map's labels, in map units: wide enough to carry the label's contrast over any ground. */
export const SLIDE_MAP_HALO = 7;

/** The smallest label, in CSS pixels at 1280×720, that the slides promise (the back row of a classroom). */
export const SLIDE_MAP_MIN_LABEL_PX = 24;

/** The caption under every slide map: the base map's borders are today's, not the period's. */
export const SLIDE_MAP_CAPTION = 'Dashed lines: today’s borders';
