// Era calendars that the sources of this period date by: Japanese eras (nengō), the Republic
// of China (Minguo) and, before 1912, the Qing reign years with lunar months. Conversions use
// the Intl calendars (ICU); only the reign-year table of the late Qing is ours.
import type { CalendarDay } from './julian.ts';
import { utcDay } from './historical-date.ts';
import { ERAS } from './japanese-eras.ts';

/** A year counted in an era: Shōwa 3, Minguo 17, Guangxu 21. */
export interface EraYear {
  /** The era's name in its own script: 昭和, 民國, 光緒. */
  era: string;
  /** The era's name in Latin letters: Shōwa, Minguo, Guangxu. */
  eraRomanized: string;
  /** The year of the era; 1 is the first (gannen) year. */
  year: number;
}

/** A day counted in an era. Months are Gregorian except in the Qing calendar, where they are lunar. */
export interface EraDay extends EraYear {
  month: number;
  day: number;
  /** A lunar leap (intercalary) month, written 閏. */
  leapMonth?: boolean;
}

/** Japan counted Gregorian days from 1 January 1873 (Meiji 6); before that its calendar was lunisolar. */
export const JAPAN_GREGORIAN_START: CalendarDay = { year: 1873, month: 1, day: 1 };
/** The Republic of China began on 1 January 1912 (Minguo 1). */
export const ROC_START: CalendarDay = { year: 1912, month: 1, day: 1 };

/**
 * Late Qing reign eras by the lunar year (as Intl's `relatedYear`) in which their first year
 * began. Reign years run with lunar years: Guangxu 1 is the lunar year that began in 1875.
 */
export const QING_REIGNS = [
  { era: '同治', eraRomanized: 'Tongzhi', firstLunarYear: 1862 },
  { era: '光緒', eraRomanized: 'Guangxu', firstLunarYear: 1875 },
  { era: '宣統', eraRomanized: 'Xuantong', firstLunarYear: 1909 },
] as const;

// Romanised names from the one era table; an era newer than it falls back to ICU's own name.
const JAPANESE_ROMANIZED: Record<string, string> = Object.fromEntries(ERAS.flatMap((era) => (era.native ? [[era.native, era.name]] : [])));

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsOf(locale: string, day: CalendarDay, options: Intl.DateTimeFormatOptions): Map<string, string> {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    formatters.set(key, formatter);
  }
  const parts = formatter.formatToParts(new Date(utcDay(day.year, day.month, day.day)));
  return new Map(parts.map((part) => [part.type as string, part.value]));
}

const before = (a: CalendarDay, b: CalendarDay) => utcDay(a.year, a.month, a.day) < utcDay(b.year, b.month, b.day);

/** The Japanese era day (Shōwa 3, 6th month, 4th day) of a Gregorian day, or null before 1873. */
export function japaneseEraDay(day: CalendarDay): EraDay | null {
  if (before(day, JAPAN_GREGORIAN_START)) return null;
  const parts = partsOf('ja-JP-u-ca-japanese', day, { era: 'long', year: 'numeric', month: 'numeric', day: 'numeric' });
  const era = parts.get('era')!;
  return { era, eraRomanized: JAPANESE_ROMANIZED[era] ?? partsOf('en-u-ca-japanese', day, { era: 'long', year: 'numeric' }).get('era')!, year: Number(parts.get('year')), month: day.month, day: day.day };
}

/** The Republic of China (Minguo) day of a Gregorian day, or null before 1912. */
export function rocDay(day: CalendarDay): EraDay | null {
  if (before(day, ROC_START)) return null;
  const parts = partsOf('zh-TW-u-ca-roc', day, { era: 'long', year: 'numeric', month: 'numeric', day: 'numeric' });
  return { era: parts.get('era')!, eraRomanized: 'Minguo', year: Number(parts.get('year')), month: day.month, day: day.day };
}

/**
 * The Qing reign day of a Gregorian day: reign year, lunar month and day (Guangxu 21, 3rd
 * month, 23rd day for 17 April 1895). Null from 1912, when the Republic's calendar took over,
 * and before the Tongzhi reign.
 */
export function qingDay(day: CalendarDay): EraDay | null {
  if (!before(day, ROC_START)) return null;
  const parts = partsOf('en-u-ca-chinese', day, { year: 'numeric', month: 'numeric', day: 'numeric' });
  const lunarYear = Number(parts.get('relatedYear') ?? parts.get('year'));
  const reign = [...QING_REIGNS].reverse().find((r) => lunarYear >= r.firstLunarYear);
  if (!reign) return null;
  const monthText = parts.get('month')!;
  return {
    era: reign.era,
    eraRomanized: reign.eraRomanized,
    year: lunarYear - reign.firstLunarYear + 1,
    month: Number.parseInt(monthText, 10),
    day: Number(parts.get('day')),
    ...(/bis/.test(monthText) ? { leapMonth: true } : {}),
  };
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A number from 1 to 99 in Chinese numerals, as reign dates are written: 二十一, 十一, 三十. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`${n} is outside 1–99`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return `${tensText}${units ? DIGITS[units] : ''}`;
}

/** An era year in its own script: 昭和3年, 大正元年, 民國17年, 光緒二十一年. */
export function eraYearText(value: EraYear, chinese = false): string {
  if (value.year === 1) return `${value.era}元年`;
  return `${value.era}${chinese ? chineseNumeral(value.year) : value.year}年`;
}

/** An era day in its own script: 昭和3年6月4日, 民國17年6月4日, 光緒二十一年三月二十三日. */
export function eraDayText(value: EraDay, lunar = false): string {
  if (!lunar) return `${eraYearText(value)}${value.month}月${value.day}日`;
  const month = `${value.leapMonth ? '閏' : ''}${value.month === 1 ? '正' : chineseNumeral(value.month)}月`;
  const day = value.day <= 10 ? `初${chineseNumeral(value.day)}` : chineseNumeral(value.day);
  return `${eraYearText(value, true)}${month}${day}日`;
}

/** An era year in Latin letters: Shōwa 3, Minguo 17, Guangxu 21. */
export function eraYearRomanized(value: EraYear): string {
  return `${value.eraRomanized} ${value.year}`;
}
