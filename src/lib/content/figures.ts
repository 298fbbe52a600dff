// Figures: charts drawn at build time from cited numbers (content/figures/<name>.yaml). Each
// number names the bibliography entry it was read in and the locator where it stands, so the
// chart's source line and data table cite it like a footnote does.
import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { closest, type Problem } from './problems.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where one number was read: a bibliography key and the locator the copy shows. */
export const figureSourceSchema = z
  .object({
    /** A key of content/bibliography.yaml. */
    key: z.string().min(1),
    /** Where in that work the number stands, as the copy read shows it ("p. 1", "web page 129", "infobox"). */
    locator: z.string().trim().min(1, 'must say where in the work the number stands, e.g. "p. 12" or "infobox"'),
  })
  .strict();

/** One part of a number given as a sum ("26,500 killed" of the reported losses). */
export const figurePartSchema = z
  .object({
    /** What this part counts, e.g. "killed". */
    label: z.string().min(1),
    /** The number the source gives for it. */
    value: z.number().int().nonnegative(),
  })
  .strict();

/** One number as one source gives it, labelled by who makes the claim. */
export const figureClaimSchema = z
  .object({
    /** Who gives the number, e.g. "the figures released when the archives opened". */
    by: z.string().min(1),
    /** What the number counts, e.g. "killed and missing". */
    counts: z.string().min(1),
    /** The number as the source gives it; leave out when it is given in `parts`. */
    value: z.number().int().nonnegative().optional(),
    /** The number given as parts (killed, wounded, sick); the figure draws and states their sum. */
    parts: z.array(figurePartSchema).min(2).optional(),
    /** How the source qualifies the number: "about 70,000", "under 50,000". Default: as given. */
    qualifier: z.enum(['about', 'under', 'over']).optional(),
    /** Where the number was read. */
    source: figureSourceSchema,
  })
  .strict()
  .superRefine((claim, context) => {
    if ((claim.value === undefined) === (claim.parts === undefined)) {
      context.addIssue({ code: 'custom', path: ['value'], message: 'give either "value" or "parts", not both and not neither' });
    }
  });

/** A row of the figure: what is counted (e.g. "dead", "wounded") and every claim about it. */
export const figureGroupSchema = z
  .object({
    /** What the claims are about, e.g. "Red Army losses". */
    label: z.string().min(1),
    claims: z.array(figureClaimSchema).min(1),
  })
  .strict();

/** One figure file. */
export const figureSchema = z
  .object({
    /** The event whose page shows the figure: a file name under content/events/, without .md. */
    event: z.string().regex(SLUG, 'must be an event slug, e.g. "battle-of-lake-khasan-1938"'),
    /** The figure's title, shown above it and read first by screen readers. */
    title: z.string().min(5).max(120),
    /** "bar": bars from zero (parts stacked); "range": each claim a dot, the spread of claims shaded. */
    kind: z.enum(['bar', 'range']),
    /** What the numbers count, e.g. "men" or "people". */
    unit: z.string().min(1),
    /** One or two sentences a reader needs to read the figure right (shown under it). */
    note: z.string().min(10).max(400).optional(),
    groups: z.array(figureGroupSchema).min(1).max(6),
  })
  .strict();

/** A validated figure. */
export type FigureData = z.infer<typeof figureSchema>;
/** One claim of a figure. */
export type FigureClaim = z.infer<typeof figureClaimSchema>;

/** A figure with its file: `id` is the file name without .yaml, used as the figure's anchor. */
export interface FigureEntry {
  id: string;
  path: string;
  data: FigureData;
}

/** The number a claim stands for: its value, or the sum of its parts. */
export function claimTotal(claim: FigureClaim): number {
  return claim.value ?? (claim.parts ?? []).reduce((sum, part) => sum + part.value, 0);
}

const FIX = 'see the fields described in README.md, "Figures", and the other files of content/figures/';

/** A figure file whose fields did not all pass: its event, if it names one, is still checked. */
export interface PartialFigure {
  path: string;
  event?: string;
}

/**
 * Reads and checks the figure files; problems name the file, the field and the fix. Files that
 * fail come back as `partial`, so that a wrong event is reported in the same run.
 */
export function parseFigures(files: { path: string; text: string }[], problems: Problem[]): { figures: FigureEntry[]; partial: PartialFigure[] } {
  const figures: FigureEntry[] = [];
  const partial: PartialFigure[] = [];
  for (const file of files) {
    const id = file.path.split('/').pop()!.replace(/\.ya?ml$/, '');
    if (!SLUG.test(id)) {
      problems.push({ file: file.path, message: `the file name "${id}" is not lowercase kebab-case`, fix: 'rename it, e.g. content/figures/battle-of-lake-khasan-1938.yaml' });
      continue;
    }
    const lines = new LineCounter();
    const document = parseDocument(file.text, { lineCounter: lines, uniqueKeys: true });
    if (document.errors.length) {
      const error = document.errors[0];
      problems.push({ file: file.path, field: `line ${error.linePos?.[0]?.line ?? '?'}`, message: `the YAML could not be read (${error.message.split('\n')[0]})`, fix: 'check the indentation and quoting' });
      continue;
    }
    const raw: unknown = document.toJS({ maxAliasCount: 10 });
    const result = figureSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(issueProblem(file.path, issue));
      const event = (raw as { event?: unknown } | null)?.event;
      partial.push({ path: file.path, ...(typeof event === 'string' && SLUG.test(event) ? { event } : {}) });
      continue;
    }
    figures.push({ id, path: file.path, data: result.data });
  }
  return { figures, partial };
}

/** One schema issue as one line: a missing field, an unknown key, or the schema's own message. */
function issueProblem(file: string, issue: z.core.$ZodIssue): Problem {
  const field = issue.path.length ? issue.path.join('.') : undefined;
  const where = field ? { field } : {};
  if (issue.code === 'unrecognized_keys') {
    return { file, ...where, message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`, fix: 'remove it or correct its spelling' };
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return { file, ...where, message: 'is missing', fix: `add "${String(issue.path.at(-1))}:" (${FIX})` };
  }
  return { file, ...where, message: issue.message, fix: FIX };
}

/** The problems with what figures name: their event and every bibliography key. */
export function figureReferenceProblems(figures: FigureEntry[], events: Set<string>, bibliography: Map<string, unknown> | null, partial: PartialFigure[] = [], bibliographyFile = 'content/bibliography.yaml'): Problem[] {
  const problems: Problem[] = [];
  const eventProblem = (path: string, event: string) => {
    if (events.has(event)) return;
    const guess = closest(event, events);
    problems.push({ file: path, field: 'event', message: `"${event}" is not an event`, fix: guess ? `did you mean "${guess}"?` : 'use the file name of an event under content/events/, without .md' });
  };
  for (const { path, event } of partial) if (event) eventProblem(path, event);
  for (const { path, data } of figures) {
    eventProblem(path, data.event);
    if (!bibliography) continue;
    data.groups.forEach((group, g) =>
      group.claims.forEach((claim, c) => {
        const { key } = claim.source;
        if (bibliography.has(key)) return;
        const guess = closest(key, bibliography.keys());
        problems.push({ file: path, field: `groups.${g}.claims.${c}.source.key`, message: `"${key}" is not in ${bibliographyFile}`, fix: guess ? `did you mean "${guess}"?` : `add the work to ${bibliographyFile} or correct the key` });
      }),
    );
  }
  return problems;
}
