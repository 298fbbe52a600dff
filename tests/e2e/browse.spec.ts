import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from './helpers.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
const ROOT = join(import.meta.dirname, '../..');

interface ExportedEvent { slug: string; url: string; title: string; lane: { id: string }; tags: string[]; names: { text: string; romanization: string | null }[]; people: { slug: string }[]; date: { earliest: string } }
const exported = JSON.parse(readFileSync(join(ROOT, OUT_DIR, 'data/events.json'), 'utf8')) as { count: number; events: ExportedEvent[] };
const events = exported.events;

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Watches for Content-Security-Policy violations reported by the page. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => { if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text()); });
  return violations;
}

test.describe('the chronology of events', () => {
  test('groups every event by era and decade, in order', async ({ page }) => {
    await page.goto('events/');
    await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
    for (const era of ['Meiji era', 'Taishō era', 'Shōwa era']) await expect(page.getByRole('heading', { level: 2, name: new RegExp(era) })).toBeVisible();
    await expect(page.locator('#era-taisho h2')).toContainText('1912–1926');
    await expect(page.locator('.event-item')).toHaveCount(events.length);
    const slugs = await page.locator('.event-item').evaluateAll((items) => items.map((i) => i.id.replace(/^event-/, '')));
    expect(slugs).toEqual(events.map((e) => e.slug));
    // The Taishō era ended on 25 December 1926: the 1920s appear in both eras, each with its own id.
    await expect(page.locator('#era-taisho .decade__heading').last()).toHaveText('1920s');
    await expect(page.locator('#era-showa .decade__heading').first()).toHaveText('1920s');
    await expect(page.locator('#era-showa .decade').first()).toHaveAttribute('id', 'decade-1920s-showa');
    await expect(page.locator('#era-taisho #event-siege-of-tsingtao-1914')).toHaveCount(1);
    await expect(page.locator('#era-showa #event-huanggutun-incident-1928')).toHaveCount(1);
  });

  test('filters by theme and tag at once, keeps the filter in the URL and on the timeline link', async ({ page }) => {
    await page.goto('events/');
    const lane = page.getByLabel('Theme', { exact: true });
    const tag = page.getByLabel('Tag', { exact: true });
    await lane.selectOption('war');
    const war = events.filter((e) => e.lane.id === 'war');
    await expect(page.locator('.event-item:visible')).toHaveCount(war.length);
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing ${war.length} of ${events.length} events: Wars and battles.`);
    await expect(page).toHaveURL(/\/events\/\?lane=war$/);
    await expect(page.getByRole('link', { name: 'See these events on the timeline' })).toHaveAttribute('href', '/?lane=war');
    await tag.selectOption('border-war');
    const both = war.filter((e) => e.tags.includes('border-war'));
    expect(both.length).toBeGreaterThan(0);
    await expect(page.locator('.event-item:visible')).toHaveCount(both.length);
    await expect(page).toHaveURL(/\?lane=war&tag=border-war$/);
    await expect(page.getByRole('link', { name: 'See these events on the timeline' })).toHaveAttribute('href', '/?lane=war&tag=border-war');
    // Eras and decades with nothing left are hidden, and so are their jump links.
    await expect(page.locator('#era-meiji')).toBeHidden();
    await expect(page.locator('.jump-nav li[data-group="era-meiji"]')).toBeHidden();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page.locator('.event-item:visible')).toHaveCount(events.length);
    await expect(page).toHaveURL(/\/events\/$/);
  });

  test('a link with ?lane= and ?tag= opens filtered', async ({ page }) => {
    await page.goto('events/?tag=treaty');
    const treaties = events.filter((e) => e.tags.includes('treaty'));
    await expect(page.locator('.event-item:visible')).toHaveCount(treaties.length);
    await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('treaty');
  });

  test('without JavaScript, theme and tag pages do the filtering', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('events/');
    await expect(page.getByLabel('Theme', { exact: true })).toBeHidden();
    await expect(page.locator('.event-item:visible')).toHaveCount(events.length);
    await page.getByRole('link', { name: 'Siberian Intervention', exact: true }).first().click();
    await expect(page).toHaveURL(/\/themes\/siberia\/$/);
    const siberia = events.filter((e) => e.lane.id === 'siberia');
    await expect(page.locator('.event-item')).toHaveCount(siberia.length);
    await expect(page.getByRole('link', { name: 'See them on the timeline' })).toHaveAttribute('href', '/?lane=siberia');
    await page.goto('tags/');
    // Tags read by their labels in content/tags.yaml, not by their ids.
    await page.getByRole('link', { name: 'Border wars', exact: true }).click();
    await expect(page).toHaveURL(/\/tags\/border-war\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tagged “Border wars”');
    await expect(page.locator('.event-item')).toHaveCount(events.filter((e) => e.tags.includes('border-war')).length);
    await expect(page.getByRole('link', { name: 'See them on the timeline' })).toHaveAttribute('href', '/?tag=border-war');
    await context.close();
  });
});

test.describe('people and places', () => {
  test('a person: names in their own scripts, aliases, and every event in order', async ({ page }) => {
    await page.goto('people/zhang-zuolin/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zhang Zuolin');
    await expect(page.locator('[lang="zh-Hant"]')).toHaveText('張作霖');
    await expect(page.locator('[lang="zh-Hans"]')).toHaveText('张作霖');
    await expect(page.locator('[lang="ja"]')).toHaveText('張作霖');
    await expect(page.getByText('Also written: Chang Tso-lin, Old Marshal')).toBeVisible();
    const expected = events.filter((e) => e.people.some((p) => p.slug === 'zhang-zuolin'));
    await expect(page.locator('.event-item')).toHaveCount(expected.length);
    await page.getByRole('link', { name: /Huanggutun Incident/ }).click();
    await expect(page).toHaveURL(/\/events\/huanggutun-incident-1928\/$/);
  });

  test('every person and place page lists its events in chronological order', async ({ page }) => {
    for (const path of sitemapPaths(OUT_DIR).filter((p) => /^(people|places)\/[a-z0-9-]+\/$/.test(p)).slice(0, 200)) {
      await page.goto(path);
      const dates = await page.locator('.event-item time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
      const order = events.map((e) => e.url.replace(/^https?:\/\/[^/]+/, ''));
      const links = await page.locator('.event-item__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.map((l) => order.indexOf(l)), path).toEqual([...links.map((l) => order.indexOf(l))].sort((a, b) => a - b));
      expect(dates.length, path).toBe(links.length);
    }
  });

  test('the places index has a map in which every place links to its page', async ({ page }) => {
    await page.goto('places/');
    const places = sitemapPaths(OUT_DIR).filter((p) => /^places\/[a-z0-9-]+\/$/.test(p));
    const onMaps = await page.locator('svg.places-map a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(onMaps)).toEqual(new Set(places.map((p) => `/${p}`)));
    await expect(page.getByRole('group', { name: /Map of Northeast Asia/ })).toBeVisible();
    await page.locator('svg.places-map a[href="/places/mukden/"]').click();
    await expect(page).toHaveURL(/\/places\/mukden\/$/);
    await expect(page.locator('[lang="ja"]').first()).toHaveText('奉天');
    await expect(page.locator('svg.places-map a[aria-current="page"]')).toHaveAttribute('href', '/places/mukden/');
  });
});

test.describe('search', () => {
  test('finds every event by its title and by each of its other names, in every script', async ({ page }) => {
    const csp = watchCsp(page);
    await page.goto('search/');
    const misses = await page.evaluate(async (list) => {
      const bundle = '/pagefind/pagefind.js'; // the site's own Pagefind bundle, built by scripts/build.mjs
      const pagefind = await import(bundle);
      await pagefind.init();
      const missing: string[] = [];
      for (const event of list) {
        const path = new URL(event.url).pathname;
        const queries = [event.title, ...event.names.flatMap((n) => [n.text, n.romanization ?? '']).filter(Boolean)];
        for (const query of queries) {
          const search = await pagefind.search(query);
          const urls = await Promise.all(search.results.slice(0, 10).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
          if (!urls.includes(path)) missing.push(`${event.slug}: "${query}"`);
        }
      }
      return missing;
    }, events);
    expect(misses).toEqual([]);
    expect(csp).toEqual([]);
  });

  test('finds people’s other spellings and scripts: 張作霖 and Chang Tso-lin find the Huanggutun Incident', async ({ page }) => {
    const csp = watchCsp(page);
    for (const [query, slug] of [['Khalkhin Gol', 'battles-of-nomonhan-khalkhin-gol-1939'], ['張作霖', 'huanggutun-incident-1928'], ['Chang Tso-lin', 'huanggutun-incident-1928'], ['ノモンハン', 'battles-of-nomonhan-khalkhin-gol-1939'], ['Порт-Артур', 'siege-of-port-arthur-1904-1905']]) {
      await page.goto(`search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator(`.search-result a[href="/events/${slug}/"]`), query).toBeVisible();
      await expect(page.getByRole('status')).toContainText(`for “${query}”`);
    }
    expect(await axe(page)).toEqual([]);
    expect(csp).toEqual([]);
  });

  test('the header search box leads to results, and typing updates them and the URL', async ({ page }) => {
    await page.goto('places/');
    await page.getByRole('searchbox', { name: 'Search events, people and places' }).fill('Nomonhan');
    await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=Nomonhan$/);
    await expect(page.locator('.search-result a[href="/events/battles-of-nomonhan-khalkhin-gol-1939/"]')).toBeVisible();
    const box = page.locator('#search-q');
    await expect(box).toHaveValue('Nomonhan');
    await box.fill('Port Arthur');
    await expect(page).toHaveURL(/\?q=Port\+Arthur$/);
    await expect(page.locator('.search-result a[href="/events/siege-of-port-arthur-1904-1905/"]')).toBeVisible();
    await box.fill('zzzzqqq');
    await expect(page.getByRole('status')).toContainText('Nothing found for “zzzzqqq”');
  });

  test('without JavaScript the search page points to the chronology', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('events/');
    await page.getByRole('searchbox', { name: 'Search events, people and places' }).fill('Mukden');
    await page.getByRole('searchbox', { name: 'Search events, people and places' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Mukden$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'chronology of events' }).click();
    await expect(page).toHaveURL(/\/events\/$/);
    await context.close();
  });
});

test.describe('the data', () => {
  test('events.json has every event and its schema; CSV, CSL-JSON, TimelineJS, Atom and robots.txt are published', async ({ request }) => {
    const eventPages = sitemapPaths(OUT_DIR).filter((p) => /^events\/[a-z0-9-]+\/$/.test(p));
    const json = await (await request.get('data/events.json')).json();
    expect(json.count).toBe(eventPages.length);
    const schema = await request.get('data/events.schema.json');
    expect(schema.ok()).toBe(true);
    expect((await schema.json()).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const csv = await (await request.get('data/events.csv')).text();
    expect(csv.split('\r\n')[0]).toBe('slug,title,date,date_display,start,end,lane,tags,places,people,summary,url');
    expect(csv.trim().split('\r\n').length).toBe(eventPages.length + 1);
    const csl = await (await request.get('data/bibliography.json')).json();
    expect(csl.length).toBeGreaterThan(20);
    expect(csl.every((item: { id: string; type: string; title: string }) => item.id && item.type && item.title)).toBe(true);
    const tl = await (await request.get('data/timelinejs.json')).json();
    expect(tl.events).toHaveLength(eventPages.length);
    expect(tl.events[0]).toHaveProperty('start_date.year');
    const feed = await (await request.get('feed.atom')).text();
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed.match(/<entry>/g)?.length).toBe(Math.min(20, eventPages.length));
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });
});

test.describe('the 404 page', () => {
  test('suggests events that match the words of the missing address', async ({ page }) => {
    const response = await page.goto('events/nomonhan-1939/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const suggestions = page.getByRole('region', { name: 'Perhaps you were looking for' });
    await expect(suggestions.getByRole('link').first()).toHaveText('Nomonhan Incident / Battles of Khalkhin Gol');
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page)).toEqual([]);
  });

  test('works as /404.html, and under the sub-path', async ({ page, baseURL }) => {
    const direct = await page.goto('404.html');
    expect(direct?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('region', { name: 'Perhaps you were looking for' })).toBeHidden();
    const subpath = new URL(baseURL!);
    subpath.port = String(Number(subpath.port) + 1);
    const response = await page.goto(new URL('/timeline/events/zhang-zuolin-killed/', subpath).href);
    expect(response?.status()).toBe(404);
    const first = page.getByRole('region', { name: 'Perhaps you were looking for' }).getByRole('link').first();
    await expect(first).toHaveAttribute('href', '/timeline/events/huanggutun-incident-1928/');
    await first.click();
    await expect(page).toHaveURL(/\/timeline\/events\/huanggutun-incident-1928\/$/);
  });
});

test('search and filters work under the sub-path', async ({ page, baseURL }) => {
  const subpath = new URL(baseURL!);
  subpath.port = String(Number(subpath.port) + 1);
  const csp = watchCsp(page);
  await page.goto(new URL('/timeline/search/?q=Chang%20Tso-lin', subpath).href);
  await expect(page.locator('.search-result a[href="/timeline/events/huanggutun-incident-1928/"]')).toBeVisible();
  await page.goto(new URL('/timeline/events/?lane=war', subpath).href);
  await expect(page.getByRole('link', { name: 'See these events on the timeline' })).toHaveAttribute('href', '/timeline/?lane=war');
  expect(csp).toEqual([]);
});

test('the browsing pages pass axe in the dark colour scheme too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['events/', 'themes/', 'tags/', 'tags/battle/', 'people/', 'people/zhang-zuolin/', 'places/', 'places/mukden/', 'search/?q=Mukden']) {
    await page.goto(path);
    if (path.startsWith('search')) await expect(page.locator('.search-result').first()).toBeVisible();
    expect(await axe(page), path).toEqual([]);
  }
});
