import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { claimTotal, figureReferenceProblems, parseFigures, type FigureData } from '../../src/lib/content/figures.ts';
import { describeFigure, FIGURE_WIDTH, formatClaimValue, layoutFigure, tickExtent } from '../../src/lib/figures/layout.ts';
import { wrapText } from '../../src/lib/wrap-text.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ROOT } from '../helpers/fixtures.ts';

const source = { key: 'shishov-khasan', locator: 'web page 129' };
const rangeFigure: FigureData = {
  event: 'battle-of-lake-khasan-1938',
  title: 'Dead at Lake Khasan',
  kind: 'range',
  unit: 'people',
  groups: [
    { label: 'Soviet dead', claims: [
      { by: 'an early figure', counts: 'dead', value: 236, source },
      { by: 'declassified figures', counts: 'killed, missing', parts: [{ label: 'killed', value: 717 }, { label: 'missing', value: 75 }], source },
    ] },
    { label: 'Japanese dead', claims: [
      { by: 'Japanese sources', counts: 'killed', value: 526, source },
      { by: 'a Soviet claim', counts: 'killed and missing', value: 3000, source },
    ] },
  ],
};
const barFigure: FigureData = {
  event: 'battle-of-mukden-1905',
  title: 'Losses at Mukden',
  kind: 'bar',
  unit: 'men',
  groups: [
    { label: 'Russian losses', claims: [{ by: 'a report', counts: 'losses', parts: [{ label: 'prisoners', value: 50000 }, { label: 'killed', value: 26500 }, { label: 'other', value: 90000 }], source }] },
    { label: 'Japanese losses', claims: [{ by: 'the same report', counts: 'total loss', qualifier: 'under', value: 50000, source }] },
  ],
};

describe('figure layout', () => {
  it('puts zero at the left edge and a value in proportion along the axis', () => {
    const layout = layoutFigure(rangeFigure);
    expect(layout.origin).toBe(8);
    const [early, declassified] = layout.groups[0].claims;
    const soviet = layout.groups[1].claims[1];
    // The axis is nice and leaves headroom: 3,000 × 1.04 rounds up to 4,000.
    expect(layout.ticks.map((t) => t.label)).toEqual(['0', '1,000', '2,000', '3,000', '4,000']);
    const unit = (FIGURE_WIDTH - 16) / 4000;
    expect(early.x).toBeCloseTo(8 + 236 * unit, 6);
    expect(declassified.x).toBeCloseTo(8 + 792 * unit, 6);
    expect(soviet.x).toBeCloseTo(8 + 3000 * unit, 6);
    expect(layout.ticks[0]).toMatchObject({ x: 8, anchor: 'start' });
    expect(layout.ticks.at(-1)).toMatchObject({ x: FIGURE_WIDTH - 8, anchor: 'end' });
  });

  it('keeps every other tick when wide numbers would make the axis labels touch', () => {
    const ticks = layoutFigure(barFigure).ticks;
    expect(ticks.map((t) => t.label)).toEqual(['0', '100,000', '200,000']);
    const narrow = layoutFigure(rangeFigure).ticks;
    expect(narrow).toHaveLength(5);
    for (const set of [ticks, narrow]) {
      for (let i = 1; i < set.length; i++) expect(tickExtent(set[i])[0]).toBeGreaterThan(tickExtent(set[i - 1])[1]);
      expect(tickExtent(set[0])[0]).toBeGreaterThanOrEqual(0);
      expect(tickExtent(set.at(-1)!)[1]).toBeLessThanOrEqual(FIGURE_WIDTH);
    }
  });

  it('shades the spread of a range group from its lowest to its highest claim', () => {
    const layout = layoutFigure(rangeFigure);
    const [soviet, japanese] = layout.groups;
    expect(soviet.spread?.x0).toBe(soviet.claims[0].x);
    expect(soviet.spread?.x1).toBe(soviet.claims[1].x);
    expect(japanese.spread?.x0).toBe(japanese.claims[0].x);
    expect(japanese.spread?.x1).toBe(japanese.claims[1].x);
    expect(layoutFigure({ ...rangeFigure, groups: [rangeFigure.groups[0], { label: 'One', claims: [rangeFigure.groups[1].claims[0]] }] }).groups[1].spread).toBeUndefined();
    // Bars have no spread and no dots; ranges have no bars.
    expect(layout.groups.flatMap((g) => g.claims.flatMap((c) => c.segments))).toEqual([]);
  });

  it('stacks the parts of a bar end to end, and marks an upper bound', () => {
    const layout = layoutFigure(barFigure);
    const [russian] = layout.groups[0].claims;
    expect(russian.segments.map((s) => s.label)).toEqual(['prisoners', 'killed', 'other']);
    expect(russian.segments[0].x0).toBe(layout.origin);
    expect(russian.segments[0].x1).toBe(russian.segments[1].x0);
    expect(russian.segments[1].x1).toBe(russian.segments[2].x0);
    expect(russian.segments[2].x1).toBeCloseTo(russian.x, 6);
    expect(russian.valueText).toBe('166,500');
    expect(russian.partLines.join(' ')).toBe('50,000 prisoners · 26,500 killed · 90,000 other');
    const [japanese] = layout.groups[1].claims;
    expect(japanese.valueText).toBe('under 50,000');
    expect(japanese.bound).toBe(true);
    expect(russian.bound).toBe(false);
  });

  it('gives every text line and mark its own height, so nothing overlaps', () => {
    const layout = layoutFigure(rangeFigure);
    const ys: [number, number][] = []; // [top, bottom] of every label, mark and heading
    for (const group of layout.groups) {
      ys.push([group.labelY - 16, group.labelY]);
      for (const claim of group.claims) {
        claim.lineYs.forEach((y) => ys.push([y - 15, y]));
        ys.push([claim.markY, claim.markY + 14]);
        claim.partLineYs.forEach((y) => ys.push([y - 14, y]));
      }
    }
    for (let i = 1; i < ys.length; i++) expect(ys[i][0]).toBeGreaterThanOrEqual(ys[i - 1][1] - 4);
    expect(layout.tickY).toBeGreaterThan(ys.at(-1)![1]);
    expect(layout.height).toBeGreaterThan(layout.tickY);
  });

  it('wraps labels at spaces, the first line leaving room for the number', () => {
    expect(wrapText('the Soviet figure published before the 1990s', 20)).toEqual(['the Soviet figure', 'published before the', '1990s']);
    expect(wrapText('the Soviet figure published', 20, 8)).toEqual(['the Soviet', 'figure published']);
    expect(wrapText('Verylongwordwithoutspaces here', 5)).toEqual(['Verylongwordwithoutspaces', 'here']);
    const long = layoutFigure({ ...rangeFigure, groups: [{ label: 'G', claims: [{ by: 'a source whose name is far too long for one line of a phone', counts: 'killed, wounded, missing and captured', value: 10, source }] }] });
    expect(long.groups[0].claims[0].lines.length).toBeGreaterThan(1);
    for (const line of long.groups[0].claims[0].lines) expect(line.length).toBeLessThanOrEqual(Math.floor((FIGURE_WIDTH - 16) / (15 * 0.56)));
  });

  it('describes every number in words, with who gives it', () => {
    const text = describeFigure(rangeFigure);
    expect(text).toContain('Soviet dead: 236, dead, according to an early figure; 792 (717 killed, 75 missing), killed, missing, according to declassified figures.');
    expect(text).toContain('3,000, killed and missing, according to a Soviet claim.');
    expect(text.startsWith('Each claim is a dot')).toBe(true);
    expect(describeFigure(barFigure)).toContain('under 50,000, total loss, according to the same report');
    expect(formatClaimValue({ by: 'x', counts: 'y', qualifier: 'about', value: 640000, source })).toBe('about 640,000');
    expect(claimTotal({ by: 'x', counts: 'y', parts: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }], source })).toBe(3);
  });
});

const file = (name: string, text: string) => ({ path: `content/figures/${name}.yaml`, text });
const good = `event: battle-of-lake-khasan-1938
title: Dead at Lake Khasan
kind: range
unit: people
groups:
  - label: Soviet dead
    claims:
      - { by: an early figure, counts: dead, value: 236, source: { key: shishov-khasan, locator: web page 129 } }
`;
function problemsOf(text: string, name = 'khasan'): string[] {
  const problems: Problem[] = [];
  const { figures, partial } = parseFigures([file(name, text)], problems);
  problems.push(...figureReferenceProblems(figures, new Set(['battle-of-lake-khasan-1938']), new Map([['shishov-khasan', {}], ['wp-battle-of-lake-khasan', {}]]), partial));
  return problems.map(formatProblem);
}

describe('figure validation', () => {
  it('accepts a well-formed figure', () => {
    expect(problemsOf(good)).toEqual([]);
  });
  it('names the file, the field and the fix for each mistake', () => {
    expect(problemsOf(good.replace('key: shishov-khasan', 'key: shishov-hasan'))).toEqual([
      'content/figures/khasan.yaml: groups.0.claims.0.source.key: "shishov-hasan" is not in content/bibliography.yaml. Fix: did you mean "shishov-khasan"?',
    ]);
    expect(problemsOf(good.replace('key: shishov-khasan', 'key: nobody-ever'))).toEqual([
      'content/figures/khasan.yaml: groups.0.claims.0.source.key: "nobody-ever" is not in content/bibliography.yaml. Fix: add the work to content/bibliography.yaml or correct the key.',
    ]);
    expect(problemsOf(good.replace('event: battle-of-lake-khasan-1938', 'event: battle-of-lake-khasan-1939'))).toEqual([
      'content/figures/khasan.yaml: event: "battle-of-lake-khasan-1939" is not an event. Fix: did you mean "battle-of-lake-khasan-1938"?',
    ]);
    expect(problemsOf(good.replace('locator: web page 129', 'locator: " "'))[0]).toBe(
      'content/figures/khasan.yaml: groups.0.claims.0.source.locator: must say where in the work the number stands, e.g. "p. 12" or "infobox". Fix: see the fields described in README.md, "Figures", and the other files of content/figures/.',
    );
    expect(problemsOf(good.replace('value: 236,', 'value: 236, parts: [{ label: a, value: 1 }, { label: b, value: 2 }],'))).toEqual([
      'content/figures/khasan.yaml: groups.0.claims.0.value: give either "value" or "parts", not both and not neither. Fix: see the fields described in README.md, "Figures", and the other files of content/figures/.',
    ]);
    expect(problemsOf(good.replace(', locator: web page 129', ''))).toEqual([
      'content/figures/khasan.yaml: groups.0.claims.0.source.locator: is missing. Fix: add "locator:" (see the fields described in README.md, "Figures", and the other files of content/figures/).',
    ]);
    // A file that fails the schema still has its event checked, in the same run.
    expect(problemsOf(good.replace('kind: range', 'kind: pie').replace('event: battle-of-lake-khasan-1938', 'event: battle-of-lake-khasan-1939'))).toHaveLength(2);
    expect(problemsOf(good.replace('kind: range', 'kind: range\ncolour: red'))).toEqual(['content/figures/khasan.yaml: unknown key "colour". Fix: remove it or correct its spelling.']);
    expect(problemsOf(good.replace('kind: range', 'kind: pie'))).toHaveLength(1);
    expect(problemsOf(good.replace('kind: range', 'kind: pie'))[0]).toMatch(/^content\/figures\/khasan\.yaml: kind: .*"bar".*"range"/);
    expect(problemsOf(good.replace('value: 236', 'value: -3'))[0]).toMatch(/^content\/figures\/khasan\.yaml: groups\.0\.claims\.0\.value: /);
    expect(problemsOf('event: [unclosed')[0]).toMatch(/^content\/figures\/khasan\.yaml: line 1: the YAML could not be read/);
    expect(problemsOf(good, 'Bad_Name')).toEqual(['content/figures/Bad_Name.yaml: the file name "Bad_Name" is not lowercase kebab-case. Fix: rename it, e.g. content/figures/battle-of-lake-khasan-1938.yaml.']);
  });
  it('lists every problem of a file at once, each on one line without a stack', () => {
    const lines = problemsOf(good.replace('key: shishov-khasan', 'key: nobody').replace('event: battle-of-lake-khasan-1938', 'event: no-such-event'));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toMatch(/\n|at .*\.ts:\d+/);
  });
});

describe("the site's figures", () => {
  const { problems, content } = validateContent(readContent(join(ROOT, 'content')));
  it('are valid, on five or more events, each number with a locator', () => {
    expect(problems).toEqual([]);
    const events = new Set(content.figures.map((figure) => figure.data.event));
    expect(events.size).toBeGreaterThanOrEqual(5);
    for (const figure of content.figures) {
      expect(content.events.some((event) => event.slug === figure.data.event)).toBe(true);
      for (const claim of figure.data.groups.flatMap((group) => group.claims)) {
        expect(content.bibliography.has(claim.source.key)).toBe(true);
        expect(claim.source.locator.trim()).not.toBe('');
      }
    }
  });
  it('label every claim by who makes it where sources disagree (Khasan, Nomonhan)', () => {
    const claimantsOf = (slug: string) => {
      const figure = content.figures.find((f) => f.data.event === slug)!;
      expect(figure.data.kind).toBe('range');
      return figure.data.groups.flatMap((group) => group.claims.map((claim) => claim.by));
    };
    // Nomonhan: both sides' claims. Khasan: the Soviet counts as they changed over time (the
    // Japanese figures stay in the story: no source read for them but an encyclopedia).
    const nomonhan = claimantsOf('battles-of-nomonhan-khalkhin-gol-1939');
    expect(nomonhan.some((by) => /Soviet/.test(by))).toBe(true);
    expect(nomonhan.some((by) => /Japanese/.test(by))).toBe(true);
    const khasan = claimantsOf('battle-of-lake-khasan-1938');
    expect(new Set(khasan).size).toBeGreaterThanOrEqual(3);
    expect(khasan.every((by) => /Soviet|Voroshilov/.test(by))).toBe(true);
  });
});
