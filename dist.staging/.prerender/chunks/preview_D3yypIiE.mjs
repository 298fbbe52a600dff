import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { a as getLanes, r as getEvents } from "./content_qShtQhSW.mjs";
import { n as eventCitation, t as SITE_NAME } from "./citation_nnZ000EM.mjs";
import { i as placesOf, n as mapPlaces } from "./event-context_SSLADnSd.mjs";
import { n as formatHistoricalDate } from "./format_DgQ2d2fN.mjs";
import { t as mapOfPlaces } from "./world_HyDiZb3P.mjs";
import { n as standaloneMapStyle, t as renderLocatorSvg } from "./render-svg_B5rrwIoQ.mjs";
import { n as MAP_BOX, r as renderCardSvg } from "./card_C4f9LNDj.mjs";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { createHash } from "node:crypto";
// src/pages/events/[slug]/preview.png.ts
var preview_png_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var CACHE = join(process.env.ASTRO_CACHE_DIR ?? join(process.cwd(), "node_modules", ".astro"), "preview-png");
async function renderPng(svg) {
	const file = join(CACHE, `${createHash("sha256").update(svg).digest("hex")}.png`);
	if (existsSync(file)) return readFileSync(file);
	const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
	mkdirSync(CACHE, { recursive: true });
	writeFileSync(file, png);
	return png;
}
var getStaticPaths = (async () => (await getEvents()).map((event) => ({
	params: { slug: event.slug },
	props: { event }
})));
/**
* The card's map as an embedded PNG, drawn once per set of places: rasterising the vector map
* was half the cost of every card, and many events share their places. The card comes out
* pixel for pixel as with the vector map.
*/
var mapImages = /* @__PURE__ */ new Map();
function mapImage(places) {
	const key = JSON.stringify(places);
	let image = mapImages.get(key);
	if (!image) {
		const map = mapOfPlaces(places);
		const scale = MAP_BOX.width / map.width;
		const svg = renderLocatorSvg(map, {
			id: "card-map",
			title: "Locator map",
			description: places.map((p) => p.name).join(", "),
			prelude: standaloneMapStyle(),
			size: {
				width: MAP_BOX.width,
				height: Math.round(map.height * scale)
			},
			at: {
				x: MAP_BOX.x,
				y: MAP_BOX.y + Math.max(0, Math.round((MAP_BOX.height - map.height * scale) / 2))
			}
		});
		const { x, y, width, height } = MAP_BOX;
		const box = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}">${svg}</svg>`;
		image = sharp(Buffer.from(box)).png({ compressionLevel: 1 }).toBuffer().then((png) => `<image x="${x}" y="${y}" width="${width}" height="${height}" href="data:image/png;base64,${png.toString("base64")}"/>`);
		mapImages.set(key, image);
	}
	return image;
}
var GET = async ({ props, site }) => {
	const { event } = props;
	const { data } = event.entry;
	const places = mapPlaces(await placesOf(event));
	const lane = (await getLanes()).find((l) => l.id === data.lane);
	const mapSvg = places.length ? await mapImage(places) : void 0;
	const { url } = eventCitation(event, site);
	const svg = renderCardSvg({
		siteName: SITE_NAME,
		title: data.title,
		dateText: formatHistoricalDate(data.date),
		...lane ? { laneLabel: lane.label } : {},
		...url ? { address: url.replace(/^https?:\/\//, "") } : {},
		...mapSvg ? { mapSvg } : {}
	});
	return new Response(new Uint8Array(await renderPng(svg)), { headers: { "Content-Type": "image/png" } });
};
// \0virtual:astro:page:src/pages/events/[slug]/preview.png@_@ts
var page = () => preview_png_exports;
export { page };
