import { describe, expect, it } from 'vitest';
import { geoArea, geoAzimuthalEqualArea, geoContains, geoEqualEarth, geoPath, geoOrthographic } from 'd3-geo';
import { extentPolygon, fitWorld } from '../../src/lib/geo/fit.ts';

describe('fitWorld', () => {
  it.each([
    ['Equal Earth', () => geoEqualEarth(), 960, 8],
    ['Equal Earth, rotated', () => geoEqualEarth().rotate([-150, 0]), 480, 12],
    ['orthographic', () => geoOrthographic(), 300, 10],
  ])('fits the whole globe (%s) to the width with the margin on every side', (_, make, width, margin) => {
    const projection = make();
    const height = fitWorld(projection, width, margin);
    const [[left, top], [right, bottom]] = geoPath(projection).bounds({ type: 'Sphere' } as never);
    expect(left).toBeCloseTo(margin, 6);
    expect(right).toBeCloseTo(width - margin, 6);
    expect(top).toBeCloseTo(margin, 6);
    // The height is whole: at most one unit more than the globe and its margins need.
    expect(Number.isInteger(height)).toBe(true);
    expect(height - margin - bottom).toBeGreaterThanOrEqual(0);
    expect(height - margin - bottom).toBeLessThan(1);
  });
  it('gives Equal Earth its shape: about twice as wide as it is high', () => {
    const height = fitWorld(geoEqualEarth(), 960, 8);
    expect((960 - 16) / (height - 16)).toBeCloseTo(2.05, 1);
  });
});

describe('extentPolygon', () => {
  const width = 480;
  const height = 320;
  const projection = geoAzimuthalEqualArea().rotate([-125, -42]).translate([width / 2, height / 2]).scale(900);

  it.each([8, 12])('traces the frame in %d points a side, as a closed ring', (steps) => {
    const ring = extentPolygon(projection, width, height, steps).coordinates[0];
    expect(ring).toHaveLength(4 * steps + 1);
    expect(ring.at(-1)).toEqual(ring[0]);
    for (const point of ring) {
      const [x, y] = projection(point as [number, number])!;
      const onEdge = [x, y, width - x, height - y].some((d) => Math.abs(d) < 1e-6);
      expect(onEdge, `${x},${y}`).toBe(true);
    }
  });

  it('encloses the small area the map shows, not the rest of the globe', () => {
    const area = extentPolygon(projection, width, height, 8);
    expect(geoContains(area, projection.invert!([width / 2, height / 2])!)).toBe(true);
    expect(geoContains(area, [-55, -42])).toBe(false); // the antipode of the map's centre
    expect(geoArea(area)).toBeLessThan(Math.PI); // of the sphere's 4π
  });
});
