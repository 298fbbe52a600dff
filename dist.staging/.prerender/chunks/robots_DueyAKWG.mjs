import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { r as siteRoot } from "./export_D8C7Er-4.mjs";
// src/pages/robots.txt.ts
var robots_txt_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
/** /robots.txt: everything may be crawled; the sitemap lists every page (when there is one: it needs the site's address). */
var GET = ({ site }) => {
	const root = siteRoot(site);
	const sitemap = root ? `\nSitemap: ${new URL("sitemap.xml", root).href}\n` : "";
	return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { "content-type": "text/plain; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/robots.txt@_@ts
var page = () => robots_txt_exports;
export { page };
