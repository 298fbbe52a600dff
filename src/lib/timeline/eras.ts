import { utcDay } from '../dates/utc.ts';
import { ERAS, eraEnd } from '../dates/japanese-eras.ts';

/** A named period drawn as a band behind the marks. */
export interface EraBand {
  id: string;
  label: string;
  /** Reign periods and wars are drawn in separate strips. */
  kind: 'reign' | 'war';
  start: number;
  end: number;
}

const endOf = (year: number, month: number, day: number) => utcDay(year, month, day + 1) - 1;

// The reign bands come from the one era table, with its dates (Meiji from 25 January 1868:
// see ../dates/japanese-eras.ts for why); only the wars are listed here.
/** Japanese reign periods and the world wars, the frames that readers of the sources use. */
export const ERA_BANDS: EraBand[] = [
  ...ERAS.filter((era) => Number.isFinite(era.start)).map((era): EraBand => ({ id: era.id, label: era.name, kind: 'reign', start: era.start, end: eraEnd(era) })),
  { id: 'ww1', label: 'First World War', kind: 'war', start: utcDay(1914, 7, 28), end: endOf(1918, 11, 11) },
  { id: 'ww2', label: 'Second World War', kind: 'war', start: utcDay(1939, 9, 1), end: endOf(1945, 9, 2) },
];
