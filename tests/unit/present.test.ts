import { describe, expect, it } from 'vitest';
import { Script } from 'node:vm';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { commandForKey, DECK_KEYS, KEY_HELP } from '../../src/lib/present/keys.ts';
import { clampSlide, keyPointsOf, resolveGoto, searchForSlide, slideIndexFromSearch, typeGotoDigit } from '../../src/lib/present/slides.ts';
import { qrPath, qrSvg, QR_QUIET_ZONE } from '../../src/lib/present/qr.ts';
import { STRIP, stripContext, stripFocus, stripFrame } from '../../src/lib/present/strip.ts';
import { fileUrl, renderServiceWorker, selectPrecache } from '../../src/lib/offline/precache.ts';
import { parseHistoricalDate } from '../../src/lib/dates/historical-date.ts';
import { toTimelineItem } from '../../src/lib/timeline/items.ts';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent, type RawContent } from '../../src/lib/content/validate.ts';
import { SITE_RULES } from '../helpers/site-rules.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { FIXTURES, ROOT } from '../helpers/fixtures.ts';

describe('the slide show keys', () => {
  it.each([
    ['ArrowRight', 'next'], ['ArrowDown', 'next'], [' ', 'next'], ['PageDown', 'next'],
    ['ArrowLeft', 'previous'], ['ArrowUp', 'previous'], ['PageUp', 'previous'], ['Backspace', 'previous'],
    ['Home', 'first'], ['End', 'last'],
    ['f', 'fullscreen'], ['F', 'fullscreen'], ['b', 'blackout'], ['B', 'blackout'], ['.', 'blackout'],
    ['o', 'overview'], ['O', 'overview'], ['Escape', 'escape'], ['g', 'goto'], ['G', 'goto'], ['?', 'help'],
    ['s', 'notes'], ['S', 'notes'], ['t', 'theme'],
  ])('%j → %s', (key, command) => {
    expect(commandForKey({ key })).toBe(command);
  });
  it('leaves other keys, and browser shortcuts with Ctrl, Alt or ⌘, to the browser', () => {
    expect(commandForKey({ key: 'x' })).toBeNull();
    expect(commandForKey({ key: 'Enter' })).toBeNull();
    expect(commandForKey({ key: 'f', ctrlKey: true })).toBeNull();
    expect(commandForKey({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(commandForKey({ key: 'r', metaKey: true })).toBeNull();
  });
  it('Shift+Space goes back, as it scrolls back in a browser', () => {
    expect(commandForKey({ key: ' ', shiftKey: true })).toBe('previous');
  });
  it('the help lists every command', () => {
    const listed = KEY_HELP.map((row) => row.action).join(' ');
    for (const word of ['Next', 'Previous', 'First', 'Go to', 'Overview', 'Full screen', 'Black', 'notes', 'theme', 'keys']) expect(listed).toContain(word);
    expect(Object.keys(DECK_KEYS)).toHaveLength(19);
  });
});

describe('slides and their addresses', () => {
  const slugs = ['a-1900', 'b-1910', 'c-1920'];
  it('?event=<slug> names a slide; the title slide has no parameter; an unknown slug shows the title slide', () => {
    expect(slideIndexFromSearch('', slugs)).toBe(0);
    expect(slideIndexFromSearch('?event=a-1900', slugs)).toBe(1);
    expect(slideIndexFromSearch('?event=c-1920&x=1', slugs)).toBe(3);
    expect(slideIndexFromSearch('?event=nope', slugs)).toBe(0);
    for (let i = 0; i <= slugs.length; i++) expect(slideIndexFromSearch(searchForSlide(i, slugs), slugs)).toBe(i);
    expect(searchForSlide(0, slugs)).toBe('');
    expect(searchForSlide(2, slugs)).toBe('?event=b-1910');
  });
  it('keeps an index inside the deck', () => {
    expect(clampSlide(-1, 4)).toBe(0);
    expect(clampSlide(4, 4)).toBe(3);
    expect(clampSlide(2, 4)).toBe(2);
  });
  it('key points: the entry’s own, at most four', () => {
    expect(keyPointsOf({ keyPoints: ['One.', 'Two.'], summary: 'Ignored.' })).toEqual(['One.', 'Two.']);
    expect(keyPointsOf({ keyPoints: ['1', '2', '3', '4', '5'], summary: '' })).toHaveLength(4);
  });
  it('key points: otherwise the summary’s sentences, or its clauses', () => {
    expect(keyPointsOf({ summary: 'Japan and Qing China sign the peace. China cedes Taiwan. Korea is recognised.' })).toEqual([
      'Japan and Qing China sign the peace.',
      'China cedes Taiwan.',
      'Korea is recognised.',
    ]);
    expect(keyPointsOf({ summary: 'The USSR declared war on 8 August 1945; it invaded Manchuria the next day.' })).toEqual([
      'The USSR declared war on 8 August 1945',
      'It invaded Manchuria the next day.',
    ]);
    expect(keyPointsOf({ summary: 'Signed in Moscow, c. 13 April 1941 by Molotov.' })).toEqual(['Signed in Moscow, c. 13 April 1941 by Molotov.']);
    expect(keyPointsOf({ summary: 'The U.S. Army left in 1920. Japan stayed.' })).toEqual(['The U.S. Army left in 1920.', 'Japan stayed.']);
  });
});

describe('"G, then a number"', () => {
  it('goes at once when no further digit could name a slide, and waits otherwise', () => {
    expect(typeGotoDigit('', '3', 14)).toEqual({ digits: '', go: 2 });
    expect(typeGotoDigit('', '1', 14)).toEqual({ digits: '1', go: null });
    expect(typeGotoDigit('1', '2', 14)).toEqual({ digits: '', go: 11 });
    expect(typeGotoDigit('1', '9', 14)).toEqual({ digits: '', go: 13 }); // past the end: the last slide
    expect(typeGotoDigit('', '0', 14)).toEqual({ digits: '', go: null });
    expect(typeGotoDigit('', '5', 51)).toEqual({ digits: '5', go: null });
    expect(typeGotoDigit('5', '1', 51)).toEqual({ digits: '', go: 50 });
  });
  it('Enter goes to the number typed so far', () => {
    expect(resolveGoto('1', 14)).toBe(0);
    expect(resolveGoto('14', 14)).toBe(13);
    expect(resolveGoto('99', 14)).toBe(13);
    expect(resolveGoto('', 14)).toBeNull();
    expect(resolveGoto('0', 14)).toBeNull();
  });
});

describe('QR codes', () => {
  const url = 'https://northeast-asia-timeline.example.org/events/huanggutun-incident-1928/';
  it('draw the three finder patterns inside a quiet zone of four modules', () => {
    const { size, d } = qrPath(url);
    const q = QR_QUIET_ZONE;
    expect(d).toContain(`M${q} ${q}h7v1h-7z`); // top-left finder, first row
    expect(d).toContain(`M${size - q - 7} ${q}h7v1h-7z`); // top-right
    expect(d).toContain(`M${q} ${size - q - 1}h7v1h-7z`); // bottom-left, last row
    expect(d).not.toMatch(/M[0-3] |M\d+ [0-3]h/); // nothing in the quiet zone
  });
  it('read back as the address (decoded from a rendered image)', async () => {
    const svg = qrSvg(url, 'QR code');
    expect(svg).not.toMatch(/\sstyle=/);
    const { data, info } = await sharp(Buffer.from(svg)).resize(360, 360).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
    expect(decoded?.data).toBe(url);
  });
});

describe('the timeline strip of a slide', () => {
  const lanes = new Map([['war', 0], ['diplomacy', 1]]);
  const item = (slug: string, edtf: string, order: number, title = `Event ${slug}`) => {
    const parsed = parseHistoricalDate(edtf);
    if (!parsed.ok) throw new Error(parsed.reason);
    return toTimelineItem({ slug, title, summary: '', lane: 'war', date: parsed.value, tags: [] }, order, lanes);
  };
  const items = [
    item('a', '1895-04-17', 0),
    item('b', '1904-02-08/1905-01-02', 1),
    item('c', '1928-06-04', 2, 'Huanggutun Incident: Kwantung Army officers assassinate Zhang Zuolin'),
    item('d', '1931-09-18', 3),
    item('e', '1945-08-09/1945-08-20', 4, 'Soviet entry into the war and invasion of Manchuria'),
  ];
  const window = { start: Date.UTC(1894, 0, 1), end: Date.UTC(1950, 11, 31) };
  it('draws every event of the period, from the timeline’s own scene', () => {
    const scene = stripContext(items, window);
    expect(scene.width).toBe(STRIP.width);
    expect(scene.layout.visibleCount).toBe(items.length);
    const frame = stripFrame(scene);
    expect(frame.contextTop).toBeGreaterThan(frame.focusY);
    expect(frame.axisY).toBeLessThanOrEqual(frame.height);
  });
  it('labels the slide’s event, inside the strip, even among close neighbours', () => {
    for (const slug of ['a', 'c', 'd', 'e']) {
      const focus = stripFocus(items, window, slug)!;
      expect(focus.slug).toBe(slug);
      expect(focus.labelled).toBe(true);
      const width = focus.label.length * STRIP.focusCharPx;
      const [from, to] = focus.labelAnchor === 'end' ? [focus.labelX - width, focus.labelX] : [focus.labelX, focus.labelX + width];
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(STRIP.width);
    }
    expect(stripFocus(items, window, 'e')!.labelAnchor).toBe('end'); // near the right edge the label goes before the mark
    expect(stripFocus(items, { start: Date.UTC(1930, 0, 1), end: Date.UTC(1940, 0, 1) }, 'a')).toBeNull();
  });
});

describe('offline: the service worker’s precache list', () => {
  const built = [
    'index.html', '404.html', 'timeline.json', 'favicon.svg', 'sitemap.xml', 'offline/index.html',
    'events/index.html', 'events/mukden-incident-1931/index.html', 'events/mukden-incident-1931/preview.png', 'events/mukden-incident-1931/cite.bib',
    'present/index.html', 'present/notes/index.html', 'present/lesson/index.html', 'present/lesson/handout/index.html', 'present/maps/mukden.svg', 'present/qr/mukden-incident-1931.svg',
    '_astro/page.abc.js', '_astro/Deck.abc.css', 'people/puyi/index.html', 'pagefind/pagefind.js', 'data/events.json',
  ];
  it('holds the timeline, every event page, everything for the lessons, and their scripts and styles', () => {
    expect(selectPrecache(built).files).toEqual([
      '_astro/Deck.abc.css', '_astro/page.abc.js', 'events/index.html', 'events/mukden-incident-1931/index.html', 'favicon.svg', 'index.html', 'offline/index.html',
      'present/index.html', 'present/lesson/handout/index.html', 'present/lesson/index.html', 'present/maps/mukden.svg', 'present/notes/index.html', 'present/qr/mukden-incident-1931.svg', 'timeline.json',
    ]);
  });
  it('leaves out, in order, the groups that would pass the budget, and never the timeline itself', () => {
    const sizes: Record<string, number> = { 'index.html': 40, 'timeline.json': 30, 'present/lesson/index.html': 20, 'events/mukden-incident-1931/index.html': 50 };
    const sizeOf = (file: string) => sizes[file] ?? 1;
    const roomy = selectPrecache(built, sizeOf, 1000);
    expect(roomy.leftOut).toEqual([]);
    const tight = selectPrecache(built, sizeOf, 100);
    expect(tight.files).toContain('present/lesson/index.html');
    expect(tight.files).toContain('present/maps/mukden.svg');
    expect(tight.files).not.toContain('events/mukden-incident-1931/index.html');
    expect(tight.files).not.toContain('present/index.html'); // a later group, though it would fit
    expect(tight.leftOut.map((g) => g.name)).toEqual(['the event pages', 'the deck of every event', 'the QR codes']);
    const tiny = selectPrecache(built, sizeOf, 1);
    expect(tiny.files).toEqual(['_astro/Deck.abc.css', '_astro/page.abc.js', 'favicon.svg', 'index.html', 'offline/index.html', 'timeline.json']);
  });
  it('addresses follow the base', () => {
    expect(fileUrl('index.html', '/')).toBe('/');
    expect(fileUrl('events/x/index.html', '/timeline/')).toBe('/timeline/events/x/');
    expect(fileUrl('present/maps/mukden.svg', '/timeline')).toBe('/timeline/present/maps/mukden.svg');
  });
  it('the worker is written with its version, list and offline page, and is valid JavaScript', () => {
    const template = readFileSync(join(ROOT, 'src/offline/service-worker.js'), 'utf8');
    const worker = renderServiceWorker(template, { version: 'v1', urls: ['/timeline/', '/timeline/present/'], offlineUrl: '/timeline/offline/' });
    expect(worker).toContain('const VERSION = "v1";');
    expect(worker).toContain('const PRECACHE_URLS = ["/timeline/","/timeline/present/"];');
    expect(worker).toContain('const OFFLINE_URL = "/timeline/offline/";');
    expect(worker).not.toContain('__');
    expect(() => new Script(worker)).not.toThrow();
  });
});

describe('lesson paths are validated like events', () => {
  const base = readContent(join(FIXTURES, 'base'), FIXTURES);
  const withPath = (text: string, name = 'lesson'): RawContent => ({ ...base, paths: [{ path: `content/paths/${name}.md`, text }] });
  // formatProblem ends every fix with a full stop, after a question mark too ("…?.").
  const problems = (raw: RawContent) => validateContent(raw, SITE_RULES).problems.map((p) => formatProblem(p).replace(/\?\.$/, '?'));
  const front = (yaml: string, body = '\nAn introduction.\n') => `---\n${yaml}\n---\n${body}`;

  it('the base fixture’s lesson is valid and keeps its steps and notes', () => {
    const { problems: found, content } = validateContent(base, SITE_RULES);
    expect(found).toEqual([]);
    expect(content.paths).toHaveLength(1);
    expect(content.paths[0].data.steps).toEqual([{ event: 'fixture-treaty', notes: 'A teacher note for the first step.' }, { event: 'fixture-intervention' }]);
  });
  it('an unknown event names the file, the step, the value and the likely slug', () => {
    expect(problems(withPath(front('title: T\nsummary: S\nsteps:\n  - event: fixture-treaty\n  - event: fixture-intervnetion')))).toEqual([
      'content/paths/lesson.md: steps[1].event (line 6): "fixture-intervnetion" is not an event. Fix: did you mean "fixture-intervention"?',
    ]);
    expect(problems(withPath(front('title: T\nsummary: S\nsteps:\n  - event: fixture-treaty\n  - event: completely-different')))).toEqual([
      'content/paths/lesson.md: steps[1].event (line 6): "completely-different" is not an event. Fix: add content/events/completely-different.md or correct the slug.',
    ]);
  });
  it('an event shown twice, a misspelt key, too few steps, no introduction, a reserved name', () => {
    expect(problems(withPath(front('title: T\nsummary: S\nsteps:\n  - event: fixture-treaty\n  - event: fixture-treaty')))).toEqual([
      'content/paths/lesson.md: steps[1].event (line 6): "fixture-treaty" is already steps[0]. Fix: show each event once: remove one of the two steps.',
    ]);
    expect(problems(withPath(front('title: T\nsummary: S\nsteps:\n  - event: fixture-treaty\n    note: Hello\n  - event: fixture-intervention')))).toEqual([
      'content/paths/lesson.md: steps.0 (line 5): unknown key "note". Fix: did you mean "notes"? Otherwise remove it.',
    ]);
    expect(problems(withPath(front('title: T\nsummary: S\nsteps:\n  - event: fixture-treaty')))[0]).toMatch(/^content\/paths\/lesson\.md: steps \(line 5\): \[.*\]: must list at least two steps\.$/);
    expect(problems(withPath(front('title: T\nsummary: S\nsteps:\n  - event: fixture-treaty\n  - event: fixture-intervention', '\n')))).toEqual([
      'content/paths/lesson.md: body: has no introduction. Fix: write a short introduction to the lesson below the front matter.',
    ]);
    expect(problems(withPath(front('title: T\nsummary: S\nsteps:\n  - event: fixture-treaty\n  - event: fixture-intervention'), 'notes'))).toEqual([
      'content/paths/notes.md: "notes" cannot be the name of a lesson path: /present/notes/ is used by the site. Fix: rename the file.',
    ]);
  });
  it('a step pointing at a broken event reports the event only, not the lesson too', () => {
    const broken = base.events.map((file) => (file.path.endsWith('fixture-treaty.md') ? { ...file, text: file.text.replace('date: "1895-04-17"', 'date: "1895-02-30"') } : file));
    const found = problems({ ...base, events: broken });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('events/fixture-treaty.md: date');
  });
  it('the site’s three lessons are valid', () => {
    const { problems: found, content } = validateContent(readContent(join(ROOT, 'content'), ROOT), SITE_RULES);
    expect(found).toEqual([]);
    expect(content.paths.map((p) => p.slug).sort()).toEqual(['huanggutun-to-manchukuo-1928-1932', 'nomonhan-kantokuen-1945', 'siberian-intervention-1917-1925']);
    for (const path of content.paths) {
      expect(path.data.steps.every((step) => step.notes), `${path.slug}: every step has teacher notes`).toBe(true);
      expect(path.body.trim().length).toBeGreaterThan(100);
    }
  });
});
