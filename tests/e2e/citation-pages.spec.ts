import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { sitemapPaths } from './helpers.ts';

// A battle, a treaty and a sensitive entry (with a content note).
const BATTLE = 'events/battles-of-nomonhan-khalkhin-gol-1939/';
const TREATY = 'events/treaty-of-shimonoseki-1895/';
const SENSITIVE = 'events/huanggutun-incident-1928/';
const eventPaths = () => sitemapPaths().filter((p) => /^events\/[^/]+\/$/.test(p));

async function meta(page: Page, name: string): Promise<string | null> {
  return page.locator(`meta[name="${name}"], meta[property="${name}"]`).first().getAttribute('content');
}

async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

test('Zotero reads the Highwire citation_* tags: title, date, pinned URL, language and keywords', async ({ page }) => {
  await page.goto(SENSITIVE);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(await meta(page, 'citation_title')).toBe(await page.locator('h1').textContent());
  expect(await meta(page, 'citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  const pinned = await meta(page, 'citation_public_url');
  expect(pinned).toMatch(new RegExp(`^${canonical!.replace(/[.?]/g, '\\$&')}\\?v=\\d{4}-\\d{2}-\\d{2}$`));
  expect(await meta(page, 'citation_abstract_html_url')).toBe(canonical);
  expect(await meta(page, 'citation_language')).toBe('en');
  expect(await meta(page, 'citation_publisher')).toBe('Northeast Asia 1895–1948');
  expect(await meta(page, 'citation_keywords')).toBe('assassination; conspiracy; gekokujo');
  // The date Zotero reads is the version the permalink pins.
  const date = (await meta(page, 'citation_publication_date'))!.replaceAll('/', '-');
  expect(pinned!.endsWith(`?v=${date}`)).toBe(true);
  // The citation shown on the page uses the same pinned URL.
  await expect(page.locator('.cite__style--chicago')).toContainText(pinned!);
});

test('JSON-LD parses: an Article about an Event, with temporal and spatial coverage', async ({ page }) => {
  for (const path of [BATTLE, TREATY, SENSITIVE]) {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks, path).toHaveLength(1);
    const ld = JSON.parse(blocks[0]);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Article');
    expect(ld.about['@type']).toBe('Event');
    expect(ld.headline).toBe(await page.locator('h1').textContent());
    const datetime = await page.locator('.event__date time').getAttribute('datetime');
    expect(ld.temporalCoverage.split('/')[0]).toBe(datetime);
    const places = await page.locator('.facts a[href*="/places/"]').allTextContents();
    expect(ld.spatialCoverage.map((p: { name: string }) => p.name)).toEqual(places);
    for (const place of ld.spatialCoverage) expect(place.geo['@type']).toBe('GeoCoordinates');
  }
  await page.goto(BATTLE);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.temporalCoverage).toBe('1939-05-11/1939-09-16');
  expect(ld.about).toMatchObject({ startDate: '1939-05-11', endDate: '1939-09-16' });
});

test('the BibTeX, RIS and CSL-JSON downloads parse back with citation-js', async ({ page, request }) => {
  await page.goto(TREATY);
  const title = (await page.locator('h1').textContent())!;
  const pinned = (await meta(page, 'citation_public_url'))!;
  const links = page.locator('.cite__downloads a[download]');
  await expect(links).toHaveText(['BibTeX', 'RIS', 'CSL-JSON']);
  const [bib, ris, json] = await Promise.all(
    (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).map(async (url) => {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      return { type: response.headers()['content-type'], text: await response.text() };
    }),
  );
  expect(bib.type).toContain('application/x-bibtex');
  expect(ris.type).toContain('application/x-research-info-systems');
  for (const text of [bib.text, ris.text, json.text]) {
    const [item] = new Cite(text).data as Record<string, unknown>[];
    expect(item.title).toBe(title);
    expect(item.URL).toBe(pinned);
    expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toHaveLength(3);
  }
  expect(bib.text).toMatch(/^@misc\{treaty_of_shimonoseki_1895,/);
  expect(bib.text).toMatch(/accessed \d{4}-\d{2}-\d{2}/);
  expect(ris.text).toMatch(/^TY {2}- ELEC\r\n/m);
  expect(JSON.parse(json.text)[0]).toMatchObject({ type: 'webpage', 'container-title': 'Northeast Asia 1895–1948' });
});

test('the page is cited in Chicago, APA and MLA, with its permalink and access date', async ({ page }) => {
  await page.goto(TREATY);
  const cite = page.locator('#cite');
  await expect(cite.getByRole('heading', { name: 'Cite this page' })).toBeVisible();
  await expect(cite.locator('dt')).toHaveText(['Chicago (notes and bibliography)', 'APA', 'MLA']);
  await expect(cite.locator('.cite__style--chicago dd')).toContainText('“Treaty of Shimonoseki Ends the First Sino-Japanese War,”');
  await expect(cite.locator('.cite__style--apa dd i')).toHaveText('Treaty of Shimonoseki ends the First Sino-Japanese War');
  await expect(cite.locator('.cite__style--mla dd i')).toHaveText('Northeast Asia 1895–1948');
  await expect(cite.locator('.cite__version time')).toHaveCount(2);
  await expect(cite.locator('.cite__version')).toContainText('as the access date');
});

test('the previous/next chain visits every event exactly once, in chronological order', async ({ request }) => {
  const all = new Set(eventPaths());
  // Walk back to the first event, then forward to the last.
  let path = TREATY;
  for (let html_ = await html(request, path), guard = 0; guard < all.size; guard++) {
    const previous = /<a rel="prev" href="\/(events\/[^"]+)"/.exec(html_)?.[1];
    if (!previous) break;
    path = previous;
    html_ = await html(request, path);
  }
  const visited: string[] = [];
  const starts: string[] = [];
  for (let next: string | undefined = path; next && visited.length <= all.size; ) {
    visited.push(next);
    const page = await html(request, next);
    starts.push(/<p class="event__date"[^>]*><time datetime="([^"]+)"/.exec(page)![1]);
    const found = /<a rel="next" href="\/(events\/[^"]+)"/.exec(page)?.[1];
    if (found) {
      // Each link back is the exact inverse.
      expect(await html(request, found)).toContain(`<a rel="prev" href="/${next}"`);
    }
    next = found;
  }
  expect(new Set(visited).size).toBe(visited.length);
  expect(new Set(visited)).toEqual(all);
  const sortable = starts.map((d) => d.padEnd(10, '-'));
  expect(sortable).toEqual([...sortable].sort());
});

test('other calendars: the Japanese era, the Qing reign and the Julian date, each in a <time datetime> with its language', async ({ page }) => {
  await page.goto(TREATY);
  const calendars = page.locator('.equivalent');
  await expect(calendars).toHaveText([
    'Old Style (Julian): 5 April 1895 (as Russian sources date it)',
    'Japanese era: Meiji 28 · 明治28年4月17日',
    'Qing reign: Guangxu 21 · 光緒二十一年三月二十三日 (lunar months)',
  ]);
  for (const time of await calendars.locator('time').all()) await expect(time).toHaveAttribute('datetime', '1895-04-17');
  await expect(calendars.locator('time[lang="ja"]')).toHaveText('明治28年4月17日');
  await expect(calendars.locator('time[lang="zh-Hant"]')).toHaveText('光緒二十一年三月二十三日');
  await page.goto(SENSITIVE);
  await expect(page.locator('.equivalent time[lang="ja"]')).toHaveText('昭和3年6月4日');
  await expect(page.locator('.equivalent time[lang="zh-Hant"]')).toHaveText('民國17年6月4日');
});

test('names in other scripts carry their language; romanisations are marked as Latin script', async ({ page }) => {
  await page.goto(TREATY);
  const names = page.locator('.names li');
  await expect(names.filter({ hasText: 'Shimonoseki Jōyaku' }).locator('[lang="ja"]')).toHaveText('下関条約');
  await expect(names.filter({ hasText: 'Shimonoseki Jōyaku' }).locator('[lang="ja-Latn"]')).toHaveText('Shimonoseki Jōyaku');
  await expect(names.filter({ hasText: 'Mǎguān' }).locator('[lang="zh-Hans"]')).toHaveText('马关条约');
  await expect(page.locator('.facts a[href$="/people/ito-hirobumi/"] + [lang="ja"]')).toHaveText('伊藤博文');
});

test('every event page has a map with a marker and a label for each of its places', async ({ request }) => {
  for (const path of eventPaths()) {
    const page = await html(request, path);
    const places = [...page.matchAll(/<a href="\/places\/([^/]+)\/"[^>]*>([^<]+)<\/a>/g)].map((m) => ({ slug: m[1], name: m[2].replace(/&amp;/g, '&') }));
    if (!places.length) continue;
    const svg = /<svg [^>]*class="lm [\s\S]*?<\/svg>/.exec(page)?.[0];
    expect(svg, `${path} has no map`).toBeTruthy();
    for (const { slug, name } of places) {
      expect(svg, `${path}: ${slug}`).toContain(`data-place="${slug}"`);
      expect(svg, `${path}: ${name}`).toContain(`>${name.replace(/&/g, '&amp;')}</tspan>`);
    }
  }
});

test('the map labels give the period name and today\'s name (Port Arthur, now Lüshunkou)', async ({ page }) => {
  await page.goto(TREATY);
  const map = page.getByRole('img', { name: /Where it happened/ });
  await expect(map).toBeVisible();
  await expect(map.locator('.lm-label-name', { hasText: 'Port Arthur' })).toHaveCount(1);
  await expect(map.locator('.lm-label-now', { hasText: 'now Lüshunkou, Dalian' })).toHaveCount(1);
  await expect(map.locator('.lm-marker')).toHaveCount(3);
});

test('related events are named in words, in both directions', async ({ page }) => {
  await page.goto(TREATY);
  const related = page.locator('.related li');
  await expect(related.filter({ hasText: 'Led to:' })).toContainText('Triple Intervention');
  await page.goto('events/triple-intervention-1895/');
  await expect(page.locator('.related li').filter({ hasText: /^Followed from:/ })).toContainText('Treaty of Shimonoseki');
  await expect(page.getByRole('link', { name: 'See on the timeline' })).toHaveAttribute('href', '/?event=triple-intervention-1895');
});

test('links to people and places go to their pages', async ({ page }) => {
  await page.goto(TREATY);
  const person = page.locator('.facts a[href="/people/ito-hirobumi/"]');
  const place = page.locator('.facts a[href="/places/port-arthur/"]');
  await expect(person).toHaveText('Itō Hirobumi');
  await expect(place).toHaveText('Port Arthur');
  for (const link of [person, place]) {
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
  }
});

test('an event page loads one tiny script (the copy buttons) and nothing is refused by the CSP', async ({ page }) => {
  for (const path of [BATTLE, TREATY, SENSITIVE]) {
    const scripts: { url: string; bytes: number }[] = [];
    const refused: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), bytes: (await response.body()).length });
    });
    page.on('console', (message) => { if (/Content Security Policy|Refused/i.test(message.text())) refused.push(message.text()); });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The page reads in full without it: the script only adds "Copy" buttons.
    expect(scripts.length, path).toBeLessThanOrEqual(1);
    for (const script of scripts) expect(script.bytes, script.url).toBeLessThan(2048);
    expect(refused, path).toEqual([]);
    page.removeAllListeners('response');
    page.removeAllListeners('console');
  }
});

test('Open Graph and Twitter cards point at a 1200×630 PNG made at build time', async ({ page, request }) => {
  await page.goto(BATTLE);
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'og:title')).toBe(await page.locator('h1').textContent());
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  const image = (await meta(page, 'og:image'))!;
  expect(await meta(page, 'twitter:image')).toBe(image);
  expect([await meta(page, 'og:image:width'), await meta(page, 'og:image:height')]).toEqual(['1200', '630']);
  // The image is served by this site (the absolute URL names the deployed origin).
  const local = new URL(image).pathname;
  const response = await request.get(local);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('content note first, then labelled callouts for disputes and provenance', async ({ page }) => {
  await page.goto(SENSITIVE);
  const note = page.getByRole('complementary', { name: 'Content note' });
  await expect(note).toContainText('political assassination');
  // The content note comes before the text it warns about.
  const order = await page.evaluate(() => {
    const note = document.querySelector('.callout--content-note')!;
    const prose = document.querySelector('.prose')!;
    return note.compareDocumentPosition(prose) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  await expect(page.getByRole('complementary', { name: 'Where sources disagree' })).toContainText('mid-ranking staff officers');
});

test('print: no navigation, the page address shown, notes and bibliography kept, at most two A4 pages', async ({ page }) => {
  for (const path of [BATTLE, TREATY, SENSITIVE]) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.event-nav')).toBeHidden();
    await expect(page.locator('.event__print-url')).toBeVisible();
    await expect(page.locator('.event__print-url')).toContainText(`${path}?v=`);
    await expect(page.locator('.footnotes li').first()).toBeVisible();
    await expect(page.locator('.bibliography')).toBeVisible();
    await expect(page.locator('.cite__style--chicago')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    // The page tree's /Count is the number of pages (Chromium writes no outline).
    const pages = Math.max(0, ...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
    expect(pages, path).toBeGreaterThanOrEqual(1);
    expect(pages, path).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  }
});
