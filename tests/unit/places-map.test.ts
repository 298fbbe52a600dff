import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { SITE_RULES } from '../helpers/site-rules.ts';
import { worldAtlas } from '../../src/lib/geo/world.ts';
import { densestRegion, layoutOverviewMaps, placeLabels, type OverviewPlace } from '../../src/lib/geo/overview-map.ts';
import { ROOT } from '../helpers/fixtures.ts';

const { content } = validateContent(readContent(join(ROOT, 'content'), ROOT), SITE_RULES);
const places: OverviewPlace[] = [...content.places].map(([slug, p]) => ({
  slug, name: p.name, latitude: p.latitude, longitude: p.longitude,
  events: content.events.filter((e) => e.data.places.includes(slug)).length,
}));
const { detailed, coarse } = worldAtlas();
const maps = layoutOverviewMaps(places, detailed, coarse);

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the map of all places', () => {
  it('shows Northeast Asia in detail and the places far from it on the world map', () => {
    expect(maps.regional).not.toBeNull();
    const regional = new Set(maps.regionalPlaces);
    for (const slug of ['mukden', 'port-arthur', 'vladivostok', 'tokyo', 'khalkhin-gol', 'harbin']) expect(regional.has(slug), slug).toBe(true);
    const world = new Set(maps.world.markers.map((m) => m.slug));
    for (const slug of ['london', 'geneva', 'washington', 'moscow']) expect(world.has(slug), slug).toBe(true);
  });
  it('marks every place exactly once, on one of the two maps', () => {
    const marked = [...maps.regional!.markers, ...maps.world.markers].map((m) => m.slug);
    expect(marked.sort()).toEqual(places.map((p) => p.slug).sort());
  });
  it('draws the markers inside the map and outlines the regional map on the world map', () => {
    for (const map of [maps.regional!, maps.world]) {
      for (const m of map.markers) {
        expect(m.x).toBeGreaterThanOrEqual(0);
        expect(m.x).toBeLessThanOrEqual(map.width);
        expect(m.y).toBeGreaterThanOrEqual(0);
        expect(m.y).toBeLessThanOrEqual(map.height);
      }
      expect(map.land.length).toBeGreaterThan(1000);
    }
    expect(maps.world.extent).toMatch(/^M/);
    expect(maps.world.extentLabel).not.toBeNull();
  });
  it('labels most places in the region and no two labels overlap', () => {
    const regional = maps.regional!;
    expect(regional.labels.length / regional.markers.length).toBeGreaterThan(0.8);
    const boxes = regional.labels.map((l) => {
      const width = [...l.text].length * 14 * 0.56;
      const x = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
      return { x, y: l.y - 14, width, height: 14 * 1.2 };
    });
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i], boxes[j]), `${regional.labels[i].text} / ${regional.labels[j].text}`).toBe(false);
    }
  });
  it('is small enough to inline in a page', () => {
    expect(JSON.stringify(maps.regional).length).toBeLessThan(60_000);
    expect(JSON.stringify(maps.world).length).toBeLessThan(150_000);
  });
});

describe('label placement', () => {
  it('gives the place with more events the first choice, and moves the other', () => {
    const labels = placeLabels([
      { slug: 'a', name: 'Alpha', x: 50, y: 50, priority: 1 },
      { slug: 'b', name: 'Beta', x: 50, y: 52, priority: 5 },
    ], { width: 200, height: 100, fontSize: 14 });
    expect(labels[0]).toMatchObject({ slug: 'b', anchor: 'start' });
    expect(labels[1]).toMatchObject({ slug: 'a' });
    expect(labels[1].anchor).not.toBe('start');
  });
  it('leaves a label out when there is no room for it', () => {
    const labels = placeLabels([
      { slug: 'a', name: 'Alpha', x: 30, y: 12, priority: 1 },
      { slug: 'b', name: 'Beta', x: 31, y: 12, priority: 5 },
    ], { width: 80, height: 24, fontSize: 14 });
    expect(labels.map((l) => l.slug)).toEqual(['b']);
  });
  it('keeps labels inside the map', () => {
    const [label] = placeLabels([{ slug: 'edge', name: 'A long name at the edge', x: 395, y: 50, priority: 1 }], { width: 400, height: 100, fontSize: 14 });
    expect(label.anchor).toBe('end');
  });
  it('finds the densest cluster of places', () => {
    const cluster = densestRegion([
      { slug: 'a', name: 'A', longitude: 120, latitude: 40 },
      { slug: 'b', name: 'B', longitude: 121, latitude: 41 },
      { slug: 'c', name: 'C', longitude: 122, latitude: 39 },
      { slug: 'd', name: 'D', longitude: 0, latitude: 51 },
    ], 10);
    expect(cluster.map((p) => p.slug)).toEqual(['a', 'b', 'c']);
  });
});
