/**
 * A coordinate rounded to a tenth of a unit (a tenth of a pixel on screen): finer than anyone
 * can see, and it keeps SVG output short and stable, so that an unchanged value is written the
 * same way again.
 */
export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
