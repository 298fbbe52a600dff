import type { EventData } from '../schemas/event.ts';
import type { PersonData, PlaceData } from '../schemas/people-places.ts';

/** A name under which readers may look for an event, with its language when known. */
export interface SearchTerm {
  text: string;
  lang?: string;
}

type Named = Pick<PersonData, 'name' | 'names' | 'aliases'> & { modernName?: string };

function namesOf(thing: Named): SearchTerm[] {
  return [
    { text: thing.name },
    ...(thing.modernName ? [{ text: thing.modernName }] : []),
    ...thing.names.flatMap((name) => [{ text: name.text, lang: name.lang }, ...(name.romanization ? [{ text: name.romanization }] : [])]),
    ...thing.aliases.map((alias) => ({ text: alias })),
  ];
}

/**
 * Every other name of an event, and every name of its people and places, in every script and
 * romanisation, without duplicates: what the search index needs so that a place's other
 * spelling, or a person's name in another script, finds the event.
 */
export function searchTermsFor(
  data: Pick<EventData, 'names' | 'people' | 'places'>,
  people: ReadonlyMap<string, PersonData>,
  places: ReadonlyMap<string, PlaceData>,
): SearchTerm[] {
  const terms: SearchTerm[] = [
    ...(data.names ?? []).flatMap((name) => [{ text: name.text, lang: name.lang }, ...(name.romanization ? [{ text: name.romanization }] : [])]),
    ...data.people.flatMap((slug) => (people.has(slug) ? namesOf(people.get(slug)!) : [])),
    ...data.places.flatMap((slug) => (places.has(slug) ? namesOf(places.get(slug)!) : [])),
  ];
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.text.normalize("NFC");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
