// The time axis's ticks, from single days to billions of years. Calendar arithmetic comes from
// ../dates/utc.ts, never from `Date`, so a window 13.8 billion years wide is divided as
// readily as a week.
import { formatYear } from '../dates/format.ts';
import { civilDay, daysInMonth, utcDay, utcYear, yearStart } from '../dates/utc.ts';

/** One tick of the time axis. */
export interface Tick {
  time: number;
  label: string;
  /** Ticks that start a larger unit (a year among months, a month among days) are drawn stronger. */
  major: boolean;
}

/** How finely the axis is divided: days, months, years, 10–500 years, or 1,000 years and more. */
export type AxisLevel = 'millennia' | 'decades' | 'years' | 'months' | 'days';

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
/** Year steps go 1, 2, 5, 10, 20, 50 … up to this many years. */
const MAX_YEAR_STEP = 1e14;

type Step =
  | { level: 'days'; days: (day: number) => boolean; approxMs: number }
  | { level: 'months'; every: number; approxMs: number }
  | { level: 'years' | 'decades' | 'millennia'; every: number; approxMs: number };

function yearSteps(): Step[] {
  const steps: Step[] = [];
  for (let power = 1; power <= MAX_YEAR_STEP; power *= 10) {
    for (const every of [power, 2 * power, 5 * power]) {
      const level = every < 10 ? 'years' : every < 1000 ? 'decades' : 'millennia';
      steps.push({ level, every, approxMs: every * YEAR });
    }
  }
  return steps;
}

const STEPS: Step[] = [
  { level: 'days', days: () => true, approxMs: DAY },
  { level: 'days', days: (d) => (d - 1) % 2 === 0, approxMs: 2 * DAY },
  { level: 'days', days: (d) => [1, 8, 15, 22].includes(d), approxMs: 7.5 * DAY },
  { level: 'days', days: (d) => [1, 15].includes(d), approxMs: 15 * DAY },
  { level: 'months', every: 1, approxMs: 30.4 * DAY },
  { level: 'months', every: 3, approxMs: 91 * DAY },
  { level: 'months', every: 6, approxMs: 182 * DAY },
  ...yearSteps(),
];

/** At most this many days or months are walked for one axis, whatever the window (a guard, far above any real axis). */
const MAX_WALK = 20_000;

/** Ticks on days of the month that `keep` accepts, from `start` to `end`. */
function dayTicks(start: number, end: number, keep: (day: number) => boolean): Tick[] {
  const ticks: Tick[] = [];
  // Walk the calendar itself rather than milliseconds, so that every step is a day however far away.
  let { year, month, day } = civilDay(start);
  for (let i = 0, time = utcDay(year, month, day); time <= end && i < MAX_WALK; i++) {
    if (time >= start && keep(day)) {
      const major = day === 1;
      ticks.push({ time, label: major ? `${MONTHS_SHORT[month - 1]} ${formatYear(year)}` : `${day} ${MONTHS_SHORT[month - 1]}`, major });
    }
    if (day < daysInMonth(year, month)) day += 1;
    else [year, month, day] = month === 12 ? [year + 1, 1, 1] : [year, month + 1, 1];
    time = utcDay(year, month, day);
  }
  return ticks;
}

/** Ticks on the first day of every `every`th month (January, April … for every 3). */
function monthTicks(start: number, end: number, every: number): Tick[] {
  const ticks: Tick[] = [];
  let { year, month } = civilDay(start);
  for (let i = 0, time = utcDay(year, month, 1); time <= end && i < MAX_WALK; i++) {
    if (time >= start && (month - 1) % every === 0) {
      ticks.push(month === 1 ? { time, label: formatYear(year), major: true } : { time, label: MONTHS_SHORT[month - 1], major: false });
    }
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    time = utcDay(year, month, 1);
  }
  return ticks;
}

/**
 * Ticks on the years whose number, as a reader writes it, is a multiple of `every`: 1950,
 * 2000 … and, before the Common Era, 500 BCE (astronomical -499), 10,000 BCE, 2.5 million BCE.
 */
function yearTicks(start: number, end: number, every: number): Tick[] {
  const first = utcYear(start);
  const last = utcYear(end);
  const years: number[] = [];
  // Before the Common Era the BCE number n = 1 - year is what must be round; then the CE years.
  if (first <= 0) {
    const nFrom = Math.floor((1 - first) / every) * every;
    const nTo = 1 - Math.min(last, 0);
    for (let n = nFrom; n >= nTo && n > 0 && years.length < MAX_WALK; n -= every) years.push(1 - n);
  }
  if (last >= 1) {
    for (let year = Math.ceil(Math.max(first, 1) / every) * every; year <= last && years.length < MAX_WALK; year += every) years.push(year);
  }
  return years
    .map((year) => ({ year, time: yearStart(year) }))
    .filter(({ time }) => time >= start && time <= end)
    .map(({ year, time }) => {
      const number = year <= 0 ? 1 - year : year;
      return { time, label: formatYear(year, every), major: every >= 10 || number % 10 === 0 };
    });
}

/** Room a tick label takes along a horizontal axis: 12px text, about 7.5px a character, and a gap. */
const LABEL_CHAR_PX = 7.5;
const LABEL_GAP_PX = 16;

function ticksFor(step: Step, start: number, end: number): Tick[] {
  if (step.level === 'days') return dayTicks(start, end, step.days);
  if (step.level === 'months') return monthTicks(start, end, step.every);
  return yearTicks(start, end, step.every);
}

/**
 * Ticks for a time window drawn `lengthPx` long: the finest division whose labels still
 * have `minSpacingPx` each, from billions of years down to single days. Where labels run
 * along the axis (`labelsAlong`, the horizontal timeline), the division is also coarsened
 * until its longest label fits ("13,799,999,990 BCE" needs more than 72px).
 */
export function axisTicks(start: number, end: number, lengthPx: number, minSpacingPx = 72, labelsAlong = true): { level: AxisLevel; ticks: Tick[] } {
  const msPerPx = (end - start) / Math.max(lengthPx, 1);
  let index = STEPS.findIndex((s) => s.approxMs / msPerPx >= minSpacingPx);
  if (index < 0) index = STEPS.length - 1;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return { level: STEPS[index].level, ticks: [] };
  const room = (ticks: Tick[]) => Math.max(0, ...ticks.map((t) => t.label.length)) * LABEL_CHAR_PX + LABEL_GAP_PX;
  let ticks = ticksFor(STEPS[index], start, end);
  while (labelsAlong && STEPS[index].approxMs / msPerPx < room(ticks) && index < STEPS.length - 1) {
    const coarser = ticksFor(STEPS[index + 1], start, end);
    // A coarser step can leave no round number in the window at all: keep every other tick instead.
    if (coarser.length < 2 && ticks.length > coarser.length) {
      const every = Math.ceil(room(ticks) / (STEPS[index].approxMs / msPerPx));
      return { level: STEPS[index].level, ticks: ticks.filter((_, i) => i % every === 0) };
    }
    ticks = coarser;
    index += 1;
  }
  return { level: STEPS[index].level, ticks };
}
