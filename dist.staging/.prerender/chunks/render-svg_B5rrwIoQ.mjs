import { t as escapeMarkup } from "./escape_GjVcZ0En.mjs";
// src/lib/geo/render-svg.ts
/** The map as one <svg> element. */
function renderLocatorSvg(map, options) {
	const { id, title, description } = options;
	const size = `${options.at ? ` x="${options.at.x}" y="${options.at.y}"` : ""}${options.size ? ` width="${options.size.width}" height="${options.size.height}"` : ""}`;
	const out = [];
	out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="lm lm--${map.scope}" viewBox="0 0 ${map.width} ${map.height}"${size} role="img" aria-labelledby="${id}-title ${id}-desc">`);
	out.push(`<title id="${id}-title">${escapeMarkup(title)}</title><desc id="${id}-desc">${escapeMarkup(description)}</desc>`);
	if (options.prelude) out.push(options.prelude);
	if (map.scope === "world") out.push(`<path class="lm-sea" d="${map.sphere}"/>`);
	else out.push(`<rect class="lm-sea" width="${map.width}" height="${map.height}"/>`);
	out.push(`<path class="lm-graticule" d="${map.graticule}"/>`);
	out.push(`<path class="lm-land" d="${map.land}"/>`);
	out.push(`<path class="lm-border" d="${map.borders}"/>`);
	for (const country of map.countries) out.push(`<text class="lm-country" x="${country.x}" y="${country.y}" text-anchor="middle">${escapeMarkup(country.name)}</text>`);
	if (map.inset) {
		const { cx, cy, r } = map.inset;
		out.push(`<g class="lm-inset"><circle class="lm-inset-sea" cx="${cx}" cy="${cy}" r="${r}"/><path class="lm-inset-land" d="${map.inset.land}"/><path class="lm-inset-extent" d="${map.inset.extent}"/><circle class="lm-inset-rim" cx="${cx}" cy="${cy}" r="${r}"/></g>`);
	}
	for (const marker of map.markers) out.push(`<circle class="lm-marker" data-place="${escapeMarkup(marker.slug)}" cx="${marker.x}" cy="${marker.y}" r="4.5"/>`);
	for (const label of map.labels) {
		out.push(`<text class="lm-label" data-places="${escapeMarkup(label.members.join(" "))}" text-anchor="${label.anchor}">`);
		for (const line of label.lines) out.push(`<tspan class="${line.secondary ? "lm-label-now" : "lm-label-name"}" x="${line.x}" y="${line.y}">${escapeMarkup(line.text)}</tspan>`);
		out.push("</text>");
	}
	out.push("</svg>");
	return out.join("");
}
/** Colours and type for a standalone copy of the map (no page stylesheet), in the light scheme. */
function standaloneMapStyle(fontSize = 15) {
	return `<style>
.lm-sea{fill:#dfe8ee}.lm-graticule{fill:none;stroke:#fff;stroke-width:.6}
.lm-land{fill:#efebe2;stroke:#a39e93;stroke-width:.6}.lm-border{fill:none;stroke:#8f897d;stroke-width:.7;stroke-dasharray:3 2}
.lm-country{font:600 ${fontSize * .78}px "DejaVu Sans",sans-serif;letter-spacing:.08em;fill:#7a756b}
.lm-inset-sea{fill:#dfe8ee}.lm-inset-land{fill:#cfc9bd}.lm-inset-extent{fill:none;stroke:#8a1c1c;stroke-width:1.5}.lm-inset-rim{fill:none;stroke:#8f897d}
.lm-marker{fill:#8a1c1c;stroke:#fff;stroke-width:1.5}
.lm-label{font:${fontSize}px "DejaVu Sans",sans-serif;fill:#1c1b19;paint-order:stroke;stroke:#efebe2;stroke-width:3px;stroke-linejoin:round}
.lm-label-now{font-size:${fontSize * .86}px;fill:#4b4840}
</style>`;
}
export { standaloneMapStyle as n, renderLocatorSvg as t };
