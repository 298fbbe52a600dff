// Pictures of events (issue 14, item 1), in a whole build of the fixture content with the media
// overlay (tests/fixtures/media/): fixture-treaty has a local picture (drawn by
// tests/helpers/make-fixture-picture.mjs) and a remote one, which must only be linked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, removeDir, ROOT } from '../helpers/fixtures.ts';
import { decodeTimelineData } from '../../src/lib/timeline/timeline-data.ts';

const SITE = 'https://timeline.example.edu';
const REMOTE = 'https://commons.wikimedia.org/wiki/File:Fixture_remote.jpg';
let dir: string;
let out: string;
let output: string;
let status: number | null;
const read = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'fixture-media-build-')), 'content');
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'media'), dir, { recursive: true });
  out = join(dir, '..', 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: out, SITE, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  status = result.status;
  output = `${result.stdout}\n${result.stderr}`;
}, 300_000);
afterAll(() => removeDir(dir));

/** Every HTML page of the build, path → text. */
function pages(at = out, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(at)) {
    const path = join(at, name);
    if (statSync(path).isDirectory()) {
      if (name !== '_astro' && name !== 'pagefind') for (const [k, v] of pages(path, `${prefix}${name}/`)) found.set(k, v);
    } else if (name.endsWith('.html')) found.set(`${prefix}${name}`, readFileSync(path, 'utf8'));
  }
  return found;
}

/** The addresses in a srcset, without their widths. */
const srcsetUrls = (srcset: string) => srcset.split(',').map((part) => part.trim().split(/\s+/)[0]!);

/** The <figure> elements of the event page's pictures. */
function figures(html: string): string[] {
  return [...html.matchAll(/<figure class="event-media__figure[^"]*"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
}

describe('a build with pictures', () => {
  it('builds, and the content gate notes the remote picture', () => {
    expect(status, output).toBe(0);
    expect(output).toContain(`"${REMOTE}" is a remote picture: it is never fetched`);
  });

  it('the event page: a figure with the picture in modern formats and several widths, its size, alt text, caption, credit and licence', () => {
    const [local] = figures(read('events/fixture-treaty/index.html'));
    expect(local).toBeDefined();
    const img = /<img [^>]*>/.exec(local!)![0];
    expect(img).toMatch(/ width="1600"/);
    expect(img).toMatch(/ height="1000"/);
    expect(img).toContain('alt="Two brown hills under a yellow sun, above a green plain."');
    expect(img).toContain('loading="lazy"');
    expect(srcsetUrls(/srcset="([^"]+)"/.exec(img)![1]!).length).toBeGreaterThan(1);
    for (const type of ['image/avif', 'image/webp']) {
      const source = new RegExp(`<source srcset="([^"]+)" type="${type}"`).exec(local!);
      expect(source, type).not.toBeNull();
      const urls = srcsetUrls(source![1]!);
      expect(urls.length, type).toBeGreaterThan(1);
      for (const url of urls) expect(existsSync(join(out, url)), url).toBe(true);
    }
    const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(local!)![1]!;
    expect(caption).toContain('A picture drawn for the tests.');
    expect(caption).toContain('Drawn by the test suite');
    expect(caption).toContain('CC0 1.0');
    expect(caption).toMatch(/<a href="https:\/\/example\.org\/fixture-picture"[^>]*>Source<\/a>/);
  });

  it('the remote picture is a link "View on <host>" with its caption and credit, and no image', () => {
    const remote = figures(read('events/fixture-treaty/index.html'))[1]!;
    expect(remote).toMatch(new RegExp(`<a href="${REMOTE.replace(/[.?]/g, '\\$&')}"[^>]*>View on commons\\.wikimedia\\.org</a>`));
    expect(remote).toContain('A remote picture, only linked.');
    expect(remote).toContain('Fixture Archive · Public domain');
    expect(remote).not.toMatch(/<img|<source/);
  });

  it('no page has an image from another site or a style attribute, and every page allows images from itself only', () => {
    const all = pages();
    expect(all.size).toBeGreaterThan(10);
    for (const [path, html] of all) {
      for (const [, attribute, value] of html.matchAll(/<(?:img|source)\b[^>]*?\s(src|srcset)="([^"]*)"/g)) {
        const urls = attribute === 'srcset' ? srcsetUrls(value!) : [value!];
        for (const url of urls) expect(url, `${path}: ${url}`).toMatch(/^\/(?!\/)|^data:/);
      }
      expect(html, path).not.toContain('commons.wikimedia.org/wiki/File:Fixture_remote.jpg"><img');
      expect(html, `${path}: the CSP refuses style attributes`).not.toMatch(/<[^>]+\sstyle="/);
    }
    expect(read('events/fixture-treaty/index.html')).toMatch(/img-src 'self'[^;"]*[;"]/);
    expect(read('events/fixture-treaty/index.html')).not.toMatch(/img-src[^;"]*https?:/);
  });

  it('the Open Graph card shows the picture with its credit', () => {
    const page = read('events/fixture-treaty/index.html');
    expect(page).toContain(`<meta property="og:image" content="${SITE}/events/fixture-treaty/preview.png">`);
    expect(page).toContain('<meta property="og:image:alt" content="Fixture treaty: 17 April 1895, with a picture: Two brown hills under a yellow sun, above a green plain (Drawn by the test suite · CC0 1.0).">');
    const card = readFileSync(join(out, 'events/fixture-treaty/preview.png'));
    expect(card.subarray(1, 4).toString()).toBe('PNG');
    // The event without a picture keeps its map card, and its text alternative says so.
    expect(read('events/fixture-intervention/index.html')).not.toContain('with a picture');
    expect(read('events/fixture-intervention/index.html')).not.toContain('event-media');
  });

  it('the timeline data carries a small WebP thumbnail of the site, only for the event with a picture', () => {
    const { items } = decodeTimelineData(JSON.parse(read('timeline.json')));
    const thumb = items.find((item) => item.slug === 'fixture-treaty')!.thumb!;
    expect(thumb).toMatch(/^\/_astro\/fixture-picture\.[\w-]+\.webp$/);
    const bytes = readFileSync(join(out, thumb));
    expect(bytes.subarray(8, 12).toString()).toBe('WEBP');
    expect(bytes.length).toBeLessThan(8_000);
    expect(items.find((item) => item.slug === 'fixture-intervention')!.thumb).toBeUndefined();
  });

  it('the classroom slide shows the picture large, with its credit', () => {
    const deck = read('present/all/index.html');
    const slide = /<figure class="slide__map slide__picture">[\s\S]*?<\/figure>/.exec(deck)?.[0];
    expect(slide).toBeDefined();
    expect(slide).toContain('alt="Two brown hills under a yellow sun, above a green plain."');
    expect(slide).toMatch(/<source srcset="[^"]*1280w[^"]*" type="image\/avif"/);
    expect(slide).toContain('Drawn by the test suite · CC0 1.0');
  });
});
