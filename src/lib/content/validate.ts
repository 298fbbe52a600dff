// Content validation: parsing (parse.ts), references (references.ts) and editorial rules
// (editorial.ts), run over all content at once. Every problem is returned, never only the first.
import type { EventData } from '../schemas/event.ts';
import type { PathData } from '../schemas/path.ts';
import type { BibliographyItem, LaneData, PersonData, PlaceData, TagData } from '../schemas/people-places.ts';
import { personSchema, placeSchema } from '../schemas/people-places.ts';
import type { Problem } from './problems.ts';
import { contentDirOf, expectedFile, parseBibliography, parseEvents, parseLanes, parsePaths, parseTags, parseYamlCollection, type InvalidTargets } from './parse.ts';
import { eventReferenceProblems, pathReferenceProblems } from './references.ts';
import { editorialProblems, julianDateNotes } from './editorial.ts';
import { parseGlossary, type GlossaryEntry } from './glossary.ts';
import { figureReferenceProblems, parseFigures, type FigureEntry } from './figures.ts';
import type { RawMediaFile, ResolvedMedia } from './media.ts';

export { countWords, MAX_ALIAS_COUNT, RESERVED_PATH_SLUGS } from './parse.ts';

/** A file as read from disk: its repo-relative path and its text. */
export interface RawFile {
  path: string;
  text: string;
  /** Set when the file is not UTF-8: the offset of the first byte that is not (text is then empty). */
  invalidUtf8At?: number;
  /** The line of that byte. */
  invalidUtf8Line?: number;
}

/** Everything under the content directory, read but not yet understood. */
export interface RawContent {
  events: RawFile[];
  people: RawFile[];
  places: RawFile[];
  lanes?: RawFile;
  /** content/tags.yaml: the closed list of tags (required once an event names a tag). */
  tags?: RawFile;
  bibliography?: RawFile;
  /** Lesson paths, content/paths/<slug>.md (none when the folder does not exist). */
  paths?: RawFile[];
  /** content/glossary.yaml: terms explained for young readers (optional). */
  glossary?: RawFile;
  /** Figures, content/figures/<name>.yaml (none when the folder does not exist). */
  figures?: RawFile[];
  /** Picture files beside the events and under content/media/, by path (none by default). */
  media?: RawMediaFile[];
  /**
   * Where the single files are looked for, as the messages name them ("examples/writing/lanes.yaml"
   * with CONTENT_DIR=examples/writing); content/lanes.yaml, content/tags.yaml and
   * content/bibliography.yaml by default.
   */
  expected?: { dir: string; lanes: string; tags: string; bibliography: string };
}

/** Editorial rules that go beyond the format: how many sources, how long a text. */
export interface ContentRules {
  /** Distinct works an entry cites, at least; 0 asks for no citation at all. */
  minSources: number;
  minWords?: number;
  maxWords?: number;
  /** The longest summary, in characters (default: the format's own limit). */
  maxSummary?: number;
  /** Where sources date by the Julian calendar (content/site.yaml's `calendars.julian`): an Old Style date is suggested for such events. Default: nowhere. */
  oldStyle?: 'all' | readonly string[];
}

/** The rules of a format check only (the importer's): valid files, nothing more. */
export const FORMAT_RULES: ContentRules = { minSources: 0 };

/** A validated event: its slug, file, typed front matter and Markdown body. */
export interface EventEntry {
  slug: string;
  path: string;
  data: EventData;
  body: string;
  /** Bibliography keys cited in the body, in order of first citation. */
  citedKeys: string[];
  wordCount: number;
  /** Its pictures, checked against the files (src/lib/content/media.ts); none when absent. */
  media?: ResolvedMedia[];
}

/** An event whose front matter did not pass: the fields that did, for the checks that still apply. */
export interface PartialEventEntry extends Omit<EventEntry, 'data'> {
  data: Partial<EventData>;
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
  /** content/tags.yaml, in its order (empty without the file). */
  tags: TagData[];
  bibliography: Map<string, BibliographyItem>;
  paths: PathEntry[];
  /** content/glossary.yaml: terms explained for young readers (empty without the file). */
  glossary: GlossaryEntry[];
  /** Charts drawn from cited numbers, each shown on its event's page. */
  figures: FigureEntry[];
}

/**
 * Validates all authored content at once and returns every problem found (never only the
 * first), the notes (suggestions that do not stop the build), and the content that passed. A build publishes only when problems is empty.
 */
export function validateContent(raw: RawContent, rules: ContentRules = FORMAT_RULES): { problems: Problem[]; notes: Problem[]; content: ValidatedContent } {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  // What exists but is invalid: a reference to it is told that its target has problems, not that it does not exist.
  const invalid: InvalidTargets = { lanes: new Map(), tags: new Map(), keys: new Map(), people: new Map(), places: new Map(), events: new Map() };

  const lanes = parseLanes(raw, problems, invalid);
  const { bibliography, read: bibliographyRead } = parseBibliography(raw, problems, invalid);
  const people = parseYamlCollection(raw.people, personSchema, Object.keys(personSchema.shape), problems, invalid.people);
  const places = parseYamlCollection(raw.places, placeSchema, Object.keys(placeSchema.shape), problems, invalid.places);
  const { events, partial, files: eventFiles } = parseEvents(raw, problems, invalid, notes);
  const tags = parseTags(raw, [...events, ...partial].some((event) => event.data.tags?.length), problems, invalid);

  // Events whose front matter failed are checked too, on the fields that passed: one run lists everything.
  const targets = { lanes, tags, people, places, events: new Set(events.map((event) => event.slug)), bibliography: bibliographyRead ? bibliography : null, invalid, files: { dir: contentDirOf(raw), tags: expectedFile(raw, 'tags'), bibliography: expectedFile(raw, 'bibliography') } };
  for (const event of [...events, ...partial]) problems.push(...eventReferenceProblems(event, targets), ...editorialProblems(event, rules));

  const paths = parsePaths(raw.paths ?? [], problems).map(({ entry, locate }) => {
    problems.push(...pathReferenceProblems(entry, locate, eventFiles, contentDirOf(raw)));
    return entry;
  });
  const glossary = parseGlossary(raw.glossary, problems);
  const { figures, partial: partialFigures } = parseFigures(raw.figures ?? [], problems);
  problems.push(...figureReferenceProblems(figures, eventFiles, bibliographyRead ? bibliography : null, partialFigures, expectedFile(raw, 'bibliography')));
  return { problems, notes: [...notes, ...julianDateNotes(events, places, rules.oldStyle)], content: { events, people, places, lanes, tags: tags ?? [], bibliography, paths, glossary, figures } };
}
