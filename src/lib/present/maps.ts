import type { LocatorOptions } from '../geo/locator-map.ts';

/**
 * The slides' locator maps: the event page's map laid out again for the back row. A slide at
 * 1280×720 shows the 400-unit map at about 0.9 to 1.05 of its size, so labels of 27 units read
 * at 24 pixels or more. Labels give the names of the time only: the slide's heading lists
 * today's names beside them, and second lines would crowd a map with type this large. Today's
 * country names are left out too (a 1918 slide should not say "Kazakhstan"); the islands,
 * lakes, seas and regions of the time (content/site.yaml's `map.features`) are named where they fit.
 */
export const SLIDE_MAP = {
  width: 400,
  height: 300,
  fontSize: 27,
  secondaryScale: 0.94,
  modernNames: false,
  // Wider than the event page's map: room for the big labels, and the region for the back row.
  minRadius: 9,
  spread: 2,
  countryLabels: false,
} as const satisfies LocatorOptions;

/** The light halo around a slide map's labels, in map units: wide enough to carry the label's contrast over any ground. */
export const SLIDE_MAP_HALO = 7;

/** The smallest label, in CSS pixels at 1280×720, that the slides promise (the back row of a classroom). */
export const SLIDE_MAP_MIN_LABEL_PX = 24;

/** The caption under every slide map: the base map's borders are today's, not the period's. */
export const SLIDE_MAP_CAPTION = 'Dashed lines: today’s borders';
