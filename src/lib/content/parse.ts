// Parsing: from files to typed entries. Each file must be UTF-8 and not empty, its YAML plain
// (no tags, no runaway aliases, no key twice), its fields what the schema accepts, and its body
// within the HTML allowlist. Every problem names the file and, where it can, the line.
import { LineCounter, parseDocument, isNode, isAlias, visit } from 'yaml';
import type { z } from 'astro/zod';
import { eventSchema, type EventData } from '../schemas/event.ts';
import { pathSchema, pathStepSchema } from '../schemas/path.ts';
import { SLUG_PATTERN } from '../schemas/fields.ts';
import { bibliographyItemSchema, laneSchema, tagSchema, type BibliographyItem, type LaneData, type TagData } from '../schemas/people-places.ts';
import { findCitations } from '../citations/syntax.ts';
import { gregorianToJulian, isRussianOldStyleEra } from '../dates/julian.ts';
import type { DatePoint } from '../dates/historical-date.ts';
import { closest, type Problem } from './problems.ts';
import { findingMessage, htmlPolicyProblems } from './html-policy.ts';
import { resolveMedia } from './media.ts';
import type { EventEntry, PartialEventEntry, PathEntry, RawContent, RawFile } from './validate.ts';

/** Files that exist but did not parse, by the id others use to point at them (→ their file). */
export interface InvalidTargets {
  lanes: Map<string, string>;
  tags: Map<string, string>;
  keys: Map<string, string>;
  people: Map<string, string>;
  places: Map<string, string>;
  events: Map<string, string>;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A file's slug: its name without the folder and the extension. */
export function baseName(path: string): string {
  return path.split('/').pop()!.replace(/\.(md|mdx|ya?ml)$/, '');
}

/** More alias expansions than this in one file is refused (a "billion laughs" bomb would go on for ever). */
export const MAX_ALIAS_COUNT = 100;

const YAML_FIX = 'check the indentation and quote any value that contains ": " or starts with a special character';

/** The key a duplicate-key error points at, from the text at its offset. */
function keyAt(text: string, offset: number): string {
  const match = /^\s*(["']?)([^\n]*?)\1\s*:/.exec(text.slice(offset));
  return match ? match[2]! : text.slice(offset).split(/[:\n]/)[0]!.trim();
}

/**
 * Parses YAML, reporting with their line: syntax errors, keys given twice, explicit tags (none
 * is needed in content, and `!!js/function`-style tags would be accepted as plain text), and
 * aliases that expand past MAX_ALIAS_COUNT. Returns the data and a function that locates fields.
 */
export function parseYaml(file: RawFile, text: string, lineOffset: number, problems: Problem[]) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'yaml-1.1', prettyErrors: true, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const refuse = (offset: number, message: string, fix: string) => problems.push({ file: file.path, field: `line ${lineAt(offset)}`, message, fix });
  if (doc.errors.length) {
    for (const error of doc.errors) {
      if (error.code === 'DUPLICATE_KEY') {
        refuse(error.pos[0], `the key "${keyAt(text, error.pos[0])}" is given twice`, 'keep one of the two lines');
        continue;
      }
      const line = (error.linePos?.[0]?.line ?? 1) + lineOffset;
      problems.push({
        file: file.path,
        field: `line ${line}`,
        message: `the YAML could not be read (${error.message.split('\n')[0]!.replace(/ at line \d+.*$/, '')})`,
        fix: YAML_FIX,
      });
    }
    return null;
  }
  let tagged = false;
  let firstAlias: number | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) firstAlias ??= node.range?.[0];
      else if (node.tag) {
        tagged = true;
        const shown = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        refuse(node.range?.[0] ?? 0, `the YAML tag ${shown} is not allowed`, 'remove the tag; put the value in quotes if it is text');
      }
    },
  });
  if (tagged) return null;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (firstAlias !== undefined && error instanceof ReferenceError) {
      refuse(firstAlias, `the YAML aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies`, 'write the values out instead of repeating them with & and *');
    } else {
      refuse(0, `the YAML could not be read (${error instanceof Error ? error.message : String(error)})`, YAML_FIX);
    }
    return null;
  }
  if (firstAlias !== undefined && isCyclic(data)) {
    refuse(firstAlias, 'a YAML alias (*name) refers to the value that contains it', 'write the value out instead of using & and *');
    return null;
  }
  const locate = (path: PropertyKey[]): string => {
    const node = path.length ? doc.getIn(path as (string | number)[], true) : doc.contents;
    const offset = isNode(node) && node.range ? node.range[0] : undefined;
    return offset === undefined ? '' : ` (line ${lineAt(offset)})`;
  };
  return { data, locate };
}

/** Whether a value contains itself (`a: &x [*x]` does), which no schema or message could walk. */
function isCyclic(value: unknown, ancestors = new Set<object>()): boolean {
  if (!value || typeof value !== 'object') return false;
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
export function readable(file: RawFile, problems: Problem[]): string | null {
  if (file.invalidUtf8At !== undefined) {
    problems.push({ file: file.path, ...(file.invalidUtf8Line ? { field: `line ${file.invalidUtf8Line}` } : {}), message: `is not UTF-8 text: the byte at offset ${file.invalidUtf8At} is not UTF-8`, fix: 'save the file with the encoding UTF-8 (in most editors: "Save as…", then Encoding: UTF-8)' });
    return null;
  }
  const text = file.text.replace(/^\uFEFF/, '');
  if (!text.trim()) {
    problems.push({ file: file.path, message: 'is empty', fix: 'write its content (see README.md, "Adding an event") or delete the file' });
    return null;
  }
  return text;
}

/** A value as an author wrote it, for a message. */
function describe(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `"${value}"`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The value at a path in parsed data. */
function getIn(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Turns schema issues into problems that name the field, the value and the fix. */
export function schemaProblems(file: RawFile, error: z.ZodError, data: unknown, locate: (path: PropertyKey[]) => string, knownKeys: string[]): Problem[] {
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

/** The YAML between the two "---" lines, the body after them, and the body's first line. */
function splitFrontMatter(file: RawFile, text: string, problems: Problem[]): { yaml: string; body: string; bodyLine: number } | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    problems.push({ file: file.path, field: 'line 1', message: 'has no front matter', fix: 'start the file with a line "---", the YAML fields, and another "---"' });
    return null;
  }
  // The body's first line in the file: the front matter's lines, then one.
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { yaml: match[1]!, body: text.slice(match[0].length), bodyLine };
}

/** A Markdown body without its code blocks and code spans. */
export function bodyWithoutCode(body: string): string {
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

/** Whether a date point is a given day. */
function sameDay(a: DatePoint, b: { year: number; month: number; day: number }): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** An Old Style date must be the Julian date of the event's (Gregorian) date, and only before 1918. */
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
export function parseMarkdownEntry<T>(file: RawFile, slug: string, schema: z.ZodType<T>, knownKeys: string[], example: string, problems: Problem[]) {
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({ file: file.path, message: `the file name "${slug}" is not a valid slug`, fix: `rename the file in lowercase letters, digits and hyphens, e.g. ${example}` });
    return null;
  }
  const text = readable(file, problems);
  if (text === null) return null;
  const split = splitFrontMatter(file, text, problems);
  if (!split) return null;
  const parsed = parseYaml(file, split.yaml, 1, problems);
  if (!parsed) return null;
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    problems.push({ file: file.path, field: 'line 2', message: 'the front matter is not a set of "key: value" fields', fix: 'write one field per line, e.g. "title: …"' });
    return null;
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) problems.push(...schemaProblems(file, result.error, parsed.data, parsed.locate, knownKeys));
  return { result, split, locate: parsed.locate, data: parsed.data as Record<string, unknown> };
}

/**
 * The fields of a front matter that pass the schema one by one, for a file whose front matter
 * as a whole did not: their references and the body are still checked, so that one run lists
 * every problem of the file (an unquoted date must not hide a wrong lane).
 */
export function partialEventData(data: Record<string, unknown>): Partial<EventData> {
  const partial: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(eventSchema.shape)) {
    const result = (field as z.ZodType).safeParse(data[key]);
    if (result.success && result.data !== undefined) partial[key] = result.data;
  }
  return partial as Partial<EventData>;
}

/** A folder of YAML files (people, places): the valid ones by slug; the others go into `invalid` (slug → file). */
export function parseYamlCollection<T>(
  files: RawFile[],
  schema: z.ZodType<T>,
  knownKeys: string[],
  problems: Problem[],
  invalid: Map<string, string>,
): Map<string, T> {
  const entries = new Map<string, T>();
  for (const file of files) {
    const slug = baseName(file.path);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({ file: file.path, message: `the file name "${slug}" is not a valid slug`, fix: 'rename the file in lowercase letters, digits and hyphens' });
      continue;
    }
    if (entries.has(slug)) {
      problems.push({ file: file.path, message: `another file already has the slug "${slug}"`, fix: 'keep one file per slug' });
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

const EVENT_KEYS = Object.keys(eventSchema.shape);
const PATH_KEYS = [...Object.keys(pathSchema.shape), ...Object.keys(pathStepSchema.shape)];

/** Path slugs that would collide with the pages beside the lessons (/present/all/, /present/maps/…). */
export const RESERVED_PATH_SLUGS = ['all', 'notes', 'maps', 'qr'];

/** Raw HTML, links and images in a body against the HTML allowlist (src/lib/content/html-policy.ts). */
function checkBody(file: RawFile, body: string, bodyLine: number, problems: Problem[]): void {
  for (const finding of htmlPolicyProblems(body, bodyLine)) {
    problems.push({ file: file.path, field: finding.line ? `body (line ${finding.line})` : 'body', message: findingMessage(finding), fix: finding.fix });
  }
}

const idOf = (item: unknown) => (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined);

/** A YAML list of items with ids (lanes, tags): the valid items in order; an item with problems goes into `invalid`. */
function parseIdList<T extends { id: string }>(file: RawFile | undefined, shownPath: string, what: string, schema: z.ZodType<T> & { shape: object }, problems: Problem[], invalid: Map<string, string>): T[] {
  const items: T[] = [];
  if (!file) {
    problems.push({ file: shownPath, message: 'is missing', fix: `create it with the list of ${what}s (see README.md)` });
    return items;
  }
  const text = readable(file, problems);
  const parsed = text === null ? null : parseYaml(file, text, 0, problems);
  if (parsed && !Array.isArray(parsed.data)) problems.push({ file: file.path, message: `must be a YAML list of ${what}s`, fix: `write one "- id: …  label: …" item per ${what}` });
  else if (parsed) {
    (parsed.data as unknown[]).forEach((item, index) => {
      const result = schema.safeParse(item);
      if (result.success) items.push(result.data);
      else if (idOf(item)) invalid.set(idOf(item)!, file.path);
      if (!result.success) problems.push(...schemaProblems(file, result.error, parsed.data, (p) => parsed.locate([index, ...p]), Object.keys(schema.shape)).map((p) => ({ ...p, field: `[${index}].${p.field}` })));
    });
  }
  return items;
}

/** The path a message gives for one of the content directory's single files, found or not. */
export function expectedFile(raw: RawContent, which: 'lanes' | 'tags' | 'bibliography'): string {
  return raw[which]?.path ?? raw.expected?.[which] ?? `content/${which}.yaml`;
}

/** The content directory as messages name it ("content", or CONTENT_DIR's). */
export function contentDirOf(raw: RawContent): string {
  return raw.expected?.dir ?? 'content';
}

/** content/lanes.yaml: a list of lanes, in the order the site shows them. */
export function parseLanes(raw: RawContent, problems: Problem[], invalid: InvalidTargets): LaneData[] {
  return parseIdList(raw.lanes, expectedFile(raw, 'lanes'), 'lane', laneSchema, problems, invalid.lanes);
}

/** An id with its plural, hyphens and case taken away, so that "war-crime" and "War crimes" meet. */
export function tagStem(id: string): string {
  return id.toLowerCase().replace(/[-_\s]+/g, '').replace(/ies$/, 'y').replace(/s$/, '');
}

/**
 * content/tags.yaml: the closed list of tags (null without the file: optional while no event
 * names a tag, as in small fixtures); two ids that differ only by a plural, a hyphen or one letter are refused, since
 * that is how duplicates such as "war-crime" / "war-crimes" begin.
 */
export function parseTags(raw: RawContent, eventsNameTags: boolean, problems: Problem[], invalid: InvalidTargets): TagData[] | null {
  if (!raw.tags) {
    if (eventsNameTags) problems.push({ file: expectedFile(raw, 'tags'), message: 'is missing, but events name tags', fix: 'create it with the list of tags (see README.md, "Adding an event")' });
    return null;
  }
  const tags = parseIdList(raw.tags, expectedFile(raw, 'tags'), 'tag', tagSchema, problems, invalid.tags);
  tags.forEach((tag, index) => {
    const twin = tags.slice(0, index).find((other) => other.id === tag.id || tagStem(other.id) === tagStem(tag.id) || (Math.min(tag.id.length, other.id.length) >= 5 && closest(tag.id, [other.id], 1)));
    if (twin) {
      const message = twin.id === tag.id ? `"${tag.id}" is listed twice` : `"${tag.id}" is almost the same as "${twin.id}"`;
      problems.push({ file: raw.tags!.path, field: `[${index}].id`, message, fix: `keep one of the two tags and give the events that tag` });
    }
  });
  return tags;
}

/** content/bibliography.yaml: CSL items by key; `read` is false when the file itself could not be read. */
export function parseBibliography(raw: RawContent, problems: Problem[], invalid: InvalidTargets): { bibliography: Map<string, BibliographyItem>; read: boolean } {
  const bibliography = new Map<string, BibliographyItem>();
  let bibliographyRead = false;
  if (!raw.bibliography) problems.push({ file: expectedFile(raw, 'bibliography'), message: 'is missing', fix: 'create it as a CSL-YAML list (see README.md)' });
  else {
    const text = readable(raw.bibliography, problems);
    const parsed = text === null ? null : parseYaml(raw.bibliography, text, 0, problems);
    bibliographyRead = Boolean(parsed && Array.isArray(parsed.data));
    if (parsed && !Array.isArray(parsed.data)) problems.push({ file: raw.bibliography.path, message: 'must be a CSL-YAML list of references', fix: 'write one "- id: …" item per reference' });
    else if (parsed) {
      (parsed.data as unknown[]).forEach((item, index) => {
        const result = bibliographyItemSchema.safeParse(item);
        if (!result.success) {
          if (idOf(item)) invalid.keys.set(idOf(item)!, raw.bibliography!.path);
          problems.push(...schemaProblems(raw.bibliography!, result.error, item, (p) => parsed.locate([index, ...p]), []).map((p) => ({ ...p, field: `item ${index + 1}: ${p.field}` })));
        } else if (bibliography.has(result.data.id)) {
          problems.push({ file: raw.bibliography!.path, field: `item ${index + 1}: id${parsed.locate([index, 'id'])}`, message: `"${result.data.id}" is used twice`, fix: 'give each reference its own id' });
        } else bibliography.set(result.data.id, result.data as BibliographyItem);
      });
    }
  }

  return { bibliography, read: bibliographyRead };
}

/** The event files: one per slug, each parsed, its body checked and its citations collected. */
export function parseEvents(raw: RawContent, problems: Problem[], invalid: InvalidTargets, notes: Problem[] = []): { events: EventEntry[]; partial: PartialEventEntry[]; files: Set<string> } {
  const mediaFiles = new Map((raw.media ?? []).map((file) => [file.path, file]));
  // Duplicate slugs: x.md beside x.mdx would silently drop one of them.
  const bySlug = new Map<string, RawFile[]>();
  for (const file of raw.events) bySlug.set(baseName(file.path), [...(bySlug.get(baseName(file.path)) ?? []), file]);
  const events: EventEntry[] = [];
  const partial: PartialEventEntry[] = [];
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
    checkBody(file, body, split.bodyLine, problems);
    const citedKeys = [...new Set(findCitations(prose).flatMap((match) => match.items.map((item) => item.key)))];
    const entry = { slug, path: file.path, body, citedKeys, wordCount: countWords(body) };
    if (result.success) {
      checkJulian(file, result.data, problems);
      const media = resolveMedia(file.path, result.data.media, mediaFiles, parsed.locate, problems, notes);
      events.push({ ...entry, data: result.data, media });
    } else {
      const data = partialEventData(parsed.data);
      // Pictures that passed the schema are still checked against the files: one run lists everything.
      if (data.media) resolveMedia(file.path, data.media, mediaFiles, parsed.locate, problems, notes);
      partial.push({ ...entry, data });
    }
  }

  for (const [slug, files] of bySlug) if (!events.some((event) => event.slug === slug)) invalid.events.set(slug, files.map((f) => f.path).join(', '));
  return { events, partial, files: new Set(bySlug.keys()) };
}

/** The lesson path files, parsed (their steps are checked with the references). */
export function parsePaths(files: RawFile[], problems: Problem[]): { entry: PathEntry; locate: (path: PropertyKey[]) => string }[] {
  const paths: { entry: PathEntry; locate: (path: PropertyKey[]) => string }[] = [];
  for (const file of files) {
    const slug = baseName(file.path);
    if (RESERVED_PATH_SLUGS.includes(slug)) {
      problems.push({ file: file.path, message: `"${slug}" cannot be the name of a lesson path: /present/${slug}/ is used by the site`, fix: 'rename the file' });
      continue;
    }
    const parsed = parseMarkdownEntry(file, slug, pathSchema, PATH_KEYS, 'siberian-intervention-1917-1925.md', problems);
    if (!parsed?.result.success) continue;
    const { result, split } = parsed;
    checkBody(file, split.body, split.bodyLine, problems);
    if (!split.body.trim()) {
      problems.push({ file: file.path, field: 'body', message: 'has no introduction', fix: 'write a short introduction to the lesson below the front matter' });
    }
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
    paths.push({ entry: { slug, path: file.path, data: result.data, body: split.body }, locate: parsed.locate });
  }
  return paths;
}
