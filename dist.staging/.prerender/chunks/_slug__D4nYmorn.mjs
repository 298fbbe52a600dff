import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { f as Fragment, k as unescapeHTML, u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { n as createAstro, t as $$BaseLayout } from "./BaseLayout_PREEiKO8.mjs";
import { a as getLanes, c as getPlaces, d as findCitations, h as render, l as gregorianToJulian, m as utcDay, n as getEventIndex, r as getEvents, s as getPeople, t as getBibliography, u as isRussianOldStyleEra, x as createComponent } from "./content_qShtQhSW.mjs";
import { t as renderScript } from "./script_CiWjYfqJ.mjs";
import { t as $$EventDate } from "./EventDate_DynmL_EL.mjs";
import { a as isoForDay, i as isoForDate, n as formatHistoricalDate, o as isoForPoint, t as formatDay } from "./format_DgQ2d2fN.mjs";
import { i as href, n as eventHref, o as personHref, s as placeHref, t as absoluteHref, u as timelineHref } from "./urls_CWSai1xj.mjs";
import { t as mapOfPlaces } from "./world_HyDiZb3P.mjs";
import { t as renderLocatorSvg } from "./render-svg_B5rrwIoQ.mjs";
import { i as CITATION_DOWNLOADS, n as eventCitation, o as formatBibliographyEntries, r as getPageCitations, t as SITE_NAME } from "./citation_nnZ000EM.mjs";
import { t as NAMES_WEIGHT } from "./excerpt_4J501gM5.mjs";
import { t as ADDRESS_NOT_SET } from "./site-settings_uG6T6zd-.mjs";
import { t as CARD_SIZE } from "./card_C4f9LNDj.mjs";
import { i as placesOf, n as mapPlaces, r as peopleOf, t as equivalentOptions } from "./event-context_SSLADnSd.mjs";
import { t as ERAS } from "./japanese-eras_CEQFp0XY.mjs";
import { t as escapeMarkup } from "./escape_GjVcZ0En.mjs";
/* empty css                */
// src/lib/names.ts
var displayNames = new Intl.DisplayNames(["en"], {
	type: "language",
	languageDisplay: "standard"
});
/** The English name of a BCP-47 language tag: ja → "Japanese", zh-Hans → "Chinese (Simplified)". */
function languageName(tag) {
	return displayNames.of(tag) ?? tag;
}
/**
* The tag of a romanisation of text in `tag`: the same language written in Latin script
* (ja → ja-Latn, zh-Hans → zh-Latn), or undefined for text that is already Latin.
*/
function romanizationLang(tag) {
	const locale = new Intl.Locale(tag);
	if (locale.language === "en") return void 0;
	return `${locale.language}-Latn`;
}
/** Whether a name is in English (an English alternative name needs no language label). */
function isEnglish(tag) {
	return new Intl.Locale(tag).language === "en";
}
var words = (text) => new Set(text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 1));
/**
* A person's name in their own script: the first name whose romanisation shares a word with
* the English name (河本大作 "Kōmoto Daisaku" for Kōmoto Daisaku), not a transcription of a
* foreign name (セオドア・ルーズベルト for Theodore Roosevelt).
*/
function ownName(names, name) {
	const english = words(name);
	return names.find((n) => !isEnglish(n.lang) && n.romanization && [...words(n.romanization)].some((w) => english.has(w)));
}
/** The languages in which places in a present-day country are named locally, in order of preference. */
var LOCAL_LANGUAGES = {
	China: [
		"zh-Hant",
		"zh-Hans",
		"zh"
	],
	Taiwan: ["zh-Hant", "zh"],
	Japan: ["ja"],
	Russia: ["ru"],
	Mongolia: ["mn", "mn-Cyrl"],
	"North Korea": ["ko"],
	"South Korea": ["ko"]
};
/** A place's name in the local script of its country (奉天 for Mukden), if the entry has one. */
function localName(names, country) {
	for (const lang of LOCAL_LANGUAGES[country] ?? []) {
		const found = names.find((n) => n.lang === lang);
		if (found) return found;
	}
}
// src/components/EventFacts.astro
createAstro("http://localhost:4401");
var $$EventFacts = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EventFacts;
	const { date, dateNote, alternativeDates = [], equivalents, names = [], places, people } = Astro.props;
	const otherNames = names.filter((n) => !isEnglish(n.lang));
	const englishNames = names.filter((n) => isEnglish(n.lang));
	const julianNote = (e) => e.source === "computed" ? "as Russian sources date it (computed)" : "as Russian sources date it";
	return renderTemplate`${maybeRenderHead($$result)}<section class="facts" aria-labelledby="facts-heading" data-astro-cid-3j4cye7k><h2 id="facts-heading" class="facts__heading" data-astro-cid-3j4cye7k>At a glance</h2><dl data-astro-cid-3j4cye7k><div class="facts__row" data-astro-cid-3j4cye7k><dt data-astro-cid-3j4cye7k>Date</dt><dd data-astro-cid-3j4cye7k>${renderComponent($$result, "EventDate", $$EventDate, {
		"date": date,
		"data-astro-cid-3j4cye7k": true
	})}${dateNote && renderTemplate`<p class="facts__note" data-astro-cid-3j4cye7k>${unescapeHTML(dateNote)}</p>`}</dd></div>${equivalents.length > 0 && renderTemplate`<div class="facts__row" data-astro-cid-3j4cye7k><dt data-astro-cid-3j4cye7k>Other calendars</dt><dd data-astro-cid-3j4cye7k><ul class="facts__list" data-astro-cid-3j4cye7k>${equivalents.map((e) => renderTemplate`<li${addAttribute(`equivalent equivalent--${e.calendar}`, "class")} data-astro-cid-3j4cye7k><span class="facts__label" data-astro-cid-3j4cye7k>${e.label}:</span>${" "}${e.romanized && renderTemplate`<span class="equivalent__romanized" data-astro-cid-3j4cye7k>${e.romanized}</span>`}${e.romanized && " · "}<time${addAttribute(e.datetime, "datetime")}${addAttribute(e.lang, "lang")} data-astro-cid-3j4cye7k>${e.text}</time>${e.calendar === "julian" && renderTemplate`<span class="facts__note-inline" data-astro-cid-3j4cye7k> (${julianNote(e)})</span>`}${e.calendar === "qing" && renderTemplate`<span class="facts__note-inline" data-astro-cid-3j4cye7k> (lunar months)</span>`}</li>`)}</ul></dd></div>`}${alternativeDates.length > 0 && renderTemplate`<div class="facts__row" data-astro-cid-3j4cye7k><dt data-astro-cid-3j4cye7k>Other dates given</dt><dd data-astro-cid-3j4cye7k><ul class="facts__list" data-astro-cid-3j4cye7k>${alternativeDates.map((alt) => renderTemplate`<li data-astro-cid-3j4cye7k><time${addAttribute(isoForDate(alt.date), "datetime")} data-astro-cid-3j4cye7k>${formatHistoricalDate(alt.date)}</time>, according to ${alt.source}${alt.note && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`: ${alt.note}` })}`}</li>`)}</ul></dd></div>`}${(otherNames.length > 0 || englishNames.length > 0) && renderTemplate`<div class="facts__row" data-astro-cid-3j4cye7k><dt data-astro-cid-3j4cye7k>Also known as</dt><dd data-astro-cid-3j4cye7k><ul class="facts__list names" data-astro-cid-3j4cye7k>${englishNames.map((n) => renderTemplate`<li data-astro-cid-3j4cye7k>${n.text}${n.note && renderTemplate`<span class="facts__note-inline" data-astro-cid-3j4cye7k> (${n.note})</span>`}</li>`)}${otherNames.map((n) => renderTemplate`<li data-astro-cid-3j4cye7k><span class="names__original"${addAttribute(n.lang, "lang")} data-astro-cid-3j4cye7k>${n.text}</span>${n.romanization && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${" "}<i class="names__romanized"${addAttribute(romanizationLang(n.lang), "lang")} data-astro-cid-3j4cye7k>${n.romanization}</i>` })}`}${" "}<span class="names__language" data-astro-cid-3j4cye7k>(${languageName(n.lang)}${n.note && `; ${n.note}`})</span></li>`)}</ul></dd></div>`}${places.length > 0 && renderTemplate`<div class="facts__row" data-astro-cid-3j4cye7k><dt data-astro-cid-3j4cye7k>${places.length === 1 ? "Place" : "Places"}</dt><dd data-astro-cid-3j4cye7k><ul class="facts__list" data-astro-cid-3j4cye7k>${places.map(({ id, data }) => {
		const original = localName(data.names, data.country);
		return renderTemplate`<li data-astro-cid-3j4cye7k><a${addAttribute(placeHref(id), "href")} data-astro-cid-3j4cye7k>${data.name}</a>${original && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${" "}<span${addAttribute(original.lang, "lang")} data-astro-cid-3j4cye7k>${original.text}</span>` })}`}${data.modernName && renderTemplate`<span class="facts__note-inline" data-astro-cid-3j4cye7k>, now ${data.modernName}</span>`}<span class="facts__note-inline" data-astro-cid-3j4cye7k> (${data.country})</span></li>`;
	})}</ul></dd></div>`}${people.length > 0 && renderTemplate`<div class="facts__row" data-astro-cid-3j4cye7k><dt data-astro-cid-3j4cye7k>People</dt><dd data-astro-cid-3j4cye7k><ul class="facts__list" data-astro-cid-3j4cye7k>${people.map(({ id, data }) => {
		const original = ownName(data.names, data.name);
		return renderTemplate`<li data-astro-cid-3j4cye7k><a${addAttribute(personHref(id), "href")} data-astro-cid-3j4cye7k>${data.name}</a>${original && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${" "}<span${addAttribute(original.lang, "lang")} data-astro-cid-3j4cye7k>${original.text}</span>` })}`}</li>`;
	})}</ul></dd></div>`}</dl></section>`;
}, "/work/wt/map/src/components/EventFacts.astro", void 0);
// src/components/LocatorMap.astro
createAstro("http://localhost:4401");
var $$LocatorMap = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$LocatorMap;
	const { places, id = "locator-map" } = Astro.props;
	const map = places.length ? mapOfPlaces(places) : null;
	const described = places.map((p) => p.modernName ? `${p.name} (now ${p.modernName})` : p.name);
	const description = `${map?.scope === "world" ? "World map" : "Map"} marking ${described.join("; ")}.`;
	const svg = map ? renderLocatorSvg(map, {
		id,
		title: `Where it happened: ${places.map((p) => p.name).join(", ")}`,
		description
	}) : "";
	return renderTemplate`${map && renderTemplate`${maybeRenderHead($$result)}<figure class="locator" data-astro-cid-mcvqznn7>${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${unescapeHTML(svg)}` })}<figcaption data-astro-cid-mcvqznn7>${map.scope === "world" ? "World map" : "Locator map"}: places with their names of the time, and today's names where they differ. Borders are today's (Natural Earth).</figcaption></figure>`}`;
}, "/work/wt/map/src/components/LocatorMap.astro", void 0);
// src/components/Bibliography.astro
createAstro("http://localhost:4401");
var $$Bibliography = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Bibliography;
	const { items } = Astro.props;
	const entries = formatBibliographyEntries(items, "chicago");
	return renderTemplate`${entries.size > 0 && renderTemplate`${maybeRenderHead($$result)}<section class="bibliography" aria-labelledby="bibliography-heading"${addAttribute(.5, "data-pagefind-weight")}><h2 id="bibliography-heading">Bibliography</h2><ul>${[...entries].map(([id, html]) => renderTemplate`<li${addAttribute(`ref-${id}`, "id")}>${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${unescapeHTML(html)}` })}</li>`)}</ul></section>`}`;
}, "/work/wt/map/src/components/Bibliography.astro", void 0);
// src/components/RelatedEvents.astro
createAstro("http://localhost:4401");
var $$RelatedEvents = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RelatedEvents;
	const { groups, titles } = Astro.props;
	return renderTemplate`${groups.length > 0 && renderTemplate`${maybeRenderHead($$result)}<section class="related" aria-labelledby="related-heading" data-astro-cid-cvl6crcq><h2 id="related-heading" data-astro-cid-cvl6crcq>Related events</h2><ul data-astro-cid-cvl6crcq>${groups.map((group) => renderTemplate`<li data-astro-cid-cvl6crcq><span class="related__words" data-astro-cid-cvl6crcq>${group.words}:</span>${" "}${group.slugs.map((slug, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && "; "}<a${addAttribute(eventHref(slug), "href")} data-astro-cid-cvl6crcq>${titles.get(slug)}</a>` })}`)}</li>`)}</ul></section>`}`;
}, "/work/wt/map/src/components/RelatedEvents.astro", void 0);
// src/components/CiteThisPage.astro
createAstro("http://localhost:4401");
var $$CiteThisPage = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$CiteThisPage;
	const { slug, citations, permalink, revision, accessed } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<section class="cite" id="cite" aria-labelledby="cite-heading" data-astro-cid-qf4phsyw><h2 id="cite-heading" data-astro-cid-qf4phsyw>Cite this page</h2><dl class="cite__styles" data-astro-cid-qf4phsyw>${[
		{
			id: "chicago",
			label: "Chicago (notes and bibliography)"
		},
		{
			id: "apa",
			label: "APA"
		},
		{
			id: "mla",
			label: "MLA"
		}
	].map((style) => renderTemplate`<div${addAttribute(`cite__style cite__style--${style.id}`, "class")} data-astro-cid-qf4phsyw><dt data-astro-cid-qf4phsyw>${style.label}</dt><dd data-astro-cid-qf4phsyw>${renderComponent($$result, "copy-text", "copy-text", {
		"data-label": `the ${style.label} reference`,
		"data-astro-cid-qf4phsyw": true
	}, { "default": ($$result) => renderTemplate`<p class="cite__reference" data-copy data-astro-cid-qf4phsyw>${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${unescapeHTML(citations[style.id])}` })}</p>` })}</dd></div>`)}</dl><p class="cite__version" data-astro-cid-qf4phsyw>Last changed on <time${addAttribute(isoForDay(revision.day), "datetime")} data-astro-cid-qf4phsyw>${formatDay(revision.day)}</time>${revision.commit && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` (commit <code data-astro-cid-qf4phsyw>${revision.commit}</code>)` })}`};${" "}${permalink ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`the permalink ${renderComponent($$result, "copy-text", "copy-text", {
		"class": "cite__permalink-wrap",
		"data-label": "the permalink",
		"data-astro-cid-qf4phsyw": true
	}, { "default": ($$result) => renderTemplate`<a class="cite__permalink"${addAttribute(permalink, "href")} data-copy data-astro-cid-qf4phsyw>${permalink}</a>` })} names this version.` })}` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`this copy of the site was built without its public address (<strong class="cite__no-address" data-astro-cid-qf4phsyw>${ADDRESS_NOT_SET}</strong>), so the references above carry no web address: add the address where you read the page.` })}`}${" "}The downloads give <time${addAttribute(isoForDay(accessed), "datetime")} data-astro-cid-qf4phsyw>${formatDay(accessed)}</time>, the day this copy of the site was built, as the access date: if your style asks for one, use the day you read the page.</p><p class="cite__downloads" data-astro-cid-qf4phsyw>Save the reference:${" "}${CITATION_DOWNLOADS.map((d, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && " · "}<a${addAttribute(href(`events/${slug}/${d.file}`), "href")}${addAttribute(d.type, "type")} download data-astro-cid-qf4phsyw>${d.label}</a>` })}`)}</p></section>${renderScript($$result, "/work/wt/map/src/components/CiteThisPage.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/map/src/components/CiteThisPage.astro", void 0);
// src/lib/search/terms.ts
function namesOf(thing) {
	return [
		{ text: thing.name },
		...thing.modernName ? [{ text: thing.modernName }] : [],
		...thing.names.flatMap((name) => [{
			text: name.text,
			lang: name.lang
		}, ...name.romanization ? [{ text: name.romanization }] : []]),
		...thing.aliases.map((alias) => ({ text: alias }))
	];
}
/**
* Every other name of an event, and every name of its people and places, in every script and
* romanisation, without duplicates: what the search index needs so that "Khalkhin Gol" finds
* Nomonhan and "Chang Tso-lin" or "張作霖" finds the Huanggutun Incident.
*/
function searchTermsFor(data, people, places) {
	const terms = [
		...(data.names ?? []).flatMap((name) => [{
			text: name.text,
			lang: name.lang
		}, ...name.romanization ? [{ text: name.romanization }] : []]),
		...data.people.flatMap((slug) => people.has(slug) ? namesOf(people.get(slug)) : []),
		...data.places.flatMap((slug) => places.has(slug) ? namesOf(places.get(slug)) : [])
	];
	const seen = /* @__PURE__ */ new Set();
	return terms.filter((term) => {
		const key = term.text.normalize("NFC");
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
// src/components/SearchTerms.astro
createAstro("http://localhost:4401");
var $$SearchTerms = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SearchTerms;
	const { data } = Astro.props.entry;
	const terms = searchTermsFor(data, new Map([...await getPeople()].map(([slug, person]) => [slug, person.data])), new Map([...await getPlaces()].map(([slug, place]) => [slug, place.data])));
	return renderTemplate`${maybeRenderHead($$result)}<div hidden class="search-terms"${addAttribute(NAMES_WEIGHT, "data-pagefind-weight")}${addAttribute(`date:${formatHistoricalDate(data.date)}`, "data-pagefind-meta")}>${terms.map((term) => renderTemplate`<span${addAttribute(term.lang, "lang")}>${term.text} </span>`)}</div>`;
}, "/work/wt/map/src/components/SearchTerms.astro", void 0);
// src/lib/citations/page-metadata.ts
var pad = (n) => String(n).padStart(2, "0");
/**
* A date as schema.org's temporalCoverage writes it: an ISO 8601 date, or an interval
* "start/end" with ".." for an open or unknown end. ISO has no seasons (a season is written as
* its year) and no approximation marks.
*/
function temporalCoverage(date) {
	if (!date.isInterval) return isoForPoint(date.start);
	return `${date.start ? isoForPoint(date.start) : ".."}/${date.end ? isoForPoint(date.end) : ".."}`;
}
/** The Highwire Press meta tags of a page, as [name, content] pairs in a stable order. */
function highwireTags(input) {
	const { year, month, day } = input.lastChanged;
	const tags = [
		["citation_title", input.title],
		["citation_publication_date", `${year}/${pad(month)}/${pad(day)}`],
		["citation_publisher", input.siteName],
		...input.permalink ? [["citation_public_url", input.permalink]] : [],
		...input.url ? [["citation_abstract_html_url", input.url]] : [],
		["citation_abstract", input.summary],
		["citation_language", "en"]
	];
	if (input.tags.length) tags.push(["citation_keywords", input.tags.join("; ")]);
	return tags;
}
/** The page's schema.org description: an Article about an Event, with its time and places. */
function eventJsonLd(input) {
	const places = input.places.map((p) => ({
		"@type": "Place",
		name: p.name,
		...p.modernName ? { alternateName: p.modernName } : {},
		geo: {
			"@type": "GeoCoordinates",
			latitude: p.latitude,
			longitude: p.longitude
		},
		...p.url ? { url: p.url } : {}
	}));
	const siteUrl = input.siteUrl ? { url: input.siteUrl } : {};
	const site = {
		"@type": "WebSite",
		name: input.siteName,
		...siteUrl
	};
	const { date } = input;
	return {
		"@context": "https://schema.org",
		"@type": "Article",
		...input.url ? { "@id": input.url } : {},
		headline: input.title,
		name: input.title,
		description: input.summary,
		...input.url ? {
			url: input.url,
			mainEntityOfPage: input.url
		} : {},
		...input.image ? { image: input.image } : {},
		dateModified: isoForDay(input.lastChanged),
		inLanguage: "en",
		isAccessibleForFree: true,
		license: "https://creativecommons.org/licenses/by-sa/4.0/",
		isPartOf: site,
		publisher: {
			"@type": "Organization",
			name: input.siteName,
			...siteUrl
		},
		...input.tags.length ? { keywords: input.tags.join(", ") } : {},
		temporalCoverage: temporalCoverage(date),
		...places.length ? { spatialCoverage: places } : {},
		about: {
			"@type": "Event",
			name: input.title,
			description: input.summary,
			...input.names.length ? { alternateName: input.names.map((n) => n.text) } : {},
			...date.start ? { startDate: isoForPoint(date.start) } : {},
			...date.isInterval && date.end ? { endDate: isoForPoint(date.end) } : {},
			...places.length ? { location: places } : {}
		},
		citation: input.sources.map((s) => ({
			"@type": "CreativeWork",
			name: s.title,
			...s.url ? { url: s.url } : {}
		}))
	};
}
/**
* JSON-LD as the text of a <script type="application/ld+json"> element: "<" is escaped so that
* no string in the data can close the element.
*/
function jsonLdText(data) {
	return JSON.stringify(data).replace(/</g, "\\u003c");
}
// src/components/EventMeta.astro
createAstro("http://localhost:4401");
var $$EventMeta = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$EventMeta;
	const { metadata, imageAlt } = Astro.props;
	const modified = isoForDay(metadata.lastChanged);
	return renderTemplate`${highwireTags(metadata).map(([name, content]) => renderTemplate`<meta${addAttribute(name, "name")}${addAttribute(content, "content")}>`)}<meta property="og:type" content="article"><meta property="og:site_name"${addAttribute(metadata.siteName, "content")}><meta property="og:title"${addAttribute(metadata.title, "content")}><meta property="og:description"${addAttribute(metadata.summary, "content")}>${metadata.url && renderTemplate`<meta property="og:url"${addAttribute(metadata.url, "content")}>`}<meta property="og:locale" content="en_GB">${metadata.image && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<meta property="og:image"${addAttribute(metadata.image, "content")}><meta property="og:image:type" content="image/png"><meta property="og:image:width"${addAttribute(String(CARD_SIZE.width), "content")}><meta property="og:image:height"${addAttribute(String(CARD_SIZE.height), "content")}><meta property="og:image:alt"${addAttribute(imageAlt, "content")}>` })}`}<meta property="article:modified_time"${addAttribute(modified, "content")}>${metadata.tags.map((tag) => renderTemplate`<meta property="article:tag"${addAttribute(tag, "content")}>`)}<meta name="twitter:card"${addAttribute(metadata.image ? "summary_large_image" : "summary", "content")}><meta name="twitter:title"${addAttribute(metadata.title, "content")}><meta name="twitter:description"${addAttribute(metadata.summary, "content")}>${metadata.image && renderTemplate`<meta name="twitter:image"${addAttribute(metadata.image, "content")}>`}${metadata.image && renderTemplate`<meta name="twitter:image:alt"${addAttribute(imageAlt, "content")}>`}<script type="application/ld+json">${unescapeHTML(jsonLdText(eventJsonLd(metadata)))}<\/script>`;
}, "/work/wt/map/src/components/EventMeta.astro", void 0);
// src/lib/dates/eras.ts
/** Japan counted Gregorian days from 1 January 1873 (Meiji 6); before that its calendar was lunisolar. */
var JAPAN_GREGORIAN_START = {
	year: 1873,
	month: 1,
	day: 1
};
/** The Republic of China began on 1 January 1912 (Minguo 1). */
var ROC_START = {
	year: 1912,
	month: 1,
	day: 1
};
/**
* Late Qing reign eras by the lunar year (as Intl's `relatedYear`) in which their first year
* began. Reign years run with lunar years: Guangxu 1 is the lunar year that began in 1875.
*/
var QING_REIGNS = [
	{
		era: "同治",
		eraRomanized: "Tongzhi",
		firstLunarYear: 1862
	},
	{
		era: "光緒",
		eraRomanized: "Guangxu",
		firstLunarYear: 1875
	},
	{
		era: "宣統",
		eraRomanized: "Xuantong",
		firstLunarYear: 1909
	}
];
var JAPANESE_ROMANIZED = Object.fromEntries(ERAS.flatMap((era) => era.native ? [[era.native, era.name]] : []));
var formatters = /* @__PURE__ */ new Map();
function partsOf(locale, day, options) {
	const key = `${locale}|${JSON.stringify(options)}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, {
			timeZone: "UTC",
			...options
		});
		formatters.set(key, formatter);
	}
	const parts = formatter.formatToParts(new Date(utcDay(day.year, day.month, day.day)));
	return new Map(parts.map((part) => [part.type, part.value]));
}
var before = (a, b) => utcDay(a.year, a.month, a.day) < utcDay(b.year, b.month, b.day);
/** The Japanese era day (Shōwa 3, 6th month, 4th day) of a Gregorian day, or null before 1873. */
function japaneseEraDay(day) {
	if (before(day, JAPAN_GREGORIAN_START)) return null;
	const parts = partsOf("ja-JP-u-ca-japanese", day, {
		era: "long",
		year: "numeric",
		month: "numeric",
		day: "numeric"
	});
	const era = parts.get("era");
	return {
		era,
		eraRomanized: JAPANESE_ROMANIZED[era] ?? partsOf("en-u-ca-japanese", day, {
			era: "long",
			year: "numeric"
		}).get("era"),
		year: Number(parts.get("year")),
		month: day.month,
		day: day.day
	};
}
/** The Republic of China (Minguo) day of a Gregorian day, or null before 1912. */
function rocDay(day) {
	if (before(day, ROC_START)) return null;
	const parts = partsOf("zh-TW-u-ca-roc", day, {
		era: "long",
		year: "numeric",
		month: "numeric",
		day: "numeric"
	});
	return {
		era: parts.get("era"),
		eraRomanized: "Minguo",
		year: Number(parts.get("year")),
		month: day.month,
		day: day.day
	};
}
/**
* The Qing reign day of a Gregorian day: reign year, lunar month and day (Guangxu 21, 3rd
* month, 23rd day for 17 April 1895). Null from 1912, when the Republic's calendar took over,
* and before the Tongzhi reign.
*/
function qingDay(day) {
	if (!before(day, ROC_START)) return null;
	const parts = partsOf("en-u-ca-chinese", day, {
		year: "numeric",
		month: "numeric",
		day: "numeric"
	});
	const lunarYear = Number(parts.get("relatedYear") ?? parts.get("year"));
	const reign = [...QING_REIGNS].reverse().find((r) => lunarYear >= r.firstLunarYear);
	if (!reign) return null;
	const monthText = parts.get("month");
	return {
		era: reign.era,
		eraRomanized: reign.eraRomanized,
		year: lunarYear - reign.firstLunarYear + 1,
		month: Number.parseInt(monthText, 10),
		day: Number(parts.get("day")),
		.../bis/.test(monthText) ? { leapMonth: true } : {}
	};
}
var DIGITS = [
	"〇",
	"一",
	"二",
	"三",
	"四",
	"五",
	"六",
	"七",
	"八",
	"九"
];
/** A number from 1 to 99 in Chinese numerals, as reign dates are written: 二十一, 十一, 三十. */
function chineseNumeral(n) {
	if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`${n} is outside 1–99`);
	const tens = Math.floor(n / 10);
	const units = n % 10;
	return `${tens === 0 ? "" : tens === 1 ? "十" : `${DIGITS[tens]}十`}${units ? DIGITS[units] : ""}`;
}
/** An era year in its own script: 昭和3年, 大正元年, 民國17年, 光緒二十一年. */
function eraYearText(value, chinese = false) {
	if (value.year === 1) return `${value.era}元年`;
	return `${value.era}${chinese ? chineseNumeral(value.year) : value.year}年`;
}
/** An era day in its own script: 昭和3年6月4日, 民國17年6月4日, 光緒二十一年三月二十三日. */
function eraDayText(value, lunar = false) {
	if (!lunar) return `${eraYearText(value)}${value.month}月${value.day}日`;
	const month = `${value.leapMonth ? "閏" : ""}${value.month === 1 ? "正" : chineseNumeral(value.month)}月`;
	const day = value.day <= 10 ? `初${chineseNumeral(value.day)}` : chineseNumeral(value.day);
	return `${eraYearText(value, true)}${month}${day}日`;
}
/** An era year in Latin letters: Shōwa 3, Minguo 17, Guangxu 21. */
function eraYearRomanized(value) {
	return `${value.eraRomanized} ${value.year}`;
}
// src/lib/dates/equivalents.ts
var CALENDAR_LABELS = {
	julian: "Old Style (Julian)",
	japanese: "Japanese era",
	roc: "Republic of China",
	qing: "Qing reign"
};
/** The last day the Republic's calendar is shown for: the mainland's sources switch to the Common Era in October 1949. */
var ROC_LAST = {
	year: 1949,
	month: 12,
	day: 31
};
var DAY_MS = 864e5;
var dayOf = (ms) => {
	const date = new Date(ms);
	return {
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate()
	};
};
var SEASONS = {
	21: "春",
	22: "夏",
	23: "秋",
	24: "冬"
};
var ERA_CALENDARS = {
	japanese: {
		of: japaneseEraDay,
		lunar: false,
		chineseNumerals: false,
		to: "～",
		onwards: "～",
		approximate: (t) => `${t}頃`
	},
	roc: {
		of: rocDay,
		lunar: false,
		chineseNumerals: false,
		to: "至",
		onwards: "起",
		approximate: (t) => `約${t}`
	},
	qing: {
		of: qingDay,
		lunar: true,
		chineseNumerals: true,
		to: "至",
		onwards: "起",
		approximate: (t) => `約${t}`
	}
};
var sameEraYear = (a, b) => a.era === b.era && a.year === b.year;
function eraPoint(point, calendar) {
	const first = calendar.of(dayOf(point.earliest));
	const last = calendar.of(dayOf(point.latest));
	if (!first || !last) return null;
	const yearText = (y) => eraYearText(y, calendar.chineseNumerals);
	let years = sameEraYear(first, last) ? [first] : [first, last];
	let rest = "";
	if (point.precision === "day") {
		years = [first];
		rest = eraDayText(first, calendar.lunar).slice(yearText(first).length);
	} else if (point.precision === "month" && !calendar.lunar) rest = `${point.month}月`;
	else if (point.precision === "season" && !calendar.lunar) rest = SEASONS[point.season];
	let text = `${years.map(yearText).join("／")}${rest}`;
	if (point.approximate) text = calendar.approximate(text);
	if (point.uncertain) text += "（？）";
	return {
		years,
		rest,
		text
	};
}
function romanizedYears(points) {
	const years = points.flatMap((p) => p.years);
	const unique = years.filter((y, i) => i === 0 || !sameEraYear(y, years[i - 1]));
	const first = unique[0];
	const last = unique[unique.length - 1];
	if (unique.length === 1) return eraYearRomanized(first);
	if (first.era === last.era) return `${eraYearRomanized(first)}–${last.year}`;
	return `${eraYearRomanized(first)} – ${eraYearRomanized(last)}`;
}
/** A date in an era calendar: "昭和12年7月25日～7月31日", or null if the calendar does not cover it. */
function formatEraDate(date, name) {
	const calendar = ERA_CALENDARS[name];
	const start = date.start ? eraPoint(date.start, calendar) : null;
	const end = date.isInterval && date.end ? eraPoint(date.end, calendar) : null;
	if (date.start && !start || date.isInterval && date.end && !end) return null;
	if (!date.isInterval) return {
		text: start.text,
		romanized: romanizedYears([start])
	};
	if (!end) return {
		text: `${start.text}${date.endOpen === "open" ? calendar.onwards : `${calendar.to}？`}`,
		romanized: romanizedYears([start])
	};
	if (!start) return {
		text: `${calendar.to}${end.text}`,
		romanized: romanizedYears([end])
	};
	const endText = start.years.length === 1 && end.years.length === 1 && sameEraYear(start.years[0], end.years[0]) && end.rest && !date.end.approximate && !date.end.uncertain ? end.rest : end.text;
	return {
		text: `${start.text}${calendar.to}${endText}`,
		romanized: romanizedYears([start, end])
	};
}
/**
* The same day as a point in the Julian calendar. Built directly rather than parsed: a Julian
* date need not exist in the Gregorian calendar (29 February 1900 O.S. is 13 March 1900 N.S.).
*/
function julianPoint(point) {
	const { year, month, day } = gregorianToJulian({
		year: point.year,
		month: point.month,
		day: point.day
	});
	const qualifier = point.approximate && point.uncertain ? "%" : point.approximate ? "~" : point.uncertain ? "?" : "";
	const edtf = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}${qualifier}`;
	return {
		...point,
		edtf,
		year,
		month,
		day
	};
}
/**
* The Old Style (Julian) form of a date whose every known end is a day before 14 February
* 1918, or null: Russia's own sources dated such days in the Julian calendar. Its `earliest`
* and `latest` remain the instants of the original date.
*/
function computeJulianDate(date) {
	const ends = [date.start, date.isInterval ? date.end : null].filter((p) => p !== null);
	if (!ends.length || ends.some((p) => p.precision !== "day")) return null;
	if (!isRussianOldStyleEra(dayOf(date.start?.earliest ?? date.earliest))) return null;
	const start = date.start ? julianPoint(date.start) : null;
	const end = date.end ? date.isInterval ? julianPoint(date.end) : start : null;
	const open = (side) => {
		const value = side === "start" ? date.startOpen : date.endOpen;
		return value === "open" ? ".." : value === "unknown" ? "" : void 0;
	};
	const edtf = date.isInterval ? `${start?.edtf ?? open("start")}/${end?.edtf ?? open("end")}` : start.edtf;
	return {
		...date,
		edtf,
		start,
		end
	};
}
/** Whether an event's dates reach the Qing or the Republic's calendar at all. */
function chineseCalendarFor(date) {
	const startMs = date.start?.earliest ?? date.earliest;
	if (startMs > utcDay(ROC_LAST.year, ROC_LAST.month, ROC_LAST.day) + DAY_MS - 1) return null;
	return startMs < utcDay(1912, 1, 1) ? "qing" : "roc";
}
/**
* The equivalents an event page shows beside its Gregorian date, in a fixed order: Julian
* (Old Style), Japanese era, then the Chinese calendar of the time.
*/
function calendarEquivalents(date, options) {
	const datetime = isoForDate(date);
	const out = [];
	const julian = options.julianDate ?? (options.russian ? computeJulianDate(date) : null);
	if (julian) out.push({
		calendar: "julian",
		label: CALENDAR_LABELS.julian,
		text: formatHistoricalDate(julian),
		source: options.julianDate ? "authored" : "computed",
		datetime
	});
	if (options.japanese) {
		const japanese = formatEraDate(date, "japanese");
		if (japanese) out.push({
			calendar: "japanese",
			label: CALENDAR_LABELS.japanese,
			lang: "ja",
			datetime,
			...japanese
		});
	}
	const chinese = options.chinese ? chineseCalendarFor(date) : null;
	if (chinese) {
		const formatted = formatEraDate(date, chinese);
		if (formatted) out.push({
			calendar: chinese,
			label: CALENDAR_LABELS[chinese],
			lang: "zh-Hant",
			datetime,
			...formatted
		});
	}
	return out;
}
// src/lib/citations/short-note.ts
function creators(item) {
	const families = (item.author ?? item.editor ?? []).map((n) => n.family ?? n.literal).filter(Boolean);
	if (!families.length) return void 0;
	if (families.length === 1) return families[0];
	if (families.length === 2) return `${families[0]} and ${families[1]}`;
	return `${families[0]} et al.`;
}
var CONTAINED = /* @__PURE__ */ new Set([
	"chapter",
	"article-journal",
	"article-newspaper",
	"article-magazine",
	"entry-encyclopedia",
	"webpage",
	"paper-conference",
	"document"
]);
/**
* Chicago's short form of a note ("Coox, *Nomonhan*, 45."): the bibliography carries the
* full reference, so each footnote needs only enough to find it there.
*/
function formatShortNote(items, bibliography) {
	return `${items.map(({ key, locator }) => {
		const item = bibliography.get(key);
		if (!item) return escapeMarkup(`@${key}`);
		const shortTitle = String(item["title-short"] ?? item.title).split(/:\s/)[0];
		const title = CONTAINED.has(item.type) ? `“${escapeMarkup(shortTitle)}”` : `<cite>${escapeMarkup(shortTitle)}</cite>`;
		const who = creators(item);
		const container = !who && item["container-title"] ? `, ${escapeMarkup(String(item["container-title"]))}` : "";
		const page = locator ? `, ${escapeMarkup(locator.replace(/^pp?\.\s*/, ""))}` : "";
		return `${`<a href="#ref-${escapeMarkup(key)}">${who ? `${escapeMarkup(who)}, ` : ""}${title}${container}</a>`}${page}`;
	}).join("; ")}.`;
}
// src/lib/citations/note-citations.ts
/**
* A front-matter note (date note, dispute, provenance) as HTML: its text escaped, and each
* citation `[@coox1985, p. 914]` turned into a short reference in brackets that links to the
* page's bibliography, "(Coox, <cite>Nomonhan</cite>, 914)". Notes are short asides beside the
* text, so they cite inline rather than with numbered footnotes.
*/
function formatNoteHtml(text, bibliography) {
	let html = "";
	let at = 0;
	for (const match of findCitations(text)) {
		html += escapeMarkup(text.slice(at, match.start)).replace(/\s+$/, "");
		html += ` <span class="note-cite">(${formatShortNote(match.items, bibliography).replace(/\.$/, "")})</span>`;
		at = match.end;
	}
	return html + escapeMarkup(text.slice(at));
}
/** The bibliography keys cited in some texts, in order of first citation. */
function citedKeysOf(...texts) {
	return [...new Set(texts.flatMap((text) => text ? findCitations(text).flatMap((match) => match.items.map((item) => item.key)) : []))];
}
// src/pages/events/[slug].astro
var _slug__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Slug,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("http://localhost:4401");
async function getStaticPaths() {
	const events = await getEvents();
	return events.map((event, i) => ({
		params: { slug: event.slug },
		props: {
			event,
			previous: events[i - 1],
			next: events[i + 1]
		}
	}));
}
var $$Slug = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Slug;
	const { event, previous, next } = Astro.props;
	const { data } = event.entry;
	const { Content } = await render(event.entry);
	const bibliography = await getBibliography();
	const lane = (await getLanes()).find((l) => l.id === data.lane);
	const keys = [.../* @__PURE__ */ new Set([...data.sources, ...citedKeysOf(event.entry.body, data.dateNote, data.dispute, data.provenance)])];
	const noteHtml = (text) => formatNoteHtml(text, bibliography);
	const items = keys.map((key) => bibliography.get(key)).filter((item) => item !== void 0);
	const places = await placesOf(event);
	const people = await peopleOf(event);
	const equivalents = calendarEquivalents(data.date, equivalentOptions(event, places));
	const { relationsOf, titles } = await getEventIndex();
	const relations = relationsOf(event.slug);
	const citation = eventCitation(event, Astro.site);
	const citations = (await getPageCitations(Astro.site)).get(event.slug);
	const metadata = {
		title: data.title,
		summary: data.summary,
		siteName: SITE_NAME,
		...citation.siteUrl ? { siteUrl: citation.siteUrl } : {},
		...citation.url ? { url: citation.url } : {},
		...citation.permalink ? { permalink: citation.permalink } : {},
		...citation.image ? { image: citation.image } : {},
		lastChanged: citation.revision.day,
		date: data.date,
		names: data.names ?? [],
		places: places.map(({ id, data: place }) => ({
			name: place.name,
			...place.modernName ? { modernName: place.modernName } : {},
			latitude: place.latitude,
			longitude: place.longitude,
			...Astro.site ? { url: absoluteHref(`places/${id}/`, Astro.site) } : {}
		})),
		tags: data.tags,
		sources: items.map((item) => ({
			title: String(item.title),
			...item.URL ? { url: String(item.URL) } : {}
		}))
	};
	const imageAlt = `${data.title}: ${formatHistoricalDate(data.date)}${places.length ? `, with a map of ${places.map((p) => p.data.name).join(", ")}` : ""}.`;
	return renderTemplate`${renderComponent($$result, "BaseLayout", $$BaseLayout, {
		"title": data.title,
		"description": data.summary,
		"section": "events",
		"data-astro-cid-7s2tzxsd": true
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<article class="event" aria-labelledby="event-title" data-pagefind-meta="kind:Event" data-astro-cid-7s2tzxsd><header class="event__header" data-astro-cid-7s2tzxsd><p class="meta" data-astro-cid-7s2tzxsd><span class="lane-tag" data-astro-cid-7s2tzxsd>${lane?.label}</span></p><h1 id="event-title" data-astro-cid-7s2tzxsd>${data.title}</h1><p class="event__date" data-astro-cid-7s2tzxsd>${renderComponent($$result, "EventDate", $$EventDate, {
			"date": data.date,
			"data-astro-cid-7s2tzxsd": true
		})}</p><nav class="event__jump" aria-label="On this page" data-astro-cid-7s2tzxsd><ul data-astro-cid-7s2tzxsd><li data-astro-cid-7s2tzxsd><a href="#story" data-astro-cid-7s2tzxsd>Story</a></li><li data-astro-cid-7s2tzxsd><a href="#facts-heading" data-astro-cid-7s2tzxsd>Dates and names</a></li><li data-astro-cid-7s2tzxsd><a href="#bibliography-heading" data-astro-cid-7s2tzxsd>Sources</a></li><li data-astro-cid-7s2tzxsd><a href="#cite" data-astro-cid-7s2tzxsd>Cite</a></li><li data-astro-cid-7s2tzxsd><a${addAttribute(timelineHref(event.slug), "href")} data-astro-cid-7s2tzxsd>See on the timeline</a></li></ul></nav>${data.contentNote && renderTemplate`<aside class="callout callout--content-note" aria-label="Content note" data-astro-cid-7s2tzxsd><span class="callout__label" data-astro-cid-7s2tzxsd>Content note</span><p data-astro-cid-7s2tzxsd>${data.contentNote}</p></aside>`}<p class="lede" data-pagefind-meta="summary" data-astro-cid-7s2tzxsd>${data.summary}</p><p class="event__print-url" data-astro-cid-7s2tzxsd>This page: ${citation.permalink ?? `${eventHref(event.slug)} (the site's address not set)`}</p></header><div class="event__body" data-astro-cid-7s2tzxsd><!-- The story comes first in reading order, so a phone shows it right after the summary;
           on wide screens the facts and map stand beside it. --><div class="event__story" id="story" data-astro-cid-7s2tzxsd><h2 class="visually-hidden" data-astro-cid-7s2tzxsd>The story</h2><div class="prose" data-astro-cid-7s2tzxsd>${renderComponent($$result, "Content", Content, { "data-astro-cid-7s2tzxsd": true })}</div>${data.dispute && renderTemplate`<aside class="callout" aria-label="Where sources disagree" data-astro-cid-7s2tzxsd><span class="callout__label" data-astro-cid-7s2tzxsd>Where sources disagree</span><p data-astro-cid-7s2tzxsd>${unescapeHTML(noteHtml(data.dispute))}</p></aside>`}${data.provenance && renderTemplate`<aside class="callout" aria-label="Provenance" data-astro-cid-7s2tzxsd><span class="callout__label" data-astro-cid-7s2tzxsd>Provenance</span><p data-astro-cid-7s2tzxsd>${unescapeHTML(noteHtml(data.provenance))}</p></aside>`}</div><div class="event__side"${addAttribute(NAMES_WEIGHT, "data-pagefind-weight")} data-astro-cid-7s2tzxsd>${renderComponent($$result, "EventFacts", $$EventFacts, {
			"date": data.date,
			"dateNote": data.dateNote && noteHtml(data.dateNote),
			"alternativeDates": data.alternativeDates,
			"equivalents": equivalents,
			"names": data.names,
			"places": places,
			"people": people,
			"data-astro-cid-7s2tzxsd": true
		})}${renderComponent($$result, "LocatorMap", $$LocatorMap, {
			"places": mapPlaces(places),
			"data-astro-cid-7s2tzxsd": true
		})}</div><div class="event__after" data-astro-cid-7s2tzxsd>${renderComponent($$result, "Bibliography", $$Bibliography, {
			"items": items,
			"data-astro-cid-7s2tzxsd": true
		})}${renderComponent($$result, "CiteThisPage", $$CiteThisPage, {
			"slug": event.slug,
			"citations": citations,
			"permalink": citation.permalink,
			"revision": citation.revision,
			"accessed": citation.accessed,
			"data-astro-cid-7s2tzxsd": true
		})}${renderComponent($$result, "RelatedEvents", $$RelatedEvents, {
			"groups": relations,
			"titles": titles,
			"data-astro-cid-7s2tzxsd": true
		})}</div></div><nav class="event-nav" aria-label="Neighbouring events" data-astro-cid-7s2tzxsd><ul data-astro-cid-7s2tzxsd>${previous && renderTemplate`<li class="event-nav__previous" data-astro-cid-7s2tzxsd><span class="event-nav__label" data-astro-cid-7s2tzxsd>Previous</span><a rel="prev"${addAttribute(eventHref(previous.slug), "href")} data-astro-cid-7s2tzxsd>${previous.title}</a><span class="event-nav__date" data-astro-cid-7s2tzxsd>${renderComponent($$result, "EventDate", $$EventDate, {
			"date": previous.date,
			"data-astro-cid-7s2tzxsd": true
		})}</span></li>`}${next && renderTemplate`<li class="event-nav__next" data-astro-cid-7s2tzxsd><span class="event-nav__label" data-astro-cid-7s2tzxsd>Next</span><a rel="next"${addAttribute(eventHref(next.slug), "href")} data-astro-cid-7s2tzxsd>${next.title}</a><span class="event-nav__date" data-astro-cid-7s2tzxsd>${renderComponent($$result, "EventDate", $$EventDate, {
			"date": next.date,
			"data-astro-cid-7s2tzxsd": true
		})}</span></li>`}</ul><p class="event-nav__timeline" data-astro-cid-7s2tzxsd><a${addAttribute(timelineHref(event.slug), "href")} data-astro-cid-7s2tzxsd>Back to the timeline at this event</a></p></nav>${renderComponent($$result, "SearchTerms", $$SearchTerms, {
			"entry": event.entry,
			"data-astro-cid-7s2tzxsd": true
		})}</article>`,
		"head": ($$result) => renderTemplate`${renderComponent($$result, "EventMeta", $$EventMeta, {
			"slot": "head",
			"metadata": metadata,
			"imageAlt": imageAlt,
			"data-astro-cid-7s2tzxsd": true
		})}`
	})}`;
}, "/work/wt/map/src/pages/events/[slug].astro", void 0);
var $$file = "/work/wt/map/src/pages/events/[slug].astro";
var $$url = "/events/[slug]/";
// \0virtual:astro:page:src/pages/events/[slug]@_@astro
var page = () => _slug__exports;
export { page };
