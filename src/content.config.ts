import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import type { EventData } from './lib/schemas/event.ts';
import type { StoredMedia } from './lib/content/media.ts';
import type { PathData } from './lib/schemas/path.ts';
import type { BibliographyItem, LaneData, PersonData, PlaceData } from './lib/schemas/people-places.ts';
import { validatedLoader } from './content-source/loader.ts';

// Every entry comes from the content the gate validated (src/content-source/validated.ts), with
// cross-references resolved: the loaders store it as it is, and these schemas only give the
// entries their types (the validation, with its messages, is src/lib/content/validate.ts).
const typed = <T>() => z.custom<T>(() => true);

export const collections = {
  // An event's pictures come with their image metadata (the loader hands them to Astro's image pipeline).
  events: defineCollection({ loader: validatedLoader('events'), schema: typed<Omit<EventData, 'media'> & { media: StoredMedia<ImageMetadata>[] }>() }),
  people: defineCollection({ loader: validatedLoader('people'), schema: typed<PersonData>() }),
  places: defineCollection({ loader: validatedLoader('places'), schema: typed<PlaceData>() }),
  lanes: defineCollection({ loader: validatedLoader('lanes'), schema: typed<LaneData & { position: number }>() }),
  bibliography: defineCollection({ loader: validatedLoader('bibliography'), schema: typed<BibliographyItem>() }),
  paths: defineCollection({ loader: validatedLoader('paths'), schema: typed<PathData>() }),
};
