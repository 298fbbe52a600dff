import type { LocatorOptions } from '../geo/locator-map.ts';

/**
 * The slides' locator maps: the event page's map laid out again with larger labels, since a
 * slide shows it about 430 pixels wide on a 1280-pixel projector (labels then read at about 22 px).
 */
export const SLIDE_MAP: Required<Pick<LocatorOptions, 'width' | 'height' | 'fontSize'>> = { width: 420, height: 300, fontSize: 22 };
