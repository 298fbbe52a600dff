import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { f as Fragment, u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
/* empty css                 */
import { r as getEvents, s as getPeople, x as createComponent } from "./content_qShtQhSW.mjs";
import { o as personHref } from "./urls_CWSai1xj.mjs";
import { n as formatHistoricalDate } from "./format_DgQ2d2fN.mjs";
// src/pages/people/index.astro
var people_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const events = await getEvents();
	const people = [...(await getPeople()).values()].sort((a, b) => a.data.name.localeCompare(b.data.name, "en"));
	const countOf = (slug) => events.filter((e) => e.entry.data.people.includes(slug)).length;
	const lifespan = (data) => data.born || data.died ? `${data.born ? formatHistoricalDate(data.born) : "?"} – ${data.died ? formatHistoricalDate(data.died) : "?"}` : "";
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": "People",
		"description": `The ${people.length} people who appear in the events, with their names in their own scripts.`,
		"section": "people"
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>People</h1><p class="lede">${people.length} people appear in the events. East Asian names are written family name first, in Hepburn or pinyin, with the name in its own script.</p><ul class="index-list index-list--columns">${people.map((person) => {
		const count = countOf(person.id);
		const native = person.data.names.find((n) => n.text !== person.data.name);
		return renderTemplate`<li><h2 class="index-list__title"><a${addAttribute(personHref(person.id), "href")}>${person.data.name}</a>${native && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` <span${addAttribute(native.lang, "lang")} class="index-list__native">${native.text}</span>` })}`}</h2><p class="meta">${lifespan(person.data)}${lifespan(person.data) && " · "}${count} ${count === 1 ? "event" : "events"}</p><p class="index-list__description">${person.data.description}</p></li>`;
	})}</ul>` })}`;
}, "/work/wt/map/src/pages/people/index.astro", void 0);
var $$file = "/work/wt/map/src/pages/people/index.astro";
var $$url = "/people/";
// \0virtual:astro:page:src/pages/people/index@_@astro
var page = () => people_exports;
export { page };
