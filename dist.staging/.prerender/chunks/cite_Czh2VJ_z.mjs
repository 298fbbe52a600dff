import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { r as getEvents } from "./content_qShtQhSW.mjs";
import { a as exportReference, n as eventCitation } from "./citation_nnZ000EM.mjs";
// src/pages/events/[slug]/cite.bib.ts
var cite_bib_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (async () => (await getEvents()).map((event) => ({
	params: { slug: event.slug },
	props: { event }
})));
var GET = ({ props, site }) => new Response(exportReference(eventCitation(props.event, site).item, "bibtex"), { headers: { "Content-Type": "application/x-bibtex; charset=utf-8" } });
// \0virtual:astro:page:src/pages/events/[slug]/cite.bib@_@ts
var page = () => cite_bib_exports;
export { page };
