// The preview image of an event page (Open Graph / Twitter card), drawn as a 1200×630 SVG at
// build time: the site, the event's title and date on the left, its locator map on the right.
// The build turns it into a PNG; nothing is fetched from any service.
import { escapeMarkup } from '../escape.ts';
import { wrapText } from '../wrap-text.ts';

/** Size of a large preview image, as Open Graph and Twitter cards expect it. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface CardInput {
  siteName: string;
  title: string;
  /** The date as the page writes it: "4 June 1928". */
  dateText: string;
  /** The theme (lane) of the event. */
  laneLabel?: string;
  /** Shown at the bottom: the page's address without its scheme (none when the site's address is not set). */
  address?: string;
  /** The locator map, as an <svg> or <image> element already placed at MAP_BOX. */
  mapSvg?: string;
  /** The event's picture instead of the map, as an <image> element placed at MAP_BOX, with its credit line. */
  picture?: { svg: string; credit: string };
}

/** Where the map goes on the card: the page's 480×320 map, enlarged. */
export const MAP_BOX = { x: 648, y: 96, width: 504, height: 336 } as const;

const TEXT_LEFT = 64;
const TEXT_WIDTH = 548;
const SERIF = "'DejaVu Serif', Georgia, 'Times New Roman', serif";
const SANS = "'DejaVu Sans', Verdana, Arial, sans-serif";


/** The largest title size at which the title fits (four lines, five at the smallest sizes), with its lines. */
export function fitTitle(title: string): { size: number; lines: string[] } {
  const wrap = (size: number) => wrapText(title, Math.floor(TEXT_WIDTH / (size * 0.62)));
  for (const size of [64, 58, 52, 47, 42, 38, 34, 31]) {
    const lines = wrap(size);
    if (lines.length <= (size >= 38 ? 4 : 5)) return { size, lines };
  }
  const lines = wrap(31).slice(0, 5);
  lines[4] = `${lines[4]}…`;
  return { size: 31, lines };
}

/** Text cut to at most `max` characters, with an ellipsis when cut. */
function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The card as a standalone SVG document. */
export function renderCardSvg(input: CardInput): string {
  const { width, height } = CARD_SIZE;
  const title = fitTitle(input.title);
  const lineHeight = Math.round(title.size * 1.18);
  const titleTop = 200;
  const titleLines = title.lines
    .map((line, i) => `<tspan x="${TEXT_LEFT}" y="${titleTop + i * lineHeight}">${escapeMarkup(line)}</tspan>`)
    .join('');
  const dateY = titleTop + (title.lines.length - 1) * lineHeight + 76;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#fbfaf7"/>`,
    `<rect width="14" height="${height}" fill="#8a1c1c"/>`,
    `<text x="${TEXT_LEFT}" y="96" font-family="${SANS}" font-size="26" font-weight="700" fill="#1c1b19">${escapeMarkup(input.siteName)}</text>`,
    input.laneLabel ? `<text x="${TEXT_LEFT}" y="134" font-family="${SANS}" font-size="24" fill="#8a1c1c">${escapeMarkup(input.laneLabel)}</text>` : '',
    `<text font-family="${SERIF}" font-size="${title.size}" font-weight="700" fill="#1c1b19">${titleLines}</text>`,
    `<text x="${TEXT_LEFT}" y="${dateY}" font-family="${SANS}" font-size="34" fill="#3d3a35">${escapeMarkup(input.dateText)}</text>`,
    input.address ? `<text x="${TEXT_LEFT}" y="${height - 48}" font-family="${SANS}" font-size="22" fill="#55524b">${escapeMarkup(input.address)}</text>` : '',
    input.picture ? input.picture.svg : (input.mapSvg ?? ''),
    // A picture is always shown with its credit, here under it.
    input.picture ? `<text x="${MAP_BOX.x}" y="${MAP_BOX.y + MAP_BOX.height + 34}" font-family="${SANS}" font-size="20" fill="#55524b">${escapeMarkup(truncate(input.picture.credit, 46))}</text>` : '',
    '</svg>',
  ].join('');
}
