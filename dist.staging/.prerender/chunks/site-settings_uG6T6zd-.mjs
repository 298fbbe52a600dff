import { g as z } from "./content_qShtQhSW.mjs";
import { YAMLParseError, parse } from "yaml";
// src/lib/content/site-settings.ts
/** Where the settings live, relative to the project root. */
var SITE_SETTINGS_FILE = "content/site.yaml";
/** An example address for messages (example.edu is reserved: it never names a real host). */
var EXAMPLE = "https://timeline.example.edu";
/** Why an address cannot be the site's, or null when it can: absolute http(s), no path, query or fragment. */
function addressProblem(value) {
	let url;
	try {
		url = new URL(value);
	} catch {
		return `"${value}" is not an absolute address`;
	}
	if (url.protocol !== "https:" && url.protocol !== "http:") return `"${value}" is not an http or https address`;
	if (url.username || url.password) return `"${value}" holds a user name or password`;
	if (url.search || url.hash) return `"${value}" has a query or fragment`;
	if (url.pathname !== "/") return `"${value}" has a path ("${url.pathname}"); the site's path is set by BASE`;
	return null;
}
var address = z.string().superRefine((value, ctx) => {
	const problem = addressProblem(value.trim());
	if (problem) ctx.addIssue({
		code: "custom",
		message: problem
	});
});
/** content/site.yaml: the settings of the whole site. */
var siteSettingsSchema = z.strictObject({ 
/**
* The public address of the site, scheme and host only (e.g. https://timeline.example.edu);
* the sub-path comes from BASE. Default: not set, and then no page carries an absolute link.
*/
url: address.nullish().transform((value) => value ? new URL(value.trim()).origin : void 0) });
/** The settings of a site that has none: nothing set. */
var NO_SITE_SETTINGS = { url: void 0 };
/**
* Parses the text of content/site.yaml (or undefined when there is no such file) into
* settings, with one problem per bad field, naming the file and the field.
*/
function parseSiteSettings(text, file = SITE_SETTINGS_FILE) {
	if (text === void 0) return {
		settings: NO_SITE_SETTINGS,
		problems: []
	};
	let raw;
	try {
		raw = parse(text);
	} catch (error) {
		const line = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : void 0;
		const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
		return {
			settings: NO_SITE_SETTINGS,
			problems: [{
				file,
				...line ? { field: line } : {},
				message: `is not valid YAML: ${message}`,
				fix: "write one \"key: value\" per line"
			}]
		};
	}
	const result = siteSettingsSchema.safeParse(raw ?? {});
	if (result.success) return {
		settings: result.data,
		problems: []
	};
	return {
		settings: NO_SITE_SETTINGS,
		problems: result.error.issues.map((issue) => {
			if (issue.code === "unrecognized_keys") return {
				file,
				field: issue.keys.join(", "),
				message: "is not a site setting",
				fix: "the settings are: url"
			};
			if (issue.path.length === 0) return {
				file,
				message: "must be a list of \"key: value\" settings",
				fix: `write e.g. "url: ${EXAMPLE}"`
			};
			return {
				file,
				field: issue.path.join("."),
				message: issue.code === "invalid_type" ? "must be an address in quotes or nothing" : issue.message,
				fix: `write the scheme and host only, e.g. "url: ${EXAMPLE}"`
			};
		})
	};
}
/**
* The site's address: the SITE environment variable when it is set (a deploy can override the
* file), else content/site.yaml's `url`, else none. A bad SITE is a problem, never ignored.
*/
function resolveSiteAddress(env, settings) {
	const fromEnv = env?.trim();
	if (fromEnv) {
		const problem = addressProblem(fromEnv);
		if (problem) return {
			url: void 0,
			from: void 0,
			problems: [{
				file: "SITE (environment variable)",
				message: problem,
				fix: `give the scheme and host only, e.g. SITE=${EXAMPLE}`
			}]
		};
		return {
			url: new URL(fromEnv).origin,
			from: "SITE",
			problems: []
		};
	}
	if (settings.problems.length) return {
		url: void 0,
		from: void 0,
		problems: settings.problems
	};
	return settings.settings.url ? {
		url: settings.settings.url,
		from: SITE_SETTINGS_FILE,
		problems: []
	} : {
		url: void 0,
		from: void 0,
		problems: []
	};
}
/** What a page says where an absolute address would be. */
var ADDRESS_NOT_SET = "address not set";
export { parseSiteSettings as n, resolveSiteAddress as r, ADDRESS_NOT_SET as t };
