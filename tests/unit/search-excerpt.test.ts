import { describe, expect, it } from 'vitest';
import { MAX_EXCERPT_WORDS, NAMES_WEIGHT, pageWords, resultKind, sentenceExcerpt, TEXT_WEIGHT, type ExcerptPart } from '../../src/lib/search/excerpt.ts';
import { searchTermsFor } from '../../src/lib/search/terms.ts';
import type { PersonData, PlaceData } from '../../src/lib/schemas/people-places.ts';

const text = (parts: ExcerptPart[] | null) => parts?.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('') ?? null;
const PAGE = pageWords(
  'Nomonhan Incident. In 1939 the Kwantung Army fought Soviet and Mongolian forces on the Khalkha River. Zhukov\'s August offensive encircled the Japanese forces. ' +
  'At a glance. Georgy Zhukov Георгий Жуков Georgi Zhukov G. K. Zhukov',
);
const at = (word: string) => PAGE.findIndex((w) => w.startsWith(word));

describe('a search result\'s excerpt', () => {
  it('is the sentence of the text that holds the match, with the match marked', () => {
    expect(text(sentenceExcerpt(PAGE, [{ location: at('Zhukov\'s'), weight: TEXT_WEIGHT }, { location: at('Zhukov'), weight: NAMES_WEIGHT }])))
      .toBe('[Zhukov\'s] August offensive encircled the Japanese forces.');
  });

  it('prefers the sentence with the most matches', () => {
    const matches = [at('Kwantung'), at('Khalkha'), at('River.')].map((location) => ({ location, weight: TEXT_WEIGHT }));
    expect(text(sentenceExcerpt(PAGE, matches))).toBe('In 1939 the [Kwantung] Army fought Soviet and Mongolian forces on the [Khalkha] [River.]');
  });

  it('is null when the words matched only names and lists (then the page\'s summary is shown)', () => {
    const names = PAGE.map((w, i) => [w, i] as const).filter(([w]) => w === 'Zhukov').map(([, location]) => ({ location, weight: NAMES_WEIGHT }));
    expect(names.length).toBe(3);
    expect(sentenceExcerpt(PAGE, names)).toBeNull();
    expect(sentenceExcerpt(PAGE, [{ location: 0, weight: 7 }])).toBeNull(); // the title alone: the summary says more
    expect(sentenceExcerpt(PAGE, [])).toBeNull();
  });

  it('cuts a long sentence around its matches, with ellipses', () => {
    const long = pageWords(`Start ${Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ')} end.`);
    const parts = sentenceExcerpt(long, [{ location: 50, weight: TEXT_WEIGHT }])!;
    const shown = text(parts)!;
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith(' …')).toBe(true);
    expect(shown).toContain('[w49]');
    expect(shown.replace(/^… | …$/g, '').split(' ')).toHaveLength(MAX_EXCERPT_WORDS);
  });

  it('splits words as Pagefind numbers them', () => {
    expect(pageWords('a  b\nc')).toEqual(['a', 'b', 'c']);
    expect(pageWords('張\u200B作霖\u200Bis')).toEqual(['張', '作霖', 'is']);
  });

  it('labels only the kinds the site has', () => {
    expect(resultKind('Event')).toBe('Event');
    expect(resultKind('Place')).toBe('Place');
    expect(resultKind('<img src=x>')).toBeUndefined();
    expect(resultKind(undefined)).toBeUndefined();
  });
});

describe('search terms', () => {
  it('include the other spellings of places (aliases), so "Halhin Gol" finds the events there', () => {
    const place: PlaceData = { name: 'Khalkhin Gol (Khalkha River)', names: [], aliases: ['Halhin Gol'], latitude: 47.7, longitude: 118.6, country: 'Mongolia' };
    const person: PersonData = { name: 'Georgy Zhukov', names: [], aliases: ['Georgi Zhukov'], description: 'Soviet commander.' };
    const terms = searchTermsFor({ names: [], people: ['georgy-zhukov'], places: ['khalkhin-gol'] }, new Map([['georgy-zhukov', person]]), new Map([['khalkhin-gol', place]]));
    expect(terms.map((t) => t.text)).toEqual(['Georgy Zhukov', 'Georgi Zhukov', 'Khalkhin Gol (Khalkha River)', 'Halhin Gol']);
  });
});
