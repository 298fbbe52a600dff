import { t as escapeMarkup } from "./escape_GjVcZ0En.mjs";
// src/lib/og/card.ts
/** Size of a large preview image, as Open Graph and Twitter cards expect it. */
var CARD_SIZE = {
	width: 1200,
	height: 630
};
/** Where the map goes on the card: the page's 480×320 map, enlarged. */
var MAP_BOX = {
	x: 648,
	y: 96,
	width: 504,
	height: 336
};
var TEXT_LEFT = 64;
var TEXT_WIDTH = 548;
var SERIF = "'DejaVu Serif', Georgia, 'Times New Roman', serif";
var SANS = "'DejaVu Sans', Verdana, Arial, sans-serif";
/**
* Breaks text into lines of at most `maxChars` characters at spaces (a word longer than a
* line gets a line of its own).
*/
function wrapText(text, maxChars) {
	const lines = [];
	let line = "";
	for (const word of text.split(/\s+/).filter(Boolean)) if (line && [...`${line} ${word}`].length > maxChars) {
		lines.push(line);
		line = word;
	} else line = line ? `${line} ${word}` : word;
	if (line) lines.push(line);
	return lines;
}
/** The largest title size at which the title fits (four lines, five at the smallest sizes), with its lines. */
function fitTitle(title) {
	const wrap = (size) => wrapText(title, Math.floor(TEXT_WIDTH / (size * .62)));
	for (const size of [
		64,
		58,
		52,
		47,
		42,
		38,
		34,
		31
	]) {
		const lines = wrap(size);
		if (lines.length <= (size >= 38 ? 4 : 5)) return {
			size,
			lines
		};
	}
	const lines = wrap(31).slice(0, 5);
	lines[4] = `${lines[4]}…`;
	return {
		size: 31,
		lines
	};
}
/** The card as a standalone SVG document. */
function renderCardSvg(input) {
	const { width, height } = CARD_SIZE;
	const title = fitTitle(input.title);
	const lineHeight = Math.round(title.size * 1.18);
	const titleTop = 200;
	const titleLines = title.lines.map((line, i) => `<tspan x="${TEXT_LEFT}" y="${titleTop + i * lineHeight}">${escapeMarkup(line)}</tspan>`).join("");
	const dateY = titleTop + (title.lines.length - 1) * lineHeight + 76;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="${width}" height="${height}" fill="#fbfaf7"/>`,
		`<rect width="14" height="${height}" fill="#8a1c1c"/>`,
		`<text x="${TEXT_LEFT}" y="96" font-family="${SANS}" font-size="26" font-weight="700" fill="#1c1b19">${escapeMarkup(input.siteName)}</text>`,
		input.laneLabel ? `<text x="${TEXT_LEFT}" y="134" font-family="${SANS}" font-size="24" fill="#8a1c1c">${escapeMarkup(input.laneLabel)}</text>` : "",
		`<text font-family="${SERIF}" font-size="${title.size}" font-weight="700" fill="#1c1b19">${titleLines}</text>`,
		`<text x="${TEXT_LEFT}" y="${dateY}" font-family="${SANS}" font-size="34" fill="#3d3a35">${escapeMarkup(input.dateText)}</text>`,
		input.address ? `<text x="${TEXT_LEFT}" y="${height - 48}" font-family="${SANS}" font-size="22" fill="#55524b">${escapeMarkup(input.address)}</text>` : "",
		input.mapSvg ?? "",
		"</svg>"
	].join("");
}
export { MAP_BOX as n, renderCardSvg as r, CARD_SIZE as t };
