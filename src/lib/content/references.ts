// References: every slug and key an entry names must be an entry that exists. When the target
// exists but is itself invalid, the message says so (its own problems are listed with it), so
// that one bad file is not reported again by everything that links to it.
import type { BibliographyItem, LaneData, PersonData, PlaceData, TagData } from '../schemas/people-places.ts';
import { closest, type Problem } from './problems.ts';
import { findCitations } from '../citations/syntax.ts';
import { tagStem, type InvalidTargets } from './parse.ts';
import type { PartialEventEntry, PathEntry } from './validate.ts';

/** What references are checked against: the entries that parsed, and those that exist but did not. */
export interface ReferenceTargets {
  lanes: LaneData[];
  /** The closed list of content/tags.yaml; null when there is none (then no event names a tag). */
  tags: TagData[] | null;
  people: Map<string, PersonData>;
  places: Map<string, PlaceData>;
  events: Set<string>;
  /** Null when the bibliography file itself could not be read (it is reported once, as itself). */
  bibliography: Map<string, BibliographyItem> | null;
  invalid: InvalidTargets;
  /** The content directory and its tags and bibliography files, as messages name them (content, content/tags.yaml, …). */
  files: { dir: string; tags: string; bibliography: string };
}

const FIX_TARGET = 'correct that entry first: its problems are listed under its own name';

function refProblem(file: string, field: string, value: string, kind: string, known: Iterable<string>, where: string, broken: Map<string, string>): Problem {
  if (broken.has(value)) return { file, field, message: `"${value}" is ${kind} whose entry has problems (${broken.get(value)})`, fix: FIX_TARGET };
  const guess = closest(value, known);
  return { file, field, message: `"${value}" is not ${kind}`, fix: guess ? `did you mean "${guess}"?` : `add ${where} or correct the slug` };
}

/** The fix for an unknown tag: the listed tag it is nearly the same as, or how to add one. */
function tagFix(tag: string, tagIds: string[], tagsFile: string): string {
  // The same word (plural, hyphen), a narrower form of a listed tag ("naval-battle" → "naval"), or a typo.
  const guess = tagIds.find((id) => tagStem(id) === tagStem(tag)) ?? tagIds.find((id) => tag.startsWith(`${id}-`)) ?? closest(tag, tagIds);
  const add = `add it to ${tagsFile} (id, label, description) if no listed tag fits; \`npm run list -- tags\` shows them all`;
  return guess ? `did you mean "${guess}"? Otherwise ${add}` : add;
}

/**
 * The problems with what an event names: its lane, tags, people, places, related events and
 * sources. Fields absent from `data` (they failed the schema, and are reported as such) are skipped.
 */
export function eventReferenceProblems(event: PartialEventEntry, targets: ReferenceTargets): Problem[] {
  const problems: Problem[] = [];
  const { path } = event;
  const data = { tags: [], people: [], places: [], related: [], sources: [], ...event.data };
  const { invalid, bibliography } = targets;
  const laneIds = targets.lanes.map((lane) => lane.id);
  if (data.lane === undefined) {
    // Reported by the schema.
  } else if (invalid.lanes.has(data.lane)) {
    problems.push({ file: path, field: 'lane', message: `"${data.lane}" is a lane whose entry has problems (${invalid.lanes.get(data.lane)})`, fix: FIX_TARGET });
  } else if (laneIds.length && !laneIds.includes(data.lane)) {
    const guess = closest(data.lane, laneIds);
    problems.push({ file: path, field: 'lane', message: `"${data.lane}" is not a lane`, fix: `${guess ? `did you mean "${guess}"? ` : ''}use one of: ${laneIds.join(', ')}` });
  }
  if (targets.tags) {
    const tagIds = targets.tags.map((tag) => tag.id);
    data.tags.forEach((tag, i) => {
      if (tagIds.includes(tag)) return;
      if (invalid.tags.has(tag)) problems.push({ file: path, field: `tags[${i}]`, message: `"${tag}" is a tag whose entry has problems (${invalid.tags.get(tag)})`, fix: FIX_TARGET });
      else problems.push({ file: path, field: `tags[${i}]`, message: `"${tag}" is not a tag in ${targets.files.tags}`, fix: tagFix(tag, tagIds, targets.files.tags) });
    });
  }
  data.people.forEach((slug, i) => { if (!targets.people.has(slug)) problems.push(refProblem(path, `people[${i}]`, slug, 'a person', targets.people.keys(), `${targets.files.dir}/people/${slug}.yaml`, invalid.people)); });
  data.places.forEach((slug, i) => { if (!targets.places.has(slug)) problems.push(refProblem(path, `places[${i}]`, slug, 'a place', targets.places.keys(), `${targets.files.dir}/places/${slug}.yaml`, invalid.places)); });
  data.related.forEach((relation, i) => {
    if (relation.event === event.slug) problems.push({ file: path, field: `related[${i}].event`, message: 'an event cannot be related to itself', fix: 'remove this relation' });
    else if (!targets.events.has(relation.event)) problems.push(refProblem(path, `related[${i}].event`, relation.event, 'an event', targets.events, `${targets.files.dir}/events/${relation.event}.md`, invalid.events));
  });
  if (bibliography) {
    const bib = targets.files.bibliography;
    data.sources.forEach((key, i) => { if (!bibliography.has(key)) problems.push(refProblem(path, `sources[${i}]`, key, `a key in ${bib}`, bibliography.keys(), `the reference to ${bib}`, invalid.keys)); });
    for (const key of event.citedKeys) {
      if (!bibliography.has(key) && !data.sources.includes(key)) problems.push(refProblem(path, 'body', key, `a key in ${bib} (cited in the text)`, bibliography.keys(), `the reference to ${bib}`, invalid.keys));
    }
    // Notes beside the text cite too (figures in a dispute, a date's evidence): their keys must exist.
    for (const field of ['dateNote', 'dispute', 'provenance'] as const) {
      for (const match of findCitations(data[field] ?? '')) {
        for (const { key } of match.items) {
          if (!bibliography.has(key)) problems.push(refProblem(path, field, key, `a key in ${bib} (cited in the note)`, bibliography.keys(), `the reference to ${bib}`, invalid.keys));
        }
      }
    }
  }
  return problems;
}

/**
 * The problems with a lesson path's steps: each names an event file that exists (checked against
 * the files, so that one broken event does not also fail every lesson that shows it), once.
 */
export function pathReferenceProblems(path: PathEntry, locate: (at: PropertyKey[]) => string, eventFiles: Set<string>, dir = 'content'): Problem[] {
  const problems: Problem[] = [];
  const stepOf = new Map<string, number>();
  path.data.steps.forEach((step, i) => {
    const field = `steps[${i}].event${locate(['steps', i, 'event'])}`;
    if (!eventFiles.has(step.event)) {
      const guess = closest(step.event, eventFiles);
      problems.push({ file: path.path, field, message: `"${step.event}" is not an event`, fix: guess ? `did you mean "${guess}"?` : `add ${dir}/events/${step.event}.md or correct the slug` });
    } else if (stepOf.has(step.event)) {
      problems.push({ file: path.path, field, message: `"${step.event}" is already steps[${stepOf.get(step.event)}]`, fix: 'show each event once: remove one of the two steps' });
    } else stepOf.set(step.event, i);
  });
  return problems;
}
