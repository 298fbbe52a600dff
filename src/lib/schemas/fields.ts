import { z } from 'astro/zod';
import { parseHistoricalDate } from '../dates/historical-date.ts';

/** Relation types between events, in the words the pages use for them. */
export const RELATION_TYPES = ['led-to', 'part-of', 'response-to', 'see-also'] as const;

/** The one slug pattern of the site: lowercase ASCII letters and digits, words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A permanent, URL-safe identifier: lowercase ASCII words joined by hyphens. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, { message: 'must be lowercase letters, digits and single hyphens (e.g. "port-arthur")' });

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Why a BCP-47 tag is not usable, or null when it is. */
export function langTagProblem(tag: string): string | null {
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    return `"${tag}" is not a valid BCP-47 language tag`;
  }
  const language = canonical.split('-')[0];
  if (!languageNames.of(language)) return `"${tag}" names no known language ("${language}")`;
  if (canonical !== tag) return `"${tag}" should be written "${canonical}"`;
  return null;
}

/** A BCP-47 language tag such as ja, zh-Hans, ru or mn-Cyrl. */
export const langTag = z.string().superRefine((tag, ctx) => {
  const problem = langTagProblem(tag);
  if (problem) ctx.addIssue({ code: 'custom', message: `${problem}; use e.g. ja, zh-Hans, zh-Hant, ru, mn, en` });
});

/** A name in another language or script. */
export const otherName = z.strictObject({
  text: z.string().min(1),
  lang: langTag,
  romanization: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

/** An EDTF date string, parsed into a HistoricalDate (fails with the reason and the fix). */
export const edtfDate = z.unknown().transform((value, ctx) => {
  const result = parseHistoricalDate(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `${result.reason}. Fix: ${result.fix}`, input: value });
    return z.NEVER;
  }
  return result.value;
});

/** Plain text of at least one character. */
export const text = z.string().trim().min(1, { message: 'must not be empty' });
