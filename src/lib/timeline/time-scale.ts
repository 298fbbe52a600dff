/**
 * A linear scale from UTC time (milliseconds) to pixels, with just what d3-zoom's
 * `transform.rescaleX` needs (domain, range, invert, copy). d3-scale's scaleUtc does the
 * same and more, but brings time-formatting code the browser bundle does not need.
 */
export interface TimeScale {
  (time: number): number;
  domain(): [number, number];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  invert(px: number): number;
  copy(): TimeScale;
}

/** A time scale mapping [start, end] (UTC ms) onto [from, to] (px). */
export function timeScale(domain: readonly (number | Date)[] = [0, 1], range: readonly number[] = [0, 1]): TimeScale {
  let [d0, d1] = domain.map(Number);
  let [r0, r1] = range;
  const scale = ((time: number) => r0 + ((time - d0) / (d1 - d0)) * (r1 - r0)) as TimeScale;
  scale.invert = (px: number) => d0 + ((px - r0) / (r1 - r0)) * (d1 - d0);
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (!next) return [d0, d1];
    [d0, d1] = next.map(Number);
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r0, r1];
    [r0, r1] = next;
    return scale;
  }) as TimeScale['range'];
  scale.copy = () => timeScale([d0, d1], [r0, r1]);
  return scale;
}
