import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { eventSchema } from './lib/schemas/event.ts';
import { pathSchema } from './lib/schemas/path.ts';
import { bibliographyItemSchema, laneSchema, personSchema, placeSchema } from './lib/schemas/people-places.ts';
import { parse } from 'yaml';
import { contentDir } from './content-source/read.ts';

// The content gate (src/integrations/content-gate.ts) has validated all of this, with
// cross-references, before Astro loads it; these schemas give the entries their types.
const dir = contentDir();
// A byte-order mark (as Windows Notepad writes) is accepted, as the content gate accepts it.
const yaml = { parser: (text: string) => parse(text.replace(/^\uFEFF/, '')) };

export const collections = {
  events: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${dir}/events` }), schema: eventSchema }),
  people: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${dir}/people` }), schema: personSchema }),
  places: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${dir}/places` }), schema: placeSchema }),
  lanes: defineCollection({ loader: file(`${dir}/lanes.yaml`, yaml), schema: laneSchema }),
  bibliography: defineCollection({ loader: file(`${dir}/bibliography.yaml`, yaml), schema: bibliographyItemSchema }),
  paths: defineCollection({ loader: glob({ pattern: '*.md', base: `${dir}/paths` }), schema: pathSchema }),
};
