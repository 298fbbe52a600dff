import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { formatManyPageCitations, formatPageCitations, pageCitationItem, permalink, type PageCitationInput } from '../../src/lib/citations/page-citation.ts';
import { exportReference } from '../../src/lib/citations/csl.ts';
import { eventJsonLd, highwireTags, jsonLdText, temporalCoverage, type PageMetadataInput } from '../../src/lib/citations/page-metadata.ts';
import { parseHistoricalDate, type HistoricalDate } from '../../src/lib/dates/historical-date.ts';
import { fitTitle, renderCardSvg } from '../../src/lib/og/card.ts';
import { wrapText } from '../../src/lib/wrap-text.ts';

const input: PageCitationInput = {
  slug: 'huanggutun-incident-1928',
  title: 'Huanggutun Incident: Kwantung Army officers assassinate Zhang Zuolin',
  summary: 'On 4 June 1928 a bomb placed by Kwantung Army officers wrecked the train of Zhang Zuolin.',
  siteName: 'Northeast Asia 1895–1948',
  url: 'https://example.org/timeline/events/huanggutun-incident-1928/',
  lastChanged: { year: 2026, month: 11, day: 24 },
  accessed: { year: 2026, month: 11, day: 30 },
  version: '2026-11-24',
  tags: ['assassination', 'conspiracy'],
};
const item = pageCitationItem(input);
const PERMALINK = 'https://example.org/timeline/events/huanggutun-incident-1928/?v=2026-11-24';

function date(text: string): HistoricalDate {
  const result = parseHistoricalDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('the page as a CSL item', () => {
  it('is a web page in the site, dated by its last change, accessed on the build day, at its pinned URL', () => {
    expect(permalink(input.url!, '2026-11-24')).toBe(PERMALINK);
    expect(item).toMatchObject({
      id: 'huanggutun-incident-1928',
      type: 'webpage',
      'container-title': 'Northeast Asia 1895–1948',
      URL: PERMALINK,
      issued: { 'date-parts': [[2026, 11, 24]] },
      accessed: { 'date-parts': [[2026, 11, 30]] },
      keyword: 'assassination, conspiracy',
    });
  });

  it('is formatted by citeproc in Chicago, APA and MLA', () => {
    const cited = formatPageCitations(item);
    expect(cited.chicago).toBe('Northeast Asia 1895–1948. “Huanggutun Incident: Kwantung Army Officers Assassinate Zhang Zuolin,” November 24, 2026. https://example.org/timeline/events/huanggutun-incident-1928/?v=2026-11-24.');
    expect(cited.apa).toBe('<i>Huanggutun Incident: Kwantung Army officers assassinate Zhang Zuolin</i>. (2026, November 24). Northeast Asia 1895–1948. https://example.org/timeline/events/huanggutun-incident-1928/?v=2026-11-24');
    expect(cited.mla).toBe('“Huanggutun Incident: Kwantung Army Officers Assassinate Zhang Zuolin.” <i>Northeast Asia 1895–1948</i>, 24 Nov. 2026, https://example.org/timeline/events/huanggutun-incident-1928/?v=2026-11-24.');
  });
});

describe('many pages formatted together', () => {
  it('give each page exactly the reference it gets alone, pages with the same title too', () => {
    const page = (slug: string, title: string, day: number) => pageCitationItem({ ...input, slug, title, url: `https://example.org/timeline/events/${slug}/`, lastChanged: { year: 2026, month: 11, day }, version: `2026-11-${day}` });
    const items = [
      page('a', 'Battle of Mukden', 10),
      page('b', 'Battle of Mukden', 10), // same title and year: APA would add "2026a" in a shared list
      page('c', 'The Portsmouth Treaty', 12),
      page('d', 'Battle of Mukden', 11),
      item,
    ];
    const together = formatManyPageCitations(items);
    for (const one of items) expect(together.get(one.id), one.id).toEqual(formatManyPageCitations([one]).get(one.id));
    expect(together.get('b')!.apa).not.toMatch(/2026[a-z]/);
  });
});

describe('downloads parse back with citation-js', () => {
  it('BibTeX: key, title, URL, year and the access note', () => {
    const bib = exportReference(item, 'bibtex');
    expect(bib).toMatch(/^@misc\{huanggutun_incident_1928,/);
    const [back] = new Cite(bib).data as Record<string, unknown>[];
    expect(back).toMatchObject({ title: input.title, URL: PERMALINK, issued: { 'date-parts': [[2026, 11, 24]] } });
    expect(String(back.note)).toContain('accessed 2026-11-30');
  });

  it('RIS: an electronic source with its title, site, dates and an unbroken URL', () => {
    const ris = exportReference(item, 'ris');
    expect(ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(ris).toMatch(/^TY {2}- ELEC\r\n/);
    expect(ris).toMatch(/\r\nER {2}- \r\n$/);
    const [back] = new Cite(ris).data as Record<string, unknown>[];
    expect(back).toMatchObject({ type: 'webpage', title: input.title, URL: PERMALINK, issued: { 'date-parts': [[2026, 11, 24]] }, accessed: { 'date-parts': [[2026, 11, 30]] } });
    expect(ris).toContain('T2  - Northeast Asia 1895–1948');
  });

  it('CSL-JSON: the item itself, in a list', () => {
    expect(JSON.parse(exportReference(item, 'csl-json'))).toEqual([item]);
  });
});

const metadata: PageMetadataInput = {
  title: input.title,
  summary: input.summary,
  siteName: input.siteName,
  siteUrl: 'https://example.org/timeline/',
  url: input.url,
  permalink: PERMALINK,
  image: 'https://example.org/timeline/events/huanggutun-incident-1928/preview.png',
  lastChanged: input.lastChanged,
  date: date('1928-06-04'),
  names: [{ text: '皇姑屯事件', lang: 'zh-Hans' }],
  places: [{ name: 'Mukden', modernName: 'Shenyang', latitude: 41.8, longitude: 123.43, url: 'https://example.org/timeline/places/mukden/' }],
  tags: ['assassination', 'conspiracy'],
  sources: [{ title: 'Huanggutun incident', url: 'https://en.wikipedia.org/wiki/Huanggutun_incident' }, { title: 'Chang Tso-lin in Northeast China' }],
};

describe('Highwire tags and JSON-LD', () => {
  it('gives Zotero the title, date (YYYY/MM/DD), pinned URL and keywords', () => {
    expect(Object.fromEntries(highwireTags(metadata))).toEqual({
      citation_title: input.title,
      citation_publication_date: '2026/11/24',
      citation_publisher: 'Northeast Asia 1895–1948',
      citation_public_url: PERMALINK,
      citation_abstract_html_url: input.url,
      citation_abstract: input.summary,
      citation_language: 'en',
      citation_keywords: 'assassination; conspiracy',
    });
  });

  it('describes an Article about an Event, with temporal and spatial coverage', () => {
    const ld = JSON.parse(jsonLdText(eventJsonLd(metadata)));
    expect(ld['@type']).toBe('Article');
    expect(ld.temporalCoverage).toBe('1928-06-04');
    expect(ld.spatialCoverage).toEqual([{ '@type': 'Place', name: 'Mukden', alternateName: 'Shenyang', geo: { '@type': 'GeoCoordinates', latitude: 41.8, longitude: 123.43 }, url: 'https://example.org/timeline/places/mukden/' }]);
    expect(ld.about).toMatchObject({ '@type': 'Event', startDate: '1928-06-04', alternateName: ['皇姑屯事件'] });
    expect(ld.citation).toHaveLength(2);
  });

  it('writes temporalCoverage as ISO 8601 intervals, ".." for open ends, a year for a season', () => {
    expect(temporalCoverage(date('1904-02-08/1905-01-02'))).toBe('1904-02-08/1905-01-02');
    expect(temporalCoverage(date('1937-07-07/..'))).toBe('1937-07-07/..');
    expect(temporalCoverage(date('1931-09/1941~'))).toBe('1931-09/1941');
    expect(temporalCoverage(date('1918-21'))).toBe('1918');
  });

  it('cannot be closed early by a "</script>" in the data', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('the preview card', () => {
  it('wraps titles at spaces and shrinks them to fit four lines', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    const { size, lines } = fitTitle(input.title);
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(size).toBeGreaterThanOrEqual(31);
    expect(lines.join(' ')).toBe(input.title);
  });

  it('is a 1200×630 SVG with escaped text', () => {
    const svg = renderCardSvg({ siteName: 'A & B', title: 'Title <x>', dateText: '4 June 1928', address: 'example.org/e/' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('Title &lt;x&gt;');
  });
});

describe('long titles on the card', () => {
  it('fit whole at a smaller size rather than being cut', () => {
    const title = 'Treaty of Portsmouth transfers the Kwantung lease and southern Manchurian railway to Japan';
    const { lines } = fitTitle(title);
    expect(lines.join(' ')).toBe(title);
  });
});
