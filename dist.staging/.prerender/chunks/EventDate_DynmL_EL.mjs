import { v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { x as createComponent } from "./content_qShtQhSW.mjs";
import { n as createAstro } from "./BaseLayout_PREEiKO8.mjs";
import { i as isoForDate, n as formatHistoricalDate } from "./format_DgQ2d2fN.mjs";
// src/components/EventDate.astro
createAstro("http://localhost:4401");
var $$EventDate = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EventDate;
	const { date } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<time${addAttribute(isoForDate(date), "datetime")}>${formatHistoricalDate(date)}</time>`;
}, "/work/wt/map/src/components/EventDate.astro", void 0);
export { $$EventDate as t };
