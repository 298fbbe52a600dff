import { describe, expect, it } from 'vitest';
import { fitProjection, type MapPlace } from '../../src/lib/geo/locator-map.ts';
import { layoutLabels } from '../../src/lib/geo/labels.ts';
import { renderLocatorSvg } from '../../src/lib/geo/render-svg.ts';
import { mapOfPlaces } from '../../src/lib/geo/world.ts';

const portArthur: MapPlace = { slug: 'port-arthur', name: 'Port Arthur', modernName: 'Lüshunkou, Dalian', latitude: 38.81, longitude: 121.26 };
const mukden: MapPlace = { slug: 'mukden', name: 'Mukden', modernName: 'Shenyang', latitude: 41.8, longitude: 123.43 };
const huanggutun: MapPlace = { slug: 'huanggutun', name: 'Huanggutun', latitude: 41.809, longitude: 123.403 };
const shimonoseki: MapPlace = { slug: 'shimonoseki', name: 'Shimonoseki', latitude: 33.96, longitude: 130.95 };
const portsmouth: MapPlace = { slug: 'portsmouth', name: 'Portsmouth Navy Yard', latitude: 43.08, longitude: -70.74 };

const inside = (x: number, y: number, w: number, h: number) => x >= 0 && y >= 0 && x <= w && y <= h;

describe('layoutLocatorMap', () => {
  it('puts every place inside a regional map, with land, borders and an inset globe', () => {
    const map = mapOfPlaces([shimonoseki, portArthur, mukden]);
    expect(map.scope).toBe('regional');
    for (const marker of map.markers) expect(inside(marker.x, marker.y, map.width, map.height), marker.slug).toBe(true);
    expect(map.land.length).toBeGreaterThan(1000);
    expect(map.borders.length).toBeGreaterThan(100);
    expect(map.inset?.extent).toMatch(/^M/);
  });

  it('labels give the period name and, where it differs, today\'s name', () => {
    const map = mapOfPlaces([portArthur]);
    const lines = map.labels.flatMap((l) => l.lines.map((line) => line.text));
    expect(lines).toEqual(['Port Arthur', 'now Lüshunkou, Dalian']);
    const label = map.labels[0];
    expect(inside(label.box.x, label.box.y, map.width, map.height) && inside(label.box.x + label.box.width, label.box.y + label.box.height, map.width, map.height)).toBe(true);
  });

  it('shows one place in the middle of its region rather than in close-up', () => {
    const map = mapOfPlaces([mukden]);
    expect(map.markers[0].x).toBeCloseTo(map.width / 2, 0);
    const { projection } = fitProjection([mukden]);
    // 6° of latitude to the south (about 670 km) is still on the map: the minimum radius is 7°.
    const [, y] = projection([123.43, 35.8])!;
    expect(y).toBeLessThan(map.height);
  });

  it('draws places on two continents on a world map, without an inset', () => {
    const map = mapOfPlaces([portsmouth, portArthur]);
    expect(map.scope).toBe('world');
    expect(map.inset).toBeUndefined();
    expect(map.sphere).toMatch(/^M/);
    for (const marker of map.markers) expect(inside(marker.x, marker.y, map.width, map.height)).toBe(true);
    expect(map.height).toBeLessThan(map.width);
  });

  it('names today\'s countries faintly for orientation, clear of the labels', () => {
    const map = mapOfPlaces([mukden, huanggutun]);
    expect(map.countries.map((c) => c.name)).toContain('CHINA');
  });

  it('is deterministic', () => {
    expect(mapOfPlaces([portArthur, mukden])).toEqual(mapOfPlaces([portArthur, mukden]));
  });
});

describe('layoutLabels', () => {
  it('gives places a few kilometres apart one shared label', () => {
    const { labels, assignment } = layoutLabels(
      [
        { id: 'a', x: 100, y: 100, lines: ['Mukden', 'now Shenyang'] },
        { id: 'b', x: 102, y: 101, lines: ['Huanggutun'] },
        { id: 'c', x: 300, y: 200, lines: ['Dairen'] },
      ],
      { width: 480, height: 320, fontSize: 14 },
    );
    expect(labels).toHaveLength(2);
    expect(assignment.get('a')).toBe(assignment.get('b'));
    expect(labels[0].members).toEqual(['a', 'b']);
    expect(labels[0].lines.map((l) => [l.text, l.secondary])).toEqual([['Mukden', false], ['now Shenyang', true], ['Huanggutun', false]]);
  });

  it('moves a label to the left of a marker near the right edge', () => {
    const { labels } = layoutLabels([{ id: 'a', x: 470, y: 160, lines: ['Vladivostok'] }], { width: 480, height: 320, fontSize: 14 });
    expect(labels[0].anchor).toBe('end');
    expect(labels[0].box.x + labels[0].box.width).toBeLessThanOrEqual(470);
  });
});

describe('renderLocatorSvg', () => {
  it('marks and names every place, with an accessible title and description', () => {
    const svg = renderLocatorSvg(mapOfPlaces([shimonoseki, portArthur]), { id: 'm', title: 'Where it happened', description: 'Shimonoseki & Port Arthur' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="m-title m-desc"/);
    expect(svg).toContain('<desc id="m-desc">Shimonoseki &amp; Port Arthur</desc>');
    expect(svg).toContain('data-place="shimonoseki"');
    expect(svg).toContain('data-place="port-arthur"');
    expect(svg).toContain('>Port Arthur</tspan>');
    expect(svg).toContain('>now Lüshunkou, Dalian</tspan>');
    expect(svg).not.toMatch(/\sstyle=/);
  });
});
