import { describe, expect, it } from 'vitest';
import { utcDay } from '../../src/lib/dates/utc.ts';
import { buildScene } from '../../src/lib/timeline/scene.ts';
import { formatPx, joinKey, renderLayers, renderLayersMarkup, renderMark, renderSvgAttributes, toMarkup, type RenderLinks } from '../../src/lib/timeline/render.ts';
import { layoutOptionsFor, STATIC_WIDTH } from '../../src/lib/timeline/options.ts';
import { generateItems, LANES } from './fixtures/timeline-events.ts';
import { eraBandsOf } from '../../src/lib/timeline/eras.ts';
import { readSiteSettings } from '../../src/content-source/site-settings.ts';

// This site's bands (content/site.yaml), as the build draws them.
const eras = eraBandsOf(readSiteSettings().settings.eras);

// The renderer's SVG, pinned for three views as normalised snapshots (as Observable Plot's
// tests do): one element per line, numbers to a tenth of a pixel.
const links: RenderLinks = { event: (slug) => `/events/${slug}/`, cluster: (cluster) => `/events/#cluster-${cluster.key}` };
const labels = LANES.map(([, label]) => label);
const options = layoutOptionsFor('horizontal', LANES.length);
// A few events with every part a mark can have: faded starts and ends, an open end.
const SPECIAL: [string, string][] = [
  ['1931-09-18/1933-05-31', 'Manchurian campaign'], ['1920~/1922-10', 'Siberian expedition, approximate start'],
  ['1937/..', 'War with no end date'], ['1938-07/1939-03~', 'Border battle, approximate end'],
];
const events = generateItems(400, SPECIAL);

function scene(items = events, start = utcDay(1894, 1, 1), end = utcDay(1951, 1, 1) - 1, orientation: 'horizontal' | 'vertical' = 'horizontal') {
  const opts = orientation === 'horizontal' ? options : layoutOptionsFor('vertical', LANES.length, 375);
  return buildScene(items, labels, { orientation, length: orientation === 'horizontal' ? STATIC_WIDTH : 2400, start, end, eras }, orientation === 'horizontal' ? 0 : 375, opts);
}

/** The SVG as the build writes it, one element to a line, indented by depth. */
function normalise(markup: string): string {
  let depth = 0;
  return markup.replace(/<(\w+)([^<>]*)><\/\1>/g, '<$1$2/>').replace(/></g, '>\n<').split('\n').map((line) => {
    if (line.startsWith('</')) depth--;
    const out = `${'  '.repeat(Math.max(0, depth))}${line}`;
    if (!line.startsWith('</') && !line.endsWith('/>') && !/<\/\w+>$/.test(line)) depth++;
    return out;
  }).join('\n');
}

const svg = (s: ReturnType<typeof scene>) => {
  const root = Object.entries(renderSvgAttributes(s)).filter(([, v]) => v !== null).map(([k, v]) => ` ${k}="${v}"`).join('');
  return `${normalise(`<svg${root}>${renderLayersMarkup(s, links)}</svg>`)}\n`;
};

describe('the timeline renderer', () => {
  it('pins the whole period', async () => {
    await expect(svg(scene())).toMatchFileSnapshot('__snapshots__/timeline-whole-period.svg');
  });

  it('pins one year', async () => {
    await expect(svg(scene(events, utcDay(1938, 1, 1), utcDay(1939, 1, 1) - 1))).toMatchFileSnapshot('__snapshots__/timeline-one-year.svg');
  });

  it('pins a dense window of 10,000 events', async () => {
    const dense = scene(generateItems(10_000), utcDay(1937, 1, 1), utcDay(1938, 1, 1) - 1);
    expect(dense.layout.visibleCount).toBeGreaterThan(150);
    await expect(svg(dense)).toMatchFileSnapshot('__snapshots__/timeline-dense-10000.svg');
  });

  it('pins the narrow (vertical) timeline for one year', async () => {
    await expect(svg(scene(events, utcDay(1938, 1, 1), utcDay(1939, 1, 1) - 1, 'vertical'))).toMatchFileSnapshot('__snapshots__/timeline-one-year-vertical.svg');
  });

  it('writes every mark, cluster, era, lane and tick of the scene, keyed as the browser joins them', () => {
    const s = scene();
    const layers = renderLayers(s, links);
    expect(layers.marks).toHaveLength(s.marks.length);
    expect(layers.clusters).toHaveLength(s.clusters.length);
    expect(layers.eras.map((e) => e.attrs['data-key'])).toEqual(s.eras.map((e) => e.key));
    expect(layers.lanes).toHaveLength(LANES.length);
    expect(layers.axis).toHaveLength(s.ticks.length);
    const bar = s.marks.find((m) => m.kind === 'bar')!;
    expect(joinKey(renderMark(bar, links).attrs)).toBe(`bar:${bar.slug}`);
    expect(joinKey({ class: 'tl-mark tl-mark--point lane-2', 'data-key': 'x' })).toBe('point:x');
    expect(joinKey({ class: 'tl-cluster lane-1', 'data-key': '0:a:3' })).toBe('0:a:3');
  });

  it('places a bar\'s parts from the scene: faded ends, the open-end arrow, the label', () => {
    const s = scene(events, utcDay(1937, 1, 1), utcDay(1940, 1, 1) - 1);
    const open = s.marks.find((m) => m.label === 'War with no end date')!;
    const a = renderMark(open, links);
    expect(a.attrs.transform).toBe(`translate(${formatPx(open.x)},${formatPx(open.y)})`);
    expect(a.children!.map((c) => c.attrs.class)).toEqual(['tl-hit', 'tl-bar', 'tl-open', open.labelled ? 'tl-label' : 'tl-label is-hidden']);
    const length = open.end - open.x;
    expect(a.children![1].attrs).toMatchObject({ x: '0', y: '-6', width: formatPx(length), height: '12' });
    expect(a.children![2].attrs.d).toBe(`M${formatPx(length)},-7 L${formatPx(length + 9)},0 L${formatPx(length)},7 z`);
    const fuzzy = renderMark(s.marks.find((m) => m.label.startsWith('Border battle'))!, links);
    expect(fuzzy.children!.map((c) => c.attrs.class)).toContain('tl-fuzz tl-fuzz--end');
  });

  it('escapes text and attributes', () => {
    expect(toMarkup({ tag: 'text', attrs: { 'aria-label': 'A "quoted" <b> & c' }, text: 'Tom & Jerry <3' })).toBe('<text aria-label="A &quot;quoted&quot; &lt;b&gt; &amp; c">Tom &amp; Jerry &lt;3</text>');
  });

  it('gives the vertical timeline a fixed size and no lane bands', () => {
    const s = scene(events, utcDay(1938, 1, 1), utcDay(1939, 1, 1) - 1, 'vertical');
    expect(renderSvgAttributes(s)).toEqual({ viewBox: '0 0 375 2400', width: '375', height: '2400' });
    expect(renderLayers(s, links).lanes).toEqual([]);
    expect(renderSvgAttributes(scene()).width).toBeNull();
  });
});
