import { describe, expect, it } from 'vitest';
import { parseHistoricalDate, utcDay } from '../../src/lib/dates/historical-date.ts';
import { eraAt, eraEnd, eraNoteFor, eraSpan, ERAS } from '../../src/lib/dates/japanese-eras.ts';
import { japaneseEraDay } from '../../src/lib/dates/eras.ts';
import { eraBandsOf } from '../../src/lib/timeline/eras.ts';
import { readSiteSettings } from '../../src/content-source/site-settings.ts';

// The bands of this site, as content/site.yaml asks for them (reigns, and the two world wars).
const ERA_BANDS = eraBandsOf(readSiteSettings().settings.eras);
import { groupByEraAndDecade } from '../../src/lib/browse/group.ts';
import { sortChronologically } from '../../src/lib/chronology.ts';
import { toTimelineJs } from '../../src/lib/timelinejs/export.ts';
import type { ExportedEvent } from '../../src/lib/data-out/events.ts';

const at = (title: string, edtf: string) => {
  const result = parseHistoricalDate(edtf);
  if (!result.ok) throw new Error(result.reason);
  return { title, date: result.value };
};
const meiji = ERAS.find((era) => era.id === 'meiji')!;

describe('the one Japanese era table', () => {
  it('starts Meiji on 25 January 1868, the first day of the lunar year it was counted back to', () => {
    expect(eraAt(utcDay(1868, 1, 24)).id).toBe('before-meiji');
    expect(eraAt(utcDay(1868, 1, 25)).id).toBe('meiji');
    expect(meiji.proclaimed).toBe(utcDay(1868, 10, 23));
  });

  it('ends each era the millisecond before the next begins; the current one never ends', () => {
    expect(eraEnd(meiji)).toBe(utcDay(1912, 7, 30) - 1);
    expect(eraEnd(ERAS.at(-1)!)).toBe(Infinity);
    expect(eraSpan(meiji)).toBe('1868–1912');
  });

  it('is what the timeline draws its reign bands from, with the same dates', () => {
    const reigns = ERA_BANDS.filter((band) => band.kind === 'reign');
    expect(reigns.map((band) => [band.id, band.label, band.start, band.end])).toEqual(
      ERAS.filter((era) => Number.isFinite(era.start)).map((era) => [era.id, era.name, era.start, eraEnd(era)]),
    );
    expect(reigns[0]).toMatchObject({ id: 'meiji', start: utcDay(1868, 1, 25), end: utcDay(1912, 7, 30) - 1 });
    expect(ERA_BANDS.filter((band) => band.kind === 'period').map((band) => [band.id, band.start, band.end])).toEqual([['ww1', utcDay(1914, 7, 28), utcDay(1918, 11, 12) - 1], ['ww2', utcDay(1939, 9, 1), utcDay(1945, 9, 3) - 1]]);
    expect(eraBandsOf({ reigns: 'none', bands: [] })).toEqual([]);
  });

  it('gives the era-day conversions their romanised names', () => {
    for (const era of ERAS.filter((e) => e.native && e.start >= utcDay(1873, 1, 1))) {
      const first = new Date(era.start);
      const day = japaneseEraDay({ year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, day: first.getUTCDate() })!;
      expect([day.era, day.eraRomanized]).toEqual([era.native, era.name]);
    }
  });
});

describe("Meiji's note: only where the choice of its first day matters", () => {
  it.each([
    ['1868-01-24', null], // before Meiji either way
    ['1868-01-25', 'note'],
    ['1868-10-22', 'note'], // the last day that people at the time still dated Keiō 4
    ['1868-10-23', null], // the name had been proclaimed
    ['1895-04-17', null],
  ])('an event on %s gets %s', (day, expected) => {
    const [y, m, d] = day.split('-').map(Number);
    expect(eraNoteFor(meiji, [utcDay(y, m, d)])).toBe(expected && meiji.note);
  });

  it('is given to the chronology group whose events need it, and to no other', () => {
    const groups = groupByEraAndDecade(sortChronologically([
      at('Battle of Toba–Fushimi', '1868-01-27'),
      at('Treaty of Shimonoseki', '1895-04-17'),
      at('Mukden', '1931-09-18'),
    ]));
    expect(groups.map((g) => [g.era.id, g.note])).toEqual([['meiji', meiji.note], ['showa', null]]);
    expect(meiji.note).toContain('23 October 1868');
    const later = groupByEraAndDecade([at('Treaty of Shimonoseki', '1895-04-17')]);
    expect(later[0].note).toBeNull();
  });

  it('goes into the TimelineJS export with the era, when the exported events need it', () => {
    const exported = (slug: string) => ({ slug, title: slug, summary: '', url: `https://example.org/${slug}/`, date: { display: '' }, lane: { label: 'War' } }) as unknown as ExportedEvent;
    const eras = (edtfs: string[]) => toTimelineJs(edtfs.map((edtf) => ({ exported: exported(edtf), date: at(edtf, edtf).date })), { headline: 'T', text: '', reigns: true }).eras!;
    const early = eras(['1868-03-01', '1895-04-17']);
    expect(early[0]).toMatchObject({ start_date: { year: 1868, month: 3, day: 1 }, text: { headline: 'Meiji (明治)', text: `<p>${meiji.note}</p>` } });
    expect(eras(['1895-04-17'])[0].text).toEqual({ headline: 'Meiji (明治)' });
  });
});
