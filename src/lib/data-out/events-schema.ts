// The JSON Schema published at /data/events.schema.json, describing /data/events.json
// (the types in ./events.ts). A unit test validates the real export against it.

const nullableString = { type: ['string', 'null'] } as const;
// Years have four digits or more: "-13800000000" is the Big Bang.
const isoPoint = { type: 'string', pattern: '^-?\\d{4,}(-\\d{2}(-\\d{2})?)?$' } as const;
const isoDay = { type: 'string', pattern: '^-?\\d{4,}-\\d{2}-\\d{2}$' } as const;
const slug = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
// Absolute when the site's address is set; root-relative ("/events/x/") in a build without it.
const url = { type: 'string', format: 'uri-reference' } as const;

const date = {
  type: 'object',
  description: 'A historical date: the EDTF as authored, as the site writes it, and its bounds.',
  additionalProperties: false,
  required: ['edtf', 'display', 'start', 'end', 'earliest', 'latest', 'precision', 'isInterval', 'approximate', 'uncertain'],
  properties: {
    edtf: { type: 'string', description: 'Extended Date/Time Format (Library of Congress), levels 0–1, e.g. "1931-09-18", "1920~", "1939-05-11/1939-09-16".' },
    display: { type: 'string', description: 'The date as the site writes it, e.g. "11 May – 16 September 1939".' },
    start: { anyOf: [isoPoint, { type: 'null' }], description: 'ISO 8601 start (year, month or day precision; astronomical years, "-0043" is 44 BCE), or null when open.' },
    end: { anyOf: [isoPoint, { type: 'null' }], description: 'ISO 8601 end of an interval, or null.' },
    earliest: { ...isoDay, description: 'First day the date can mean.' },
    latest: { ...isoDay, description: 'Last day the date can mean.' },
    precision: { enum: ['day', 'month', 'season', 'year'], description: 'The coarser precision of the two ends.' },
    isInterval: { type: 'boolean' },
    approximate: { type: 'boolean', description: 'Either end is circa ("~").' },
    uncertain: { type: 'boolean', description: 'Either end is uncertain ("?").' },
  },
} as const;

/** JSON Schema (draft 2020-12) of /data/events.json. */
export const eventsJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'events.schema.json',
  title: 'Timeline events',
  description: 'Every event of the timeline, with its dates, names in other languages and scripts, people, places and sources.',
  type: 'object',
  additionalProperties: false,
  required: ['$schema', 'title', 'license', 'count', 'events'],
  properties: {
    $schema: { type: 'string' },
    title: { type: 'string' },
    license: { type: 'string' },
    count: { type: 'integer', minimum: 0, description: 'Number of events.' },
    events: {
      type: 'array',
      description: 'The events in chronological order (start, then coarser precision first, then title).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['slug', 'url', 'title', 'summary', 'date', 'dateNote', 'alternativeDates', 'julianDate', 'names', 'lane', 'tags', 'people', 'places', 'related', 'sources', 'keyPoints', 'provenance', 'dispute', 'contentNote', 'text'],
        properties: {
          slug: { ...slug, description: 'Permanent identifier, also the last part of the page URL.' },
          url: { ...url, description: 'The event page.' },
          title: { type: 'string' },
          summary: { type: 'string', maxLength: 240 },
          date,
          dateNote: { ...nullableString, description: 'Words about the date.' },
          alternativeDates: {
            type: 'array',
            description: 'Other dates that sources give.',
            items: { type: 'object', additionalProperties: false, required: ['date', 'source', 'note'], properties: { date, source: { type: 'string' }, note: nullableString } },
          },
          julianDate: { ...nullableString, description: 'Old Style (Julian) date as EDTF, for events whose sources date them in the Julian calendar.' },
          names: {
            type: 'array',
            description: 'Other names, each with a BCP 47 language tag.',
            items: { type: 'object', additionalProperties: false, required: ['text', 'lang', 'romanization'], properties: { text: { type: 'string' }, lang: { type: 'string' }, romanization: nullableString } },
          },
          lane: { type: 'object', additionalProperties: false, required: ['id', 'label'], properties: { id: slug, label: { type: 'string' } }, description: 'The theme.' },
          tags: { type: 'array', items: slug },
          people: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['slug', 'name', 'url'], properties: { slug, name: { type: 'string' }, url } },
          },
          places: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['slug', 'name', 'latitude', 'longitude', 'url'],
              properties: { slug, name: { type: 'string' }, latitude: { type: 'number', minimum: -90, maximum: 90 }, longitude: { type: 'number', minimum: -180, maximum: 180 }, url },
            },
          },
          related: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['type', 'event', 'url'],
              properties: { type: { enum: ['led-to', 'part-of', 'response-to', 'see-also'] }, event: slug, url },
            },
          },
          sources: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'Keys of the CSL-JSON items in bibliography.json.' },
          keyPoints: { type: 'array', items: { type: 'string' } },
          provenance: nullableString,
          dispute: { ...nullableString, description: 'Where sources disagree.' },
          contentNote: nullableString,
          text: { type: 'string', description: 'The entry in Markdown; citations in pandoc style, [@key, p. 12].' },
        },
      },
    },
  },
} as const;
