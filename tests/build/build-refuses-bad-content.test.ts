import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from '../helpers/bad-cases.ts';
import { baseSavedOnWindows, contentWithOverlay, FIXTURES, removeDir, ROOT } from '../helpers/fixtures.ts';

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

/** Runs the real build on a content directory whose output directory already holds a published site. */
function build(content: string, env: Record<string, string> = {}) {
  const out = join(content, '..', 'dist');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), 'previously published');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, published: readFileSync(join(out, 'index.html'), 'utf8'), staging: existsSync(`${out}.staging`) };
}

describe.concurrent('the build refuses each bad input with its message and publishes nothing', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(name, () => {
      const dir = contentWithOverlay(name);
      made.push(dir);
      const result = build(dir);
      expect(result.status).toBe(1);
      for (const message of expected) expect(result.output).toContain(message);
      expect(result.output).toContain('Nothing was published');
      expect(result.published).toBe('previously published');
      expect(result.staging).toBe(false);
    });
  }
  it('three bad files: one build, every message', () => {
    const dir = contentWithOverlay('three-bad-files');
    made.push(dir);
    const result = build(dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain('Content has 4 problems; nothing was built:');
  });
  it('a page that fails to render stops the build instead of publishing an empty page', () => {
    const dir = contentWithOverlay('three-bad-files');
    made.push(dir);
    cpSync(join(FIXTURES, 'base'), dir, { recursive: true }); // undo the overlay: valid content …
    cpSync(join(FIXTURES, 'render-error'), dir, { recursive: true }); // … plus one entry that throws while rendering
    const result = build(dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain('deliberate render failure');
    expect(result.published).toBe('previously published');
  });
  it('valid content builds and replaces the published site', () => {
    const dir = contentWithOverlay('three-bad-files');
    made.push(dir);
    cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
    const result = build(dir);
    expect(result.status, result.output).toBe(0);
    expect(result.published).toContain('<ol class="chronology"');
  });
  it('content saved with a byte-order mark and CRLF line endings builds', () => {
    const dir = baseSavedOnWindows();
    made.push(dir);
    const result = build(dir);
    expect(result.status, result.output).toBe(0);
    const page = readFileSync(join(dir, '..', 'dist', 'events', 'fixture-treaty', 'index.html'), 'utf8');
    expect(page).toContain('<title>Fixture treaty ·');
    expect(page).toContain('href="#user-content-fn-cite-1"');
  });
  it('above HOME_LIST_MAX events the home page lists eras and decades, linking into /events/', () => {
    const dir = contentWithOverlay('three-bad-files');
    made.push(dir);
    cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
    const result = build(dir, { HOME_LIST_MAX: '1' });
    expect(result.status, result.output).toBe(0);
    expect(result.published).not.toContain('<ol class="chronology"');
    expect(result.published).toContain('<ol class="chronology-index" id="chronology">');
    const eventsPage = readFileSync(join(dir, '..', 'dist', 'events', 'index.html'), 'utf8');
    const targets = [...result.published.matchAll(/href="\/events\/#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(0); // decades, and the build-time clusters' first events
    for (const id of targets) expect(eventsPage, id).toContain(`id="${id}"`);
  });
});
