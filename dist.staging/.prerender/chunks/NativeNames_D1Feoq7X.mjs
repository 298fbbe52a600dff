import { f as Fragment, u as renderComponent, v as renderTemplate, x as addAttribute, y as maybeRenderHead } from "./jsx-runtime_BCJ7Ueue.mjs";
import { x as createComponent } from "./content_qShtQhSW.mjs";
import { n as createAstro } from "./BaseLayout_PREEiKO8.mjs";
/* empty css                 */
// src/components/browse/NativeNames.astro
createAstro("http://localhost:4401");
var $$NativeNames = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NativeNames;
	const { names } = Astro.props;
	const languages = new Intl.DisplayNames(["en"], { type: "language" });
	const languageName = (tag) => {
		try {
			return languages.of(tag) ?? tag;
		} catch {
			return tag;
		}
	};
	return renderTemplate`${names.length > 0 && renderTemplate`${maybeRenderHead($$result)}<dl class="native-names">${names.map((name) => renderTemplate`<div class="native-names__row"><dt>${languageName(name.lang)}${" "}</dt><dd><span${addAttribute(name.lang, "lang")} class="native-names__text">${name.text}</span>${" "}${name.romanization && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<span class="native-names__romanization">${name.romanization}</span>${" "}` })}`}${name.note && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<span class="native-names__note">${name.note}</span>${" "}` })}`}</dd></div>`)}</dl>`}`;
}, "/work/wt/map/src/components/browse/NativeNames.astro", void 0);
export { $$NativeNames as t };
