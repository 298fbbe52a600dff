import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { f as Fragment, u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { t as $$EventList } from "./EventList_BXeBbS_i.mjs";
import { t as $$NativeNames } from "./NativeNames_D1Feoq7X.mjs";
import { a as getLanes, r as getEvents, s as getPeople, x as createComponent } from "./content_qShtQhSW.mjs";
import { i as href } from "./urls_CWSai1xj.mjs";
import { t as NAMES_WEIGHT } from "./excerpt_4J501gM5.mjs";
import { n as formatHistoricalDate } from "./format_DgQ2d2fN.mjs";
// src/pages/people/[slug].astro
var _slug__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Slug,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4401");
async function getStaticPaths() {
	const events = await getEvents();
	return [...(await getPeople()).values()].map((person) => ({
		params: { slug: person.id },
		props: {
			person,
			events: events.filter((e) => e.entry.data.people.includes(person.id))
		}
	}));
}
var $$Slug = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Slug;
	const { person, events } = Astro.props;
	const { data } = person;
	const lanes = await getLanes();
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": data.name,
		"description": data.description,
		"section": "people"
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<article class="entity" aria-labelledby="entity-title" data-pagefind-meta="kind:Person"><nav class="breadcrumbs" aria-label="Breadcrumbs"><a${addAttribute(href("people/"), "href")}>People</a></nav><h1 id="entity-title">${data.name}</h1><p class="lede" data-pagefind-meta="summary">${data.description}</p>${(data.born || data.died) && renderTemplate`<p class="meta">${data.born && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`Born ${formatHistoricalDate(data.born)}` })}`}${data.born && data.died && " · "}${data.died && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`Died ${formatHistoricalDate(data.died)}` })}`}</p>`}<div${addAttribute(NAMES_WEIGHT, "data-pagefind-weight")}>${renderComponent($$result, "NativeNames", $$NativeNames, { "names": data.names })}${data.aliases.length > 0 && renderTemplate`<p class="aliases">Also written: ${data.aliases.join(", ")}</p>`}</div><section aria-labelledby="events-heading"><h2 id="events-heading">Events (${events.length})</h2>${events.length ? renderTemplate`${renderComponent($$result, "EventList", $$EventList, {
		"events": events,
		"lanes": lanes,
		"headingLevel": 3
	})}` : renderTemplate`<p>No event mentions ${data.name} yet.</p>`}</section></article>` })}`;
}, "/work/wt/map/src/pages/people/[slug].astro", void 0);
var $$file = "/work/wt/map/src/pages/people/[slug].astro";
var $$url = "/people/[slug]/";
// \0virtual:astro:page:src/pages/people/[slug]@_@astro
var page = () => _slug__exports;
export { page };
