// The site's address (content/site.yaml `url`, or SITE): whole builds of the fixture content
// with it unset, set in the file, set by SITE over the file, and set wrongly.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, removeDir, ROOT } from '../helpers/fixtures.ts';

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

/** The fixture content, with content/site.yaml holding `siteYaml` when given. */
function content(siteYaml?: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'fixture-site-address-')), 'content');
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  if (siteYaml !== undefined) writeFileSync(join(dir, 'site.yaml'), siteYaml);
  made.push(dir);
  return dir;
}

/** Runs the real build; SITE is always given ('' = not set), so the caller's shell cannot leak in. */
function build(dir: string, site: string) {
  const out = join(dir, '..', 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: out, SITE: site, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out, read, has: (path: string) => existsSync(join(out, path)) };
}

/** Every text file of a build, path → contents. */
function textFiles(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') for (const [k, v] of textFiles(path, `${prefix}${name}/`)) files.set(k, v);
    } else if (/\.(html|xml|json|txt|atom|svg|csv|bib|ris|js)$/.test(name)) files.set(`${prefix}${name}`, readFileSync(path, 'utf8'));
  }
  return files;
}

const EVENT = 'events/fixture-treaty/index.html';

describe('the site address', () => {
  it('unset: one warning, no invented host, and every output says so or leaves the address out', () => {
    const result = build(content(), '');
    expect(result.status, result.output).toBe(0);
    expect(result.output.match(/The site's address is not set/g)).toHaveLength(1);
    for (const [path, text] of textFiles(result.out)) {
      expect(text, path).not.toMatch(/example\.org|http:\/\/localhost/);
    }
    const page = result.read(EVENT);
    expect(page).not.toContain('rel="canonical"');
    expect(page).not.toContain('og:url');
    expect(page).not.toContain('og:image"');
    expect(page).not.toContain('citation_public_url');
    expect(page).toContain('address not set');
    expect(result.read('present/fixture-lesson/index.html')).toContain('no QR code: address not set');
    expect(result.read('present/fixture-lesson/handout/index.html')).toContain('No QR code: address not set');
    expect(result.has('present/qr/fixture-treaty.svg')).toBe(false);
    expect(result.has('sitemap.xml')).toBe(false);
    expect(result.has('feed.atom')).toBe(false);
    expect(result.read('robots.txt')).not.toContain('Sitemap');
    expect(result.read('events/fixture-treaty/cite.bib')).not.toMatch(/url/i);
    const exported = JSON.parse(result.read('data/events.json'));
    expect(exported.events[0].url).toMatch(/^\/events\/fixture-/);
  });

  it('set in content/site.yaml: every absolute address uses it', () => {
    const result = build(content('url: https://timeline.example.edu\n'), '');
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain("The site's address is not set");
    const page = result.read(EVENT);
    expect(page).toContain('<link rel="canonical" href="https://timeline.example.edu/events/fixture-treaty/">');
    expect(page).toContain('<meta property="og:url" content="https://timeline.example.edu/events/fixture-treaty/">');
    expect(page).toContain('https://timeline.example.edu/events/fixture-treaty/?v=');
    expect(result.read('present/qr/fixture-treaty.svg')).toContain('https://timeline.example.edu/events/fixture-treaty/');
    expect(result.read('present/fixture-lesson/handout/index.html')).toContain('This lesson: https://timeline.example.edu/present/fixture-lesson/');
    expect(result.read('sitemap.xml')).toContain('<loc>https://timeline.example.edu/events/fixture-treaty/</loc>');
    expect(result.read('feed.atom')).toContain('https://timeline.example.edu/events/fixture-treaty/');
    expect(result.read('robots.txt')).toContain('Sitemap: https://timeline.example.edu/sitemap.xml');
    expect(JSON.parse(result.read('data/events.json')).events[0].url).toMatch(/^https:\/\/timeline\.example\.edu\/events\//);
  });

  it('SITE wins over content/site.yaml', () => {
    const result = build(content('url: https://timeline.example.edu\n'), 'https://mirror.example.net');
    expect(result.status, result.output).toBe(0);
    expect(result.read(EVENT)).toContain('<link rel="canonical" href="https://mirror.example.net/events/fixture-treaty/">');
    expect(result.read('sitemap.xml')).not.toContain('timeline.example.edu');
  });

  it('a bad address is refused with the file, the field and the fix, and nothing is published', () => {
    const result = build(content('url: timeline.example.edu/history\n'), '');
    expect(result.status).toBe(1);
    expect(result.output).toContain('content/site.yaml: url: "timeline.example.edu/history" is not an absolute address. Fix: write the scheme and host only');
    expect(result.output).toContain('Nothing was published');
    expect(result.has('index.html')).toBe(false);
  });
});
