import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'astro/zod';
import { eventSchema, type EventData } from '../schemas/event.ts';
import { pathSchema, pathStepSchema, type PathData } from '../schemas/path.ts';
import {
  bibliographyItemSchema,
  laneSchema,
  personSchema,
  placeSchema,
  type BibliographyItem,
  type LaneData,
  type PersonData,
  type PlaceData,
} from '../schemas/people-places.ts';
import { findCitations } from '../citations/syntax.ts';
import { gregorianToJulian, isRussianOldStyleEra } from '../dates/julian.ts';
import type { DatePoint } from '../dates/historical-date.ts';
import { closest, type Problem } from './problems.ts';

/** A file as read from disk: its repo-relative path and its text. */
export interface RawFile {
  path: string;
  text: string;
}

/** Everything under the content directory, read but not yet understood. */
export interface RawContent {
  events: RawFile[];
  people: RawFile[];
  places: RawFile[];
  lanes?: RawFile;
  bibliography?: RawFile;
  /** Lesson paths, content/paths/<slug>.md (none when the folder does not exist). */
  paths?: RawFile[];
}

/** Editorial rules that go beyond the format: how many sources, how long a text. */
export interface ContentRules {
  minSources: number;
  minWords?: number;
  maxWords?: number;
}

/** The rules every event of this site meets; a bare format check uses {minSources: 1}. */
export const SITE_RULES: ContentRules = { minSources: 2, minWords: 200, maxWords: 500 };

/** A validated event: its slug, file, typed front matter and Markdown body. */
export interface EventEntry {
  slug: string;
  path: string;
  data: EventData;
  body: string;
  /** Bibliography keys cited in the body, in order of first citation. */
  citedKeys: string[];
  wordCount: number;
}

/** A validated lesson path: its slug, file, typed front matter and introduction (Markdown). */
export interface PathEntry {
  slug: string;
  path: string;
  data: PathData;
  body: string;
}

/** Content that passed every check, with cross-references resolved. */
export interface ValidatedContent {
  events: EventEntry[];
  people: Map<string, PersonData>;
  places: Map<string, PlaceData>;
  lanes: LaneData[];
  bibliography: Map<string, BibliographyItem>;
  paths: PathEntry[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const DANGEROUS_HTML: [RegExp, string][] = [
  [/<\s*script\b/i, '<script>'],
  [/<\s*iframe\b/i, '<iframe>'],
  [/<\s*(?:object|embed)\b/i, '<object>/<embed>'],
  [/<[^>]*\son[a-z]+\s*=/i, 'an on…= event-handler attribute'],
  [/javascript\s*:/i, 'a javascript: link'],
];

function baseName(path: string): string {
  return path.split('/').pop()!.replace(/\.(md|mdx|ya?ml)$/, '');
}

/** Parses YAML, reporting syntax errors with their line; returns the document for locating fields. */
function parseYaml(file: RawFile, text: string, lineOffset: number, problems: Problem[]) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'yaml-1.1', prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    for (const error of doc.errors) {
      const line = (error.linePos?.[0]?.line ?? 1) + lineOffset;
      problems.push({
        file: file.path,
        field: `line ${line}`,
        message: `the YAML could not be read (${error.message.split('\n')[0].replace(/ at line \d+.*$/, '')})`,
        fix: 'check the indentation and quote any value that contains ": " or starts with a special character',
      });
    }
    return null;
  }
  const locate = (path: PropertyKey[]): string => {
    const node = path.length ? doc.getIn(path as (string | number)[], true) : doc.contents;
    const offset = isNode(node) && node.range ? node.range[0] : undefined;
    return offset === undefined ? '' : ` (line ${lineCounter.linePos(offset).line + lineOffset})`;
  };
  return { data: doc.toJS() as unknown, locate };
}

function describe(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value) ?? String(value);
}

function getIn(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Turns schema issues into problems that name the field, the value and the fix. */
function schemaProblems(file: RawFile, error: z.ZodError, data: unknown, locate: (path: PropertyKey[]) => string, knownKeys: string[]): Problem[] {
  return error.issues.map((issue) => {
    const fieldPath = issue.path.map(String).join('.') || '(front matter)';
    const field = `${fieldPath}${locate(issue.path)}`;
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      const guesses = keys.map((key) => closest(key, knownKeys)).filter(Boolean);
      return {
        file: file.path,
        field: issue.path.length ? field : keys.join(', '),
        message: `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`,
        fix: guesses.length ? `did you mean ${guesses.map((g) => `"${g}"`).join(', ')}? Otherwise remove it` : `remove it; the keys allowed here are documented in README.md ("Adding an event")`,
      };
    }
    const value = getIn(data, issue.path);
    if (value === undefined) {
      // A nested field is added under its parent (a step of a lesson), not at the top.
      const last = issue.path.at(-1);
      const parent = issue.path.slice(0, -1).map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
      const fix = issue.path.length > 1 && typeof last === 'string' ? `add "${last}:" to ${parent}${locate(issue.path.slice(0, -1))}` : `add "${fieldPath}:" to the front matter`;
      return { file: file.path, field: fieldPath, message: 'is missing', fix };
    }
    const [message, fix] = issue.message.split('. Fix: ');
    // Custom checks (dates, language tags) quote the value themselves.
    const shown = issue.code === 'custom' ? '' : `${describe(value)}: `;
    return { file: file.path, field, message: `${shown}${message}`, fix: fix ?? undefined };
  });
}

function splitFrontMatter(file: RawFile, problems: Problem[]): { yaml: string; body: string } | null {
  const match = FRONT_MATTER.exec(file.text);
  if (!match) {
    problems.push({ file: file.path, field: 'line 1', message: 'has no front matter', fix: 'start the file with a line "---", the YAML fields, and another "---"' });
    return null;
  }
  return { yaml: match[1], body: file.text.slice(match[0].length) };
}

function bodyWithoutCode(body: string): string {
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Words of prose in a Markdown body, not counting citations, footnote marks and markup. */
export function countWords(body: string): number {
  const prose = bodyWithoutCode(body)
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>|`[\]()]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function sameDay(a: DatePoint, b: { year: number; month: number; day: number }): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function checkJulian(file: RawFile, data: EventData, problems: Problem[]): void {
  const julian = data.julianDate;
  if (!julian) return;
  const ends: [DatePoint | null, DatePoint | null][] = [
    [data.date.start, julian.start],
    [data.date.end, julian.end],
  ];
  for (const [gregorian, old] of ends) {
    if (!gregorian || !old || gregorian.precision !== 'day' || old.precision !== 'day') continue;
    const day = { year: gregorian.year, month: gregorian.month!, day: gregorian.day! };
    if (!isRussianOldStyleEra(day)) {
      problems.push({ file: file.path, field: 'julianDate', message: `"${julian.edtf}" is given, but Russia used the Gregorian calendar from 14 February 1918`, fix: 'remove julianDate for events after 13 February 1918' });
      return;
    }
    const expected = gregorianToJulian(day);
    if (!sameDay(old, expected)) {
      const shown = `${expected.year}-${String(expected.month).padStart(2, '0')}-${String(expected.day).padStart(2, '0')}`;
      problems.push({ file: file.path, field: 'julianDate', message: `"${old.edtf}" is not the Old Style date of ${gregorian.edtf}`, fix: `the Julian date of ${gregorian.edtf} is "${shown}"` });
      return;
    }
  }
}

/**
 * Reads a Markdown entry (an event or a lesson path): a valid slug, front matter that is YAML
 * key–value fields, and fields the schema accepts. Problems are reported; null means skip it.
 */
function parseMarkdownEntry<T>(file: RawFile, slug: string, schema: z.ZodType<T>, knownKeys: string[], example: string, problems: Problem[]) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    problems.push({ file: file.path, message: `the file name "${slug}" is not a valid slug`, fix: `rename the file in lowercase letters, digits and hyphens, e.g. ${example}` });
    return null;
  }
  const split = splitFrontMatter(file, problems);
  if (!split) return null;
  const parsed = parseYaml(file, split.yaml, 1, problems);
  if (!parsed) return null;
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    problems.push({ file: file.path, field: 'line 2', message: 'the front matter is not a set of "key: value" fields', fix: 'write one field per line, e.g. "title: …"' });
    return null;
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...schemaProblems(file, result.error, parsed.data, parsed.locate, knownKeys));
    return null;
  }
  return { result: result as { success: true; data: T }, split, locate: parsed.locate };
}

function parseYamlCollection<T>(
  files: RawFile[],
  schema: z.ZodType<T>,
  knownKeys: string[],
  problems: Problem[],
): Map<string, T> {
  const entries = new Map<string, T>();
  for (const file of files) {
    const slug = baseName(file.path);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      problems.push({ file: file.path, message: `the file name "${slug}" is not a valid slug`, fix: 'rename the file in lowercase letters, digits and hyphens' });
      continue;
    }
    if (entries.has(slug)) {
      problems.push({ file: file.path, message: `another file already has the slug "${slug}"`, fix: 'keep one file per slug' });
      continue;
    }
    const parsed = parseYaml(file, file.text, 0, problems);
    if (!parsed) continue;
    const result = schema.safeParse(parsed.data);
    if (!result.success) problems.push(...schemaProblems(file, result.error, parsed.data, parsed.locate, knownKeys));
    else entries.set(slug, result.data);
  }
  return entries;
}

const EVENT_KEYS = Object.keys(eventSchema.shape);
const PATH_KEYS = [...Object.keys(pathSchema.shape), ...Object.keys(pathStepSchema.shape)];

/** Path slugs that would collide with the pages beside the lessons (/present/all/, /present/maps/…). */
export const RESERVED_PATH_SLUGS = ['all', 'notes', 'maps', 'qr'];

function checkBody(file: RawFile, body: string, problems: Problem[]): void {
  const prose = bodyWithoutCode(body);
  for (const [pattern, name] of DANGEROUS_HTML) {
    if (pattern.test(prose)) {
      problems.push({ file: file.path, field: 'body', message: `contains ${name}, which is not allowed in content`, fix: 'remove it: scripts, frames and event handlers cannot be published' });
    }
  }
}

/**
 * Lesson paths: the front matter against the schema, an introduction in the body, and every
 * step naming an event file that exists (checked against the files, so that one broken event
 * does not also fail every lesson that shows it) and appearing only once.
 */
function validatePaths(files: RawFile[], eventFiles: Set<string>, problems: Problem[]): PathEntry[] {
  const paths: PathEntry[] = [];
  for (const file of files) {
    const slug = baseName(file.path);
    if (RESERVED_PATH_SLUGS.includes(slug)) {
      problems.push({ file: file.path, message: `"${slug}" cannot be the name of a lesson path: /present/${slug}/ is used by the site`, fix: 'rename the file' });
      continue;
    }
    const parsed = parseMarkdownEntry(file, slug, pathSchema, PATH_KEYS, 'siberian-intervention-1917-1925.md', problems);
    if (!parsed) continue;
    const { result, split } = parsed;
    checkBody(file, split.body, problems);
    if (!split.body.trim()) {
      problems.push({ file: file.path, field: 'body', message: 'has no introduction', fix: 'write a short introduction to the lesson below the front matter' });
    }
    const stepOf = new Map<string, number>();
    result.data.steps.forEach((step, i) => {
      const field = `steps[${i}].event${parsed.locate(['steps', i, 'event'])}`;
      if (!eventFiles.has(step.event)) {
        const guess = closest(step.event, eventFiles);
        problems.push({ file: file.path, field, message: `"${step.event}" is not an event`, fix: guess ? `did you mean "${guess}"?` : `add content/events/${step.event}.md or correct the slug` });
      } else if (stepOf.has(step.event)) {
        problems.push({ file: file.path, field, message: `"${step.event}" is already steps[${stepOf.get(step.event)}]`, fix: 'show each event once: remove one of the two steps' });
      } else stepOf.set(step.event, i);
    });
    // The slides' minutes must fit the lesson; what is left over is the introduction's time.
    const planned = result.data.steps.reduce((sum, step) => sum + step.minutes, 0) + result.data.closing.minutes;
    if (planned > result.data.duration) {
      problems.push({
        file: file.path,
        field: `duration${parsed.locate(['duration'])}`,
        message: `is ${result.data.duration} minutes, but the steps and the closing take ${planned}`,
        fix: `shorten some steps' minutes by ${planned - result.data.duration} in all, or set duration: ${planned}`,
      });
    }
    paths.push({ slug, path: file.path, data: result.data, body: split.body });
  }
  return paths;
}

/**
 * Validates all authored content at once and returns every problem found (never only the
 * first), together with the content that passed. A build publishes only when problems is empty.
 */
export function validateContent(raw: RawContent, rules: ContentRules = SITE_RULES): { problems: Problem[]; content: ValidatedContent } {
  const problems: Problem[] = [];

  const lanes: LaneData[] = [];
  if (!raw.lanes) problems.push({ file: 'content/lanes.yaml', message: 'is missing', fix: 'create it with the list of lanes (see README.md)' });
  else {
    const parsed = parseYaml(raw.lanes, raw.lanes.text, 0, problems);
    if (parsed && !Array.isArray(parsed.data)) problems.push({ file: raw.lanes.path, message: 'must be a YAML list of lanes', fix: 'write one "- id: …  label: …" item per lane' });
    else if (parsed) {
      (parsed.data as unknown[]).forEach((item, index) => {
        const result = laneSchema.safeParse(item);
        if (result.success) lanes.push(result.data);
        else problems.push(...schemaProblems(raw.lanes!, result.error, parsed.data, (p) => parsed.locate([index, ...p]), Object.keys(laneSchema.shape)).map((p) => ({ ...p, field: `[${index}].${p.field}` })));
      });
    }
  }

  const bibliography = new Map<string, BibliographyItem>();
  if (!raw.bibliography) problems.push({ file: 'content/bibliography.yaml', message: 'is missing', fix: 'create it as a CSL-YAML list (see README.md)' });
  else {
    const parsed = parseYaml(raw.bibliography, raw.bibliography.text, 0, problems);
    if (parsed && !Array.isArray(parsed.data)) problems.push({ file: raw.bibliography.path, message: 'must be a CSL-YAML list of references', fix: 'write one "- id: …" item per reference' });
    else if (parsed) {
      (parsed.data as unknown[]).forEach((item, index) => {
        const result = bibliographyItemSchema.safeParse(item);
        if (!result.success) {
          problems.push(...schemaProblems(raw.bibliography!, result.error, item, (p) => parsed.locate([index, ...p]), []).map((p) => ({ ...p, field: `item ${index + 1}: ${p.field}` })));
        } else if (bibliography.has(result.data.id)) {
          problems.push({ file: raw.bibliography!.path, field: `item ${index + 1}: id${parsed.locate([index, 'id'])}`, message: `"${result.data.id}" is used twice`, fix: 'give each reference its own id' });
        } else bibliography.set(result.data.id, result.data as BibliographyItem);
      });
    }
  }

  const people = parseYamlCollection(raw.people, personSchema, Object.keys(personSchema.shape), problems);
  const places = parseYamlCollection(raw.places, placeSchema, Object.keys(placeSchema.shape), problems);

  // Duplicate slugs: x.md beside x.mdx would silently drop one of them.
  const bySlug = new Map<string, RawFile[]>();
  for (const file of raw.events) bySlug.set(baseName(file.path), [...(bySlug.get(baseName(file.path)) ?? []), file]);
  const events: EventEntry[] = [];
  for (const [slug, files] of bySlug) {
    if (files.length > 1) {
      for (const file of files) {
        const others = files.filter((f) => f !== file).map((f) => f.path).join(', ');
        problems.push({ file: file.path, message: `the slug "${slug}" is also used by ${others}`, fix: 'keep one file per event: rename or delete one of them' });
      }
      continue;
    }
    const [file] = files;
    const parsed = parseMarkdownEntry(file, slug, eventSchema, EVENT_KEYS, 'mukden-incident-1931.md', problems);
    if (!parsed) continue;
    const { result, split } = parsed;
    const body = split.body;
    const prose = bodyWithoutCode(body);
    checkBody(file, body, problems);
    const citedKeys = [...new Set(findCitations(prose).flatMap((match) => match.items.map((item) => item.key)))];
    events.push({ slug, path: file.path, data: result.data, body, citedKeys, wordCount: countWords(body) });
  }

  const eventSlugs = new Set(events.map((event) => event.slug));
  const laneIds = lanes.map((lane) => lane.id);
  const refProblem = (file: string, field: string, value: string, kind: string, known: Iterable<string>, where: string): Problem => {
    const guess = closest(value, known);
    return { file, field, message: `"${value}" is not ${kind}`, fix: guess ? `did you mean "${guess}"?` : `add ${where} or correct the slug` };
  };
  for (const event of events) {
    const { data, path } = event;
    if (lanes.length && !laneIds.includes(data.lane)) {
      const guess = closest(data.lane, laneIds);
      problems.push({ file: path, field: 'lane', message: `"${data.lane}" is not a lane`, fix: `${guess ? `did you mean "${guess}"? ` : ''}use one of: ${laneIds.join(', ')}` });
    }
    data.people.forEach((slug, i) => { if (!people.has(slug)) problems.push(refProblem(path, `people[${i}]`, slug, 'a person', people.keys(), `content/people/${slug}.yaml`)); });
    data.places.forEach((slug, i) => { if (!places.has(slug)) problems.push(refProblem(path, `places[${i}]`, slug, 'a place', places.keys(), `content/places/${slug}.yaml`)); });
    data.related.forEach((relation, i) => {
      if (relation.event === event.slug) problems.push({ file: path, field: `related[${i}].event`, message: 'an event cannot be related to itself', fix: 'remove this relation' });
      else if (!eventSlugs.has(relation.event)) problems.push(refProblem(path, `related[${i}].event`, relation.event, 'an event', eventSlugs, `content/events/${relation.event}.md`));
    });
    if (raw.bibliography) {
      data.sources.forEach((key, i) => { if (!bibliography.has(key)) problems.push(refProblem(path, `sources[${i}]`, key, 'a key in content/bibliography.yaml', bibliography.keys(), 'the reference to content/bibliography.yaml')); });
      for (const key of event.citedKeys) {
        if (!bibliography.has(key) && !data.sources.includes(key)) problems.push(refProblem(path, 'body', `@${key}`.slice(1), 'a key in content/bibliography.yaml (cited in the text)', bibliography.keys(), 'the reference to content/bibliography.yaml'));
      }
    }
    // Notes beside the text cite too (figures in a dispute, a date's evidence): their keys must exist.
    for (const field of ['dateNote', 'dispute', 'provenance'] as const) {
      for (const match of findCitations(data[field] ?? '')) {
        for (const { key } of match.items) {
          if (raw.bibliography && !bibliography.has(key)) problems.push(refProblem(path, field, key, 'a key in content/bibliography.yaml (cited in the note)', bibliography.keys(), 'the reference to content/bibliography.yaml'));
        }
      }
    }
    const distinct = new Set([...data.sources, ...event.citedKeys]);
    if (distinct.size < rules.minSources) {
      problems.push({ file: path, field: 'sources', message: `has ${distinct.size} source${distinct.size === 1 ? '' : 's'}; this site needs at least ${rules.minSources}`, fix: 'cite at least two independent works' });
    }
    if (event.citedKeys.length === 0) {
      problems.push({ file: path, field: 'body', message: 'cites no source in the text', fix: 'footnote each claim, e.g. "… in 1931 [@coox1985, p. 45]."' });
    }
    if (rules.minWords !== undefined && event.wordCount < rules.minWords) {
      problems.push({ file: path, field: 'body', message: `has ${event.wordCount} words; an entry needs at least ${rules.minWords}`, fix: 'expand the text' });
    }
    if (rules.maxWords !== undefined && event.wordCount > rules.maxWords) {
      problems.push({ file: path, field: 'body', message: `has ${event.wordCount} words; an entry has at most ${rules.maxWords}`, fix: 'shorten the text' });
    }
    checkJulian({ path, text: '' }, data, problems);
  }
  const paths = validatePaths(raw.paths ?? [], new Set(bySlug.keys()), problems);
  return { problems, content: { events, people, places, lanes, bibliography, paths } };
}
