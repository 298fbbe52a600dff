import { z } from 'astro/zod';
import { slug, text } from './fields.ts';

/** Longest summary of a lesson path, in characters: it must fit the list of lessons. */
export const MAX_PATH_SUMMARY_LENGTH = 240;
/** Longest discussion question, in characters: a question must fit a slide at 28 px. */
export const MAX_QUESTION_LENGTH = 160;
/** Most questions on one step or on the closing slide: more would not fit the slide. */
export const MAX_QUESTIONS = 3;

/** Minutes of class time, a whole number from 1 to 240. */
const minutes = z.number({ message: 'must be a number of minutes, e.g. 5' }).int({ message: 'must be a whole number of minutes' }).min(1, { message: 'must be at least 1 minute' }).max(240, { message: 'must be at most 240 minutes' });

/** One open question for the class. */
const question = text.max(MAX_QUESTION_LENGTH, { message: `must be at most ${MAX_QUESTION_LENGTH} characters. Fix: ask one thing in one short sentence` });

/** One to three discussion questions. */
const questions = z
  .array(question, { message: 'must be a list of questions. Fix: write one "- …?" line per question' })
  .min(1, { message: 'must list at least one discussion question. Fix: add a line "- …?" under questions' })
  .max(MAX_QUESTIONS, { message: `must list at most ${MAX_QUESTIONS} questions. Fix: keep the best ${MAX_QUESTIONS}` });

/** The youngest and oldest pupils a lesson is written for, in years. */
export interface AgeRange {
  from: number;
  to: number;
}

/**
 * The ages a lesson suits, written "14–16" (or "14-16", or one age: 15); normalised to
 * `{ from, to }` so that the pages see one shape.
 */
export const ageRange = z.union([z.string(), z.number()]).transform((value, ctx): AgeRange => {
  const match = /^\s*(\d{1,2})\s*(?:[-–—]|to)\s*(\d{1,2})\s*$/.exec(String(value)) ?? /^\s*(\d{1,2})\s*$/.exec(String(value));
  const from = match ? Number(match[1]) : NaN;
  const to = match ? Number(match[2] ?? match[1]) : NaN;
  if (!match || from < 5 || to > 19 || from > to) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not an age range of pupils. Fix: write the youngest and oldest age, e.g. age: "14–16"`, input: value });
    return z.NEVER;
  }
  return { from, to };
});

/** One step of a lesson path: an event, its class time, and what the teacher may say and ask. */
export const pathStepSchema = z.strictObject({
  /** Slug of the event shown on this step's slide (a file in content/events/). */
  event: slug,
  /** Class time for this slide, in minutes. */
  minutes,
  /** Teacher notes, shown only in the notes view (plain text). */
  notes: text.optional(),
  /** Open questions that make pupils use the evidence of the entry (one to three). */
  questions,
});

/** The closing slide: the questions that draw the lesson together, and their time. */
export const pathClosingSchema = z.strictObject({
  /** Class time for the closing discussion, in minutes. */
  minutes,
  /** One to three questions about the whole lesson. */
  questions,
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
  /** What pupils should know or be able to do by the end (one to four aims). */
  aims: z
    .array(text, { message: 'must be a list of aims. Fix: write one "- Pupils can …" line per aim' })
    .min(1, { message: 'must list at least one aim. Fix: add a line "- Pupils can …" under aims' })
    .max(4, { message: 'must list at most four aims. Fix: keep the four that matter most' }),
  /** The pupils' ages, e.g. "14–16" (normalised to { from, to }). */
  age: ageRange,
  /** The whole lesson, in minutes; the steps' and the closing's minutes must fit inside it. */
  duration: minutes,
  /** The events in the order they are presented (at least two). */
  steps: z.array(pathStepSchema).min(2, { message: 'must list at least two steps' }),
  /** The closing slide's questions and time. */
  closing: pathClosingSchema,
});

/** A validated lesson path's front matter. */
export type PathData = z.output<typeof pathSchema>;
