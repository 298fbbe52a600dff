import { utcDay } from '../dates/utc.ts';

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

/** Japanese reign periods and the world wars, the frames that readers of the sources use. */
export const ERA_BANDS: EraBand[] = [
  { id: 'meiji', label: 'Meiji', kind: 'reign', start: utcDay(1868, 10, 23), end: endOf(1912, 7, 29) },
  { id: 'taisho', label: 'Taishō', kind: 'reign', start: utcDay(1912, 7, 30), end: endOf(1926, 12, 24) },
  { id: 'showa', label: 'Shōwa', kind: 'reign', start: utcDay(1926, 12, 25), end: endOf(1989, 1, 7) },
  { id: 'ww1', label: 'First World War', kind: 'war', start: utcDay(1914, 7, 28), end: endOf(1918, 11, 11) },
  { id: 'ww2', label: 'Second World War', kind: 'war', start: utcDay(1939, 9, 1), end: endOf(1945, 9, 2) },
];
