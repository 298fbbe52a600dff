// The glossary: terms a reader of fifteen may not know (content/glossary.yaml), each with the
// spellings it appears under in the texts and a one- or two-sentence explanation. Event pages
// link the first use of each term to its entry on /glossary/.
import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problems.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One glossary entry. */
export const glossaryEntrySchema = z
  .object({
    /** The anchor on /glossary/: lowercase kebab-case. */
    id: z.string().regex(SLUG, 'must be lowercase kebab-case, e.g. "kwantung-army"'),
    /** The term as the glossary lists it. */
    term: z.string().min(1),
    /** Other forms the texts use (plural, another spelling); matched as whole words, case-sensitive. */
    aliases: z.array(z.string().min(1)).default([]),
    /** Plain text, at most 400 characters. */
    definition: z.string().min(20).max(400),
  })
  .strict();

/** A validated glossary entry. */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Reads and checks content/glossary.yaml; problems name the file, the entry and the field. */
export function parseGlossary(file: { path: string; text: string } | undefined, problems: Problem[]): GlossaryEntry[] {
  if (!file) return [];
  const lines = new LineCounter();
  const document = parseDocument(file.text, { lineCounter: lines, uniqueKeys: true });
  if (document.errors.length) {
    const error = document.errors[0];
    problems.push({ file: file.path, message: `line ${error.linePos?.[0]?.line ?? '?'}: the YAML could not be read (${error.message.split('\n')[0]})`, fix: 'check the indentation and quoting' });
    return [];
  }
  const data = document.toJS({ maxAliasCount: 10 });
  if (!Array.isArray(data)) {
    problems.push({ file: file.path, message: 'is not a list of terms', fix: 'write one "- id: …" item per term' });
    return [];
  }
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  data.forEach((item, index) => {
    const result = glossaryEntrySchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: file.path, field: `item ${index + 1}${issue.path.length ? `: ${issue.path.join('.')}` : ''}`, message: issue.message, fix: 'see the other entries of content/glossary.yaml' });
      }
      return;
    }
    if (seen.has(result.data.id)) {
      problems.push({ file: file.path, field: `item ${index + 1}: id`, message: `"${result.data.id}" is used twice`, fix: 'give each term its own id' });
      return;
    }
    seen.add(result.data.id);
    entries.push(result.data);
  });
  return entries;
}

/** A place in a text where a glossary term is used. */
export interface TermMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds, in one run of text, the first use of each term not yet in `used` (whole words, longest
 * form first, so "Roman Senate" wins over "Roman"), and adds those terms to `used`.
 */
export function findFirstUses(text: string, glossary: GlossaryEntry[], used: Set<string>): TermMatch[] {
  const forms = glossary
    .filter((entry) => !used.has(entry.id))
    .flatMap((entry) => [entry.term, ...entry.aliases].map((form) => ({ form, entry })))
    .sort((a, b) => b.form.length - a.form.length);
  if (!forms.length) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.map((f) => escapeRegExp(f.form)).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  const matches: TermMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const entry = forms.find((f) => f.form === match[0])!.entry;
    if (used.has(entry.id)) continue;
    used.add(entry.id);
    matches.push({ start: match.index, end: match.index + match[0].length, entry });
  }
  return matches;
}
