// src/lib/browse/tags.ts
/** A tag as a reader reads it: "border-war" → "border war". */
function tagLabel(tag) {
	return tag.replace(/-/g, " ");
}
/** Every tag used by the items, with its count, in alphabetical order of its label. */
function countTags(items) {
	const counts = /* @__PURE__ */ new Map();
	for (const item of items) for (const tag of new Set(item.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	return [...counts].map(([tag, count]) => ({
		tag,
		label: tagLabel(tag),
		count
	})).sort((a, b) => a.label.localeCompare(b.label, "en"));
}
export { tagLabel as n, countTags as t };
