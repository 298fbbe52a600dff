import { z } from 'astro/zod';
import { slug, text } from './fields.ts';

/** Longest summary of a lesson path, in characters: it must fit the list of lessons. */
export const MAX_PATH_SUMMARY_LENGTH = 240;

/** One step of a lesson path: an event, and what the teacher may want to say about it. */
export const pathStepSchema = z.strictObject({
  /** Slug of the event shown on this step's slide (a file in content/events/). */
  event: slug,
  /** Teacher notes, shown only in the notes view (plain text). */
  notes: text.optional(),
});

/**
 * Front matter of one lesson path, content/paths/<slug>.md. The body (Markdown) is the
 * introduction shown on the first slide. Unknown keys are errors.
 */
export const pathSchema = z.strictObject({
  /** The lesson's title, e.g. "The Siberian Intervention, 1917–1925". */
  title: text,
  /** One or two sentences for the list of lessons. */
  summary: text.max(MAX_PATH_SUMMARY_LENGTH, { message: `must be at most ${MAX_PATH_SUMMARY_LENGTH} characters` }),
  /** The events in the order they are presented (at least two). */
  steps: z.array(pathStepSchema).min(2, { message: 'must list at least two steps' }),
});

/** A validated lesson path's front matter. */
export type PathData = z.output<typeof pathSchema>;
