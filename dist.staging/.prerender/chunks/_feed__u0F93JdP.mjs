import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { f as contentDir, r as getEvents } from "./content_qShtQhSW.mjs";
import { r as siteRoot } from "./export_D8C7Er-4.mjs";
import { t as siteAddress } from "./site_Cfa1vzNQ.mjs";
import { t as escapeMarkup } from "./escape_GjVcZ0En.mjs";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
// src/content-source/git-dates.ts
/**
* When each event file last changed: the date of the last commit that touched it, or, for a
* file git does not know (new, or no repository), its modification time. Keyed by slug.
*/
function lastChanged(contentDirectory) {
	const eventsDir = join(contentDirectory, "events");
	const result = /* @__PURE__ */ new Map();
	if (!existsSync(eventsDir)) return result;
	try {
		const log = execFileSync("git", [
			"log",
			"--format=%x00%cI",
			"--name-only",
			"--relative",
			"--",
			"."
		], {
			cwd: eventsDir,
			encoding: "utf8",
			stdio: [
				"ignore",
				"pipe",
				"ignore"
			],
			maxBuffer: 67108864
		});
		let date = "";
		for (const line of log.split("\n")) if (line.startsWith("\0")) date = line.slice(1).trim();
		else if (line.trim()) {
			const slug = line.trim().replace(/^.*\//, "").replace(/\.mdx?$/, "");
			if (!result.has(slug) && date) result.set(slug, new Date(date).toISOString());
		}
	} catch {}
	for (const name of readdirSync(eventsDir)) {
		const slug = name.replace(/\.mdx?$/, "");
		if (slug !== name && !result.has(slug)) result.set(slug, statSync(join(eventsDir, name)).mtime.toISOString());
	}
	return result;
}
// src/lib/data-out/atom.ts
/** The entries most recently changed first (ties by title), at most `limit` of them. */
function recentEntries(entries, limit = 20) {
	return [...entries].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || a.title.localeCompare(b.title, "en")).slice(0, limit);
}
/** An Atom 1.0 feed (RFC 4287) of recently changed entries. */
function atomFeed(info, entries) {
	const updated = entries.length ? entries.map((e) => e.updated).reduce((a, b) => Date.parse(a) >= Date.parse(b) ? a : b) : (/* @__PURE__ */ new Date(0)).toISOString();
	const items = entries.map((entry) => [
		"  <entry>",
		`    <title>${escapeMarkup(entry.title)}</title>`,
		`    <link rel="alternate" type="text/html" href="${escapeMarkup(entry.url)}"/>`,
		`    <id>${escapeMarkup(entry.url)}</id>`,
		`    <updated>${entry.updated}</updated>`,
		`    <summary>${escapeMarkup(entry.summary)}</summary>`,
		"  </entry>"
	].join("\n"));
	return [
		"<?xml version=\"1.0\" encoding=\"utf-8\"?>",
		"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">",
		`  <title>${escapeMarkup(info.title)}</title>`,
		`  <subtitle>${escapeMarkup(info.subtitle)}</subtitle>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeMarkup(info.feedUrl)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeMarkup(info.siteUrl)}"/>`,
		`  <id>${escapeMarkup(info.feedUrl)}</id>`,
		`  <updated>${updated}</updated>`,
		`  <author><name>${escapeMarkup(info.author)}</name></author>`,
		...items,
		"</feed>",
		""
	].join("\n");
}
// src/pages/[feed].atom.ts
var _feed__atom_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = (() => siteAddress() ? [{ params: { feed: "feed" } }] : []);
/** /feed.atom: the 20 most recently changed entries, by the date of their last commit. */
var GET = async ({ site }) => {
	const root = siteRoot(site);
	const changed = lastChanged(contentDir());
	const entries = (await getEvents()).map((event) => ({
		title: event.title,
		summary: event.entry.data.summary,
		url: new URL(`events/${event.slug}/`, root).href,
		updated: changed.get(event.slug) ?? (/* @__PURE__ */ new Date(0)).toISOString()
	}));
	const xml = atomFeed({
		title: "Northeast Asia 1895–1948: recently changed entries",
		subtitle: "New and revised entries of the timeline.",
		feedUrl: new URL("feed.atom", root).href,
		siteUrl: root,
		author: "Northeast Asia 1895–1948 contributors"
	}, recentEntries(entries, 20));
	return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/[feed].atom@_@ts
var page = () => _feed__atom_exports;
export { page };
