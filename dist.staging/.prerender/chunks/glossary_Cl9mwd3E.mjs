import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { i as getGlossary, x as createComponent } from "./content_qShtQhSW.mjs";
// src/pages/glossary.astro
var glossary_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Glossary,
	file: () => $$file,
	url: () => $$url
});
var $$Glossary = createComponent(($$result, $$props, $$slots) => {
	const terms = [...getGlossary()].sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": "Glossary",
		"description": `${terms.length} terms that the events use, explained in a sentence or two.`,
		"data-astro-cid-vsux75ar": true
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1 data-astro-cid-vsux75ar>Glossary</h1><p class="lede" data-astro-cid-vsux75ar>Words and names that the events use, explained in a sentence or two. On each event page, the first use of a term links here.</p><dl class="glossary" data-astro-cid-vsux75ar>${terms.map((entry) => renderTemplate`<div class="glossary__entry"${addAttribute(entry.id, "id")} data-astro-cid-vsux75ar><dt data-astro-cid-vsux75ar><dfn data-astro-cid-vsux75ar>${entry.term}</dfn>${entry.aliases.length > 0 && renderTemplate`<span class="glossary__aliases" data-astro-cid-vsux75ar> (also: ${entry.aliases.join(", ")})</span>`}</dt><dd data-astro-cid-vsux75ar>${entry.definition}</dd></div>`)}</dl>` })}`;
}, "/work/wt/map/src/pages/glossary.astro", void 0);
var $$file = "/work/wt/map/src/pages/glossary.astro";
var $$url = "/glossary/";
// \0virtual:astro:page:src/pages/glossary@_@astro
var page = () => glossary_exports;
export { page };
