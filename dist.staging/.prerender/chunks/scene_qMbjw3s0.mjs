import { r as describeCertainty } from "./timeline_hHwyLc19.mjs";
import { r as formatYear } from "./format_DgQ2d2fN.mjs";
import { m as utcDay$1 } from "./content_qShtQhSW.mjs";
import { r as eraEnd, t as ERAS } from "./japanese-eras_CEQFp0XY.mjs";
import { utcDay, utcMonth, utcYear } from "d3-time";
// src/lib/timeline/layout.ts
/** Sensible defaults for a wide screen. */
var DEFAULT_LAYOUT = {
	orientation: "horizontal",
	laneCount: 6,
	rowsPerLane: 3,
	rowHeight: 26,
	markRadius: 6,
	minBarPx: 24,
	clusterGapPx: 24,
	clusterRadius: 12,
	laneHeaderPx: 14,
	columnWidthPx: 16,
	labelCharPx: 7,
	labelLineHeightPx: 22,
	labelMaxChars: 38,
	shortLabelChars: 18,
	gapPx: 8
};
/** Shortens a title to a label, at a word boundary. */
function shortLabel(title, maxChars) {
	if (title.length <= maxChars) return title;
	const cut = title.slice(0, maxChars - 1);
	if (title[maxChars - 1] === " ") return `${cut.replace(/[\s,:;–-]+$/, "")}…`;
	const space = cut.lastIndexOf(" ");
	return `${cut.slice(0, space > maxChars / 2 ? space : cut.length).replace(/[\s,:;–-]+$/, "")}…`;
}
function labelExtent(label, options) {
	return options.orientation === "horizontal" ? label.length * options.labelCharPx : options.labelLineHeightPx;
}
/** Points and bars of one lane, with near-coincident points gathered into clusters. */
function placeablesOf(items, toPx, options) {
	const out = [];
	const { minBarPx, clusterGapPx } = options;
	let group = [];
	let first = 0;
	let last = 0;
	for (let i = 0; i <= items.length; i++) {
		const item = items[i];
		let a = 0;
		let b = 0;
		if (item) {
			a = toPx(item.start);
			b = toPx(item.end);
			if (b - a >= minBarPx) {
				out.push({
					type: "mark",
					kind: "bar",
					item,
					pos: a,
					pos2: b
				});
				continue;
			}
		}
		const centre = (a + b) / 2;
		if (item && group.length && centre - last < clusterGapPx && centre - first <= 2 * clusterGapPx) {
			group.push(item);
			last = centre;
			continue;
		}
		if (group.length === 1) out.push({
			type: "mark",
			kind: "point",
			item: group[0],
			pos: first,
			pos2: first
		});
		else if (group.length > 1) {
			const pos = (first + last) / 2;
			out.push({
				type: "cluster",
				items: group,
				pos,
				pos2: pos
			});
		}
		if (item) {
			group = [item];
			first = last = centre;
		}
	}
	return out.sort((p, q) => p.pos - q.pos);
}
function clusterOf(items, pos, lane, row, labelled, labelSide) {
	return {
		key: `${lane}:${items[0].slug}:${items.length}`,
		pos,
		lane,
		row,
		count: items.length,
		start: items.reduce((min, i) => Math.min(min, i.start), Infinity),
		end: items.reduce((max, i) => Math.max(max, i.end), -Infinity),
		slugs: items.map((i) => i.slug),
		labelled,
		label: items.length === 1 ? "1 event" : `${items.length} events`,
		labelSide
	};
}
/**
* A cluster holding a point or cluster already placed and `placeable` too. A cluster grows in
* place (a dense view merges thousands of events one by one; copying would be quadratic).
*/
function mergeIntoCluster(existing, placeable, lane, row, pos = (existing.pos + placeable.pos) / 2) {
	const added = placeable.type === "mark" ? [placeable.item] : placeable.items;
	const cluster = "item" in existing ? clusterOf([existing.item], existing.pos, lane, row, false, "after") : existing;
	for (const item of added) {
		cluster.slugs.push(item.slug);
		if (item.start < cluster.start) cluster.start = item.start;
		if (item.end > cluster.end) cluster.end = item.end;
	}
	cluster.count = cluster.slugs.length;
	cluster.key = `${lane}:${cluster.slugs[0]}:${cluster.count}`;
	cluster.label = `${cluster.count} events`;
	cluster.pos = pos;
	cluster.labelled = false;
	cluster.labelSide = "after";
	return cluster;
}
/** The stretch of the time axis a label covers, in its row (horizontal) or its column of labels (vertical). */
function labelSpan(element, options) {
	const radius = "item" in element ? options.markRadius : options.clusterRadius;
	const pos2 = "item" in element ? element.pos2 : element.pos;
	const width = labelExtent(element.label, options);
	if (options.orientation === "vertical") {
		const centre = "item" in element && element.kind === "bar" ? element.pos + options.labelLineHeightPx / 2 : element.pos;
		return [centre - width / 2, centre + width / 2];
	}
	if (element.labelSide === "inside") return [element.pos, element.pos];
	if (element.labelSide === "before") return [element.pos - radius - options.gapPx / 2 - width, element.pos - radius];
	const start = Math.max(pos2, element.pos + radius) + options.gapPx / 2;
	return [start, start + width];
}
/** The focused event always shows its label; labels in its way give way instead. */
function labelFocused(slug, marks, clusters, options, limit) {
	const focused = marks.find((m) => m.item.slug === slug);
	if (!focused || focused.labelled) return;
	focused.labelled = true;
	if (options.orientation === "horizontal") focused.labelSide = Math.max(focused.pos2, focused.pos + options.markRadius) + options.gapPx / 2 + labelExtent(focused.label, options) <= limit ? "after" : "before";
	const [from, to] = labelSpan(focused, options);
	const sameLine = (other) => options.orientation === "vertical" || other.lane === focused.lane && other.row === focused.row;
	for (const other of [...marks, ...clusters]) {
		if (other === focused || !other.labelled || !sameLine(other)) continue;
		const [a, b] = labelSpan(other, options);
		if (a < to && from < b) other.labelled = false;
	}
}
/** The stretch of the time axis an element's body covers. */
function bodySpan(element, options) {
	if ("item" in element) return [element.pos - options.markRadius, Math.max(element.pos2, element.pos + options.markRadius)];
	return [element.pos - options.clusterRadius, element.pos + options.clusterRadius];
}
/**
* First pass: puts every body in a row, before any label. A bar takes a row that is free
* along its whole length; a point or cluster takes a row free of other points and clusters,
* over a bar if it must (a bar that outlasts the window must not hide the events within it).
* Each goes to the row that has been free the longest, which spreads marks out and leaves room
* for labels. What finds no row joins the nearest cluster, or point, of the lane; a bar with
* none to join starts a cluster where it enters the window. So a row holds at most one body per
* few pixels, whatever the number of events.
*/
function placeBodies(placeables, lane, options, limit, out) {
	const rows = options.rowsPerLane;
	const pointEnds = new Array(rows).fill(-Infinity);
	const barEnds = new Array(rows).fill(-Infinity);
	const lastPoint = new Array(rows).fill(null);
	const { gapPx } = options;
	const place = (placed, row, end) => {
		out.push(placed);
		if ("kind" in placed && placed.kind === "bar") barEnds[row] = end;
		else {
			pointEnds[row] = end;
			lastPoint[row] = placed;
		}
	};
	for (const placeable of placeables) {
		const isBar = placeable.type === "mark" && placeable.kind === "bar";
		const radius = placeable.type === "cluster" ? options.clusterRadius : options.markRadius;
		const bodyStart = placeable.pos - radius;
		const bodyEnd = Math.max(placeable.pos2, placeable.pos + radius);
		let row = -1;
		let rowEnd = Infinity;
		for (let r = 0; r < rows; r++) {
			const pointFree = pointEnds[r] + gapPx <= bodyStart;
			const barFree = barEnds[r] + gapPx <= bodyStart;
			if (!pointFree || isBar && !barFree) continue;
			const end = (barFree ? 0 : 0xe8d4a51000) + Math.max(pointEnds[r], barFree ? barEnds[r] : -Infinity);
			if (row === -1 || end < rowEnd) [row, rowEnd] = [r, end];
		}
		if (row !== -1) {
			place(placeable.type === "mark" ? {
				kind: placeable.kind,
				item: placeable.item,
				pos: placeable.pos,
				pos2: placeable.pos2,
				lane,
				row,
				labelled: false,
				label: shortLabel(placeable.item.title, options.labelMaxChars),
				labelSide: "after"
			} : clusterOf(placeable.items, placeable.pos, lane, row, false, "after"), row, bodyEnd);
			continue;
		}
		let target = -1;
		for (let r = 0; r < rows; r++) if (lastPoint[r] && (target === -1 || pointEnds[r] > pointEnds[target])) target = r;
		if (target !== -1) {
			const existing = lastPoint[target];
			const merged = mergeIntoCluster(existing, placeable, lane, target, isBar ? existing.pos : (existing.pos + placeable.pos) / 2);
			if (merged !== existing) out[out.lastIndexOf(existing)] = merged;
			lastPoint[target] = merged;
			pointEnds[target] = Math.max(pointEnds[target], merged.pos + options.clusterRadius);
			continue;
		}
		row = barEnds.indexOf(Math.min(...barEnds));
		const at = Math.min(Math.max(placeable.pos, options.clusterRadius), limit - options.clusterRadius);
		place(clusterOf(placeable.type === "mark" ? [placeable.item] : placeable.items, at, lane, row, false, "after"), row, at + options.clusterRadius);
	}
}
/**
* What is taken along one row, pixel by pixel: a count per pixel of the bodies and labels
* that cover it, each widened by a quarter gap on both sides (so two things that do not
* touch here are at least half a gap apart). Checking a label is then a scan of its own
* width, however many marks the row holds.
*/
var RowOccupancy = class {
	cells;
	margin;
	constructor(length, margin) {
		this.cells = new Uint16Array(Math.max(1, Math.ceil(length) + 1));
		this.margin = margin;
	}
	range(a, b) {
		return [Math.max(0, Math.floor(a - this.margin)), Math.min(this.cells.length, Math.ceil(b + this.margin))];
	}
	add([a, b], by = 1) {
		const [from, to] = this.range(a, b);
		for (let i = from; i < to; i++) this.cells[i] += by;
	}
	isFree(a, b) {
		const [from, to] = this.range(a, b);
		for (let i = from; i < to; i++) if (this.cells[i]) return false;
		return true;
	}
};
/**
* Second pass: gives labels to as many marks as fit, the focused event first, then in time
* order; a label goes after its mark, before it, or over a long bar, in full or shortened,
* wherever it touches no body and no other label in its row.
*/
function placeLabels(elements, options, limit, focus) {
	const rows = /* @__PURE__ */ new Map();
	const rowOf = (row) => {
		let occupancy = rows.get(row);
		if (!occupancy) rows.set(row, occupancy = new RowOccupancy(limit, options.gapPx / 4));
		return occupancy;
	};
	for (const element of elements) rowOf(element.row).add(bodySpan(element, options));
	const ordered = [...elements].sort((p, q) => Number("item" in q && q.item.slug === focus) - Number("item" in p && p.item.slug === focus) || p.pos - q.pos);
	for (const element of ordered) {
		const own = bodySpan(element, options);
		const occupancy = rowOf(element.row);
		const labels = "item" in element ? [element.label, shortLabel(element.item.title, options.shortLabelChars)] : [element.label];
		const isBar = "item" in element && element.kind === "bar";
		occupancy.add(own, -1);
		search: for (const label of [...new Set(labels)]) {
			const width = labelExtent(label, options);
			const candidates = [];
			const insideFrom = Math.max(element.pos, 0) + 4 + ("item" in element && element.item.fuzzyStart && element.pos >= 0 ? 24 : 0);
			const insideTo = Math.min(own[1], limit) - 4 - ("item" in element && element.item.fuzzyEnd && own[1] <= limit ? 24 : 0);
			if (isBar && insideTo - insideFrom >= width) candidates.push([
				"inside",
				insideFrom,
				insideFrom + width
			]);
			candidates.push([
				"after",
				own[1] + options.gapPx / 2,
				own[1] + options.gapPx / 2 + width
			]);
			candidates.push([
				"before",
				own[0] - options.gapPx / 2 - width,
				own[0] - options.gapPx / 2
			]);
			for (const [side, a, b] of candidates) {
				if (a < 0 || b > limit || !occupancy.isFree(a, b)) continue;
				element.label = label;
				element.labelSide = side;
				element.labelled = true;
				if (side === "inside" && "item" in element) element.labelStart = a;
				occupancy.add([a, b]);
				break search;
			}
		}
		occupancy.add(own);
	}
}
/**
* The narrow-screen layout: time runs down the page; marks take the first free of a few
* thin columns, and labels share one column to their right, each on its own line.
*/
function packColumn(placeables, options, marks, clusters) {
	const columns = options.rowsPerLane;
	const columnEnds = new Array(columns).fill(-Infinity);
	const columnLast = new Array(columns).fill(null);
	let labelEnd = -Infinity;
	for (const placeable of placeables) {
		const radius = placeable.type === "cluster" ? options.clusterRadius : options.markRadius;
		const bodyStart = placeable.pos - radius;
		const bodyEnd = Math.max(placeable.pos2, placeable.pos + radius);
		let column = columnEnds.findIndex((end) => end + options.gapPx / 2 <= bodyStart);
		if (column === -1) {
			const target = columnLast.findIndex((last) => last !== null && !("kind" in last && last.kind === "bar"));
			if (target !== -1) {
				const existing = columnLast[target];
				const merged = mergeIntoCluster(existing, placeable, 0, target);
				if ("item" in existing) {
					marks.splice(marks.lastIndexOf(existing), 1);
					clusters.push(merged);
				}
				columnLast[target] = merged;
				columnEnds[target] = Math.max(columnEnds[target], merged.pos + options.clusterRadius);
				continue;
			}
		}
		const overflow = column === -1;
		if (overflow) column = columnEnds.indexOf(Math.min(...columnEnds));
		const labelCentre = placeable.pos + (placeable.type === "mark" && placeable.kind === "bar" ? options.labelLineHeightPx / 2 : 0);
		const labelled = labelEnd + 2 <= labelCentre - options.labelLineHeightPx / 2;
		if (labelled) labelEnd = labelCentre + options.labelLineHeightPx / 2;
		const placed = placeable.type === "mark" && !overflow ? {
			kind: placeable.kind,
			item: placeable.item,
			pos: placeable.pos,
			pos2: placeable.pos2,
			lane: 0,
			row: column,
			labelled,
			label: shortLabel(placeable.item.title, options.labelMaxChars),
			labelSide: "after"
		} : clusterOf(placeable.type === "mark" ? [placeable.item] : placeable.items, placeable.pos, 0, column, labelled, "after");
		if ("item" in placed) marks.push(placed);
		else clusters.push(placed);
		columnEnds[column] = Math.max(columnEnds[column], overflow ? placeable.pos + options.clusterRadius : bodyEnd);
		columnLast[column] = placed;
	}
}
/**
* Lays out the events of a time window: which are points, bars or clusters, and in which
* lane and row, with labels packed so that they never overlap. A pure function of the items
* (sorted by start), the time→pixel mapping, the visible time window and the sizes.
*/
function layoutTimeline(items, toPx, window, options = DEFAULT_LAYOUT, include = () => true, focus) {
	const laneCount = options.orientation === "vertical" ? 1 : options.laneCount;
	const byLane = Array.from({ length: laneCount }, () => []);
	for (const item of items) {
		if (item.end < window.start || item.start > window.end || !include(item)) continue;
		byLane[options.orientation === "vertical" ? 0 : Math.min(item.lane, laneCount - 1)].push(item);
	}
	const marks = [];
	const clusters = [];
	let visibleCount = 0;
	const limit = toPx(window.end);
	if (!(options.orientation === "horizontal")) {
		const column = byLane[0];
		visibleCount = column.length;
		packColumn(placeablesOf(column, toPx, options), options, marks, clusters);
		if (focus) labelFocused(focus, marks, clusters, options, limit);
		const hidden = marks.filter((m) => !m.labelled).length + clusters.filter((c) => !c.labelled).length;
		return {
			marks,
			clusters,
			visibleCount,
			hiddenLabels: hidden
		};
	}
	byLane.forEach((laneItems, lane) => {
		visibleCount += laneItems.length;
		const laneMarks = [];
		placeBodies(placeablesOf(laneItems, toPx, options), lane, options, limit, laneMarks);
		for (const element of laneMarks) if ("item" in element) marks.push(element);
		else clusters.push(element);
		placeLabels(laneMarks, options, limit, focus);
	});
	if (focus) labelFocused(focus, marks, clusters, options, limit);
	const hiddenLabels = marks.filter((m) => !m.labelled).length + clusters.filter((c) => !c.labelled).length;
	return {
		marks,
		clusters,
		visibleCount,
		hiddenLabels
	};
}
/** Where a mark sits across the time axis (its row's centre line), in pixels from the top of the lanes. */
function crossPosition(lane, row, options) {
	if (options.orientation === "vertical") return row * options.columnWidthPx + options.columnWidthPx / 2;
	return lane * laneSize(options) + options.laneHeaderPx + row * options.rowHeight + options.rowHeight / 2;
}
/** The height of one lane (its name and its rows) in the horizontal timeline. */
function laneSize(options) {
	return options.orientation === "vertical" ? options.rowsPerLane * options.columnWidthPx : options.laneHeaderPx + options.rowsPerLane * options.rowHeight;
}
// src/lib/timeline/ticks.ts
var MONTHS_SHORT = [
	"Jan",
	"Feb",
	"Mar",
	"Apr",
	"May",
	"Jun",
	"Jul",
	"Aug",
	"Sep",
	"Oct",
	"Nov",
	"Dec"
];
var DAY = 864e5;
var STEPS = [
	{
		level: "days",
		interval: utcDay,
		approxMs: DAY
	},
	{
		level: "days",
		interval: utcDay.every(2),
		approxMs: 2 * DAY
	},
	{
		level: "days",
		interval: utcDay.filter((d) => [
			1,
			8,
			15,
			22
		].includes(d.getUTCDate())),
		approxMs: 7.5 * DAY
	},
	{
		level: "days",
		interval: utcDay.filter((d) => [1, 15].includes(d.getUTCDate())),
		approxMs: 15 * DAY
	},
	{
		level: "months",
		interval: utcMonth,
		approxMs: 30.4 * DAY
	},
	{
		level: "months",
		interval: utcMonth.every(3),
		approxMs: 91 * DAY
	},
	{
		level: "months",
		interval: utcMonth.every(6),
		approxMs: 182 * DAY
	},
	{
		level: "years",
		interval: utcYear,
		approxMs: 365.2 * DAY
	},
	{
		level: "years",
		interval: utcYear.every(2),
		approxMs: 730 * DAY
	},
	{
		level: "years",
		interval: utcYear.every(5),
		approxMs: 1826 * DAY
	},
	{
		level: "decades",
		interval: utcYear.every(10),
		approxMs: 3652 * DAY
	},
	{
		level: "decades",
		interval: utcYear.every(20),
		approxMs: 7305 * DAY
	},
	{
		level: "decades",
		interval: utcYear.every(50),
		approxMs: 18262 * DAY
	},
	{
		level: "decades",
		interval: utcYear.every(100),
		approxMs: 36524 * DAY
	}
];
function label(date, level) {
	const year = formatYear(date.getUTCFullYear());
	const month = date.getUTCMonth();
	if (level === "decades" || level === "years") return {
		label: year,
		major: level === "decades" || date.getUTCFullYear() % 10 === 0
	};
	if (level === "months") return month === 0 ? {
		label: year,
		major: true
	} : {
		label: MONTHS_SHORT[month],
		major: false
	};
	const day = date.getUTCDate();
	return day === 1 ? {
		label: `${MONTHS_SHORT[month]} ${year}`,
		major: true
	} : {
		label: `${day} ${MONTHS_SHORT[month]}`,
		major: false
	};
}
/**
* Ticks for a time window drawn `lengthPx` long: the finest division whose labels still
* have `minSpacingPx` each, from decades down to single days.
*/
function axisTicks(start, end, lengthPx, minSpacingPx = 72) {
	const msPerPx = (end - start) / Math.max(lengthPx, 1);
	const step = STEPS.find((s) => s.approxMs / msPerPx >= minSpacingPx) ?? STEPS[STEPS.length - 1];
	const ticks = step.interval.range(new Date(start), new Date(end + 1)).map((date) => ({
		time: date.getTime(),
		...label(date, step.level)
	}));
	return {
		level: step.level,
		ticks
	};
}
// src/lib/timeline/eras.ts
var endOf = (year, month, day) => utcDay$1(year, month, day + 1) - 1;
/** Japanese reign periods and the world wars, the frames that readers of the sources use. */
var ERA_BANDS = [
	...ERAS.filter((era) => Number.isFinite(era.start)).map((era) => ({
		id: era.id,
		label: era.name,
		kind: "reign",
		start: era.start,
		end: eraEnd(era)
	})),
	{
		id: "ww1",
		label: "First World War",
		kind: "war",
		start: utcDay$1(1914, 7, 28),
		end: endOf(1918, 11, 11)
	},
	{
		id: "ww2",
		label: "Second World War",
		kind: "war",
		start: utcDay$1(1939, 9, 1),
		end: endOf(1945, 9, 2)
	}
];
// src/lib/timeline/scene.ts
/** Fixed sizes of the parts around the marks. */
var FRAME = {
	eraStrip: 18,
	axis: 30,
	/** Vertical layout: the axis column's width on the left. */
	verticalAxis: 64,
	/** An era's name: this far into its band, on this baseline from the top of its strip. */
	eraLabelInset: 4,
	eraLabelBaseline: 13,
	/** A lane's name: this far from the left, on this baseline from the top of the lane. */
	laneLabelInset: 4,
	laneLabelBaseline: 12,
	/** A tick's label: its baseline this far above the bottom (horizontal), or below the tick (vertical). */
	tickLabelFromBottom: 12,
	tickLabelBelow: 4,
	tickLabelInset: 4
};
/** Fixed sizes of a mark's parts. */
var MARK = {
	/** The side of the square every mark can be hit in (WCAG 2.5.8: at least 24 px), however small it is. */
	hitPx: 24,
	/** How far a bar's hit area reaches past its ends. */
	barHitOverhangPx: 6,
	barThicknessPx: 12,
	barCornerPx: 3,
	/** The arrow at an open end: how far it reaches past the bar, and its half-height. */
	openArrowLengthPx: 9,
	openArrowHalfPx: 7,
	/** Fraction of a bar's length its faded (uncertain) end may take, up to FADE_PX. */
	fadeShare: .25
};
/** The years a span of time covers, as the timeline names them: "1937" or "1894–1950". */
function yearSpan(start, end) {
	const a = formatYear(new Date(start).getUTCFullYear());
	const b = formatYear(new Date(end).getUTCFullYear());
	return a === b ? a : `${a}–${b}`;
}
/** A box along the time axis (`from`, `length`) and centred across it (`across` thick), in the orientation's x and y. */
function alongBox(horizontal, from, length, across) {
	return horizontal ? {
		x: from,
		y: -across / 2,
		width: length,
		height: across
	} : {
		x: -across / 2,
		y: from,
		width: across,
		height: length
	};
}
/** A mark's parts relative to its position: hit area, dot or bar, faded ends, open-end arrow, label. */
function markParts(kind, item, barLength, horizontal, dotRadius, label) {
	if (kind === "point") return {
		hit: alongBox(horizontal, -MARK.hitPx / 2, MARK.hitPx, MARK.hitPx),
		dot: dotRadius,
		label
	};
	const length = Math.max(2, barLength);
	const fuzz = Math.min(24, length * MARK.fadeShare);
	const parts = {
		hit: alongBox(horizontal, -MARK.barHitOverhangPx, length + 2 * MARK.barHitOverhangPx, MARK.hitPx),
		bar: {
			...alongBox(horizontal, 0, length, MARK.barThicknessPx),
			corner: MARK.barCornerPx
		},
		label
	};
	if (item.fuzzyStart) parts.fuzzStart = alongBox(horizontal, 0, fuzz, MARK.barThicknessPx);
	if (item.fuzzyEnd) parts.fuzzEnd = alongBox(horizontal, length - fuzz, fuzz, MARK.barThicknessPx);
	if (item.openEnd) {
		const [tip, half] = [MARK.openArrowLengthPx, MARK.openArrowHalfPx];
		parts.open = horizontal ? [
			[length, -half],
			[length + tip, 0],
			[length, half]
		] : [
			[-half, length],
			[0, length + tip],
			[half, length]
		];
	}
	return parts;
}
/**
* Turns the events and a view into a scene: the pure step between layout and drawing, used
* both by the build (the HTML-first timeline) and by the browser, so both draw the same thing.
*/
function buildScene(items, laneLabels, geometry, crossSize, options, include, focus) {
	const { start, end, length, orientation } = geometry;
	const size = laneSize({
		...options,
		orientation
	});
	const k = length / (end - start);
	const toPx = (t) => (t - start) * k;
	const layout = layoutTimeline(items, toPx, {
		start,
		end
	}, {
		...options,
		orientation
	}, include, focus);
	const horizontal = orientation === "horizontal";
	const lanesTop = horizontal ? FRAME.eraStrip * 2 : 0;
	const crossOffset = horizontal ? lanesTop : FRAME.verticalAxis + 8;
	const at = (pos, cross) => horizontal ? {
		x: pos,
		y: cross
	} : {
		x: cross,
		y: pos
	};
	const verticalLabelX = crossOffset + laneSize({
		...options,
		orientation
	}) + options.gapPx;
	/** Where a label starts along the time axis, and which way it runs. */
	const labelAlong = (side, pos, pos2, radius) => {
		if (side === "inside") return {
			at: pos + 4,
			anchor: "start"
		};
		if (side === "before") return {
			at: pos - radius - options.gapPx / 2,
			anchor: "end"
		};
		return {
			at: Math.max(pos2, pos + radius) + options.gapPx / 2,
			anchor: "start"
		};
	};
	const marks = layout.marks.map((mark) => {
		const cross = crossOffset + crossPosition(mark.lane, mark.row, options);
		const p = at(mark.pos, cross);
		const along = mark.labelSide === "inside" && mark.labelStart !== void 0 ? {
			at: mark.labelStart,
			anchor: "start"
		} : labelAlong(mark.labelSide, mark.pos, mark.pos2, options.markRadius);
		const labelAt = horizontal ? {
			x: along.at,
			y: cross
		} : {
			x: verticalLabelX,
			y: mark.kind === "bar" ? mark.pos + options.labelLineHeightPx / 2 : mark.pos
		};
		const item = mark.item;
		const certainty = describeCertainty(item);
		const classes = [
			"tl-mark",
			`tl-mark--${mark.kind}`,
			`lane-${item.lane + 1}`,
			item.fuzzyStart ? "is-fuzzy-start" : "",
			item.fuzzyEnd ? "is-fuzzy-end" : "",
			item.openEnd ? "is-open-end" : "",
			mark.labelSide === "inside" && horizontal ? "has-inside-label" : "",
			focus !== void 0 && item.slug === focus ? "is-active" : ""
		].filter(Boolean).join(" ");
		return {
			key: item.slug,
			slug: item.slug,
			kind: mark.kind,
			x: p.x,
			y: p.y,
			end: mark.pos2,
			labelX: labelAt.x,
			labelY: labelAt.y,
			label: mark.label,
			labelled: mark.labelled,
			labelAnchor: horizontal ? along.anchor : "start",
			lane: item.lane,
			classes,
			ariaLabel: `${item.title}, ${item.dateText}${certainty ? ` (${certainty})` : ""}`,
			order: item.order,
			parts: markParts(mark.kind, item, mark.pos2 - mark.pos, horizontal, options.markRadius, {
				x: labelAt.x - p.x,
				y: labelAt.y - p.y
			})
		};
	});
	const clusters = layout.clusters.map((cluster) => {
		const cross = crossOffset + crossPosition(cluster.lane, cluster.row, options);
		const p = at(cluster.pos, cross);
		const along = labelAlong(cluster.labelSide, cluster.pos, cluster.pos, options.clusterRadius);
		const labelX = horizontal ? along.at : verticalLabelX;
		const labelY = horizontal ? cross : cluster.pos;
		return {
			key: cluster.key,
			x: p.x,
			y: p.y,
			count: cluster.count,
			label: cluster.label,
			labelX,
			labelY,
			labelled: cluster.labelled,
			labelAnchor: horizontal ? along.anchor : "start",
			lane: cluster.lane,
			ariaLabel: `${cluster.count === 1 ? "1 event" : `${cluster.count} events`}, ${yearSpan(cluster.start, cluster.end)}: ${cluster.end - cluster.start > end - start ? "zoom out to see them" : "zoom in to see them"}`,
			start: cluster.start,
			end: cluster.end,
			radius: options.clusterRadius,
			labelAt: {
				x: labelX - p.x,
				y: labelY - p.y
			}
		};
	});
	const width = horizontal ? length : crossSize;
	const height = horizontal ? lanesTop + laneLabels.length * size + FRAME.axis : length;
	const lanesEnd = horizontal ? height - FRAME.axis : height;
	return {
		orientation,
		width,
		height,
		marks,
		clusters,
		eras: ERA_BANDS.filter((era) => era.end >= start && era.start <= end).map((era) => {
			const from = Math.max(0, toPx(era.start));
			const to = Math.min(length, toPx(era.end));
			const reign = era.kind === "reign";
			const strip = horizontal ? reign ? 0 : FRAME.eraStrip : FRAME.verticalAxis - FRAME.eraStrip * (reign ? 2 : 1);
			const rect = horizontal ? {
				x: from,
				y: strip,
				width: Math.max(0, to - from),
				height: reign ? lanesEnd : FRAME.eraStrip
			} : {
				x: strip,
				y: from,
				width: FRAME.eraStrip,
				height: Math.max(0, to - from)
			};
			const text = horizontal ? {
				x: from + FRAME.eraLabelInset,
				y: strip + FRAME.eraLabelBaseline
			} : {
				x: strip + FRAME.eraLabelBaseline,
				y: from + FRAME.eraLabelInset,
				rotate: true
			};
			return {
				key: era.id,
				kind: era.kind,
				from,
				to,
				label: era.label,
				rect,
				text
			};
		}),
		ticks: axisTicks(start, end, length, horizontal ? 72 : 48).ticks.map((tick) => {
			const at = toPx(tick.time);
			return horizontal ? {
				...tick,
				at,
				line: {
					x1: at,
					y1: lanesTop,
					x2: at,
					y2: lanesEnd
				},
				text: {
					x: at,
					y: height - FRAME.tickLabelFromBottom
				}
			} : {
				...tick,
				at,
				line: {
					x1: FRAME.verticalAxis,
					y1: at,
					x2: width,
					y2: at
				},
				text: {
					x: FRAME.tickLabelInset,
					y: at + FRAME.tickLabelBelow
				}
			};
		}),
		lanes: (horizontal ? laneLabels : []).map((label, i) => {
			const from = crossOffset + i * size;
			return {
				key: `lane-${i}`,
				label,
				from,
				size,
				rect: {
					x: 0,
					y: from,
					width,
					height: size
				},
				text: {
					x: FRAME.laneLabelInset,
					y: from + FRAME.laneLabelBaseline
				}
			};
		}),
		layout
	};
}
export { DEFAULT_LAYOUT as i, buildScene as n, yearSpan as r, FRAME as t };
