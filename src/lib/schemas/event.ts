import { z } from 'astro/zod';
import { edtfDate, otherName, RELATION_TYPES, slug, text } from './fields.ts';
import { mediaItemSchema } from './media.ts';

/** Longest summary, in characters: it must fit a timeline card and a search result. */
export const MAX_SUMMARY_LENGTH = 240;

/** Front matter of one event file, content/events/<slug>.md(x). Unknown keys are errors. */
export const eventSchema = z.strictObject({
  title: text,
  summary: text.max(MAX_SUMMARY_LENGTH, { message: `must be at most ${MAX_SUMMARY_LENGTH} characters` }),
  date: edtfDate,
  dateNote: text.optional(),
  /** The date as the source writes it ("Spring 1066", "About 13.8 billion years ago"), shown instead of the date worked out from `date`; `date` still places the event. Default: none. */
  displayDate: text.optional(),
  alternativeDates: z
    .array(z.strictObject({ date: edtfDate, source: text, note: text.optional() }))
    .optional(),
  julianDate: edtfDate.optional(),
  names: z.array(otherName).optional(),
  lane: slug,
  tags: z.array(slug).default([]),
  places: z.array(slug).default([]),
  people: z.array(slug).default([]),
  related: z.array(z.strictObject({ type: z.enum(RELATION_TYPES), event: slug })).default([]),
  sources: z.array(z.string().min(1)).min(1, { message: 'must list at least one bibliography key' }),
  keyPoints: z.array(text).min(2).max(4).optional(),
  provenance: text.optional(),
  dispute: text.optional(),
  contentNote: text.optional(),
  /** Pictures of the event, each with its text alternative, credit and licence (none by default). */
  media: z.array(mediaItemSchema).default([]),
});

/** A validated event's front matter. */
export type EventData = z.output<typeof eventSchema>;
