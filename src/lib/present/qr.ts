import { create } from 'qrcode';
import { escapeMarkup } from '../escape.ts';

/** Light modules around the code, in modules: the quiet zone scanners need (ISO/IEC 18004 asks for 4). */
export const QR_QUIET_ZONE = 4;

/** A QR code as one SVG path of its dark modules, in module units, with its size (quiet zone included). */
export interface QrPath {
  size: number;
  d: string;
}

/**
 * The QR code of a text (an address) as path data: one rectangle per horizontal run of dark
 * modules. Error correction M (15%) keeps the code small enough to read across a classroom.
 */
export function qrPath(text: string): QrPath {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const parts: string[] = [];
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) { x++; continue; }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      parts.push(`M${start + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${x - start}v1h${start - x}z`);
    }
  }
  return { size: n + 2 * QR_QUIET_ZONE, d: parts.join('') };
}

/** Escapes text for SVG element content. */

/**
 * A standalone SVG image of the QR code: black on white whatever the page's theme (inverted
 * codes defeat many phone scanners), colours as attributes, no style attribute.
 */
export function qrSvg(text: string, title: string): string {
  const { size, d } = qrPath(text);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}" shape-rendering="crispEdges" role="img" aria-label="${escapeMarkup(title)}"><title>${escapeMarkup(title)}</title><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>\n`;
}
