import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { r as getEvents } from "./content_qShtQhSW.mjs";
import { n as eventHref } from "./urls_CWSai1xj.mjs";
import { t as escapeMarkup } from "./escape_GjVcZ0En.mjs";
import { t as siteAddress } from "./site_Cfa1vzNQ.mjs";
import { create } from "qrcode";
/**
* The QR code of a text (an address) as path data: one rectangle per horizontal run of dark
* modules. Error correction M (15%) keeps the code small enough to read across a classroom.
*/
function qrPath(text) {
	const { modules } = create(text, { errorCorrectionLevel: "M" });
	const n = modules.size;
	const parts = [];
	for (let y = 0; y < n; y++) {
		let x = 0;
		while (x < n) {
			if (!modules.get(y, x)) {
				x++;
				continue;
			}
			const start = x;
			while (x < n && modules.get(y, x)) x++;
			parts.push(`M${start + 4} ${y + 4}h${x - start}v1h${start - x}z`);
		}
	}
	return {
		size: n + 8,
		d: parts.join("")
	};
}
/** Escapes text for SVG element content. */
/**
* A standalone SVG image of the QR code: black on white whatever the page's theme (inverted
* codes defeat many phone scanners), colours as attributes, no style attribute.
*/
function qrSvg(text, title) {
	const { size, d } = qrPath(text);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}" shape-rendering="crispEdges" role="img" aria-label="${escapeMarkup(title)}"><title>${escapeMarkup(title)}</title><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>\n`;
}
// src/pages/present/qr/[slug].svg.ts
var _slug__svg_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => siteAddress() ? (await getEvents()).map((event) => ({
	params: { slug: event.slug },
	props: { title: event.title }
})) : []);
var GET = ({ params, props, site }) => {
	const url = new URL(eventHref(params.slug), site).href;
	return new Response(qrSvg(url, `QR code of the page "${props.title}": ${url}`), { headers: { "Content-Type": "image/svg+xml" } });
};
// \0virtual:astro:page:src/pages/present/qr/[slug].svg@_@ts
var page = () => _slug__svg_exports;
export { page };
