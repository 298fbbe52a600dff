import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { formatYear } from '../dates/format.ts';

/** One tick of the time axis. */
export interface Tick {
  time: number;
  label: string;
  /** Ticks that start a larger unit (a year among months, a month among days) are drawn stronger. */
  major: boolean;
}

/** How finely the axis is divided. */
export type AxisLevel = 'decades' | 'years' | 'months' | 'days';

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;

interface Step {
  level: AxisLevel;
  interval: TimeInterval;
  approxMs: number;
}

/** A year's number as a reader writes it: 1939 is 1939, astronomical -999 is 1000 (BCE). */
const readerYear = (date: Date) => {
  const year = date.getUTCFullYear();
  return year <= 0 ? 1 - year : year;
};

/**
 * Every `n` years, on the years whose number as a reader writes it is a multiple of `n`: 1900,
 * 2000 … and before the Common Era 100 BCE, 1000 BCE (astronomical -99, -999), not 101 BCE.
 * (d3's utcYear.every(n) counts astronomical years, which labels "1001 BCE".)
 */
const everyYears = (n: number) => utcYear.filter((date) => readerYear(date) % n === 0);

const STEPS: Step[] = [
  { level: 'days', interval: utcDay, approxMs: DAY },
  { level: 'days', interval: utcDay.every(2)!, approxMs: 2 * DAY },
  { level: 'days', interval: utcDay.filter((d) => [1, 8, 15, 22].includes(d.getUTCDate())), approxMs: 7.5 * DAY },
  { level: 'days', interval: utcDay.filter((d) => [1, 15].includes(d.getUTCDate())), approxMs: 15 * DAY },
  { level: 'months', interval: utcMonth, approxMs: 30.4 * DAY },
  { level: 'months', interval: utcMonth.every(3)!, approxMs: 91 * DAY },
  { level: 'months', interval: utcMonth.every(6)!, approxMs: 182 * DAY },
  { level: 'years', interval: utcYear, approxMs: 365.2 * DAY },
  { level: 'years', interval: everyYears(2), approxMs: 730 * DAY },
  { level: 'years', interval: everyYears(5), approxMs: 1826 * DAY },
  { level: 'decades', interval: everyYears(10), approxMs: 3652 * DAY },
  { level: 'decades', interval: everyYears(20), approxMs: 7305 * DAY },
  { level: 'decades', interval: everyYears(50), approxMs: 18262 * DAY },
  { level: 'decades', interval: everyYears(100), approxMs: 36524 * DAY },
  { level: 'decades', interval: everyYears(200), approxMs: 73048 * DAY },
  { level: 'decades', interval: everyYears(500), approxMs: 182621 * DAY },
  { level: 'decades', interval: everyYears(1000), approxMs: 365242 * DAY },
];

function label(date: Date, level: AxisLevel): { label: string; major: boolean } {
  const year = formatYear(date.getUTCFullYear());
  const month = date.getUTCMonth();
  if (level === 'decades' || level === 'years') return { label: year, major: level === 'decades' || readerYear(date) % 10 === 0 };
  if (level === 'months') return month === 0 ? { label: year, major: true } : { label: MONTHS_SHORT[month], major: false };
  const day = date.getUTCDate();
  return day === 1 ? { label: `${MONTHS_SHORT[month]} ${year}`, major: true } : { label: `${day} ${MONTHS_SHORT[month]}`, major: false };
}

/**
 * Ticks for a time window drawn `lengthPx` long: the finest division whose labels still
 * have `minSpacingPx` each, from decades down to single days.
 */
export function axisTicks(start: number, end: number, lengthPx: number, minSpacingPx = 72): { level: AxisLevel; ticks: Tick[] } {
  const msPerPx = (end - start) / Math.max(lengthPx, 1);
  const step = STEPS.find((s) => s.approxMs / msPerPx >= minSpacingPx) ?? STEPS[STEPS.length - 1];
  const ticks = step.interval.range(new Date(start), new Date(end + 1)).map((date) => ({ time: date.getTime(), ...label(date, step.level) }));
  return { level: step.level, ticks };
}
