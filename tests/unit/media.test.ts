// Pictures of events (issue 14, item 1): which `src` passes the schema, how a file's format is
// told from its bytes, and what check:content says about a remote picture and a bad one.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRemoteSrc, mediaItemSchema, mediaPathInContent, mediaSrcProblem } from '../../src/lib/schemas/media.ts';
import { sniffFormat } from '../../src/lib/content/media.ts';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { SITE_RULES } from '../helpers/site-rules.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { FIXTURES, removeDir, ROOT } from '../helpers/fixtures.ts';

const made: string[] = [];
afterAll(() => made.forEach(removeDir));

/** The base fixture with the media overlay (a local picture and a remote one on fixture-treaty), and optionally more files. */
function mediaContent(extra: Record<string, string> = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'fixture-media-')), 'content');
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'media'), dir, { recursive: true });
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text);
  made.push(dir);
  return dir;
}

describe('a picture src', () => {
  it.each([
    ['photo.jpg', 'events/photo.jpg'],
    ['./photo.JPEG', 'events/photo.JPEG'],
    ['../media/a.png', 'media/a.png'],
    ['../media/1904/b.webp', 'media/1904/b.webp'],
    ['sub/../../media/c.avif', 'media/c.avif'],
    ['../media/d.gif', 'media/d.gif'],
  ])('%s is a file of the content folder (%s)', (src, inside) => {
    expect(mediaSrcProblem(src)).toBeNull();
    expect(mediaPathInContent(src)).toBe(inside);
  });

  it.each([
    ['../../secret.png', 'leads out of content/events/ and content/media/'],
    ['../site.png', 'leads out of content/events/ and content/media/'],
    ['../people/x.png', 'leads out of content/events/ and content/media/'],
    ['..', 'leads out of'],
    ['/etc/passwd.png', 'must be a path relative to the event file'],
    ['..\\media\\a.png', 'must be a path relative to the event file'],
    ['data:image/png;base64,AAAA', 'is not a file of this site or an http(s) address'],
    ['file:///etc/a.png', 'is not a file of this site or an http(s) address'],
    ['javascript:alert(1)', 'is not a file of this site or an http(s) address'],
    ['//cdn.example/a.png', 'is not a file of this site or an http(s) address'],
    ['../media/map.svg', 'SVG is not accepted'],
    ['../media/map.SVGZ', 'SVG is not accepted'],
    ['../media/scan.tiff', 'is not a picture format the site accepts'],
    ['../media/page.html', 'is not a picture format the site accepts'],
    ['../media/noextension', 'is not a picture format the site accepts'],
    ['https://', 'is not a valid address'],
  ])('%s is refused: %s', (src, message) => {
    expect(mediaSrcProblem(src)).toContain(message);
  });

  it('an http(s) address passes, whatever its extension: it is only linked', () => {
    for (const src of ['https://commons.wikimedia.org/wiki/File:X.jpg', 'http://example.org/page', 'HTTPS://EXAMPLE.ORG/a.svg']) {
      expect(isRemoteSrc(src), src).toBe(true);
      expect(mediaSrcProblem(src), src).toBeNull();
    }
  });

  it('alt, credit and license are required, caption and sourceUrl optional, no other key', () => {
    expect(mediaItemSchema.safeParse({ src: 'a.png', alt: 'A', credit: 'B', license: 'C' }).success).toBe(true);
    for (const missing of ['alt', 'credit', 'license'] as const) {
      const item: Record<string, string> = { src: 'a.png', alt: 'A', credit: 'B', license: 'C' };
      delete item[missing];
      const result = mediaItemSchema.safeParse(item);
      expect(result.success, missing).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([missing]);
    }
    expect(mediaItemSchema.safeParse({ src: 'a.png', alt: ' ', credit: 'B', license: 'C' }).success).toBe(false);
    expect(mediaItemSchema.safeParse({ src: 'a.png', alt: 'A', credit: 'B', license: 'C', author: 'D' }).success).toBe(false);
  });
});

describe('the format of a picture file, from its first bytes', () => {
  const bytes = (...values: (number | string)[]) => new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));
  it.each([
    ['png', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a)],
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['gif', bytes('GIF89a')],
    ['webp', bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 ')],
    ['avif', bytes(0, 0, 0, 0x1c, 'ftypavif', 0, 0, 0, 0)],
    ['SVG or HTML text', bytes('<svg xmlns="http://www.w3.org/2000/svg">')],
    ['SVG or HTML text', bytes(0xef, 0xbb, 0xbf, '  <html>')],
    ['unknown', bytes('II*', 0)],
    ['unknown', bytes()],
  ])('%s', (format, head) => {
    expect(sniffFormat(head)).toBe(format);
  });
});

describe('pictures in the content', () => {
  it('the media fixture is valid: its local picture resolved to its file, its remote one linked and noted', () => {
    const dir = mediaContent();
    const { problems, notes, content } = validateContent(readContent(dir, join(dir, '..')), SITE_RULES);
    expect(problems).toEqual([]);
    expect(notes.map(formatProblem)).toContain(
      'content/events/fixture-treaty.md: media.1.src (line 22): "https://commons.wikimedia.org/wiki/File:Fixture_remote.jpg" is a remote picture: it is never fetched, and the pages show a link "View on commons.wikimedia.org" with its caption and credit. Fix: to show the picture itself, save it under content/media/ (if its licence allows) and write its path.',
    );
    const treaty = content.events.find((event) => event.slug === 'fixture-treaty')!;
    expect(treaty.media?.map((item) => [item.kind, item.kind === 'local' ? item.file : item.host])).toEqual([
      ['local', 'content/media/fixture-picture.png'],
      ['remote', 'commons.wikimedia.org'],
    ]);
    expect(content.events.find((event) => event.slug === 'fixture-intervention')!.media).toEqual([]);
  });

  it('a picture beside the event is found there', () => {
    const dir = mediaContent();
    cpSync(join(FIXTURES, 'media/media/fixture-picture.png'), join(dir, 'events/beside.png'));
    const event = join(dir, 'events/fixture-intervention.md');
    const text = readContent(dir, join(dir, '..')).events.find((f) => f.path.endsWith('fixture-intervention.md'))!.text;
    writeFileSync(event, text.replace('lane: diplomacy', 'lane: diplomacy\nmedia:\n  - { src: beside.png, alt: A picture beside its event., credit: The tests, license: CC0 1.0 }'));
    const { problems, content } = validateContent(readContent(dir, join(dir, '..')), SITE_RULES);
    expect(problems).toEqual([]);
    expect(content.events.find((e) => e.slug === 'fixture-intervention')!.media).toMatchObject([{ kind: 'local', file: 'content/events/beside.png', src: 'beside.png' }]);
  });

  it('npm run check:content lists a bad picture with every other problem, and notes the remote one', () => {
    const dir = mediaContent();
    const event = join(dir, 'events/fixture-treaty.md');
    const text = readContent(dir, join(dir, '..')).events.find((f) => f.path.endsWith('fixture-treaty.md'))!.text;
    writeFileSync(event, text.replace('    credit: Drawn by the test suite\n', '').replace('lane: diplomacy', 'lane: diplomcy'));
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines).toContain('  ✗ content/events/fixture-treaty.md: media.0.credit: is missing. Fix: add "credit:" to media[0] (line 16).');
    expect(lines.some((line) => line.startsWith('  ✗ content/events/fixture-treaty.md: lane: "diplomcy" is not a lane.'))).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('check:content passes the media fixture and says the remote picture is only linked', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: mediaContent() }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('is a remote picture: it is never fetched, and the pages show a link "View on commons.wikimedia.org"');
  });
});
