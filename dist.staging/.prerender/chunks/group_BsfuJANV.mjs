import { i as eraNoteFor, n as eraAt } from "./japanese-eras_CEQFp0XY.mjs";
// src/lib/browse/group.ts
/** The decade of an astronomical year: 1939 → 1930s; -43 (44 BCE) → 40s BCE. */
function decadeOf(year) {
	if (year > 0) {
		const decade = Math.floor(year / 10) * 10;
		return {
			id: `decade-${decade}s`,
			label: `${decade}s`
		};
	}
	const decade = Math.floor((1 - year) / 10) * 10;
	return {
		id: `decade-${decade}s-bce`,
		label: `${decade}s BCE`
	};
}
/** The year an item is filed under: the year of its start, or of its end when the start is open. */
function startYear(item) {
	return (item.date.start ?? item.date.end).year;
}
/**
* Groups items that are already in chronological order by era (of their first day) and then
* by decade. A decade cut by an era boundary (the 1910s: Meiji, then Taishō) appears in both.
*/
function groupByEraAndDecade(items) {
	const groups = [];
	for (const item of items) {
		const era = eraAt(item.date.earliest);
		let group = groups.at(-1);
		if (!group || group.era.id !== era.id) {
			group = {
				era,
				id: `era-${era.id}`,
				decades: [],
				count: 0,
				note: null
			};
			groups.push(group);
		}
		const decade = decadeOf(startYear(item));
		let bucket = group.decades.at(-1);
		if (!bucket || bucket.label !== decade.label) {
			bucket = {
				id: groups.some((g) => g !== group && g.decades.some((d) => d.id === decade.id)) ? `${decade.id}-${era.id}` : decade.id,
				label: decade.label,
				items: []
			};
			group.decades.push(bucket);
		}
		bucket.items.push(item);
		group.count += 1;
	}
	for (const group of groups) group.note = eraNoteFor(group.era, group.decades.flatMap((d) => d.items.map((item) => item.date.earliest)));
	return groups;
}
export { groupByEraAndDecade as t };
