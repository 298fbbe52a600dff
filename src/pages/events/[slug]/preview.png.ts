// The page's preview image (Open Graph and Twitter cards): a 1200×630 PNG drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEvents, getLanes, type OrderedEvent } from '../../../data/content.ts';
import { eventCitation, SITE_NAME } from '../../../data/citation.ts';
import { mapPlaces, placesOf } from '../../../data/event-context.ts';
import { formatHistoricalDate } from '../../../lib/dates/format.ts';
import { mapOfPlaces } from '../../../lib/geo/world.ts';
import type { MapPlace } from '../../../lib/geo/locator-map.ts';
import { renderLocatorSvg, standaloneMapStyle } from '../../../lib/geo/render-svg.ts';
import { MAP_BOX, renderCardSvg } from '../../../lib/og/card.ts';
import { creditLine, leadPicture, type LocalMedia } from '../../../data/media.ts';
import { contentDir } from '../../../content-source/read.ts';

// Drawing a PNG is the slowest step of a build; the same card (same SVG) is drawn once and kept,
// beside Astro's own cache for this output (scripts/build.mjs gives each output its own).
const CACHE = join(process.env.ASTRO_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.astro'), 'preview-png');

async function renderPng(svg: string): Promise<Buffer> {
  const file = join(CACHE, `${createHash('sha256').update(svg).digest('hex')}.png`);
  if (existsSync(file)) return readFileSync(file);
  // Plain deflate at level 6: eight times faster than palette quantisation; a card is about 100 KB.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, png);
  return png;
}

export const getStaticPaths = (async () => (await getEvents()).map((event) => ({ params: { slug: event.slug }, props: { event } }))) satisfies GetStaticPaths;

/**
 * The card's map as an embedded PNG, drawn once per set of places: rasterising the vector map
 * was half the cost of every card, and many events share their places. The card comes out
 * pixel for pixel as with the vector map.
 */
const mapImages = new Map<string, Promise<string>>();
function mapImage(places: MapPlace[]): Promise<string> {
  const key = JSON.stringify(places);
  let image = mapImages.get(key);
  if (!image) {
    const map = mapOfPlaces(places);
    const scale = MAP_BOX.width / map.width;
    // The page's own map, scaled into the card's map box.
    const svg = renderLocatorSvg(map, {
      id: 'card-map',
      title: 'Locator map',
      description: places.map((p) => p.name).join(', '),
      prelude: standaloneMapStyle(),
      size: { width: MAP_BOX.width, height: Math.round(map.height * scale) },
      at: { x: MAP_BOX.x, y: MAP_BOX.y + Math.max(0, Math.round((MAP_BOX.height - map.height * scale) / 2)) },
    });
    const { x, y, width, height } = MAP_BOX;
    const box = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}">${svg}</svg>`;
    image = sharp(Buffer.from(box))
      .png({ compressionLevel: 1 })
      .toBuffer()
      .then((png) => `<image x="${x}" y="${y}" width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/>`);
    mapImages.set(key, image);
  }
  return image;
}

/** The event's picture, cropped to the map's box: the file itself, read from the content directory (never fetched). */
async function pictureImage(picture: LocalMedia): Promise<string> {
  const { x, y, width, height } = MAP_BOX;
  const png = await sharp(join(contentDir(), '..', picture.file)).resize(width, height, { fit: 'cover' }).png({ compressionLevel: 6 }).toBuffer();
  return `<image x="${x}" y="${y}" width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/>`;
}

export const GET: APIRoute<{ event: OrderedEvent }> = async ({ props, site }) => {
  const { event } = props;
  const { data } = event.entry;
  const places = mapPlaces(await placesOf(event));
  const lane = (await getLanes()).find((l) => l.id === data.lane);
  const picture = leadPicture(event.entry);
  const mapSvg = !picture && places.length ? await mapImage(places) : undefined;
  const { url } = eventCitation(event, site);
  const svg = renderCardSvg({
    siteName: SITE_NAME,
    title: data.title,
    dateText: formatHistoricalDate(data.date),
    ...(lane ? { laneLabel: lane.label } : {}),
    ...(url ? { address: url.replace(/^https?:\/\//, '') } : {}),
    ...(mapSvg ? { mapSvg } : {}),
    ...(picture ? { picture: { svg: await pictureImage(picture), credit: creditLine(picture) } } : {}),
  });
  return new Response(new Uint8Array(await renderPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
