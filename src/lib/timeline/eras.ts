import { ERAS, eraEnd } from '../dates/japanese-eras.ts';
import type { HistoricalDate } from '../dates/historical-date.ts';

/** A named period drawn as a band behind the marks. */
export interface EraBand {
  id: string;
  label: string;
  /** Reign periods (from a calendar's table) and the site's own periods are drawn in separate strips. */
  kind: 'reign' | 'period';
  start: number;
  end: number;
}

/** The era bands a site's settings ask for (content/site.yaml `eras`). */
export interface EraBandSettings {
  /** Reign bands from the era table ("japanese"), or none. */
  reigns: 'japanese' | 'none';
  /** The site's own periods, with their parsed dates. */
  bands: readonly { id: string; label: string; start: HistoricalDate; end: HistoricalDate }[];
}

// The reign bands come from the one era table, with its dates (its first era from 25 January 1868:
// see ../dates/japanese-eras.ts for why); the site's own periods come from its settings.
/** The bands to draw: the chosen table's reign periods, then the site's own periods, first day to last. */
export function eraBandsOf(settings: EraBandSettings): EraBand[] {
  const reigns = settings.reigns === 'japanese'
    ? ERAS.filter((era) => Number.isFinite(era.start)).map((era): EraBand => ({ id: era.id, label: era.name, kind: 'reign', start: era.start, end: eraEnd(era) }))
    : [];
  const periods = settings.bands.map((band): EraBand => ({ id: band.id, label: band.label, kind: 'period', start: band.start.earliest, end: band.end.latest }));
  return [...reigns, ...periods];
}
