import { E as createHeadAndContent, H as generateCspDigest, a as renderUniqueStylesheet, i as renderScriptElement, k as unescapeHTML, r as spreadAttributes, u as renderComponent, v as renderTemplate } from "./jsx-runtime_BCJ7Ueue.mjs";
import { P as InvalidComponentArgs, c as isRemotePath, d as removeBase, lt as UnknownContentCollectionError, pt as AstroError, rt as RenderUndefinedEntryError, u as prependForwardSlash } from "./path_DdpnL054.mjs";
import { t as createConsoleLogger } from "./console_CdBwB1iU.mjs";
import * as z from "zod/v4";
import { escape } from "html-escaper";
import * as devalue from "devalue";
import edtf from "edtf";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { LineCounter, isAlias, isNode, parseDocument, visit } from "yaml";
import { sanitize } from "hast-util-sanitize";
import { raw } from "hast-util-raw";
import { toHtml } from "hast-util-to-html";
import { find, html } from "property-information";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import { VFile } from "vfile";
// node_modules/astro/dist/runtime/server/astro-component.js
function validateArgs(args) {
	if (args.length !== 3) return false;
	if (!args[0] || typeof args[0] !== "object") return false;
	return true;
}
function baseCreateComponent(cb, moduleId, propagation) {
	const name = moduleId?.split("/").pop()?.replace(".astro", "") ?? "";
	const fn = (...args) => {
		if (!validateArgs(args)) throw new AstroError({
			...InvalidComponentArgs,
			message: InvalidComponentArgs.message(name)
		});
		return cb(...args);
	};
	Object.defineProperty(fn, "name", {
		value: name,
		writable: false
	});
	fn.isAstroComponentFactory = true;
	fn.moduleId = moduleId;
	fn.propagation = propagation;
	return fn;
}
function createComponentWithOptions(opts) {
	return baseCreateComponent(opts.factory, opts.moduleId, opts.propagation);
}
function createComponent(arg1, moduleId, propagation) {
	if (typeof arg1 === "function") return baseCreateComponent(arg1, moduleId, propagation);
	else return createComponentWithOptions(arg1);
}
// node_modules/astro/dist/core/render-scope/scope.js
var SCOPE_KEY = /* @__PURE__ */ Symbol.for("astro:render-scope");
function getInstalledRenderScope() {
	return globalThis[SCOPE_KEY];
}
// node_modules/astro/dist/core/render-scope/record.js
function recordContentEntryRender(filePath) {
	if (!filePath) return;
	getInstalledRenderScope()?.getStore()?.contentEntries?.add(filePath);
}
// \0virtual:astro:logger
var level = "info";
// node_modules/astro/dist/assets/consts.js
var VALID_INPUT_FORMATS = [
	"jpeg",
	"jpg",
	"png",
	"apng",
	"tiff",
	"webp",
	"gif",
	"svg",
	"avif"
];
var VALID_SUPPORTED_FORMATS = [
	"jpeg",
	"jpg",
	"png",
	"tiff",
	"webp",
	"gif",
	"svg",
	"avif"
];
var DEFAULT_OUTPUT_FORMAT = "webp";
var DEFAULT_HASH_PROPS = [
	"src",
	"width",
	"height",
	"format",
	"quality",
	"fit",
	"position",
	"background"
];
// node_modules/astro/dist/assets/runtime.js
function createSvgComponent({ meta, attributes, children, styles }) {
	const hasStyles = styles.length > 0;
	const Component = createComponent({
		async factory(result, props) {
			const normalizedProps = normalizeProps(attributes, props);
			if (hasStyles && result.cspDestination) for (const style of styles) {
				const hash = await generateCspDigest(style, result.cspAlgorithm);
				result._metadata.extraStyleHashes.push(hash);
			}
			return renderTemplate`<svg${spreadAttributes(normalizedProps)}>${unescapeHTML(children)}</svg>`;
		},
		propagation: hasStyles ? "self" : "none"
	});
	Object.defineProperty(Component, "toJSON", {
		value: () => meta,
		enumerable: false
	});
	return Object.assign(Component, meta);
}
var ATTRS_TO_DROP = [
	"xmlns",
	"xmlns:xlink",
	"version"
];
var DEFAULT_ATTRS = {};
function dropAttributes(attributes) {
	for (const attr of ATTRS_TO_DROP) delete attributes[attr];
	return attributes;
}
function normalizeProps(attributes, props) {
	return dropAttributes({
		...DEFAULT_ATTRS,
		...attributes,
		...props
	});
}
// node_modules/astro/dist/content/consts.js
var CONTENT_IMAGE_FLAG = "astroContentImageFlag";
var IMAGE_IMPORT_PREFIX = "__ASTRO_IMAGE_";
// node_modules/astro/dist/assets/utils/resolveImports.js
function imageSrcToImportId(imageSrc, filePath) {
	imageSrc = removeBase(imageSrc, IMAGE_IMPORT_PREFIX);
	if (isRemotePath(imageSrc)) return;
	const ext = imageSrc.split(".").at(-1)?.toLowerCase();
	if (!ext || !VALID_INPUT_FORMATS.includes(ext)) return;
	const params = new URLSearchParams(CONTENT_IMAGE_FLAG);
	if (filePath) params.set("importer", filePath);
	return `${imageSrc}?${params.toString()}`;
}
// node_modules/astro/dist/content/data-store-source.js
var InMemorySource = class {
	#store;
	constructor(store) {
		this.#store = store;
	}
	hasCollection(collection) {
		return this.#store.hasCollection(collection);
	}
	get(collection, key) {
		return this.#store.get(collection, key);
	}
	entries(collection) {
		return this.#store.entries(collection);
	}
	values(collection) {
		return this.#store.values(collection);
	}
	keys(collection) {
		return this.#store.keys(collection);
	}
	has(collection, key) {
		return this.#store.has(collection, key);
	}
	collections() {
		return this.#store.collections();
	}
};
// node_modules/astro/dist/content/data-store.js
var ChunkedCollectionParser = class {
	#entries = /* @__PURE__ */ new Map();
	#remainder = "";
	add(part) {
		const records = (this.#remainder + part).split("\n");
		this.#remainder = records.pop();
		for (const record of records) {
			const parsed = devalue.parse(record);
			if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== "string") throw new Error("Invalid chunked data store entry");
			this.#entries.set(parsed[0], parsed[1]);
		}
	}
	finish() {
		if (this.#remainder) throw new Error("Invalid chunked data store entry");
		return this.#entries;
	}
};
var ImmutableDataStore = class ImmutableDataStore {
	_collections = /* @__PURE__ */ new Map();
	constructor() {
		this._collections = /* @__PURE__ */ new Map();
	}
	get(collectionName, key) {
		return this._collections.get(collectionName)?.get(String(key));
	}
	entries(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).entries()];
	}
	values(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).values()];
	}
	keys(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).keys()];
	}
	has(collectionName, key) {
		const collection = this._collections.get(collectionName);
		if (collection) return collection.has(String(key));
		return false;
	}
	hasCollection(collectionName) {
		return this._collections.has(collectionName);
	}
	collections() {
		return this._collections;
	}
	/**
	* Rebuilds a collections map from a chunked-store manifest whose part file
	* names have already been swapped for their contents.
	*
	* Each collection maps to a list of parts. A part is either a raw string
	* (when the store is loaded from disk) or an ESM namespace from a virtual
	* chunk import (`{ default: string }`, when emitted at runtime). Each part
	* contains independently serialized entry records. This is the inverse of
	* {@link import('./data-store-writer.js').ChunkedWriter} and stays free of
	* Node built-ins so it can run at runtime.
	*/
	static manifestToMap(manifest) {
		const collections = /* @__PURE__ */ new Map();
		for (const [collectionName, parts] of Object.entries(manifest)) {
			const parser = new ChunkedCollectionParser();
			for (const part of parts) parser.add(typeof part === "string" ? part : part.default);
			collections.set(collectionName, parser.finish());
		}
		return collections;
	}
	/**
	* Attempts to load a DataStore from the virtual module.
	* This only works in Vite.
	*/
	static async fromModule() {
		try {
			const data = await import("./_astro_data-layer-content_iIyK8At4.mjs");
			if (data.default instanceof Map) return ImmutableDataStore.fromMap(data.default);
			if (Array.isArray(data.default)) {
				const map2 = devalue.unflatten(data.default);
				return ImmutableDataStore.fromMap(map2);
			}
			const map = ImmutableDataStore.manifestToMap(data.default);
			return ImmutableDataStore.fromMap(map);
		} catch {}
		return new ImmutableDataStore();
	}
	static async fromMap(data) {
		const store = new ImmutableDataStore();
		store._collections = data;
		return store;
	}
};
function dataStoreSingleton() {
	let instance = void 0;
	return {
		get: async () => {
			if (!instance) instance = ImmutableDataStore.fromModule().then((store) => new InMemorySource(store));
			return instance;
		},
		set: (store) => {
			instance = new InMemorySource(store);
		}
	};
}
var globalDataStore = dataStoreSingleton();
// node_modules/astro/dist/content/loaders/errors.js
function formatZodError(error) {
	return error.issues.map((issue) => `  **${issue.path.join(".")}**: ${issue.message}`);
}
var LiveCollectionError = class LiveCollectionError extends Error {
	collection;
	message;
	cause;
	constructor(collection, message, cause) {
		super(message);
		this.collection = collection;
		this.message = message;
		this.cause = cause;
		this.name = "LiveCollectionError";
		if (cause?.stack) this.stack = cause.stack;
	}
	static is(error) {
		return error instanceof LiveCollectionError;
	}
};
var LiveEntryNotFoundError = class extends LiveCollectionError {
	constructor(collection, entryFilter) {
		super(collection, `Entry ${collection} \u2192 ${typeof entryFilter === "string" ? entryFilter : JSON.stringify(entryFilter)} was not found.`);
		this.name = "LiveEntryNotFoundError";
	}
	static is(error) {
		return error?.name === "LiveEntryNotFoundError";
	}
};
var LiveCollectionValidationError = class extends LiveCollectionError {
	constructor(collection, entryId, error) {
		super(collection, [
			`**${collection} \u2192 ${entryId}** data does not match the collection schema.
`,
			...formatZodError(error),
			""
		].join("\n"));
		this.name = "LiveCollectionValidationError";
	}
	static is(error) {
		return error?.name === "LiveCollectionValidationError";
	}
};
var LiveCollectionCacheHintError = class extends LiveCollectionError {
	constructor(collection, entryId, error) {
		super(collection, [
			`**${String(collection)}${entryId ? ` \u2192 ${String(entryId)}` : ""}** returned an invalid cache hint.
`,
			...formatZodError(error),
			""
		].join("\n"));
		this.name = "LiveCollectionCacheHintError";
	}
	static is(error) {
		return error?.name === "LiveCollectionCacheHintError";
	}
};
// node_modules/astro/dist/content/runtime.js
var cacheHintSchema = z.object({
	tags: z.array(z.string()).optional(),
	lastModified: z.date().optional()
});
async function parseLiveEntry(entry, schema, collection) {
	try {
		const parsed = await z.safeParseAsync(schema, entry.data);
		if (!parsed.success) return { error: new LiveCollectionValidationError(collection, entry.id, parsed.error) };
		if (entry.cacheHint) {
			const cacheHint = cacheHintSchema.safeParse(entry.cacheHint);
			if (!cacheHint.success) return { error: new LiveCollectionCacheHintError(collection, entry.id, cacheHint.error) };
			entry.cacheHint = cacheHint.data;
		}
		return { entry: {
			...entry,
			data: parsed.data
		} };
	} catch (error) {
		return { error: new LiveCollectionError(collection, `Unexpected error parsing entry ${entry.id} in collection ${collection}`, error) };
	}
}
function createGetCollection({ liveCollections, logger }) {
	return async function getCollection(collection, filter) {
		if (collection in liveCollections) throw new AstroError({
			...UnknownContentCollectionError,
			message: `Collection "${collection}" is a live collection. Use getLiveCollection() instead of getCollection().`
		});
		const hasFilter = typeof filter === "function";
		const store = await globalDataStore.get();
		if (await store.hasCollection(collection)) {
			const { default: imageAssetMap } = await import("./content-assets_B0XVnSnr.mjs");
			const result = [];
			for (const rawEntry of await store.values(collection)) {
				const data = resolveEntryData(rawEntry, imageAssetMap);
				let entry = {
					...rawEntry,
					data,
					collection
				};
				if (hasFilter && !filter(entry)) continue;
				result.push(entry);
			}
			return result;
		} else {
			logger.warn("content", `The collection ${JSON.stringify(collection)} does not exist or is empty. Please check your content config file for errors.`);
			return [];
		}
	};
}
function createGetEntry({ liveCollections, logger }) {
	return async function getEntry(collectionOrLookupObject, lookup) {
		let collection, lookupId;
		if (typeof collectionOrLookupObject === "string") {
			collection = collectionOrLookupObject;
			if (!lookup) throw new AstroError({
				...UnknownContentCollectionError,
				message: "`getEntry()` requires an entry identifier as the second argument."
			});
			lookupId = lookup;
		} else {
			collection = collectionOrLookupObject.collection;
			lookupId = "id" in collectionOrLookupObject ? collectionOrLookupObject.id : collectionOrLookupObject.slug;
		}
		if (collection in liveCollections) throw new AstroError({
			...UnknownContentCollectionError,
			message: `Collection "${collection}" is a live collection. Use getLiveEntry() instead of getEntry().`
		});
		if (typeof lookupId === "object") throw new AstroError({
			...UnknownContentCollectionError,
			message: `The entry identifier must be a string. Received object.`
		});
		const store = await globalDataStore.get();
		if (await store.hasCollection(collection)) {
			const entry = await store.get(collection, lookupId);
			if (!entry) {
				logger.warn("content", `Entry ${collection} → ${lookupId} was not found.`);
				return;
			}
			const { default: imageAssetMap } = await import("./content-assets_B0XVnSnr.mjs");
			const data = resolveEntryData(entry, imageAssetMap);
			const result = {
				...entry,
				data,
				collection
			};
			warnForPropertyAccess(logger, result.data, "slug", `[content] Attempted to access deprecated property on "${collection}" entry.
The "slug" property is no longer automatically added to entries. Please use the "id" property instead.`);
			warnForPropertyAccess(logger, result, "render", `[content] Invalid attempt to access "render()" method on "${collection}" entry.
To render an entry, use "render(entry)" from "astro:content".`);
			return result;
		}
	};
}
function warnForPropertyAccess(logger, entry, prop, message) {
	if (!(prop in entry)) {
		let _value = void 0;
		Object.defineProperty(entry, prop, {
			get() {
				if (_value === void 0) logger.error("content", message);
				return _value;
			},
			set(v) {
				_value = v;
			},
			enumerable: false
		});
	}
}
function createGetLiveCollection({ liveCollections }) {
	return async function getLiveCollection(collection, filter) {
		if (!(collection in liveCollections)) return { error: new LiveCollectionError(collection, `Collection "${collection}" is not a live collection. Use getCollection() instead of getLiveCollection() to load regular content collections.`) };
		try {
			const context = {
				filter,
				collection
			};
			const response = await liveCollections[collection].loader?.loadCollection?.(context);
			if (response && "error" in response) return { error: response.error };
			const { schema } = liveCollections[collection];
			let processedEntries = response.entries;
			if (schema) {
				const entryResults = await Promise.all(response.entries.map((entry) => parseLiveEntry(entry, schema, collection)));
				for (const result of entryResults) if (result.error) return { error: result.error };
				processedEntries = entryResults.map((result) => result.entry);
			}
			let cacheHint = response.cacheHint;
			if (cacheHint) {
				const cacheHintResult = cacheHintSchema.safeParse(cacheHint);
				if (!cacheHintResult.success) return { error: new LiveCollectionCacheHintError(collection, void 0, cacheHintResult.error) };
				cacheHint = cacheHintResult.data;
			}
			if (processedEntries.length > 0) {
				const entryTags = /* @__PURE__ */ new Set();
				let latestModified;
				for (const entry of processedEntries) if (entry.cacheHint) {
					if (entry.cacheHint.tags) entry.cacheHint.tags.forEach((tag) => entryTags.add(tag));
					if (entry.cacheHint.lastModified instanceof Date) {
						if (latestModified === void 0 || entry.cacheHint.lastModified > latestModified) latestModified = entry.cacheHint.lastModified;
					}
				}
				if (entryTags.size > 0 || latestModified || cacheHint) {
					const mergedCacheHint = {};
					if (cacheHint?.tags || entryTags.size > 0) mergedCacheHint.tags = [.../* @__PURE__ */ new Set([...cacheHint?.tags || [], ...entryTags])];
					if (cacheHint?.lastModified && latestModified) mergedCacheHint.lastModified = cacheHint.lastModified > latestModified ? cacheHint.lastModified : latestModified;
					else if (cacheHint?.lastModified || latestModified) mergedCacheHint.lastModified = cacheHint?.lastModified ?? latestModified;
					cacheHint = mergedCacheHint;
				}
			}
			return {
				entries: processedEntries,
				cacheHint
			};
		} catch (error) {
			return { error: new LiveCollectionError(collection, `Unexpected error loading collection ${collection}${error instanceof Error ? `: ${error.message}` : ""}`, error) };
		}
	};
}
function createGetLiveEntry({ liveCollections }) {
	return async function getLiveEntry(collection, lookup) {
		if (!(collection in liveCollections)) return { error: new LiveCollectionError(collection, `Collection "${collection}" is not a live collection. Use getCollection() instead of getLiveEntry() to load regular content collections.`) };
		try {
			const lookupObject = {
				filter: typeof lookup === "string" ? { id: lookup } : lookup,
				collection
			};
			let entry = await liveCollections[collection].loader?.loadEntry?.(lookupObject);
			if (entry && "error" in entry) return { error: entry.error };
			if (!entry) return { error: new LiveEntryNotFoundError(collection, lookup) };
			const { schema } = liveCollections[collection];
			if (schema) {
				const result = await parseLiveEntry(entry, schema, collection);
				if (result.error) return { error: result.error };
				entry = result.entry;
			}
			return {
				entry,
				cacheHint: entry.cacheHint
			};
		} catch (error) {
			return { error: new LiveCollectionError(collection, `Unexpected error loading entry ${collection} → ${typeof lookup === "string" ? lookup : JSON.stringify(lookup)}`, error) };
		}
	};
}
var CONTENT_LAYER_IMAGE_REGEX = /__ASTRO_IMAGE_="([^"]+)"/g;
async function updateImageReferencesInBody(html, fileName) {
	const { default: imageAssetMap } = await import("./content-assets_B0XVnSnr.mjs");
	const imageObjects = /* @__PURE__ */ new Map();
	const { getImage } = await import("./_virtual_astro_get-image_BqfWYx4I.mjs");
	for (const [_full, imagePath] of html.matchAll(CONTENT_LAYER_IMAGE_REGEX)) try {
		const decodedImagePath = JSON.parse(imagePath.replace(/&(?:#x22|quot);/g, "\"").replace(/&(?:#x27|apos);/g, "'").replace(/&(?:amp|#x26|#38);/g, "&"));
		let image;
		if (URL.canParse(decodedImagePath.src)) image = await getImage(decodedImagePath);
		else {
			const id = imageSrcToImportId(decodedImagePath.src, fileName);
			const imported = imageAssetMap.get(id);
			if (!id || imageObjects.has(id) || !imported) continue;
			image = await getImage({
				...decodedImagePath,
				src: imported
			});
		}
		imageObjects.set(imagePath, image);
	} catch {
		throw new Error(`Failed to parse image reference: ${imagePath}`);
	}
	return html.replaceAll(CONTENT_LAYER_IMAGE_REGEX, (full, imagePath) => {
		const image = imageObjects.get(imagePath);
		if (!image) return full;
		const { index, ...attributes } = image.attributes;
		return Object.entries({
			...attributes,
			src: image.src,
			...image.srcSet.values.length > 0 ? { srcset: image.srcSet.attribute } : {}
		}).filter(([, value]) => value != null).map(([key, value]) => value === "" ? `${key}=""` : `${key}="${escape(String(value))}"`).join(" ");
	});
}
function resolveImageAtPath(src, fileName, imageAssetMap) {
	const id = imageSrcToImportId(src, fileName);
	if (!id) return;
	const imported = imageAssetMap?.get(id);
	if (!imported) return;
	if (imported.__svgData) {
		const { __svgData: svgData, ...meta } = imported;
		return createSvgComponent({
			meta,
			...svgData
		});
	}
	return imported;
}
function setAtPathCopying(target, path, value) {
	if (path.length === 0) return target;
	const [key, ...rest] = path;
	const copy = Array.isArray(target) ? target.slice() : { ...target };
	copy[key] = rest.length === 0 ? value : setAtPathCopying(copy[key], rest, value);
	return copy;
}
function updateImageReferencesInData(data, fileName, imageAssetMap, imageImports) {
	if (!imageImports?.length) return data;
	let result = data;
	for (const path of imageImports) {
		let src = result;
		for (const key of path) src = src?.[key];
		if (typeof src !== "string") continue;
		const resolved = resolveImageAtPath(src, fileName, imageAssetMap);
		if (resolved !== void 0) result = setAtPathCopying(result, path, resolved);
	}
	return result;
}
function resolveEntryData(entry, imageAssetMap) {
	return updateImageReferencesInData(entry.data, entry.filePath, imageAssetMap, entry.imageImports);
}
function createRenderEntry({ logger }) {
	return async function renderEntry(entry) {
		if (!entry) throw new AstroError(RenderUndefinedEntryError);
		recordContentEntryRender(entry.filePath);
		if (entry.deferredRender) try {
			const { default: contentModules } = await import("./content-modules_DYcV8QGo.mjs");
			const renderEntryImport = contentModules.get(entry.filePath);
			return render$1({
				collection: "",
				id: entry.id,
				renderEntryImport
			});
		} catch (e) {
			logger.error("content", `${e}`);
		}
		const html = entry?.rendered?.metadata?.imagePaths?.length && entry.filePath ? await updateImageReferencesInBody(entry.rendered.html, entry.filePath) : entry?.rendered?.html;
		return {
			Content: createComponent(() => renderTemplate`${unescapeHTML(html)}`),
			headings: entry?.rendered?.metadata?.headings ?? [],
			remarkPluginFrontmatter: entry?.rendered?.metadata?.frontmatter ?? {}
		};
	};
}
async function render$1({ collection, id, renderEntryImport }) {
	const UnexpectedRenderError = new AstroError({
		...UnknownContentCollectionError,
		message: `Unexpected error while rendering ${String(collection)} → ${String(id)}.`
	});
	if (typeof renderEntryImport !== "function") throw UnexpectedRenderError;
	const baseMod = await renderEntryImport();
	if (baseMod == null || typeof baseMod !== "object") throw UnexpectedRenderError;
	const { default: defaultMod } = baseMod;
	if (isPropagatedAssetsModule(defaultMod)) {
		const { collectedStyles, collectedLinks, collectedScripts, getMod } = defaultMod;
		if (typeof getMod !== "function") throw UnexpectedRenderError;
		const propagationMod = await getMod();
		if (propagationMod == null || typeof propagationMod !== "object") throw UnexpectedRenderError;
		return {
			Content: createComponent({
				factory(result, baseProps, slots) {
					let styles = "", links = "", scripts = "";
					if (Array.isArray(collectedStyles)) styles = collectedStyles.map((style) => {
						const content = typeof style === "string" ? style : style.content;
						const viteDevId = typeof style === "object" && style.id ? style.id : void 0;
						return renderUniqueStylesheet(result, {
							type: "inline",
							content,
							viteDevId
						});
					}).join("");
					if (Array.isArray(collectedLinks)) links = collectedLinks.map((link) => {
						return renderUniqueStylesheet(result, {
							type: "external",
							src: isRemotePath(link) ? link : prependForwardSlash(link)
						});
					}).join("");
					if (Array.isArray(collectedScripts)) scripts = collectedScripts.map((script) => renderScriptElement(script)).join("");
					let props = baseProps;
					if (id.endsWith("mdx")) props = {
						components: propagationMod.components ?? {},
						...baseProps
					};
					return createHeadAndContent(unescapeHTML(styles + links + scripts), renderTemplate`${renderComponent(result, "Content", propagationMod.Content, props, slots)}`);
				},
				propagation: "self"
			}),
			headings: propagationMod.getHeadings?.() ?? [],
			remarkPluginFrontmatter: propagationMod.frontmatter ?? {}
		};
	} else if (baseMod.Content && typeof baseMod.Content === "function") return {
		Content: baseMod.Content,
		headings: baseMod.getHeadings?.() ?? [],
		remarkPluginFrontmatter: baseMod.frontmatter ?? {}
	};
	else throw UnexpectedRenderError;
}
function isPropagatedAssetsModule(module) {
	return typeof module === "object" && module != null && "__astroPropagation" in module;
}
// \0astro:content
var liveCollections = {};
var logger = createConsoleLogger({ level });
var getCollection = createGetCollection({
	liveCollections,
	logger
});
createGetEntry({
	liveCollections,
	logger
});
var render = createRenderEntry({ logger });
createGetLiveCollection({ liveCollections });
createGetLiveEntry({ liveCollections });
// src/lib/dates/utc.ts
var DAY_MS$1 = 864e5;
/**
* Milliseconds since the epoch for a UTC calendar day. Uses setUTCFullYear so that
* years 0–99 are not shifted into the 1900s as Date.UTC would do.
*/
function utcDay(year, month, day) {
	const date = /* @__PURE__ */ new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	date.setUTCHours(0, 0, 0, 0);
	return date.getTime();
}
/** Number of days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year, month) {
	return (utcDay(year, month + 1, 1) - utcDay(year, month, 1)) / DAY_MS$1;
}
var SEASON_NAMES = {
	21: "spring",
	22: "summer",
	23: "autumn",
	24: "winter"
};
/** The name of an EDTF season code. */
function seasonName(season) {
	return SEASON_NAMES[season];
}
// src/lib/dates/historical-date.ts
var DAY_MS = 864e5;
var PRECISION_RANK = {
	day: 0,
	month: 1,
	season: 2,
	year: 3
};
var HOW_TO_WRITE = "write a quoted EDTF date such as \"1928-06-04\", \"1918-08\", \"1939\", \"1918-21\" (spring), \"1920~\" (circa) or \"1939-05-11/1939-09-16\"";
/** Meteorological seasons of the northern hemisphere, where this subject happens. */
function seasonBounds(year, season) {
	const firstMonth = {
		21: 3,
		22: 6,
		23: 9,
		24: 12
	}[season];
	return [utcDay(year, firstMonth, 1), utcDay(year, firstMonth + 3, 1) - 1];
}
function toPoint(value) {
	if (value.unspecified && value.unspecified.value) return {
		ok: false,
		reason: `"${value.edtf}" has unspecified digits (X)`,
		fix: "give the coarser precision instead, e.g. \"1939\" rather than \"1939-XX\""
	};
	const approximate = Boolean(value.approximate?.value);
	const uncertain = Boolean(value.uncertain?.value);
	const base = {
		edtf: value.edtf,
		approximate,
		uncertain
	};
	if (value.type === "Season") {
		const [year, season] = value.values;
		const [earliest, latest] = seasonBounds(year, season);
		return {
			ok: true,
			value: {
				...base,
				year,
				season,
				precision: "season",
				earliest,
				latest
			}
		};
	}
	if (value.type !== "Date") return {
		ok: false,
		reason: `"${value.edtf}" is an EDTF ${value.type}, which the site does not use`,
		fix: HOW_TO_WRITE
	};
	const [year, monthIndex, day] = value.values;
	if (monthIndex === void 0) return {
		ok: true,
		value: {
			...base,
			year,
			precision: "year",
			earliest: utcDay(year, 1, 1),
			latest: utcDay(year + 1, 1, 1) - 1
		}
	};
	const month = monthIndex + 1;
	if (day === void 0) return {
		ok: true,
		value: {
			...base,
			year,
			month,
			precision: "month",
			earliest: utcDay(year, month, 1),
			latest: utcDay(year, month + 1, 1) - 1
		}
	};
	const earliest = utcDay(year, month, day);
	return {
		ok: true,
		value: {
			...base,
			year,
			month,
			day,
			precision: "day",
			earliest,
			latest: earliest + DAY_MS - 1
		}
	};
}
function coarser(a, b) {
	return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}
/** Explains why a syntactically plausible day such as 1928-02-30 is not a real one. */
function impossibleDay(text) {
	const match = /^(-?\d{4})-(\d{2})-(\d{2})/.exec(text.replace(/[~?%]/g, ""));
	if (!match) return null;
	const [year, month, day] = [
		Number(match[1]),
		Number(match[2]),
		Number(match[3])
	];
	if (month < 1 || month > 12) return `month ${match[2]} does not exist`;
	const last = daysInMonth(year, month);
	if (day < 1 || day > last) return `${match[1]}-${match[2]} has only ${last} days`;
	return null;
}
/**
* Parses an EDTF (levels 0–1) string into a HistoricalDate. Only days, months, seasons and
* years and intervals of them are accepted; times of day, unspecified digits, sets and lists
* are refused. The string must round-trip unchanged, which catches the edtf library's habit
* of rolling impossible days forward (1900-02-29 becomes 1 March).
*/
function parseHistoricalDate(input) {
	if (typeof input !== "string") {
		const shown = input instanceof Date ? input.toISOString().slice(0, 10) : String(input);
		return {
			ok: false,
			reason: `the date must be a quoted string, got ${typeof input === "object" ? "an unquoted date" : typeof input} ${shown}`,
			fix: `put it in quotes, e.g. "${shown}"`
		};
	}
	const text = input.trim();
	if (text !== input || text === "") return {
		ok: false,
		reason: `"${input}" is empty or has spaces around it`,
		fix: HOW_TO_WRITE
	};
	if (/T|:/.test(text)) return {
		ok: false,
		reason: `"${text}" has a time of day`,
		fix: "give the day only, e.g. \"1928-06-04\""
	};
	const dayProblem = text.split("/").map(impossibleDay).find(Boolean);
	if (dayProblem) return {
		ok: false,
		reason: `"${text}" is not a real day: ${dayProblem}`,
		fix: "check the day against a calendar"
	};
	let parsed;
	try {
		parsed = edtf(text, { level: 1 });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		if (/invalid upper bound|lower bound/i.test(message)) return {
			ok: false,
			reason: `"${text}" ends before it starts`,
			fix: "put the earlier date first: \"start/end\""
		};
		return {
			ok: false,
			reason: `"${text}" is not a valid EDTF date`,
			fix: HOW_TO_WRITE
		};
	}
	if (parsed.edtf !== text) return {
		ok: false,
		reason: `"${text}" is not a real date (it would be read as "${parsed.edtf}")`,
		fix: "check the day against a calendar"
	};
	if (parsed.type !== "Interval") {
		const point = toPoint(parsed);
		if (!point.ok) return point;
		const p = point.value;
		return {
			ok: true,
			value: {
				edtf: text,
				start: p,
				end: p,
				isInterval: false,
				earliest: p.earliest,
				latest: p.latest,
				precision: p.precision
			}
		};
	}
	const [lowerText, upperText] = text.split("/");
	const missing = (part) => part === "" || part === "..";
	const lower = missing(lowerText) || !parsed.lower ? null : toPoint(parsed.lower);
	const upper = missing(upperText) || !parsed.upper ? null : toPoint(parsed.upper);
	if (lower && !lower.ok) return lower;
	if (upper && !upper.ok) return upper;
	const start = lower?.value ?? null;
	const end = upper?.value ?? null;
	if (!start && !end) return {
		ok: false,
		reason: `"${text}" has no known end`,
		fix: "give at least one end of the interval"
	};
	if (start && end && end.latest < start.earliest) return {
		ok: false,
		reason: `"${text}" ends before it starts`,
		fix: "put the earlier date first: \"start/end\""
	};
	const known = start ?? end;
	const value = {
		edtf: text,
		start,
		end,
		isInterval: true,
		earliest: (start ?? known).earliest,
		latest: (end ?? known).latest,
		precision: start && end ? coarser(start.precision, end.precision) : known.precision
	};
	if (!start) value.startOpen = lowerText === ".." ? "open" : "unknown";
	if (!end) value.endOpen = upperText === ".." ? "open" : "unknown";
	return {
		ok: true,
		value
	};
}
/** Rank of a precision for ordering: coarser precisions sort first on the same date. */
function precisionRank(precision) {
	return PRECISION_RANK[precision];
}
// src/lib/chronology.ts
/**
* The site's one chronological order: by start, then coarser precision first (a year-long
* event before a day inside it), then by title, so the order never depends on file order.
*/
function compareChronologically(a, b) {
	return a.date.earliest - b.date.earliest || precisionRank(b.date.precision) - precisionRank(a.date.precision) || a.title.localeCompare(b.title, "en");
}
/** A new array of the items in chronological order. */
function sortChronologically(items) {
	return [...items].sort(compareChronologically);
}
// src/lib/relations.ts
/** What a relation is called on the page of the event that names it, and on the other event's page. */
var RELATION_WORDS = {
	"part-of": {
		outgoing: "Part of",
		incoming: "Includes"
	},
	"response-to": {
		outgoing: "In response to",
		incoming: "Prompted"
	},
	"led-to": {
		outgoing: "Led to",
		incoming: "Followed from"
	},
	"see-also": {
		outgoing: "See also",
		incoming: "See also"
	}
};
/** The order of the groups on a page: the larger whole first, causes before consequences, "see also" last. */
var GROUP_ORDER = [
	"Part of",
	"Includes",
	"Followed from",
	"In response to",
	"Led to",
	"Prompted",
	"See also"
];
/**
* The relations of every event in both directions, read once: a function that gives one
* event's groups by their words. Each other event appears once, under the first group that
* names it; an event never relates to itself. `events` must be in chronological order: each
* group lists its events in that order. (A build asks this of every event page: reading all
* events for each page made the build quadratic.)
*/
function relationIndex(events) {
	const order = new Map(events.map((e, i) => [e.slug, i]));
	const incoming = /* @__PURE__ */ new Map();
	for (const other of events) for (const relation of other.related) {
		const list = incoming.get(relation.event) ?? [];
		list.push({
			from: other.slug,
			type: relation.type
		});
		incoming.set(relation.event, list);
	}
	return (slug) => {
		const words = /* @__PURE__ */ new Map();
		const add = (other, word) => {
			if (other === slug || !order.has(other)) return;
			words.set(other, (words.get(other) ?? /* @__PURE__ */ new Set()).add(word));
		};
		const self = order.has(slug) ? events[order.get(slug)] : void 0;
		for (const relation of self?.related ?? []) add(relation.event, RELATION_WORDS[relation.type].outgoing);
		for (const { from, type } of incoming.get(slug) ?? []) add(from, RELATION_WORDS[type].incoming);
		const groups = /* @__PURE__ */ new Map();
		for (const [other, named] of words) {
			const word = GROUP_ORDER.find((w) => named.has(w));
			groups.set(word, [...groups.get(word) ?? [], other]);
		}
		return GROUP_ORDER.filter((w) => groups.has(w)).map((w) => ({
			words: w,
			slugs: groups.get(w).sort((a, b) => order.get(a) - order.get(b))
		}));
	};
}
// src/lib/content/files.ts
var decoder = new TextDecoder("utf-8", {
	fatal: true,
	ignoreBOM: true
});
/** The offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes) {
	for (let i = 0; i < bytes.length;) {
		const byte = bytes[i];
		const length = byte < 128 ? 1 : byte >= 194 && byte <= 223 ? 2 : byte >= 224 && byte <= 239 ? 3 : byte >= 240 && byte <= 244 ? 4 : 0;
		if (!length || i + length > bytes.length) return i;
		const second = bytes[i + 1];
		if (length > 1 && (second < (byte === 224 ? 160 : byte === 240 ? 144 : 128) || second > (byte === 237 ? 159 : byte === 244 ? 143 : 191))) return i;
		for (let k = 2; k < length; k++) if (bytes[i + k] < 128 || bytes[i + k] > 191) return i;
		i += length;
	}
	return -1;
}
/** A file read from disk as text, or marked with the offset where it stops being UTF-8. */
function decodeFile(path, bytes) {
	try {
		return {
			path,
			text: decoder.decode(bytes)
		};
	} catch {
		const offset = Math.max(0, firstInvalidUtf8(bytes));
		return {
			path,
			text: "",
			invalidUtf8At: offset,
			invalidUtf8Line: bytes.subarray(0, offset).filter((byte) => byte === 10).length + 1
		};
	}
}
// src/content-source/read.ts
/**
* The content directory: `content/` at the project root, or the directory named by the
* CONTENT_DIR environment variable (used by the benchmark and by test fixtures).
*/
function contentDir(root = process.cwd()) {
	return resolve(root, process.env.CONTENT_DIR ?? "content");
}
/**
* Content that cannot be read at all (no such directory, no permission): the commands print its
* one-line message, which names the file, without a stack (scripts/errors.mjs).
*/
var UnreadableContentError = class extends Error {
	name = "InputError";
};
function readFile(path, root) {
	const shown = relative(root, path).split("\\").join("/");
	let bytes;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		throw new UnreadableContentError(`${shown} could not be read (${error.code ?? error.message})`);
	}
	return decodeFile(shown, bytes);
}
function readFolder(folder, pattern, root) {
	if (!existsSync(folder)) return [];
	if (!statSync(folder).isDirectory()) throw new UnreadableContentError(`${relative(root, folder)} should be a folder, but is a file`);
	return readdirSync(folder).filter((name) => pattern.test(name)).sort().map((name) => readFile(join(folder, name), root));
}
function readOptional(path, root) {
	return existsSync(path) ? readFile(path, root) : void 0;
}
/**
* Reads every authored file under a content directory. Paths are given relative to `root`,
* by default the directory that holds the content directory, so they read "content/events/…".
*/
function readContent(dir = contentDir(), root = resolve(dir, "..")) {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UnreadableContentError(`the content directory ${relative(process.cwd(), dir) || dir} does not exist${process.env.CONTENT_DIR ? " (CONTENT_DIR)" : ""}`);
	return {
		events: readFolder(join(dir, "events"), /\.mdx?$/, root),
		people: readFolder(join(dir, "people"), /\.ya?ml$/, root),
		places: readFolder(join(dir, "places"), /\.ya?ml$/, root),
		lanes: readOptional(join(dir, "lanes.yaml"), root),
		bibliography: readOptional(join(dir, "bibliography.yaml"), root),
		paths: readFolder(join(dir, "paths"), /\.md$/, root),
		glossary: readOptional(join(dir, "glossary.yaml"), root)
	};
}
// src/lib/schemas/fields.ts
/** Relation types between events, in the words the pages use for them. */
var RELATION_TYPES = [
	"led-to",
	"part-of",
	"response-to",
	"see-also"
];
/** The one slug pattern of the site: lowercase ASCII letters and digits, words joined by single hyphens. */
var SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A permanent, URL-safe identifier: lowercase ASCII words joined by hyphens. */
var slug = z.string().regex(SLUG_PATTERN, { message: "must be lowercase letters, digits and single hyphens (e.g. \"port-arthur\")" });
var languageNames = new Intl.DisplayNames(["en"], {
	type: "language",
	fallback: "none"
});
/** Why a BCP-47 tag is not usable, or null when it is. */
function langTagProblem(tag) {
	let canonical;
	try {
		[canonical] = Intl.getCanonicalLocales(tag);
	} catch {
		return `"${tag}" is not a valid BCP-47 language tag`;
	}
	const language = canonical.split("-")[0];
	if (!languageNames.of(language)) return `"${tag}" names no known language ("${language}")`;
	if (canonical !== tag) return `"${tag}" should be written "${canonical}"`;
	return null;
}
/** A BCP-47 language tag such as ja, zh-Hans, ru or mn-Cyrl. */
var langTag = z.string().superRefine((tag, ctx) => {
	const problem = langTagProblem(tag);
	if (problem) ctx.addIssue({
		code: "custom",
		message: `${problem}; use e.g. ja, zh-Hans, zh-Hant, ru, mn, en`
	});
});
/** A name in another language or script. */
var otherName = z.strictObject({
	text: z.string().min(1),
	lang: langTag,
	romanization: z.string().min(1).optional(),
	note: z.string().min(1).optional()
});
/** An EDTF date string, parsed into a HistoricalDate (fails with the reason and the fix). */
var edtfDate = z.unknown().transform((value, ctx) => {
	const result = parseHistoricalDate(value);
	if (!result.ok) {
		ctx.addIssue({
			code: "custom",
			message: `${result.reason}. Fix: ${result.fix}`,
			input: value
		});
		return z.NEVER;
	}
	return result.value;
});
/** Plain text of at least one character. */
var text = z.string().trim().min(1, { message: "must not be empty" });
// src/lib/schemas/people-places.ts
/** A person, content/people/<slug>.yaml. */
var personSchema = z.strictObject({
	name: text,
	names: z.array(otherName).default([]),
	aliases: z.array(text).default([]),
	born: edtfDate.optional(),
	died: edtfDate.optional(),
	description: text
});
/** A place, content/places/<slug>.yaml. */
var placeSchema = z.strictObject({
	name: text,
	modernName: text.optional(),
	names: z.array(otherName).default([]),
	aliases: z.array(text).default([]),
	latitude: z.number().min(-90, { message: "must be between -90 and 90" }).max(90, { message: "must be between -90 and 90" }),
	longitude: z.number().min(-180, { message: "must be between -180 and 180" }).max(180, { message: "must be between -180 and 180" }),
	country: text,
	description: text.optional()
});
/** One lane (theme) in content/lanes.yaml. */
var laneSchema = z.strictObject({
	id: z.string().regex(SLUG_PATTERN),
	label: text,
	description: text.optional()
});
/** One CSL-JSON item of content/bibliography.yaml; CSL's own fields are checked loosely. */
var bibliographyItemSchema = z.looseObject({
	id: z.string().regex(/^[A-Za-z0-9][\w.:-]*$/, { message: "must be letters, digits, \"-\", \"_\", \".\" or \":\"" }),
	type: z.string().min(1),
	title: text
});
/** Front matter of one event file, content/events/<slug>.md(x). Unknown keys are errors. */
var eventSchema = z.strictObject({
	title: text,
	summary: text.max(240, { message: `must be at most 240 characters` }),
	date: edtfDate,
	dateNote: text.optional(),
	alternativeDates: z.array(z.strictObject({
		date: edtfDate,
		source: text,
		note: text.optional()
	})).optional(),
	julianDate: edtfDate.optional(),
	names: z.array(otherName).optional(),
	lane: slug,
	tags: z.array(slug).default([]),
	places: z.array(slug).default([]),
	people: z.array(slug).default([]),
	related: z.array(z.strictObject({
		type: z.enum(RELATION_TYPES),
		event: slug
	})).default([]),
	sources: z.array(z.string().min(1)).min(1, { message: "must list at least one bibliography key" }),
	keyPoints: z.array(text).min(2).max(4).optional(),
	provenance: text.optional(),
	dispute: text.optional(),
	contentNote: text.optional()
});
/** One step of a lesson path: an event, and what the teacher may want to say about it. */
var pathStepSchema = z.strictObject({
	/** Slug of the event shown on this step's slide (a file in content/events/). */
	event: slug,
	/** Teacher notes, shown only in the notes view (plain text). */
	notes: text.optional()
});
/**
* Front matter of one lesson path, content/paths/<slug>.md. The body (Markdown) is the
* introduction shown on the first slide. Unknown keys are errors.
*/
var pathSchema = z.strictObject({
	/** The lesson's title, e.g. "The Siberian Intervention, 1917–1925". */
	title: text,
	/** One or two sentences for the list of lessons. */
	summary: text.max(240, { message: `must be at most 240 characters` }),
	/** The events in the order they are presented (at least two). */
	steps: z.array(pathStepSchema).min(2, { message: "must list at least two steps" })
});
// src/lib/citations/syntax.ts
var KEY$1 = "[A-Za-z0-9][\\w.:-]*?";
var ITEM = `@(${KEY$1})(?:,\\s*([^;\\]]*?))?`;
var GROUP = new RegExp(`\\[(\\s*@${KEY$1}(?:,[^;\\]]*)?(?:;\\s*@${KEY$1}(?:,[^;\\]]*)?)*)\\]`, "g");
var SINGLE = new RegExp(`^\\s*${ITEM}\\s*$`);
/** Finds pandoc-style citations `[@key, locator; @key2]` in a run of text. */
function findCitations(text) {
	const matches = [];
	for (const match of text.matchAll(GROUP)) {
		const items = [];
		for (const part of match[1].split(";")) {
			const item = SINGLE.exec(part);
			if (!item) break;
			const locator = item[2]?.trim();
			items.push(locator ? {
				key: item[1],
				locator
			} : { key: item[1] });
		}
		if (items.length) matches.push({
			start: match.index,
			end: match.index + match[0].length,
			items
		});
	}
	return matches;
}
// src/lib/dates/julian.ts
/** Russia's last Julian (Old Style) day: 31 January 1918 O.S. was followed by 14 February N.S. */
var RUSSIA_SWITCH_GREGORIAN = {
	year: 1918,
	month: 2,
	day: 14
};
function gregorianToJdn({ year, month, day }) {
	const a = Math.floor((14 - month) / 12);
	const y = year + 4800 - a;
	const m = month + 12 * a - 3;
	return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}
function jdnToJulian(jdn) {
	const c = jdn + 32082;
	const d = Math.floor((4 * c + 3) / 1461);
	const e = c - Math.floor(1461 * d / 4);
	const m = Math.floor((5 * e + 2) / 153);
	return {
		day: e - Math.floor((153 * m + 2) / 5) + 1,
		month: m + 3 - 12 * Math.floor(m / 10),
		year: d - 4800 + Math.floor(m / 10)
	};
}
/** The Julian (Old Style) day that fell on a Gregorian (New Style) day. */
function gregorianToJulian(day) {
	return jdnToJulian(gregorianToJdn(day));
}
/** Whether Russian sources dated this Gregorian day in the Julian calendar (before 14 Feb 1918). */
function isRussianOldStyleEra(day) {
	return gregorianToJdn(day) < gregorianToJdn(RUSSIA_SWITCH_GREGORIAN);
}
// src/lib/content/problems.ts
/** Levenshtein distance, to suggest the key an author probably meant. */
function distance(a, b) {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length];
}
/** The closest of the candidates to a misspelt name, if any is close enough to be a typo. */
function closest(name, candidates) {
	let best;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const d = distance(name.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}
// src/lib/content/html-policy.ts
/** URL schemes a link may use; anything else with a scheme (javascript:, data:, vbscript:, file:) is refused. */
var LINK_PROTOCOLS = [
	"http",
	"https",
	"mailto"
];
/** Control characters and whitespace, which browsers strip from URLs (so `java\tscript:` would run). */
var URL_NOISE = /[\u0000-\u0020\u007f-\u009f]/;
/**
* A URL that names a file of this site: a path ("/images/map.png", "map.png", "../x.png"),
* never a scheme ("https:", "data:") and never another host ("//host/x", "/\host/x").
*/
function isSiteUrl(url) {
	if (!url || URL_NOISE.test(url)) return false;
	if (/^[/\\]{2}|^\/\\/.test(url)) return false;
	const colon = url.indexOf(":");
	if (colon === -1) return true;
	const before = url.slice(0, colon);
	return /[/?#]/.test(before);
}
/** A link target the policy accepts: http(s), mailto, a site-relative path or a fragment. */
function isAllowedLink(url) {
	if (!url || URL_NOISE.test(url)) return false;
	const colon = url.indexOf(":");
	if (colon === -1 || /[/?#]/.test(url.slice(0, colon))) return true;
	return LINK_PROTOCOLS.includes(url.slice(0, colon).toLowerCase());
}
var SITE_FILE = {
	test: isSiteUrl,
	flags: ""
};
var LINK = {
	test: isAllowedLink,
	flags: ""
};
/**
* The allowlist. Elements: text structure, lists, tables, quotations, ruby for East Asian
* names, figures and images. Attributes: those listed per element. URLs: links by
* LINK_PROTOCOLS or site-relative; images only from the site. Ids are those the Markdown
* pipeline itself writes (footnotes, prefixed "user-content-"): an author's own id could clash
* with the page's. Everything else is removed by the build and refused by the check.
*/
var CONTENT_SCHEMA = {
	tagNames: [
		"a",
		"abbr",
		"b",
		"bdi",
		"bdo",
		"blockquote",
		"br",
		"caption",
		"cite",
		"code",
		"col",
		"colgroup",
		"dd",
		"del",
		"details",
		"dfn",
		"div",
		"dl",
		"dt",
		"em",
		"figcaption",
		"figure",
		"h2",
		"h3",
		"h4",
		"h5",
		"h6",
		"hr",
		"i",
		"img",
		"input",
		"ins",
		"kbd",
		"li",
		"mark",
		"ol",
		"p",
		"pre",
		"q",
		"rp",
		"rt",
		"ruby",
		"s",
		"samp",
		"section",
		"small",
		"span",
		"strong",
		"sub",
		"summary",
		"sup",
		"table",
		"tbody",
		"td",
		"tfoot",
		"th",
		"thead",
		"time",
		"tr",
		"u",
		"ul",
		"var",
		"wbr"
	],
	attributes: {
		"*": [
			"lang",
			"dir",
			"title",
			"ariaHidden",
			"ariaLabel",
			"ariaDescribedBy"
		],
		a: [
			["href", LINK],
			"dataFootnoteRef",
			"dataFootnoteBackref",
			[
				"className",
				"data-footnote-backref",
				"term"
			],
			["id", /^user-content-/]
		],
		li: [["id", /^user-content-/], ["className", "task-list-item"]],
		ul: [["className", "contains-task-list"]],
		h2: [["id", /^(?:user-content-)?footnote-label$/], ["className", "sr-only"]],
		section: ["dataFootnotes", ["className", "footnotes"]],
		img: [
			["src", SITE_FILE],
			"alt",
			"width",
			"height"
		],
		blockquote: [["cite", LINK]],
		q: [["cite", LINK]],
		del: [["cite", LINK], "dateTime"],
		ins: [["cite", LINK], "dateTime"],
		time: ["dateTime"],
		abbr: ["title"],
		ol: [
			"start",
			"reversed",
			["className", "contains-task-list"]
		],
		td: [
			"align",
			"colSpan",
			"rowSpan"
		],
		th: [
			"align",
			"colSpan",
			"rowSpan",
			"scope"
		],
		details: ["open"],
		input: [
			["type", "checkbox"],
			["disabled", true],
			"checked"
		],
		code: [["className", /^language-[\w-]+$/]]
	},
	protocols: {},
	required: { input: {
		type: "checkbox",
		disabled: true
	} },
	ancestors: {
		tbody: ["table"],
		td: ["table"],
		th: ["table"],
		thead: ["table"],
		tfoot: ["table"],
		tr: ["table"],
		li: ["ol", "ul"]
	},
	strip: [...[
		"script",
		"style",
		"template",
		"noscript",
		"textarea",
		"title",
		"xmp",
		"iframe",
		"noembed",
		"noframes",
		"object",
		"embed"
	]],
	clobber: [],
	allowComments: false,
	allowDoctypes: false
};
var ALLOWED_TAGS = new Set(CONTENT_SCHEMA.tagNames);
var ELEMENT_FIX = {
	script: "remove it: pages run only the site's own scripts",
	style: "remove it: pages use only the site's stylesheet",
	iframe: "remove it and link to the page instead: [text](https://…)",
	form: "remove it: content cannot send data anywhere",
	img: "use an image file of this site"
};
/** The attribute definitions the schema gives an element (its own and the global ones). */
function definitionsFor(tag) {
	return [...CONTENT_SCHEMA.attributes?.[tag] ?? [], ...CONTENT_SCHEMA.attributes?.["*"] ?? []];
}
function attributeName(property) {
	return find(html, property).attribute;
}
function shorten(text, max = 60) {
	const oneLine = text.replace(/\s+/g, " ");
	return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
function valueAllowed(definition, value) {
	if (definition.length <= 1) return true;
	return definition.slice(1).some((allowed) => allowed && typeof allowed === "object" && "flags" in allowed ? allowed.test(String(value)) : allowed === value);
}
/** Why an attribute value is refused, for URL attributes the rule they break. */
function attributeFinding(tag, name, value) {
	if (tag === "img" && name === "src") return {
		reason: "images may only be files of this site (no request may leave it)",
		fix: "save the image in public/ and use its path, e.g. /images/map.png"
	};
	if (name === "href" || name === "cite") {
		const scheme = /^([^:/?#]*):/.exec(value)?.[1];
		return {
			reason: `${scheme !== void 0 && !URL_NOISE.test(scheme) ? `${scheme.toLowerCase()}: links are refused` : "this link is refused"}; links may be http(s), mailto, a site-relative path or a #fragment`,
			fix: "link to an https:// address or a page of this site"
		};
	}
	if (name === "id") return {
		reason: "an id written in content could clash with the page's own",
		fix: "remove the id"
	};
	if (/^on/i.test(name)) return {
		reason: "event handlers run scripts",
		fix: "remove the attribute"
	};
	return {
		reason: `"${name}" is not an attribute that <${tag}> may carry in content`,
		fix: "remove the attribute (the allowed HTML is listed in README.md, \"Adding an event\")"
	};
}
function display(value) {
	return Array.isArray(value) ? value.join(" ") : String(value);
}
/** A finding as one phrase: `contains <form>, which is not on the allowlist …` or `contains <img src="…">: images may …`. */
function findingMessage(finding) {
	return `contains ${finding.found}${finding.reason.startsWith("which") ? ", " : ": "}${finding.reason}`;
}
/** Every element, attribute and URL in a (parsed) hast tree that the schema does not allow. */
function findDisallowed(tree, lineOffset = 0) {
	const findings = [];
	const lineOf = (node) => node.position ? node.position.start.line + lineOffset : void 0;
	const visit = (node, parents) => {
		if (node.type === "element") {
			const element = node;
			const tag = element.tagName;
			if (!ALLOWED_TAGS.has(tag)) {
				findings.push({
					line: lineOf(node),
					found: `<${tag}>`,
					reason: "which is not on the allowlist of HTML for content",
					fix: ELEMENT_FIX[tag] ?? "remove it or write it in Markdown (the allowed HTML is listed in README.md, \"Adding an event\")"
				});
				if ((CONTENT_SCHEMA.strip ?? []).includes(tag)) return;
			} else {
				const needs = CONTENT_SCHEMA.ancestors?.[tag];
				if (needs && !parents.some((parent) => needs.includes(parent))) findings.push({
					line: lineOf(node),
					found: `<${tag}>`,
					reason: `which may only appear inside <${needs.join("> or <")}>`,
					fix: `put it inside <${needs[0]}>`
				});
				const definitions = definitionsFor(tag);
				for (const [property, value] of Object.entries(element.properties)) {
					if (value === void 0 || value === null || value === false) continue;
					const matching = definitions.filter((definition) => (typeof definition === "string" ? definition : definition[0]) === property);
					const name = attributeName(property);
					const values = property === "className" && Array.isArray(value) ? value : [value];
					if (!(matching.length > 0 && values.every((one) => matching.some((definition) => typeof definition === "string" || valueAllowed(definition, one))))) {
						const { reason, fix } = attributeFinding(tag, name, display(value));
						findings.push({
							line: lineOf(node),
							found: `<${tag} ${name}="${shorten(display(value))}">`,
							reason,
							fix
						});
					}
				}
			}
			parents = [...parents, tag];
		}
		if ("children" in node) for (const child of node.children) visit(child, parents);
	};
	visit(tree, []);
	return findings;
}
var markdownToHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });
/** A Markdown body as the HTML tree the build makes of it (raw HTML parsed, entities decoded). */
function markdownTree(markdown) {
	const file = new VFile(markdown);
	const mdast = markdownToHast.parse(file);
	return raw(markdownToHast.runSync(mdast, file), { file });
}
function withoutComments(node) {
	if ("children" in node) node.children = node.children.filter((child) => child.type !== "comment").map((child) => withoutComments(child));
	return node;
}
/**
* The problems of a Markdown body under the policy, lines counted from `firstLine` (the body's
* line in its file). Besides what findDisallowed names, anything the sanitizer would still
* change is reported, so the check can never be more lenient than the build.
*/
function htmlPolicyProblems(markdown, firstLine = 1) {
	if (!/<|\]\s*\(|\]\s*:/.test(markdown.replace(/\[@[^\]]*\]/g, ""))) return [];
	const tree = withoutComments(markdownTree(markdown));
	const findings = findDisallowed(tree, firstLine - 1);
	if (!findings.length) {
		const before = toHtml(tree);
		const after = toHtml(sanitize(tree, CONTENT_SCHEMA));
		if (before !== after) {
			let at = 0;
			while (before[at] === after[at]) at++;
			findings.push({
				found: shorten(before.slice(Math.max(0, before.lastIndexOf("<", at)), at + 40)),
				reason: "the HTML allowlist would change this",
				fix: "write it in plain Markdown"
			});
		}
	}
	return findings;
}
({ ...CONTENT_SCHEMA }), [...CONTENT_SCHEMA.tagNames], { ...CONTENT_SCHEMA.attributes };
// src/lib/content/parse.ts
var FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** A file's slug: its name without the folder and the extension. */
function baseName(path) {
	return path.split("/").pop().replace(/\.(md|mdx|ya?ml)$/, "");
}
var YAML_FIX = "check the indentation and quote any value that contains \": \" or starts with a special character";
/** The key a duplicate-key error points at, from the text at its offset. */
function keyAt(text, offset) {
	const match = /^\s*(["']?)([^\n]*?)\1\s*:/.exec(text.slice(offset));
	return match ? match[2] : text.slice(offset).split(/[:\n]/)[0].trim();
}
/**
* Parses YAML, reporting with their line: syntax errors, keys given twice, explicit tags (none
* is needed in content, and `!!js/function`-style tags would be accepted as plain text), and
* aliases that expand past MAX_ALIAS_COUNT. Returns the data and a function that locates fields.
*/
function parseYaml(file, text, lineOffset, problems) {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, {
		lineCounter,
		schema: "yaml-1.1",
		prettyErrors: true,
		uniqueKeys: true
	});
	const lineAt = (offset) => lineCounter.linePos(offset).line + lineOffset;
	const refuse = (offset, message, fix) => problems.push({
		file: file.path,
		field: `line ${lineAt(offset)}`,
		message,
		fix
	});
	if (doc.errors.length) {
		for (const error of doc.errors) {
			if (error.code === "DUPLICATE_KEY") {
				refuse(error.pos[0], `the key "${keyAt(text, error.pos[0])}" is given twice`, "keep one of the two lines");
				continue;
			}
			const line = (error.linePos?.[0]?.line ?? 1) + lineOffset;
			problems.push({
				file: file.path,
				field: `line ${line}`,
				message: `the YAML could not be read (${error.message.split("\n")[0].replace(/ at line \d+.*$/, "")})`,
				fix: YAML_FIX
			});
		}
		return null;
	}
	let tagged = false;
	let firstAlias;
	visit(doc, { Node(_key, node) {
		if (isAlias(node)) firstAlias ??= node.range?.[0];
		else if (node.tag) {
			tagged = true;
			const shown = node.tag.replace(/^tag:yaml\.org,2002:/, "!!");
			refuse(node.range?.[0] ?? 0, `the YAML tag ${shown} is not allowed`, "remove the tag; put the value in quotes if it is text");
		}
	} });
	if (tagged) return null;
	let data;
	try {
		data = doc.toJS({ maxAliasCount: 100 });
	} catch (error) {
		if (firstAlias !== void 0 && error instanceof ReferenceError) refuse(firstAlias, `the YAML aliases (*name) expand to more than 100 copies`, "write the values out instead of repeating them with & and *");
		else refuse(0, `the YAML could not be read (${error instanceof Error ? error.message : String(error)})`, YAML_FIX);
		return null;
	}
	if (firstAlias !== void 0 && isCyclic(data)) {
		refuse(firstAlias, "a YAML alias (*name) refers to the value that contains it", "write the value out instead of using & and *");
		return null;
	}
	const locate = (path) => {
		const node = path.length ? doc.getIn(path, true) : doc.contents;
		const offset = isNode(node) && node.range ? node.range[0] : void 0;
		return offset === void 0 ? "" : ` (line ${lineAt(offset)})`;
	};
	return {
		data,
		locate
	};
}
/** Whether a value contains itself (`a: &x [*x]` does), which no schema or message could walk. */
function isCyclic(value, ancestors = /* @__PURE__ */ new Set()) {
	if (!value || typeof value !== "object") return false;
	if (ancestors.has(value)) return true;
	ancestors.add(value);
	const cyclic = Object.values(value).some((child) => isCyclic(child, ancestors));
	ancestors.delete(value);
	return cyclic;
}
/**
* Whether a file can be read at all: it is UTF-8 and not empty. Otherwise it is reported by
* name, with the offset of the first byte that is not UTF-8. A byte-order mark is accepted.
*/
function readable(file, problems) {
	if (file.invalidUtf8At !== void 0) {
		problems.push({
			file: file.path,
			...file.invalidUtf8Line ? { field: `line ${file.invalidUtf8Line}` } : {},
			message: `is not UTF-8 text: the byte at offset ${file.invalidUtf8At} is not UTF-8`,
			fix: "save the file with the encoding UTF-8 (in most editors: \"Save as…\", then Encoding: UTF-8)"
		});
		return null;
	}
	const text = file.text.replace(/^\uFEFF/, "");
	if (!text.trim()) {
		problems.push({
			file: file.path,
			message: "is empty",
			fix: "write its content (see README.md, \"Adding an event\") or delete the file"
		});
		return null;
	}
	return text;
}
/** A value as an author wrote it, for a message. */
function describe(value) {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === "string") return `"${value}"`;
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}
/** The value at a path in parsed data. */
function getIn(data, path) {
	return path.reduce((node, key) => node && typeof node === "object" ? node[key] : void 0, data);
}
/** Turns schema issues into problems that name the field, the value and the fix. */
function schemaProblems(file, error, data, locate, knownKeys) {
	return error.issues.map((issue) => {
		const fieldPath = issue.path.map(String).join(".") || "(front matter)";
		const field = `${fieldPath}${locate(issue.path)}`;
		if (issue.code === "unrecognized_keys") {
			const keys = issue.keys;
			const guesses = keys.map((key) => closest(key, knownKeys)).filter(Boolean);
			return {
				file: file.path,
				field: issue.path.length ? field : keys.join(", "),
				message: `unknown key${keys.length > 1 ? "s" : ""} ${keys.map((k) => `"${k}"`).join(", ")}`,
				fix: guesses.length ? `did you mean ${guesses.map((g) => `"${g}"`).join(", ")}? Otherwise remove it` : `remove it; the keys allowed here are documented in README.md ("Adding an event")`
			};
		}
		const value = getIn(data, issue.path);
		if (value === void 0) return {
			file: file.path,
			field: fieldPath,
			message: "is missing",
			fix: `add "${fieldPath}:" to the front matter`
		};
		const [message, fix] = issue.message.split(". Fix: ");
		const shown = issue.code === "custom" ? "" : `${describe(value)}: `;
		return {
			file: file.path,
			field,
			message: `${shown}${message}`,
			fix: fix ?? void 0
		};
	});
}
/** The YAML between the two "---" lines, the body after them, and the body's first line. */
function splitFrontMatter(file, text, problems) {
	const match = FRONT_MATTER.exec(text);
	if (!match) {
		problems.push({
			file: file.path,
			field: "line 1",
			message: "has no front matter",
			fix: "start the file with a line \"---\", the YAML fields, and another \"---\""
		});
		return null;
	}
	const bodyLine = match[0].split("\n").length - (match[0].endsWith("\n") ? 0 : 1);
	return {
		yaml: match[1],
		body: text.slice(match[0].length),
		bodyLine
	};
}
/** A Markdown body without its code blocks and code spans. */
function bodyWithoutCode(body) {
	return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, "").replace(/`[^`\n]*`/g, "");
}
/** Words of prose in a Markdown body, not counting citations, footnote marks and markup. */
function countWords(body) {
	return bodyWithoutCode(body).replace(/\[@[^\]]*\]/g, " ").replace(/<[^>]+>/g, " ").replace(/[#*_>|`[\]()]/g, " ").split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
/** Whether a date point is a given day. */
function sameDay(a, b) {
	return a.year === b.year && a.month === b.month && a.day === b.day;
}
/** An Old Style date must be the Julian date of the event's (Gregorian) date, and only before 1918. */
function checkJulian(file, data, problems) {
	const julian = data.julianDate;
	if (!julian) return;
	const ends = [[data.date.start, julian.start], [data.date.end, julian.end]];
	for (const [gregorian, old] of ends) {
		if (!gregorian || !old || gregorian.precision !== "day" || old.precision !== "day") continue;
		const day = {
			year: gregorian.year,
			month: gregorian.month,
			day: gregorian.day
		};
		if (!isRussianOldStyleEra(day)) {
			problems.push({
				file: file.path,
				field: "julianDate",
				message: `"${julian.edtf}" is given, but Russia used the Gregorian calendar from 14 February 1918`,
				fix: "remove julianDate for events after 13 February 1918"
			});
			return;
		}
		const expected = gregorianToJulian(day);
		if (!sameDay(old, expected)) {
			const shown = `${expected.year}-${String(expected.month).padStart(2, "0")}-${String(expected.day).padStart(2, "0")}`;
			problems.push({
				file: file.path,
				field: "julianDate",
				message: `"${old.edtf}" is not the Old Style date of ${gregorian.edtf}`,
				fix: `the Julian date of ${gregorian.edtf} is "${shown}"`
			});
			return;
		}
	}
}
/**
* Reads a Markdown entry (an event or a lesson path): a valid slug, front matter that is YAML
* key–value fields, and fields the schema accepts. Problems are reported; null means skip it.
*/
function parseMarkdownEntry(file, slug, schema, knownKeys, example, problems) {
	if (!SLUG_PATTERN.test(slug)) {
		problems.push({
			file: file.path,
			message: `the file name "${slug}" is not a valid slug`,
			fix: `rename the file in lowercase letters, digits and hyphens, e.g. ${example}`
		});
		return null;
	}
	const text = readable(file, problems);
	if (text === null) return null;
	const split = splitFrontMatter(file, text, problems);
	if (!split) return null;
	const parsed = parseYaml(file, split.yaml, 1, problems);
	if (!parsed) return null;
	if (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
		problems.push({
			file: file.path,
			field: "line 2",
			message: "the front matter is not a set of \"key: value\" fields",
			fix: "write one field per line, e.g. \"title: …\""
		});
		return null;
	}
	const result = schema.safeParse(parsed.data);
	if (!result.success) {
		problems.push(...schemaProblems(file, result.error, parsed.data, parsed.locate, knownKeys));
		return null;
	}
	return {
		result,
		split,
		locate: parsed.locate
	};
}
/** A folder of YAML files (people, places): the valid ones by slug; the others go into `invalid` (slug → file). */
function parseYamlCollection(files, schema, knownKeys, problems, invalid) {
	const entries = /* @__PURE__ */ new Map();
	for (const file of files) {
		const slug = baseName(file.path);
		if (!SLUG_PATTERN.test(slug)) {
			problems.push({
				file: file.path,
				message: `the file name "${slug}" is not a valid slug`,
				fix: "rename the file in lowercase letters, digits and hyphens"
			});
			continue;
		}
		if (entries.has(slug)) {
			problems.push({
				file: file.path,
				message: `another file already has the slug "${slug}"`,
				fix: "keep one file per slug"
			});
			continue;
		}
		const text = readable(file, problems);
		const parsed = text === null ? null : parseYaml(file, text, 0, problems);
		const result = parsed ? schema.safeParse(parsed.data) : null;
		if (!parsed || !result) invalid.set(slug, file.path);
		else if (!result.success) {
			problems.push(...schemaProblems(file, result.error, parsed.data, parsed.locate, knownKeys));
			invalid.set(slug, file.path);
		} else entries.set(slug, result.data);
	}
	return entries;
}
var EVENT_KEYS = Object.keys(eventSchema.shape);
var PATH_KEYS = [
	...Object.keys(pathSchema.shape),
	"event",
	"notes"
];
/** Path slugs that would collide with the pages beside the lessons (/present/notes/). */
var RESERVED_PATH_SLUGS = ["notes"];
/** Raw HTML, links and images in a body against the HTML allowlist (src/lib/content/html-policy.ts). */
function checkBody(file, body, bodyLine, problems) {
	for (const finding of htmlPolicyProblems(body, bodyLine)) problems.push({
		file: file.path,
		field: finding.line ? `body (line ${finding.line})` : "body",
		message: findingMessage(finding),
		fix: finding.fix
	});
}
var idOf = (item) => item && typeof item === "object" && typeof item.id === "string" ? item.id : void 0;
/** content/lanes.yaml: a list of lanes, in the order the site shows them. */
function parseLanes(raw, problems, invalid) {
	const lanes = [];
	if (!raw.lanes) problems.push({
		file: "content/lanes.yaml",
		message: "is missing",
		fix: "create it with the list of lanes (see README.md)"
	});
	else {
		const text = readable(raw.lanes, problems);
		const parsed = text === null ? null : parseYaml(raw.lanes, text, 0, problems);
		if (parsed && !Array.isArray(parsed.data)) problems.push({
			file: raw.lanes.path,
			message: "must be a YAML list of lanes",
			fix: "write one \"- id: …  label: …\" item per lane"
		});
		else if (parsed) parsed.data.forEach((item, index) => {
			const result = laneSchema.safeParse(item);
			if (result.success) lanes.push(result.data);
			else if (idOf(item)) invalid.lanes.set(idOf(item), raw.lanes.path);
			if (!result.success) problems.push(...schemaProblems(raw.lanes, result.error, parsed.data, (p) => parsed.locate([index, ...p]), Object.keys(laneSchema.shape)).map((p) => ({
				...p,
				field: `[${index}].${p.field}`
			})));
		});
	}
	return lanes;
}
/** content/bibliography.yaml: CSL items by key; `read` is false when the file itself could not be read. */
function parseBibliography(raw, problems, invalid) {
	const bibliography = /* @__PURE__ */ new Map();
	let bibliographyRead = false;
	if (!raw.bibliography) problems.push({
		file: "content/bibliography.yaml",
		message: "is missing",
		fix: "create it as a CSL-YAML list (see README.md)"
	});
	else {
		const text = readable(raw.bibliography, problems);
		const parsed = text === null ? null : parseYaml(raw.bibliography, text, 0, problems);
		bibliographyRead = Boolean(parsed && Array.isArray(parsed.data));
		if (parsed && !Array.isArray(parsed.data)) problems.push({
			file: raw.bibliography.path,
			message: "must be a CSL-YAML list of references",
			fix: "write one \"- id: …\" item per reference"
		});
		else if (parsed) parsed.data.forEach((item, index) => {
			const result = bibliographyItemSchema.safeParse(item);
			if (!result.success) {
				if (idOf(item)) invalid.keys.set(idOf(item), raw.bibliography.path);
				problems.push(...schemaProblems(raw.bibliography, result.error, item, (p) => parsed.locate([index, ...p]), []).map((p) => ({
					...p,
					field: `item ${index + 1}: ${p.field}`
				})));
			} else if (bibliography.has(result.data.id)) problems.push({
				file: raw.bibliography.path,
				field: `item ${index + 1}: id${parsed.locate([index, "id"])}`,
				message: `"${result.data.id}" is used twice`,
				fix: "give each reference its own id"
			});
			else bibliography.set(result.data.id, result.data);
		});
	}
	return {
		bibliography,
		read: bibliographyRead
	};
}
/** The event files: one per slug, each parsed, its body checked and its citations collected. */
function parseEvents(raw, problems, invalid) {
	const bySlug = /* @__PURE__ */ new Map();
	for (const file of raw.events) bySlug.set(baseName(file.path), [...bySlug.get(baseName(file.path)) ?? [], file]);
	const events = [];
	for (const [slug, files] of bySlug) {
		if (files.length > 1) {
			for (const file of files) {
				const others = files.filter((f) => f !== file).map((f) => f.path).join(", ");
				problems.push({
					file: file.path,
					message: `the slug "${slug}" is also used by ${others}`,
					fix: "keep one file per event: rename or delete one of them"
				});
			}
			continue;
		}
		const [file] = files;
		const parsed = parseMarkdownEntry(file, slug, eventSchema, EVENT_KEYS, "mukden-incident-1931.md", problems);
		if (!parsed) continue;
		const { result, split } = parsed;
		const body = split.body;
		const prose = bodyWithoutCode(body);
		checkBody(file, body, split.bodyLine, problems);
		const citedKeys = [...new Set(findCitations(prose).flatMap((match) => match.items.map((item) => item.key)))];
		checkJulian(file, result.data, problems);
		events.push({
			slug,
			path: file.path,
			data: result.data,
			body,
			citedKeys,
			wordCount: countWords(body)
		});
	}
	for (const [slug, files] of bySlug) if (!events.some((event) => event.slug === slug)) invalid.events.set(slug, files.map((f) => f.path).join(", "));
	return {
		events,
		files: new Set(bySlug.keys())
	};
}
/** The lesson path files, parsed (their steps are checked with the references). */
function parsePaths(files, problems) {
	const paths = [];
	for (const file of files) {
		const slug = baseName(file.path);
		if (RESERVED_PATH_SLUGS.includes(slug)) {
			problems.push({
				file: file.path,
				message: `"${slug}" cannot be the name of a lesson path: /present/${slug}/ is used by the site`,
				fix: "rename the file"
			});
			continue;
		}
		const parsed = parseMarkdownEntry(file, slug, pathSchema, PATH_KEYS, "siberian-intervention-1917-1925.md", problems);
		if (!parsed) continue;
		const { result, split } = parsed;
		checkBody(file, split.body, split.bodyLine, problems);
		if (!split.body.trim()) problems.push({
			file: file.path,
			field: "body",
			message: "has no introduction",
			fix: "write a short introduction to the lesson below the front matter"
		});
		paths.push({
			entry: {
				slug,
				path: file.path,
				data: result.data,
				body: split.body
			},
			locate: parsed.locate
		});
	}
	return paths;
}
// src/lib/content/references.ts
var FIX_TARGET = "correct that entry first: its problems are listed under its own name";
function refProblem(file, field, value, kind, known, where, broken) {
	if (broken.has(value)) return {
		file,
		field,
		message: `"${value}" is ${kind} whose entry has problems (${broken.get(value)})`,
		fix: FIX_TARGET
	};
	const guess = closest(value, known);
	return {
		file,
		field,
		message: `"${value}" is not ${kind}`,
		fix: guess ? `did you mean "${guess}"?` : `add ${where} or correct the slug`
	};
}
/** The problems with what an event names: its lane, people, places, related events and sources. */
function eventReferenceProblems(event, targets) {
	const problems = [];
	const { data, path } = event;
	const { invalid, bibliography } = targets;
	const laneIds = targets.lanes.map((lane) => lane.id);
	if (invalid.lanes.has(data.lane)) problems.push({
		file: path,
		field: "lane",
		message: `"${data.lane}" is a lane whose entry has problems (${invalid.lanes.get(data.lane)})`,
		fix: FIX_TARGET
	});
	else if (laneIds.length && !laneIds.includes(data.lane)) {
		const guess = closest(data.lane, laneIds);
		problems.push({
			file: path,
			field: "lane",
			message: `"${data.lane}" is not a lane`,
			fix: `${guess ? `did you mean "${guess}"? ` : ""}use one of: ${laneIds.join(", ")}`
		});
	}
	data.people.forEach((slug, i) => {
		if (!targets.people.has(slug)) problems.push(refProblem(path, `people[${i}]`, slug, "a person", targets.people.keys(), `content/people/${slug}.yaml`, invalid.people));
	});
	data.places.forEach((slug, i) => {
		if (!targets.places.has(slug)) problems.push(refProblem(path, `places[${i}]`, slug, "a place", targets.places.keys(), `content/places/${slug}.yaml`, invalid.places));
	});
	data.related.forEach((relation, i) => {
		if (relation.event === event.slug) problems.push({
			file: path,
			field: `related[${i}].event`,
			message: "an event cannot be related to itself",
			fix: "remove this relation"
		});
		else if (!targets.events.has(relation.event)) problems.push(refProblem(path, `related[${i}].event`, relation.event, "an event", targets.events, `content/events/${relation.event}.md`, invalid.events));
	});
	if (bibliography) {
		data.sources.forEach((key, i) => {
			if (!bibliography.has(key)) problems.push(refProblem(path, `sources[${i}]`, key, "a key in content/bibliography.yaml", bibliography.keys(), "the reference to content/bibliography.yaml", invalid.keys));
		});
		for (const key of event.citedKeys) if (!bibliography.has(key) && !data.sources.includes(key)) problems.push(refProblem(path, "body", key, "a key in content/bibliography.yaml (cited in the text)", bibliography.keys(), "the reference to content/bibliography.yaml", invalid.keys));
		for (const field of [
			"dateNote",
			"dispute",
			"provenance"
		]) for (const match of findCitations(data[field] ?? "")) for (const { key } of match.items) if (!bibliography.has(key)) problems.push(refProblem(path, field, key, "a key in content/bibliography.yaml (cited in the note)", bibliography.keys(), "the reference to content/bibliography.yaml", invalid.keys));
	}
	return problems;
}
/**
* The problems with a lesson path's steps: each names an event file that exists (checked against
* the files, so that one broken event does not also fail every lesson that shows it), once.
*/
function pathReferenceProblems(path, locate, eventFiles) {
	const problems = [];
	const stepOf = /* @__PURE__ */ new Map();
	path.data.steps.forEach((step, i) => {
		const field = `steps[${i}].event${locate([
			"steps",
			i,
			"event"
		])}`;
		if (!eventFiles.has(step.event)) {
			const guess = closest(step.event, eventFiles);
			problems.push({
				file: path.path,
				field,
				message: `"${step.event}" is not an event`,
				fix: guess ? `did you mean "${guess}"?` : `add content/events/${step.event}.md or correct the slug`
			});
		} else if (stepOf.has(step.event)) problems.push({
			file: path.path,
			field,
			message: `"${step.event}" is already steps[${stepOf.get(step.event)}]`,
			fix: "show each event once: remove one of the two steps"
		});
		else stepOf.set(step.event, i);
	});
	return problems;
}
// src/lib/content/editorial.ts
/** The problems of an event under the editorial rules. */
function editorialProblems(event, rules) {
	const problems = [];
	const { data, path } = event;
	const distinct = /* @__PURE__ */ new Set([...data.sources, ...event.citedKeys]);
	if (distinct.size < rules.minSources) problems.push({
		file: path,
		field: "sources",
		message: `has ${distinct.size} source${distinct.size === 1 ? "" : "s"}; this site needs at least ${rules.minSources}`,
		fix: "cite at least two independent works"
	});
	if (event.citedKeys.length === 0) problems.push({
		file: path,
		field: "body",
		message: "cites no source in the text",
		fix: "footnote each claim, e.g. \"… in 1931 [@coox1985, p. 45].\""
	});
	if (rules.minWords !== void 0 && event.wordCount < rules.minWords) problems.push({
		file: path,
		field: "body",
		message: `has ${event.wordCount} words; an entry needs at least ${rules.minWords}`,
		fix: "expand the text"
	});
	if (rules.maxWords !== void 0 && event.wordCount > rules.maxWords) problems.push({
		file: path,
		field: "body",
		message: `has ${event.wordCount} words; an entry has at most ${rules.maxWords}`,
		fix: "shorten the text"
	});
	return problems;
}
/** One glossary entry. */
var glossaryEntrySchema = z.object({
	/** The anchor on /glossary/: lowercase kebab-case. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase kebab-case, e.g. \"kwantung-army\""),
	/** The term as the glossary lists it. */
	term: z.string().min(1),
	/** Other forms the texts use (plural, another spelling); matched as whole words, case-sensitive. */
	aliases: z.array(z.string().min(1)).default([]),
	/** Plain text, at most 400 characters. */
	definition: z.string().min(20).max(400)
}).strict();
/** Reads and checks content/glossary.yaml; problems name the file, the entry and the field. */
function parseGlossary(file, problems) {
	if (!file) return [];
	const lines = new LineCounter();
	const document = parseDocument(file.text, {
		lineCounter: lines,
		uniqueKeys: true
	});
	if (document.errors.length) {
		const error = document.errors[0];
		problems.push({
			file: file.path,
			message: `line ${error.linePos?.[0]?.line ?? "?"}: the YAML could not be read (${error.message.split("\n")[0]})`,
			fix: "check the indentation and quoting"
		});
		return [];
	}
	const data = document.toJS({ maxAliasCount: 10 });
	if (!Array.isArray(data)) {
		problems.push({
			file: file.path,
			message: "is not a list of terms",
			fix: "write one \"- id: …\" item per term"
		});
		return [];
	}
	const entries = [];
	const seen = /* @__PURE__ */ new Set();
	data.forEach((item, index) => {
		const result = glossaryEntrySchema.safeParse(item);
		if (!result.success) {
			for (const issue of result.error.issues) problems.push({
				file: file.path,
				field: `item ${index + 1}${issue.path.length ? `: ${issue.path.join(".")}` : ""}`,
				message: issue.message,
				fix: "see the other entries of content/glossary.yaml"
			});
			return;
		}
		if (seen.has(result.data.id)) {
			problems.push({
				file: file.path,
				field: `item ${index + 1}: id`,
				message: `"${result.data.id}" is used twice`,
				fix: "give each term its own id"
			});
			return;
		}
		seen.add(result.data.id);
		entries.push(result.data);
	});
	return entries;
}
// src/lib/content/validate.ts
/** The rules every event of this site meets; a bare format check uses {minSources: 1}. */
var SITE_RULES = {
	minSources: 2,
	minWords: 200,
	maxWords: 500
};
/**
* Validates all authored content at once and returns every problem found (never only the
* first), together with the content that passed. A build publishes only when problems is empty.
*/
function validateContent(raw, rules = SITE_RULES) {
	const problems = [];
	const invalid = {
		lanes: /* @__PURE__ */ new Map(),
		keys: /* @__PURE__ */ new Map(),
		people: /* @__PURE__ */ new Map(),
		places: /* @__PURE__ */ new Map(),
		events: /* @__PURE__ */ new Map()
	};
	const lanes = parseLanes(raw, problems, invalid);
	const { bibliography, read: bibliographyRead } = parseBibliography(raw, problems, invalid);
	const people = parseYamlCollection(raw.people, personSchema, Object.keys(personSchema.shape), problems, invalid.people);
	const places = parseYamlCollection(raw.places, placeSchema, Object.keys(placeSchema.shape), problems, invalid.places);
	const { events, files: eventFiles } = parseEvents(raw, problems, invalid);
	const targets = {
		lanes,
		people,
		places,
		events: new Set(events.map((event) => event.slug)),
		bibliography: bibliographyRead ? bibliography : null,
		invalid
	};
	for (const event of events) problems.push(...eventReferenceProblems(event, targets), ...editorialProblems(event, rules));
	return {
		problems,
		content: {
			events,
			people,
			places,
			lanes,
			bibliography,
			paths: parsePaths(raw.paths ?? [], problems).map(({ entry, locate }) => {
				problems.push(...pathReferenceProblems(entry, locate, eventFiles));
				return entry;
			}),
			glossary: parseGlossary(raw.glossary, problems)
		}
	};
}
// src/content-source/validated.ts
var KEY = Symbol.for("northeast-asia-timeline.validated-content");
var cache = globalThis[KEY] ??= /* @__PURE__ */ new Map();
/** The content of a directory (CONTENT_DIR or content/), validated by the site's rules, once. */
function validatedContent(dir = contentDir()) {
	let validation = cache.get(dir);
	if (!validation) {
		validation = {
			...validateContent(readContent(dir), SITE_RULES),
			dir
		};
		cache.set(dir, validation);
	}
	return validation;
}
// src/data/content.ts
var eventsCache;
/** Every event, in the site's chronological order. */
function getEvents() {
	eventsCache ??= getCollection("events").then((entries) => sortChronologically(entries.map((entry) => ({
		slug: entry.id,
		title: entry.data.title,
		date: entry.data.date,
		entry
	}))));
	return eventsCache;
}
var indexCache;
function getEventIndex() {
	indexCache ??= getEvents().then((events) => ({
		relationsOf: relationIndex(events.map((e) => ({
			slug: e.slug,
			related: e.entry.data.related
		}))),
		titles: new Map(events.map((e) => [e.slug, e.title]))
	}));
	return indexCache;
}
var peopleCache;
var placesCache;
var lanesCache;
var bibliographyCache;
/** People by slug. */
function getPeople() {
	peopleCache ??= getCollection("people").then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
	return peopleCache;
}
/** Places by slug. */
function getPlaces() {
	placesCache ??= getCollection("places").then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
	return placesCache;
}
/** Lanes in their authored order (the order of content/lanes.yaml, which the loader records). */
function getLanes() {
	lanesCache ??= getCollection("lanes").then((entries) => entries.map((entry) => entry.data).sort((a, b) => a.position - b.position));
	return lanesCache;
}
/** The bibliography by key. */
function getBibliography() {
	bibliographyCache ??= getCollection("bibliography").then((entries) => new Map(entries.map((entry) => [entry.id, entry.data])));
	return bibliographyCache;
}
/** The glossary (content/glossary.yaml), from the content validated once per build. */
function getGlossary() {
	return validatedContent().content.glossary;
}
var pathsCache;
/** Every lesson path, ordered by the date of its first step, then by title. */
function getLessonPaths() {
	pathsCache ??= (async () => {
		const events = await getEvents();
		const bySlug = new Map(events.map((event) => [event.slug, event]));
		const order = new Map(events.map((event, i) => [event.slug, i]));
		const paths = (await getCollection("paths")).map((entry) => ({
			slug: entry.id,
			title: entry.data.title,
			summary: entry.data.summary,
			entry,
			steps: entry.data.steps.map((step) => ({
				event: bySlug.get(step.event),
				...step.notes ? { notes: step.notes } : {}
			}))
		}));
		const first = (path) => Math.min(...path.steps.map((step) => order.get(step.event.slug) ?? Infinity));
		return paths.sort((a, b) => first(a) - first(b) || a.title.localeCompare(b.title));
	})();
	return pathsCache;
}
export { DEFAULT_HASH_PROPS as _, getLanes as a, level as b, getPlaces as c, findCitations as d, contentDir as f, z as g, render as h, getGlossary as i, gregorianToJulian as l, utcDay as m, getEventIndex as n, getLessonPaths as o, seasonName as p, getEvents as r, getPeople as s, getBibliography as t, isRussianOldStyleEra as u, DEFAULT_OUTPUT_FORMAT as v, createComponent as x, VALID_SUPPORTED_FORMATS as y };
