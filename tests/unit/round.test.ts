import { describe, expect, it } from 'vitest';
import { roundToTenth } from '../../src/lib/round.ts';

describe('roundToTenth', () => {
  it.each([
    [0, 0],
    [12.34, 12.3],
    [12.35, 12.4],
    [12.96, 13],
    [-3.14, -3.1],
    [-3.16, -3.2],
    [1e6 + 0.06, 1e6 + 0.1],
  ])('%d → %d', (value, expected) => {
    expect(roundToTenth(value)).toBe(expected);
  });
  it('writes the same text for values that differ by less than it keeps', () => {
    expect(String(roundToTenth(100.0001))).toBe(String(roundToTenth(99.9999)));
  });
});
