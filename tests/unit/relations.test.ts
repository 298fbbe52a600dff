import { describe, expect, it } from 'vitest';
import { neighbours, relationGroups, type RelatedSource } from '../../src/lib/relations.ts';

// In chronological order, as the site orders events.
const events: RelatedSource[] = [
  { slug: 'shimonoseki', related: [{ type: 'led-to', event: 'triple-intervention' }, { type: 'see-also', event: 'port-arthur-lease' }] },
  { slug: 'triple-intervention', related: [{ type: 'response-to', event: 'shimonoseki' }] },
  { slug: 'port-arthur-lease', related: [{ type: 'see-also', event: 'shimonoseki' }, { type: 'part-of', event: 'scramble' }] },
  { slug: 'scramble', related: [] },
  { slug: 'siege', related: [{ type: 'see-also', event: 'siege' }, { type: 'led-to', event: 'missing' }] },
];

describe('relationGroups: relations in words, both directions', () => {
  it('names what an event led to, and from the other side what it followed from', () => {
    expect(relationGroups('shimonoseki', events)).toEqual([
      { words: 'Led to', slugs: ['triple-intervention'] },
      { words: 'See also', slugs: ['port-arthur-lease'] },
    ]);
    // triple-intervention is a response to shimonoseki and also followed from it: one group, the first in order.
    expect(relationGroups('triple-intervention', events)).toEqual([{ words: 'Followed from', slugs: ['shimonoseki'] }]);
  });

  it('turns part-of around as "Includes", and a see-also both ways is shown once', () => {
    expect(relationGroups('scramble', events)).toEqual([{ words: 'Includes', slugs: ['port-arthur-lease'] }]);
    expect(relationGroups('port-arthur-lease', events)).toEqual([
      { words: 'Part of', slugs: ['scramble'] },
      { words: 'See also', slugs: ['shimonoseki'] },
    ]);
  });

  it('shows "Prompted" for a response seen from the event responded to', () => {
    const only = [events[0], { slug: 'b', related: [{ type: 'response-to' as const, event: 'a' }] }, { slug: 'a', related: [] }];
    expect(relationGroups('a', only)).toEqual([{ words: 'Prompted', slugs: ['b'] }]);
  });

  it('ignores relations to itself and to events that do not exist', () => {
    expect(relationGroups('siege', events)).toEqual([]);
  });
});

describe('neighbours: previous and next in the given order', () => {
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours('shimonoseki', events)).toEqual({ previous: undefined, next: events[1] });
    expect(neighbours('siege', events)).toEqual({ previous: events[3], next: undefined });
    expect(neighbours('nowhere', events)).toEqual({});
  });
});
