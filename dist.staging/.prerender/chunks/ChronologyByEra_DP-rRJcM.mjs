import { f as Fragment, u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { x as createComponent } from "./content_qShtQhSW.mjs";
import { n as createAstro } from "./BaseLayout_PREEiKO8.mjs";
/* empty css                 */
import { t as $$EventList } from "./EventList_BXeBbS_i.mjs";
import { t as groupByEraAndDecade } from "./group_BsfuJANV.mjs";
import { a as eraSpan } from "./japanese-eras_CEQFp0XY.mjs";
// src/components/browse/ChronologyByEra.astro
createAstro("http://localhost:4401");
var $$ChronologyByEra = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ChronologyByEra;
	const { events, lanes } = Astro.props;
	const groups = groupByEraAndDecade(events);
	return renderTemplate`${maybeRenderHead($$result)}<nav class="jump-nav" aria-label="Eras and decades"><ul>${groups.map((group) => renderTemplate`<li${addAttribute(group.id, "data-group")}><a class="jump-nav__era"${addAttribute(`#${group.id}`, "href")}>${group.era.name}</a><ul class="jump-nav__decades">${group.decades.map((decade) => renderTemplate`<li${addAttribute(decade.id, "data-group")}><a${addAttribute(`#${decade.id}`, "href")}>${decade.label}</a></li>`)}</ul></li>`)}</ul></nav>${groups.map((group) => renderTemplate`<section class="era"${addAttribute(group.id, "id")}${addAttribute(`${group.id}-heading`, "aria-labelledby")}${addAttribute(group.id, "data-group")}><h2${addAttribute(`${group.id}-heading`, "id")} class="era__heading">${group.era.native ? `${group.era.name} era` : group.era.name}${group.era.native && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <span lang="ja" class="era__native">${group.era.native}</span>` })}`}<span class="era__span">${eraSpan(group.era)}</span></h2>${group.note && renderTemplate`<p class="era__note">${group.note}</p>`}${group.decades.map((decade) => renderTemplate`<div class="decade"${addAttribute(decade.id, "id")}${addAttribute(decade.id, "data-group")}><h3 class="decade__heading">${decade.label}</h3>${renderComponent($$result, "EventList", $$EventList, {
		"events": decade.items,
		"lanes": lanes,
		"headingLevel": 4
	})}</div>`)}</section>`)}`;
}, "/work/wt/map/src/components/browse/ChronologyByEra.astro", void 0);
export { $$ChronologyByEra as t };
