import { validateContent, type ContentRules, type RawContent } from '../content/validate.ts';
import { formatProblem, type Problem } from '../content/problems.ts';
import type { LaneData, TagData } from '../schemas/people-places.ts';
import type { ConvertedEntry, SkippedItem } from './timelinejs.ts';

/** The bibliography item that stands for an imported TimelineJS file. */
export interface ImportSource {
  id: string;
  title: string;
  /** The file's name, for the note. */
  fileName: string;
  /** Today, as [year, month, day]. */
  accessed: [number, number, number];
  /** What the file is (CSL "medium"). Default "TimelineJS3 JSON". */
  medium?: string;
}

/** YAML to append to content/lanes.yaml for new lanes. */
export function lanesYaml(lanes: readonly LaneData[]): string {
  return lanes.map((lane) => `- id: ${lane.id}\n  label: ${JSON.stringify(lane.label)}\n  description: ${JSON.stringify(`Imported from the TimelineJS group "${lane.label}".`)}\n`).join('');
}

/** YAML to append to content/tags.yaml for tags the import brings (TimelineJS eras). */
export function tagsYaml(tags: readonly TagData[]): string {
  return tags.map((tag) => `- id: ${tag.id}\n  label: ${JSON.stringify(tag.label)}\n  description: ${JSON.stringify(tag.description)}\n`).join('');
}

/** YAML to append to content/bibliography.yaml for the imported file (CSL "dataset"). */
export function sourceYaml(source: ImportSource): string {
  const [y, m, d] = source.accessed;
  return [
    `- id: ${source.id}`,
    '  type: dataset',
    `  title: ${JSON.stringify(source.title)}`,
    `  medium: ${source.medium ?? 'TimelineJS3 JSON'}`,
    `  note: ${JSON.stringify(`Imported from ${source.fileName} with npm run import.`)}`,
    `  accessed: { date-parts: [[${y}, ${m}, ${d}]] }`,
    '',
  ].join('\n');
}

/** Text with more YAML list items appended, on a line of their own. */
export function appendYaml(text: string, addition: string): string {
  if (!addition) return text;
  return `${text.replace(/\s*$/, '')}\n${addition}`;
}

/** The outcome of checking converted entries like hand-written ones. */
export interface ImportCheck {
  /** Entries that pass the format checks (schema, dates, references, safe Markdown). */
  accepted: ConvertedEntry[];
  /** Entries that do not, with every problem. */
  rejected: SkippedItem[];
  /** For accepted entries, this site's editorial rules they do not meet yet (by slug). */
  editorial: Map<string, string[]>;
  /** Problems in lanes.yaml, tags.yaml or bibliography.yaml after the additions (a bug if any). */
  other: Problem[];
}

/**
 * Checks imported entries with the same validation as hand-written content, over the whole
 * content directory as it would be after the import. Format problems reject an entry; the
 * site's editorial rules (two sources, 200–500 words) only produce warnings, because an
 * import brings in other people's shorter entries, which editors then complete — the build
 * still refuses to publish until they do.
 */
export function checkImport(raw: RawContent, entries: readonly ConvertedEntry[], additions: { lanes: string; bibliography: string; tags?: string }, contentPrefix: string, siteRules: ContentRules): ImportCheck {
  const pathOf = (slug: string) => `${contentPrefix}/events/${slug}.md`;
  const newPaths = new Map(entries.map((entry) => [pathOf(entry.slug), entry]));
  const replaced = new Set(entries.map((entry) => entry.slug));
  const after: RawContent = {
    ...raw,
    events: [
      ...raw.events.filter((file) => !replaced.has(file.path.replace(/^.*\//, '').replace(/\.mdx?$/, ''))),
      ...entries.map((entry) => ({ path: pathOf(entry.slug), text: entry.markdown })),
    ],
    lanes: raw.lanes ? { ...raw.lanes, text: appendYaml(raw.lanes.text, additions.lanes) } : raw.lanes,
    bibliography: raw.bibliography ? { ...raw.bibliography, text: appendYaml(raw.bibliography.text, additions.bibliography) } : raw.bibliography,

    tags: raw.tags ? { ...raw.tags, text: appendYaml(raw.tags.text, additions.tags ?? '') } : additions.tags ? { path: `${contentPrefix}/tags.yaml`, text: additions.tags } : undefined,
  };
  const format = validateContent(after, { minSources: 1 }).problems;
  const site = validateContent(after, siteRules).problems;
  const formatLines = new Set(format.map(formatProblem));

  const byPath = (problems: Problem[]) => {
    const map = new Map<string, Problem[]>();
    for (const problem of problems) map.set(problem.file, [...(map.get(problem.file) ?? []), problem]);
    return map;
  };
  const formatByPath = byPath(format);
  const accepted: ConvertedEntry[] = [];
  const rejected: SkippedItem[] = [];
  const editorial = new Map<string, string[]>();
  for (const [path, entry] of newPaths) {
    const problems = formatByPath.get(path);
    if (problems?.length) {
      rejected.push({ item: entry.item, label: `"${entry.title}"`, reason: problems.map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`).join('; ') });
      continue;
    }
    accepted.push(entry);
    const rules = site.filter((p) => p.file === path && !formatLines.has(formatProblem(p)));
    if (rules.length) editorial.set(entry.slug, rules.map((p) => p.message));
  }
  const touched = new Set([raw.lanes?.path, raw.bibliography?.path, raw.tags?.path ?? `${contentPrefix}/tags.yaml`]);
  const other = format.filter((p) => touched.has(p.file));
  return { accepted, rejected, editorial, other };
}
