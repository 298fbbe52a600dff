import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseHistoricalDate, type HistoricalDate } from '../../src/lib/dates/historical-date.ts';
import { chineseNumeral, eraDayText, eraYearRomanized, japaneseEraDay, qingDay, rocDay } from '../../src/lib/dates/eras.ts';
import { calendarEquivalents, computeJulianDate, formatEraDate } from '../../src/lib/dates/equivalents.ts';
import { formatHistoricalDate } from '../../src/lib/dates/format.ts';
import { ROOT } from '../helpers/fixtures.ts';

function date(text: string): HistoricalDate {
  const result = parseHistoricalDate(text);
  if (!result.ok) throw new Error(`${text}: ${result.reason}`);
  return result.value;
}
const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number);
  return { year, month, day: d };
};

describe('Japanese era days (Intl ja-JP-u-ca-japanese), including the days eras changed', () => {
  it.each([
    ['1873-01-01', '明治6年1月1日', 'Meiji 6'], // the first Gregorian day in Japan
    ['1895-04-17', '明治28年4月17日', 'Meiji 28'],
    ['1912-07-29', '明治45年7月29日', 'Meiji 45'], // the last day of Meiji
    ['1912-07-30', '大正元年7月30日', 'Taishō 1'], // the first day of Taishō
    ['1926-12-24', '大正15年12月24日', 'Taishō 15'],
    ['1926-12-25', '昭和元年12月25日', 'Shōwa 1'], // the first day of Shōwa
    ['1928-06-04', '昭和3年6月4日', 'Shōwa 3'],
    ['1945-08-15', '昭和20年8月15日', 'Shōwa 20'],
    ['1989-01-07', '昭和64年1月7日', 'Shōwa 64'],
    ['1989-01-08', '平成元年1月8日', 'Heisei 1'],
    ['2025-09-05', '令和7年9月5日', 'Reiwa 7'],
  ])('%s is %s (%s)', (iso, text, romanized) => {
    const era = japaneseEraDay(day(iso))!;
    expect(eraDayText(era)).toBe(text);
    expect(eraYearRomanized(era)).toBe(romanized);
  });

  it('is not given before 1873, when Japan still counted lunisolar months', () => {
    expect(japaneseEraDay(day('1872-12-31'))).toBeNull();
  });
});

describe('Republic of China (Intl zh-TW-u-ca-roc) and Qing reign days', () => {
  it.each([
    ['1912-01-01', '民國元年1月1日', 'Minguo 1'],
    ['1928-06-04', '民國17年6月4日', 'Minguo 17'],
    ['1931-09-18', '民國20年9月18日', 'Minguo 20'],
    ['1945-08-15', '民國34年8月15日', 'Minguo 34'],
  ])('%s is %s (%s)', (iso, text, romanized) => {
    const roc = rocDay(day(iso))!;
    expect(eraDayText(roc)).toBe(text);
    expect(eraYearRomanized(roc)).toBe(romanized);
  });

  it.each([
    // The Treaty of Shimonoseki bears the date Guangxu 21, 3rd month, 23rd day.
    ['1895-04-17', '光緒二十一年三月二十三日', 'Guangxu 21'],
    ['1875-02-06', '光緒元年正月初一日', 'Guangxu 1'], // lunar new year 1875: Guangxu's first day
    ['1875-02-05', '同治十三年十二月二十九日', 'Tongzhi 13'],
    ['1903-07-01', '光緒二十九年閏五月初七日', 'Guangxu 29'], // a leap (intercalary) month
    ['1904-02-08', '光緒二十九年十二月二十三日', 'Guangxu 29'],
    ['1911-12-31', '宣統三年十一月十二日', 'Xuantong 3'],
  ])('%s is %s (%s)', (iso, text, romanized) => {
    const qing = qingDay(day(iso))!;
    expect(eraDayText(qing, true)).toBe(text);
    expect(eraYearRomanized(qing)).toBe(romanized);
  });

  it('the Republic begins on 1 January 1912 and the Qing calendar ends the day before', () => {
    expect(rocDay(day('1911-12-31'))).toBeNull();
    expect(qingDay(day('1912-01-01'))).toBeNull();
  });

  it('writes Chinese numerals as dates do', () => {
    expect([1, 10, 11, 20, 21, 30, 99].map(chineseNumeral)).toEqual(['一', '十', '十一', '二十', '二十一', '三十', '九十九']);
    expect(() => chineseNumeral(0)).toThrow();
  });
});

describe('whole dates in era calendars: precision, uncertainty and ranges', () => {
  it.each([
    ['1928-06-04', 'japanese', '昭和3年6月4日', 'Shōwa 3'],
    ['1937-07-25/1937-07-31', 'japanese', '昭和12年7月25日～7月31日', 'Shōwa 12'],
    ['1904-02-08/1905-01-02', 'japanese', '明治37年2月8日～明治38年1月2日', 'Meiji 37–38'],
    ['1912', 'japanese', '明治45年／大正元年', 'Meiji 45 – Taishō 1'],
    ['1926', 'japanese', '大正15年／昭和元年', 'Taishō 15 – Shōwa 1'],
    ['1918-21', 'japanese', '大正7年春', 'Taishō 7'],
    ['1932~/1939-09', 'japanese', '昭和7年頃～昭和14年9月', 'Shōwa 7–14'],
    ['1941?/1944?', 'japanese', '昭和16年（？）～昭和19年（？）', 'Shōwa 16–19'],
    ['1937-07-07/..', 'japanese', '昭和12年7月7日～', 'Shōwa 12'],
    ['1937-07-25/1937-07-31', 'roc', '民國26年7月25日至7月31日', 'Minguo 26'],
    ['1931-09-18/1941~', 'roc', '民國20年9月18日至約民國30年', 'Minguo 20–30'],
    ['1937-07-07/..', 'roc', '民國26年7月7日起', 'Minguo 26'],
    ['1904-02-08/1905-01-02', 'qing', '光緒二十九年十二月二十三日至光緒三十年十一月二十七日', 'Guangxu 29–30'],
    ['1895', 'qing', '光緒二十年／光緒二十一年', 'Guangxu 20–21'], // a Gregorian year spans two lunar years
  ] as const)('%s in the %s calendar is %s', (text, calendar, expected, romanized) => {
    expect(formatEraDate(date(text), calendar)).toEqual({ text: expected, romanized });
  });
});

describe('Julian (Old Style) dates for Russian sources', () => {
  it.each([
    ['1895-04-17', '5 April 1895'],
    ['1904-02-08/1905-01-02', '26 January – 20 December 1904'],
    ['1918-01-12', '30 December 1917'],
    ['1918-02-13', '31 January 1918'], // Russia's last Old Style day
    ['1900-03-13', '29 February 1900'], // a Julian leap day the Gregorian calendar skipped
  ])('%s is %s', (text, expected) => {
    expect(formatHistoricalDate(computeJulianDate(date(text))!)).toBe(expected);
  });

  it('is not computed from 14 February 1918, nor for dates known only to the month', () => {
    expect(computeJulianDate(date('1918-02-14'))).toBeNull();
    expect(computeJulianDate(date('1917-12~/1920-11~'))).toBeNull();
  });

  it('an authored Old Style date is shown as authored; one is computed only for Russian-dated events', () => {
    const authored = calendarEquivalents(date('1895-04-17'), { russian: true, julianDate: date('1895-04-05') });
    expect(authored).toEqual([{ calendar: 'julian', label: 'Old Style (Julian)', text: '5 April 1895', source: 'authored', datetime: '1895-04-17' }]);
    expect(calendarEquivalents(date('1905-09-05'), { russian: true })[0]).toMatchObject({ text: '23 August 1905', source: 'computed' });
    expect(calendarEquivalents(date('1905-09-05'), {})).toEqual([]);
  });

  it('every Old Style date in the content agrees with the computed one', () => {
    const dir = join(ROOT, 'content/events');
    const checked: string[] = [];
    for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
      const front = parseYaml(readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1]) as { date: string; julianDate?: string };
      if (!front.julianDate) continue;
      const computed = computeJulianDate(date(front.date));
      expect(computed?.edtf, file).toBe(front.julianDate);
      checked.push(file);
    }
    expect(checked.length).toBeGreaterThan(0);
  });
});

describe('the equivalents an event page shows', () => {
  it('orders Julian, Japanese, then the Chinese calendar of the time, each with its language', () => {
    const shown = calendarEquivalents(date('1895-04-17'), { japanese: true, chinese: true, russian: true });
    expect(shown.map((e) => [e.label, e.text, e.lang])).toEqual([
      ['Old Style (Julian)', '5 April 1895', undefined],
      ['Japanese era', '明治28年4月17日', 'ja'],
      ['Qing reign', '光緒二十一年三月二十三日', 'zh-Hant'],
    ]);
    expect(new Set(shown.map((e) => e.datetime))).toEqual(new Set(['1895-04-17']));
  });

  it('uses the Republic from 1912 and no Chinese calendar after 1949', () => {
    expect(calendarEquivalents(date('1928-06-04'), { chinese: true }).map((e) => e.text)).toEqual(['民國17年6月4日']);
    expect(calendarEquivalents(date('2025-09-05'), { japanese: true, chinese: true }).map((e) => e.calendar)).toEqual(['japanese']);
  });
});
