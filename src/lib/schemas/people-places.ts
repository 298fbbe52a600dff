import { z } from 'astro/zod';
import { edtfDate, otherName, SLUG_PATTERN, text } from './fields.ts';

/** A person, content/people/<slug>.yaml. */
export const personSchema = z.strictObject({
  name: text,
  names: z.array(otherName).default([]),
  aliases: z.array(text).default([]),
  born: edtfDate.optional(),
  died: edtfDate.optional(),
  description: text,
});

/** A place, content/places/<slug>.yaml. */
export const placeSchema = z.strictObject({
  name: text,
  modernName: text.optional(),
  names: z.array(otherName).default([]),
  aliases: z.array(text).default([]),
  latitude: z.number().min(-90, { message: 'must be between -90 and 90' }).max(90, { message: 'must be between -90 and 90' }),
  longitude: z.number().min(-180, { message: 'must be between -180 and 180' }).max(180, { message: 'must be between -180 and 180' }),
  country: text,
  description: text.optional(),
});

/** One lane (theme) in content/lanes.yaml. */
export const laneSchema = z.strictObject({
  id: z.string().regex(SLUG_PATTERN),
  label: text,
  description: text.optional(),
});

/** One tag in content/tags.yaml: the closed list of words that describe what kind of event it was. */
export const tagSchema = z.strictObject({
  /** The slug events name in `tags:`, e.g. "war-crimes". */
  id: z.string().regex(SLUG_PATTERN),
  /** What readers see on tag pages and chips, e.g. "War crimes". */
  label: text,
  /** When to use the tag, for authors (shown by `npm run list -- tags`). */
  description: text,
});

/** One CSL-JSON item of content/bibliography.yaml; CSL's own fields are checked loosely. */
export const bibliographyItemSchema = z.looseObject({
  id: z.string().regex(/^[A-Za-z0-9][\w.:-]*$/, { message: 'must be letters, digits, "-", "_", "." or ":"' }),
  type: z.string().min(1),
  title: text,
});

export type PersonData = z.output<typeof personSchema>;
export type PlaceData = z.output<typeof placeSchema>;
export type LaneData = z.output<typeof laneSchema>;
export type TagData = z.output<typeof tagSchema>;
export type BibliographyItem = z.output<typeof bibliographyItemSchema> & Record<string, unknown>;
