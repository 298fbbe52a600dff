import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent, type RawContent } from '../../src/lib/content/validate.ts';
import { SITE_RULES, SITE_SETTINGS } from '../helpers/site-rules.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { ageRange } from '../../src/lib/schemas/path.ts';
import { formatAges, formatLessonClock, formatMinutes, isWikipedia, lessonSources, mainSources, planLesson, shortReference } from '../../src/lib/present/lesson.ts';
import { CLOSING_SLIDE, searchForSlide, slideIndexFromSearch } from '../../src/lib/present/slides.ts';
import { lessonWindow, periodBand, STRIP, stripContext, stripFrame } from '../../src/lib/present/strip.ts';
import { SLIDE_MAP, SLIDE_MAP_HALO, SLIDE_MAP_MIN_LABEL_PX } from '../../src/lib/present/maps.ts';
import { standaloneMapStyle } from '../../src/lib/geo/render-svg.ts';
import { mapOfPlaces } from '../../src/lib/geo/world.ts';
import type { MapPlace } from '../../src/lib/geo/locator-map.ts';
import { FIXTURES, ROOT } from '../helpers/fixtures.ts';

// Lesson paths: what a teacher plans with (aims, ages, minutes, questions), checked like events,
// and the pure pieces of classroom mode that use it.

describe('lesson paths are validated like events', () => {
  const base = readContent(join(FIXTURES, 'base'), FIXTURES);
  const withPath = (text: string, name = 'lesson'): RawContent => ({ ...base, paths: [{ path: `content/paths/${name}.md`, text }] });
  // formatProblem ends every fix with a full stop, after a question mark too ("…?.").
  const problems = (raw: RawContent) => validateContent(raw, SITE_RULES).problems.map((p) => formatProblem(p).replace(/\?\.$/, '?'));
  const step = (event: string, extra = '') => `  - event: ${event}\n    minutes: 5\n    questions:\n      - Why?${extra}`;
  const plan = 'aims:\n  - Pupils can explain it.\nage: "14–16"\nduration: 30\nclosing:\n  minutes: 5\n  questions:\n    - What now?';
  const lesson = (steps: string, more = plan, body = '\nAn introduction.\n') => `---\ntitle: T\nsummary: S\nsteps:\n${steps}\n${more}\n---\n${body}`;

  it('the base fixture’s lesson is valid and keeps its steps, notes, questions and plan', () => {
    const { problems: found, content } = validateContent(base, SITE_RULES);
    expect(found).toEqual([]);
    expect(content.paths).toHaveLength(1);
    const { data } = content.paths[0];
    expect(data.steps).toEqual([
      { event: 'fixture-treaty', notes: 'A teacher note for the first step.', minutes: 10, questions: ['What did each side gain from the treaty?'] },
      { event: 'fixture-intervention', minutes: 8, questions: ['Why did the troops stay?'] },
    ]);
    expect(data.age).toEqual({ from: 14, to: 16 });
    expect(data.duration).toBe(30);
    expect(data.closing).toEqual({ minutes: 5, questions: ['Which event mattered more, and why?'] });
  });
  it('an unknown event names the file, the step, the value and the likely slug', () => {
    expect(problems(withPath(lesson(`${step('fixture-treaty')}\n${step('fixture-intervnetion')}`)))).toEqual([
      'content/paths/lesson.md: steps[1].event (line 9): "fixture-intervnetion" is not an event. Fix: did you mean "fixture-intervention"?',
    ]);
  });
  it('an event shown twice, a misspelt key, too few steps, no introduction, a reserved name', () => {
    expect(problems(withPath(lesson(`${step('fixture-treaty')}\n${step('fixture-treaty')}`)))).toEqual([
      'content/paths/lesson.md: steps[1].event (line 9): "fixture-treaty" is already steps[0]. Fix: show each event once: remove one of the two steps.',
    ]);
    expect(problems(withPath(lesson(`${step('fixture-treaty', '\n    note: Hello')}\n${step('fixture-intervention')}`)))).toEqual([
      'content/paths/lesson.md: steps.0 (line 5): unknown key "note". Fix: did you mean "notes"? Otherwise remove it.',
    ]);
    expect(problems(withPath(lesson(step('fixture-treaty'))))[0]).toMatch(/^content\/paths\/lesson\.md: steps \(line 5\): \[.*\]: must list at least two steps\.$/);
    expect(problems(withPath(lesson(`${step('fixture-treaty')}\n${step('fixture-intervention')}`, plan, '\n')))).toEqual([
      'content/paths/lesson.md: body: has no introduction. Fix: write a short introduction to the lesson below the front matter.',
    ]);
    for (const reserved of ['notes', 'all', 'maps', 'qr']) {
      expect(problems(withPath(lesson(`${step('fixture-treaty')}\n${step('fixture-intervention')}`), reserved))).toEqual([
        `content/paths/${reserved}.md: "${reserved}" cannot be the name of a lesson path: /present/${reserved}/ is used by the site. Fix: rename the file.`,
      ]);
    }
  });
  it('a lesson without its plan is told each field it lacks, and where to add it', () => {
    const bare = `---\ntitle: T\nsummary: S\nsteps:\n  - event: fixture-treaty\n  - event: fixture-intervention\n---\n\nAn introduction.\n`;
    expect(problems(withPath(bare))).toEqual([
      'content/paths/lesson.md: aims: is missing. Fix: add "aims:" to the front matter.',
      'content/paths/lesson.md: age: is missing. Fix: add "age:" to the front matter.',
      'content/paths/lesson.md: duration: is missing. Fix: add "duration:" to the front matter.',
      'content/paths/lesson.md: steps.0.minutes: is missing. Fix: add "minutes:" to steps[0] (line 5).',
      'content/paths/lesson.md: steps.0.questions: is missing. Fix: add "questions:" to steps[0] (line 5).',
      'content/paths/lesson.md: steps.1.minutes: is missing. Fix: add "minutes:" to steps[1] (line 6).',
      'content/paths/lesson.md: steps.1.questions: is missing. Fix: add "questions:" to steps[1] (line 6).',
      'content/paths/lesson.md: closing: is missing. Fix: add "closing:" to the front matter.',
    ]);
  });
  it('bad ages, minutes and questions name the value and the fix', () => {
    const steps = `${step('fixture-treaty')}\n${step('fixture-intervention')}`;
    expect(problems(withPath(lesson(steps, plan.replace('age: "14–16"', 'age: teenagers'))))).toEqual([
      'content/paths/lesson.md: age (line 15): "teenagers" is not an age range of pupils. Fix: write the youngest and oldest age, e.g. age: "14–16".',
    ]);
    expect(problems(withPath(lesson(steps, plan.replace('age: "14–16"', 'age: "16-14"'))))[0]).toContain('"16-14" is not an age range of pupils');
    expect(problems(withPath(lesson(steps.replace('minutes: 5', 'minutes: 2.5'))))).toEqual([
      'content/paths/lesson.md: steps.0.minutes (line 6): 2.5: must be a whole number of minutes.',
    ]);
    expect(problems(withPath(lesson(steps.replace('minutes: 5', 'minutes: five'))))).toEqual([
      'content/paths/lesson.md: steps.0.minutes (line 6): "five": must be a number of minutes, e.g. 5.',
    ]);
    expect(problems(withPath(lesson(steps.replace('      - Why?', '      - Why?\n      - How?\n      - Who?\n      - When?'))))).toEqual([
      'content/paths/lesson.md: steps.0.questions (line 8): ["Why?","How?","Who?","When?"]: must list at most 3 questions. Fix: keep the best 3.',
    ]);
    expect(problems(withPath(lesson(steps.replace('      - Why?', '      - ' + 'Why '.repeat(45) + '?'))))[0]).toMatch(/steps\.0\.questions\.0 \(line 8\): ".*": must be at most 160 characters\. Fix: ask one thing in one short sentence\.$/);
    expect(problems(withPath(lesson(steps.replace('    questions:\n      - Why?', '    questions: []'))))).toEqual([
      'content/paths/lesson.md: steps.0.questions (line 7): []: must list at least one discussion question. Fix: add a line "- …?" under questions.',
    ]);
  });
  it('minutes that do not fit the lesson’s duration are refused, with the overrun', () => {
    const steps = `${step('fixture-treaty')}\n${step('fixture-intervention')}`;
    expect(problems(withPath(lesson(steps, plan.replace('duration: 30', 'duration: 12'))))).toEqual([
      'content/paths/lesson.md: duration (line 16): is 12 minutes, but the steps and the closing take 15. Fix: shorten some steps\' minutes by 3 in all, or set duration: 15.',
    ]);
    expect(problems(withPath(lesson(steps, plan.replace('duration: 30', 'duration: 15'))))).toEqual([]);
  });
  it('the site’s three lessons are valid, with notes and questions on every step', () => {
    const { problems: found, content } = validateContent(readContent(join(ROOT, 'content'), ROOT), SITE_RULES);
    expect(found).toEqual([]);
    expect(content.paths.map((p) => p.slug).sort()).toEqual(['huanggutun-to-manchukuo-1928-1932', 'nomonhan-kantokuen-1945', 'siberian-intervention-1917-1925']);
    for (const path of content.paths) {
      for (const s of path.data.steps) {
        expect(s.notes, `${path.slug}: ${s.event} has teacher notes`).toBeTruthy();
        expect(s.questions.length, `${path.slug}: ${s.event} has questions`).toBeGreaterThan(0);
      }
      expect(path.data.aims.length).toBeGreaterThan(0);
      expect(path.body.trim().length).toBeGreaterThan(100);
    }
  });
});

describe('ages', () => {
  it.each([
    ['14–16', { from: 14, to: 16 }],
    ['14-16', { from: 14, to: 16 }],
    ['11 to 13', { from: 11, to: 13 }],
    [15, { from: 15, to: 15 }],
  ])('%s reads as %j', (value, expected) => {
    expect(ageRange.parse(value)).toEqual(expected);
  });
  it.each(['16-14', '3–5', 'adults', '14–25'])('%s is refused', (value) => {
    expect(ageRange.safeParse(value).success).toBe(false);
  });
  it('is written for people', () => {
    expect(formatAges({ from: 14, to: 16 })).toBe('ages 14–16');
    expect(formatAges({ from: 15, to: 15 })).toBe('age 15');
  });
});

describe('a lesson’s plan', () => {
  it('minutes in words', () => {
    expect(formatMinutes(45)).toBe('45 minutes');
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(90)).toBe('1 hour 30 minutes');
  });
  it('gives the title slide what the steps and the closing leave, then times every slide', () => {
    expect(planLesson(45, [{ minutes: 10 }, { minutes: 20 }], 5)).toEqual([
      { minutes: 10, startsAt: 0 },
      { minutes: 10, startsAt: 10 },
      { minutes: 20, startsAt: 20 },
      { minutes: 5, startsAt: 40 },
    ]);
    expect(planLesson(30, [{ minutes: 25 }], 5)[0]).toEqual({ minutes: 0, startsAt: 0 });
    expect(formatLessonClock(5)).toBe('0:05');
    expect(formatLessonClock(70)).toBe('1:10');
  });
  it('lists the works most steps cite first, then in the order the lesson meets them', () => {
    expect(lessonSources([{ sources: ['a', 'b'] }, { sources: ['c', 'b', 'b'] }, { sources: ['c', 'd'] }])).toEqual([
      { key: 'b', steps: 2 },
      { key: 'c', steps: 2 },
      { key: 'a', steps: 1 },
      { key: 'd', steps: 1 },
    ]);
  });
  it('the closing slide leaves Wikipedia out and puts authored works before documents', () => {
    const items = new Map([
      ['wp', { title: 'Japanese intervention in Siberia', 'container-title': 'Wikipedia', URL: 'https://en.wikipedia.org/wiki/X' }],
      ['doc', { title: 'Document 656', type: 'chapter', 'container-title': 'FRUS 1921' }],
      ['book', { title: 'A History', type: 'book', author: [{ family: 'Stephan' }] }],
      ['eb', { title: 'Japan', type: 'entry-encyclopedia', 'container-title': 'Encyclopædia Britannica', author: [{ family: 'Anon' }] }],
      ['gov', { title: 'Statement', type: 'document', author: [{ literal: 'Government of the RSFSR' }] }],
    ]);
    expect(isWikipedia(items.get('wp')!)).toBe(true);
    const shown = mainSources([{ key: 'wp', steps: 5 }, { key: 'gov', steps: 5 }, { key: 'doc', steps: 4 }, { key: 'eb', steps: 3 }, { key: 'book', steps: 1 }, { key: 'gone', steps: 1 }], items);
    expect(shown.map((s) => s.key)).toEqual(['book', 'gov', 'doc', 'eb']);
    expect(shortReference({ title: 'Japan', 'container-title': 'Encyclopædia Britannica', issued: { 'date-parts': [[1922]] } })).toBe('“Japan”, Encyclopædia Britannica (1922)');
  });
  it('short references fit a slide', () => {
    expect(shortReference({ title: "Japan's Siberian Intervention, 1918–1922: \"A Great Disobedience Against the People\"", author: [{ family: 'Dunscomb' }], issued: { 'date-parts': [[2011]] } })).toBe("Dunscomb, Japan's Siberian Intervention, 1918–1922 (2011)");
    expect(shortReference({ title: 'Nomonhan', author: [{ family: 'Drea' }, { family: 'Coox' }, { family: 'Hata' }], issued: { 'date-parts': [[1981]] } })).toBe('Drea et al., Nomonhan (1981)');
    expect(shortReference({ title: 'Report of the Commission of Enquiry', author: [{ literal: 'League of Nations' }] })).toBe('League of Nations, Report of the Commission of Enquiry');
    expect(shortReference({ title: 'A'.repeat(40) + ' ' + 'B'.repeat(40), issued: { 'date-parts': [[1950]] } })).toBe(`${'A'.repeat(40)}… (1950)`);
    expect(shortReference({ title: 'Guarding the Railroad, Taming the Cossacks: The U.S. Army in Russia', author: [{ family: 'Smith' }] })).toBe('Smith, Guarding the Railroad, Taming the Cossacks');
  });
});

describe('the closing slide’s address', () => {
  const slugs = ['a', 'b', 'c'];
  it('is ?slide=questions, after the events, only in a deck that has one', () => {
    expect(searchForSlide(4, slugs, true)).toBe(`?slide=${CLOSING_SLIDE}`);
    expect(slideIndexFromSearch('?slide=questions', slugs, true)).toBe(4);
    expect(slideIndexFromSearch('?slide=questions', slugs)).toBe(0);
    expect(searchForSlide(4, slugs)).toBe('');
    expect(searchForSlide(2, slugs, true)).toBe('?event=b');
    expect(slideIndexFromSearch('?event=c', slugs, true)).toBe(3);
  });
});

describe('a lesson’s strip spans the lesson', () => {
  const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
  const period = { start: utc(1894), end: utc(1950, 12, 31) };
  it('from its first year to its last, widened by a tenth each side and kept in the period', () => {
    const w = lessonWindow([{ start: utc(1917, 11), end: utc(1918, 3) }, { start: utc(1925, 5), end: utc(1925, 5, 31) }], period);
    expect(new Date(w.start).toISOString().slice(0, 10)).toBe('1916-01-01');
    expect(new Date(w.end).toISOString().slice(0, 10)).toBe('1926-12-31');
    const short = lessonWindow([{ start: utc(1939, 5, 11), end: utc(1939, 9, 16) }], period);
    expect(new Date(short.end).getUTCFullYear() - new Date(short.start).getUTCFullYear() + 1).toBeGreaterThanOrEqual(4);
    const late = lessonWindow([{ start: utc(1945, 8), end: utc(1956, 12) }], period);
    expect(late.end).toBe(period.end);
    expect(lessonWindow([], period)).toEqual(period);
  });
  it('years before 100 stay the years they are', () => {
    const w = lessonWindow([{ start: Date.UTC(50, 0, 1) - 0, end: Date.UTC(52, 0, 1) }].map((e) => ({ start: new Date(e.start).setUTCFullYear(50), end: new Date(e.end).setUTCFullYear(52) })), { start: new Date(0).setUTCFullYear(1, 0, 1), end: new Date(0).setUTCFullYear(200, 0, 1) });
    expect(new Date(w.start).getUTCFullYear()).toBe(49);
    expect(new Date(w.end).getUTCFullYear()).toBe(53);
  });
  it('marks the lesson’s window on a small line of the whole period, above the strip', () => {
    const window = { start: utc(1916), end: utc(1926, 12, 31) };
    const band = periodBand(period, window, '1894', '1950');
    expect(band.from).toBe(STRIP.periodInset);
    expect(band.to).toBe(STRIP.width - STRIP.periodInset);
    const share = (band.windowTo - band.windowFrom) / (band.to - band.from);
    expect(share).toBeGreaterThan(0.18);
    expect(share).toBeLessThan(0.21);
    expect(band.windowFrom).toBeGreaterThan(band.from + 0.35 * (band.to - band.from));
    const scene = stripContext([], window);
    const plain = stripFrame(scene);
    const framed = stripFrame(scene, true);
    expect(framed.eraTop).toBe(STRIP.periodHeight);
    expect(framed.height - plain.height).toBe(STRIP.periodHeight);
    expect(framed.focusY - plain.focusY).toBe(STRIP.periodHeight);
  });
});

describe('slide maps', () => {
  const place = (slug: string, name: string, latitude: number, longitude: number, modernName?: string): MapPlace => ({ slug, name, latitude, longitude, ...(modernName ? { modernName } : {}) });
  const map = (places: MapPlace[]) => mapOfPlaces(places, { ...SLIDE_MAP, features: SITE_SETTINGS.map.features });
  it('name the features the slide is about: Sakhalin, Lake Baikal (drawn, since the base map has no lakes)', () => {
    const sakhalin = map([place('aleksandrovsk-sakhalinsky', 'Aleksandrovsk', 50.9, 142.16, 'Aleksandrovsk-Sakhalinsky'), place('nikolayevsk-on-amur', 'Nikolayevsk-on-Amur', 53.14, 140.73)]);
    expect(sakhalin.features.map((f) => f.name)).toContain('Sakhalin');
    const baikal = map([place('irkutsk', 'Irkutsk', 52.29, 104.3), place('chita', 'Chita', 52.03, 113.5)]);
    expect(baikal.features.map((f) => f.name)).toContain('Lake Baikal');
    expect(baikal.lakes).toMatch(/^M/);
  });
  it('leave out today’s country names, and keep every name inside the map, clear of the places’ labels', () => {
    const m = map([place('vladivostok', 'Vladivostok', 43.12, 131.9), place('irkutsk', 'Irkutsk', 52.29, 104.3), place('uozu', 'Uozu', 36.8, 137.4)]);
    expect(m.countries).toEqual([]);
    const boxes = [...m.labels.map((l) => l.box), ...m.features.map((f) => f.box)];
    for (const f of m.features) {
      expect(f.box.x >= 0 && f.box.y >= 0 && f.box.x + f.box.width <= m.width && f.box.y + f.box.height <= m.height, f.name).toBe(true);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        if (i >= m.labels.length || j >= m.labels.length) expect(overlap, `${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(false);
      }
    }
  });
  it('set every text at 7:1 or more against its halo, and at the size that reads 24 px when the map is 400 px wide', () => {
    const style = standaloneMapStyle(SLIDE_MAP.fontSize, { secondaryScale: SLIDE_MAP.secondaryScale, halo: SLIDE_MAP_HALO });
    const rules = [...style.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector, body]) => ({ selector: selector.trim(), body }));
    const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    const lum = (h: string) => { const [r, g, b] = hex(h); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    const contrast = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
    const get = (selector: string, prop: string) => {
      const found = rules.filter((r) => r.selector.split(',').includes(selector)).map((r) => new RegExp(`(?:^|;)${prop}:([^;]+)`).exec(r.body)?.[1]).filter(Boolean);
      return found.at(-1)!;
    };
    const texts = [
      { fill: get('.lm-label', 'fill'), halo: get('.lm-label', 'stroke') },
      { fill: get('.lm-label-now', 'fill'), halo: get('.lm-label', 'stroke') },
      { fill: get('.lm-feature--water', 'fill'), halo: get('.lm-feature--water', 'stroke') },
      { fill: get('.lm-feature--region', 'fill'), halo: get('.lm-feature--region', 'stroke') },
    ];
    for (const t of texts) expect(contrast(t.fill, t.halo), JSON.stringify(t)).toBeGreaterThanOrEqual(7);
    expect(SLIDE_MAP.fontSize * SLIDE_MAP.secondaryScale * (400 / SLIDE_MAP.width)).toBeGreaterThanOrEqual(SLIDE_MAP_MIN_LABEL_PX);
    expect(style).toContain(`font-size:${SLIDE_MAP.fontSize * SLIDE_MAP.secondaryScale}px`);
  });
});
