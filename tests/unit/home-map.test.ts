import { describe, expect, test } from 'vitest';
import { countPlaces, describePlaces, markRadius, MARK_RADIUS } from '../../src/lib/timeline/places.ts';
import { homeMapAsLocator, layoutHomeMap } from '../../src/lib/geo/home-map.ts';
import { worldAtlas } from '../../src/lib/geo/world.ts';
import { parseView, serializeView } from '../../src/lib/timeline/view-state.ts';
import { matchesFilter, readFilterParams } from '../../src/lib/filter-query.ts';

const Y = (year: number) => Date.UTC(year, 0, 1);
const items = [
  { slug: 'a', start: Y(1904), end: Y(1905), places: ['port-arthur', 'mukden'] },
  { slug: 'b', start: Y(1918), end: Y(1922), places: ['vladivostok', 'chita'] },
  { slug: 'c', start: Y(1920), end: Y(1920), places: ['vladivostok'] },
  { slug: 'd', start: Y(1939), end: Y(1939), places: [] },
];

describe('places of a time window', () => {
  test('counts the events that overlap the window, per place', () => {
    expect([...countPlaces(items, { start: Y(1918), end: Y(1923) })]).toEqual([['vladivostok', 2], ['chita', 1]]);
    expect([...countPlaces(items, { start: Y(1900), end: Y(1950) })]).toEqual([['port-arthur', 1], ['mukden', 1], ['vladivostok', 2], ['chita', 1]]);
    expect(countPlaces(items, { start: Y(1930), end: Y(1940) }).size).toBe(0);
  });

  test('an event that only touches the window counts; `include` leaves events out', () => {
    expect(countPlaces(items, { start: Y(1905), end: Y(1910) }).get('mukden')).toBe(1);
    expect([...countPlaces(items, { start: Y(1900), end: Y(1950) }, (i) => i.slug !== 'b')]).toEqual([['port-arthur', 1], ['mukden', 1], ['vladivostok', 1]]);
  });

  test('a mark grows with the square root of its count, from the smallest to the largest radius', () => {
    expect(markRadius(0, 10)).toBe(0);
    expect(markRadius(1, 10)).toBe(MARK_RADIUS.min);
    expect(markRadius(10, 10)).toBe(MARK_RADIUS.max);
    expect(markRadius(1, 1)).toBe(MARK_RADIUS.min);
    expect(markRadius(4, 10)).toBeCloseTo(MARK_RADIUS.min + Math.sqrt(3 / 9) * (MARK_RADIUS.max - MARK_RADIUS.min), 1);
  });

  test('describes the set, busiest first, then by name, with a limit', () => {
    const names = { vladivostok: 'Vladivostok', chita: 'Chita', mukden: 'Mukden' };
    expect(describePlaces(new Map([['chita', 1], ['vladivostok', 2], ['mukden', 1]]), names)).toBe('3 places: Vladivostok (2 events), Chita (1 event), Mukden (1 event).');
    expect(describePlaces(new Map([['chita', 1], ['vladivostok', 2], ['mukden', 1]]), names, 1)).toBe('3 places: Vladivostok (2 events) and 2 more.');
    expect(describePlaces(new Map(), names)).toBe('No places: no event in view names one.');
    expect(describePlaces(new Map([['chita', 1204]]), names)).toBe('1 place: Chita (1,204 events).');
  });
});

describe('the place filter in the URL', () => {
  const context = {
    slugs: new Set(['a']), lanes: ['war'], tags: new Set<string>(),
    places: new Map([['vladivostok', 'Vladivostok']]),
    defaultWindow: { start: Y(1894), end: Y(1951) - 1 }, windowForEvent: () => ({ start: Y(1904), end: Y(1906) }),
  };

  test('reads a known place, writes it back, and explains an unknown one', () => {
    const { view, notices } = parseView(new URLSearchParams('place=vladivostok&from=1918&to=1922'), context);
    expect(view.place).toBe('vladivostok');
    expect(notices).toEqual([]);
    expect(serializeView(view)).toBe('from=1918-01&to=1922-12&place=vladivostok'); // under ten years: months
    const unknown = parseView(new URLSearchParams('place=atlantis'), context);
    expect(unknown.view.place).toBeUndefined();
    expect(unknown.notices).toEqual(['No event happened at a place “atlantis”; showing events everywhere.']);
  });

  test('the one filter codec carries the place, and an event matches only where it happened', () => {
    expect(readFilterParams(new URLSearchParams('place=chita'))).toEqual({ lane: null, tag: null, place: 'chita' });
    expect(matchesFilter({ lane: 'war', tags: [], places: ['chita'] }, { place: 'chita' })).toBe(true);
    expect(matchesFilter({ lane: 'war', tags: [], places: ['mukden'] }, { place: 'chita' })).toBe(false);
    expect(matchesFilter({ lane: 'war', tags: [] }, { place: 'chita' })).toBe(false);
  });
});

describe('the home map', () => {
  const { detailed, coarse } = worldAtlas();
  const place = (slug: string, name: string, latitude: number, longitude: number, events: number) => ({ slug, name, latitude, longitude, events });
  const places = [
    place('vladivostok', 'Vladivostok', 43.12, 131.9, 9),
    place('port-arthur', 'Port Arthur', 38.81, 121.26, 8),
    place('mukden', 'Mukden', 41.8, 123.43, 9),
    place('chita', 'Chita', 52.03, 113.5, 3),
    place('berlin', 'Berlin', 52.52, 13.4, 1),
    place('washington', 'Washington, D.C.', 38.9, -77.04, 1),
  ];

  test('a regional map of Northeast Asia with its inset; far places are listed elsewhere', () => {
    const home = layoutHomeMap(places, detailed, coarse);
    expect(home.map.scope).toBe('regional');
    expect(home.map.inset).toBeDefined();
    expect(home.onMap.map((p) => p.slug)).toEqual(['chita', 'port-arthur', 'mukden', 'vladivostok']); // west to east
    expect(home.elsewhere.map((p) => p.slug)).toEqual(['berlin', 'washington']);
    for (const m of home.map.markers) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(home.map.width);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(home.map.height);
    }
    expect(home.labels.map((l) => l.slug)).toContain('vladivostok');
  });

  test('places that are all far apart share a world map', () => {
    const home = layoutHomeMap([places[0], places[4], places[5]], detailed, coarse);
    expect(home.map.scope).toBe('world');
    expect(home.elsewhere).toEqual([]);
    expect(home.map.inset).toBeUndefined();
  });

  test("as a lesson's overview: one line per labelled place, and the places elsewhere named along the foot", () => {
    const home = layoutHomeMap(places, detailed, coarse, { width: 420, height: 300, fontSize: 15 });
    const map = homeMapAsLocator(home, 15);
    const elsewhere = map.labels.find((l) => l.id === 'elsewhere')!;
    expect(elsewhere.lines.map((l) => l.text).join(' ')).toBe('Also: Berlin, Washington, D.C.');
    expect(elsewhere.members).toEqual(['berlin', 'washington']);
    for (const label of map.labels.filter((l) => l.id !== 'elsewhere')) expect(label.lines).toHaveLength(1);
    expect(map.markers.map((m) => m.slug).sort()).toEqual(['chita', 'mukden', 'port-arthur', 'vladivostok']);
  });
});
