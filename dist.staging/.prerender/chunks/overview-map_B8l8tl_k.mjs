import { a as extentPolygon, o as fitWorld, r as fitProjection, s as roundToTenth } from "./world_HyDiZb3P.mjs";
import { geoDistance, geoEqualEarth, geoGraticule10, geoPath } from "d3-geo";
// src/lib/geo/overview-map.ts
/** Named defaults: map sizes in map units, label size, and the radius (degrees) of the region. */
var OVERVIEW_DEFAULTS = {
	width: 960,
	height: 720,
	worldWidth: 960,
	fontSize: 14,
	regionRadius: 20
};
var RAD = 180 / Math.PI;
var CHAR_WIDTH = .56;
var MARKER_RADIUS = 5;
/** The world map's margin, and the points a side when the regional map's frame is traced on it. */
var WORLD_MARGIN = 8;
var EXTENT_STEPS = 12;
/** The places within `radius` degrees of the place that has the most others within that radius. */
function densestRegion(places, radius) {
	let best = [];
	for (const centre of places) {
		const near = places.filter((p) => geoDistance([centre.longitude, centre.latitude], [p.longitude, p.latitude]) * RAD <= radius);
		if (near.length > best.length) best = near;
	}
	return best;
}
var overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/**
* Labels for markers, most important first: each takes the first of eight positions around its
* marker that stays inside the map and clear of every marker and label placed so far, or none.
*/
function placeLabels(markers, size, reserved = []) {
	const { width, height, fontSize } = size;
	const markerBoxes = markers.map((m) => ({
		slug: m.slug,
		box: {
			x: m.x - MARKER_RADIUS,
			y: m.y - MARKER_RADIUS,
			width: 10,
			height: 10
		}
	}));
	const taken = [...reserved];
	const labels = [];
	const order = [...markers].sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name, "en"));
	for (const marker of order) {
		const w = [...marker.name].length * fontSize * CHAR_WIDTH;
		const h = fontSize * 1.2;
		const d = 9;
		const fit = [
			{
				box: {
					x: marker.x + d,
					y: marker.y - h / 2,
					width: w,
					height: h
				},
				x: marker.x + d,
				y: marker.y + fontSize * .35,
				anchor: "start"
			},
			{
				box: {
					x: marker.x - d - w,
					y: marker.y - h / 2,
					width: w,
					height: h
				},
				x: marker.x - d,
				y: marker.y + fontSize * .35,
				anchor: "end"
			},
			{
				box: {
					x: marker.x - w / 2,
					y: marker.y - d - h,
					width: w,
					height: h
				},
				x: marker.x,
				y: marker.y - d - fontSize * .25,
				anchor: "middle"
			},
			{
				box: {
					x: marker.x - w / 2,
					y: marker.y + d,
					width: w,
					height: h
				},
				x: marker.x,
				y: marker.y + d + fontSize * .9,
				anchor: "middle"
			},
			{
				box: {
					x: marker.x + d * .7,
					y: marker.y - d * .7 - h,
					width: w,
					height: h
				},
				x: marker.x + d * .7,
				y: marker.y - d * .7 - fontSize * .25,
				anchor: "start"
			},
			{
				box: {
					x: marker.x + d * .7,
					y: marker.y + d * .7,
					width: w,
					height: h
				},
				x: marker.x + d * .7,
				y: marker.y + d * .7 + fontSize * .9,
				anchor: "start"
			},
			{
				box: {
					x: marker.x - d * .7 - w,
					y: marker.y - d * .7 - h,
					width: w,
					height: h
				},
				x: marker.x - d * .7,
				y: marker.y - d * .7 - fontSize * .25,
				anchor: "end"
			},
			{
				box: {
					x: marker.x - d * .7 - w,
					y: marker.y + d * .7,
					width: w,
					height: h
				},
				x: marker.x - d * .7,
				y: marker.y + d * .7 + fontSize * .9,
				anchor: "end"
			}
		].find(({ box }) => box.x >= 2 && box.y >= 2 && box.x + box.width <= width - 2 && box.y + box.height <= height - 2 && !taken.some((t) => overlaps(t, box)) && !markerBoxes.some((m) => m.slug !== marker.slug && overlaps(m.box, box)));
		if (!fit) continue;
		taken.push(fit.box);
		labels.push({
			slug: marker.slug,
			text: marker.name,
			x: roundToTenth(fit.x),
			y: roundToTenth(fit.y),
			anchor: fit.anchor
		});
	}
	return labels;
}
function markersFor(places, projection, width, height) {
	return places.flatMap((place) => {
		const point = projection([place.longitude, place.latitude]);
		if (!point || point[0] < 0 || point[1] < 0 || point[0] > width || point[1] > height) return [];
		return [{
			slug: place.slug,
			name: place.name,
			x: roundToTenth(point[0]),
			y: roundToTenth(point[1]),
			priority: place.events
		}];
	});
}
/** Lays out the regional map (detailed coastlines) and the world map (coarse) of all places. */
function layoutOverviewMaps(places, detailed, coarse, options = {}) {
	const { width, height, worldWidth, fontSize, regionRadius } = {
		...OVERVIEW_DEFAULTS,
		...options
	};
	const region = places.length ? densestRegion(places, regionRadius) : [];
	let regional = null;
	let regionalProjection = null;
	if (region.length >= 2) {
		const { projection } = fitProjection(region, {
			width,
			height,
			minRadius: 0
		});
		const margin = fontSize * 3;
		projection.fitExtent([[margin * 2, margin], [width - margin * 2, height - margin]], {
			type: "MultiPoint",
			coordinates: region.map((p) => [p.longitude, p.latitude])
		});
		projection.clipExtent([[0, 0], [width, height]]);
		regionalProjection = projection;
		const path = geoPath(projection).digits(1);
		const markers = markersFor(places, projection, width, height);
		regional = {
			width,
			height,
			land: path(detailed.land) ?? "",
			graticule: path(geoGraticule10()) ?? "",
			sphere: "",
			markers: markers.map(({ priority: _, ...m }) => m),
			labels: placeLabels(markers, {
				width,
				height,
				fontSize
			}),
			extent: "",
			extentLabel: null
		};
	}
	const centre = regionalProjection?.invert?.([width / 2, height / 2]) ?? [0, 0];
	const projection = geoEqualEarth().rotate([-(centre[0] - 30), 0]);
	const worldHeight = fitWorld(projection, worldWidth, WORLD_MARGIN);
	const path = geoPath(projection).digits(1);
	const inRegion = new Set(regional ? regional.markers.map((m) => m.slug) : []);
	const markers = markersFor(places.filter((p) => !inRegion.has(p.slug)), projection, worldWidth, worldHeight);
	const area = regionalProjection ? extentPolygon(regionalProjection, width, height, EXTENT_STEPS) : null;
	const bounds = area ? path.bounds(area) : null;
	const reserved = bounds ? [{
		x: bounds[0][0],
		y: bounds[0][1],
		width: bounds[1][0] - bounds[0][0],
		height: bounds[1][1] - bounds[0][1] + fontSize * 1.6
	}] : [];
	const world = {
		width: worldWidth,
		height: worldHeight,
		land: path(coarse.land) ?? "",
		graticule: path(geoGraticule10()) ?? "",
		sphere: path({ type: "Sphere" }) ?? "",
		markers: markers.map(({ priority: _, ...m }) => m),
		labels: placeLabels(markers, {
			width: worldWidth,
			height: worldHeight,
			fontSize
		}, reserved),
		extent: area ? path(area) ?? "" : "",
		extentLabel: bounds ? {
			x: roundToTenth((bounds[0][0] + bounds[1][0]) / 2),
			y: roundToTenth(bounds[1][1] + fontSize * 1.2)
		} : null
	};
	return {
		regional,
		world,
		regionalPlaces: [...inRegion]
	};
}
export { layoutOverviewMaps as n, placeLabels as r, densestRegion as t };
