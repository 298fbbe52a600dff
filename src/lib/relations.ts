// Typed relations between events, read in both directions: an event that "led to" another
// is, seen from the other one, the event it "followed from".
import type { RELATION_TYPES } from './schemas/fields.ts';

/** A relation type of the content model. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** What a relation is called on the page of the event that names it, and on the other event's page. */
export const RELATION_WORDS: Record<RelationType, { outgoing: string; incoming: string }> = {
  'part-of': { outgoing: 'Part of', incoming: 'Includes' },
  'response-to': { outgoing: 'In response to', incoming: 'Prompted' },
  'led-to': { outgoing: 'Led to', incoming: 'Followed from' },
  'see-also': { outgoing: 'See also', incoming: 'See also' },
};

/** The order of the groups on a page: the larger whole first, causes before consequences, "see also" last. */
const GROUP_ORDER = ['Part of', 'Includes', 'Followed from', 'In response to', 'Led to', 'Prompted', 'See also'] as const;

/** An event as far as relations are concerned. */
export interface RelatedSource {
  slug: string;
  related: readonly { type: RelationType; event: string }[];
}

/** One group of related events under its words: "Led to: the Triple Intervention". */
export interface RelationGroup {
  words: string;
  /** Slugs, in the order of `events` (the site's chronological order). */
  slugs: string[];
}

/**
 * The relations of every event in both directions, read once: a function that gives one
 * event's groups by their words. Each other event appears once, under the first group that
 * names it; an event never relates to itself. `events` must be in chronological order: each
 * group lists its events in that order. (A build asks this of every event page: reading all
 * events for each page made the build quadratic.)
 */
export function relationIndex(events: readonly RelatedSource[]): (slug: string) => RelationGroup[] {
  const order = new Map(events.map((e, i) => [e.slug, i]));
  const incoming = new Map<string, { from: string; type: RelationType }[]>();
  for (const other of events) {
    for (const relation of other.related) {
      const list = incoming.get(relation.event) ?? [];
      list.push({ from: other.slug, type: relation.type });
      incoming.set(relation.event, list);
    }
  }
  return (slug) => {
    const words = new Map<string, Set<string>>(); // slug → the words that name it
    const add = (other: string, word: string) => {
      if (other === slug || !order.has(other)) return;
      words.set(other, (words.get(other) ?? new Set()).add(word));
    };
    const self = order.has(slug) ? events[order.get(slug)!] : undefined;
    for (const relation of self?.related ?? []) add(relation.event, RELATION_WORDS[relation.type].outgoing);
    for (const { from, type } of incoming.get(slug) ?? []) add(from, RELATION_WORDS[type].incoming);
    const groups = new Map<string, string[]>();
    for (const [other, named] of words) {
      const word = GROUP_ORDER.find((w) => named.has(w))!;
      groups.set(word, [...(groups.get(word) ?? []), other]);
    }
    return GROUP_ORDER.filter((w) => groups.has(w)).map((w) => ({ words: w, slugs: groups.get(w)!.sort((a, b) => order.get(a)! - order.get(b)!) }));
  };
}

/** The relations of one event (see relationIndex, for many). */
export function relationGroups(slug: string, events: readonly RelatedSource[]): RelationGroup[] {
  return relationIndex(events)(slug);
}

/** The events before and after one in the site's chronological order. */
export function neighbours<T extends { slug: string }>(slug: string, events: readonly T[]): { previous?: T; next?: T } {
  const index = events.findIndex((e) => e.slug === slug);
  if (index < 0) return {};
  return { previous: events[index - 1], next: events[index + 1] };
}
