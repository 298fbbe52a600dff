import { describe, expect, it } from 'vitest';
import { countSyllables, median, plainProse, readability, splitSentences } from '../../src/lib/content/readability.ts';
import { bibliographyProblems, eventScholarship, isWikipedia } from '../../src/lib/content/scholarship.ts';
import { citedKeysOf, formatNoteHtml } from '../../src/lib/citations/note-citations.ts';
import type { BibliographyItem } from '../../src/lib/schemas/people-places.ts';
import type { EventEntry } from '../../src/lib/content/validate.ts';

const book = { id: 'coox1985', type: 'book', title: 'Nomonhan: Japan against Russia, 1939', author: [{ family: 'Coox', given: 'Alvin D.' }], issued: { 'date-parts': [[1985]] } } as unknown as BibliographyItem;
const wiki = { id: 'wp-x', type: 'entry-encyclopedia', title: 'X', 'container-title': 'Wikipedia', URL: 'https://en.wikipedia.org/wiki/X', accessed: { 'date-parts': [[2026, 11, 24]] } } as unknown as BibliographyItem;
const bibliography = new Map([['coox1985', book], ['wp-x', wiki]]);

describe('sentences and reading grade', () => {
  it('does not end a sentence at an abbreviation, an initial or a page reference', () => {
    expect(splitSentences('Coox gives the figure on p. 914 of his book. A. D. Coox wrote it in 1985. It is long.')).toEqual([
      'Coox gives the figure on p. 914 of his book.',
      'A. D. Coox wrote it in 1985.',
      'It is long.',
    ]);
  });
  it('ends a sentence at a paragraph break even without a full stop', () => {
    expect(splitSentences('A heading\n\nThe text begins here.')).toHaveLength(2);
  });
  it('strips citations, footnotes, links and emphasis from Markdown', () => {
    expect(plainProse('The *army* moved [@coox1985, p. 3]. See [the map](/places/x/).[^1]')).toBe('The army moved. See the map.');
  });
  it('counts syllables of English words and gives the Flesch–Kincaid grade', () => {
    expect(countSyllables('ratification')).toBe(5);
    expect(countSyllables('1939')).toBe(1);
    const simple = readability('The cat sat on the mat. The dog ran.');
    expect(simple.grade).toBeLessThan(2);
    const hard = readability('The plenipotentiaries negotiated comprehensive territorial arrangements concerning administrative jurisdiction.');
    expect(hard.grade).toBeGreaterThan(18);
  });
  it('marks sentences over the limit', () => {
    const long = `Word ${'word '.repeat(39).trim()}.`;
    const figures = readability(`Short one. ${long}`, 35);
    expect(figures.longest).toBe(40);
    expect(figures.longSentences).toEqual([long]);
  });
  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('citation figures', () => {
  const event = {
    slug: 'x', path: 'content/events/x.md', citedKeys: [], wordCount: 0,
    data: { title: 'T', summary: 'S.', sources: ['coox1985', 'wp-x'], dispute: 'Coox gives 17,405 [@coox1985, p. 914].' },
    body: 'One [@wp-x]. Two [@coox1985, p. 3; @wp-x]. Three [@coox1985].',
  } as unknown as EventEntry;
  it('counts citations, Wikipedia, Wikipedia-only groups and locators in the text and the notes', () => {
    const figures = eventScholarship(event, bibliography);
    expect(figures).toMatchObject({ citations: 5, wikipedia: 2, wikipediaOnlyGroups: 1, locators: 2 });
    expect(isWikipedia(book)).toBe(false);
  });
  it('finds incomplete, placeholder and uncited bibliography entries', () => {
    const placeholder = { id: 'frus-1', type: 'chapter', title: 'Document 112', publisher: 'GPO' } as unknown as BibliographyItem;
    const problems = bibliographyProblems(new Map([...bibliography, ['frus-1', placeholder]]), [event]);
    expect(problems.map((p) => `${p.id} ${p.problem}`)).toEqual([
      'frus-1 has a placeholder title "Document 112"',
      'frus-1 has neither a date of publication nor an access date',
      'frus-1 is cited by no event or lesson path',
    ]);
  });
});

describe('citations in front-matter notes', () => {
  it('render as escaped text with a bracketed short reference linking to the bibliography', () => {
    expect(formatNoteHtml('Coox gives <17,405> [@coox1985, p. 914].', bibliography)).toBe(
      'Coox gives &lt;17,405&gt; <span class="note-cite">(<a href="#ref-coox1985">Coox, <cite>Nomonhan</cite></a>, 914)</span>.',
    );
  });
  it('lists the keys cited across texts once each', () => {
    expect(citedKeysOf('a [@coox1985]', undefined, 'b [@wp-x; @coox1985, p. 2]')).toEqual(['coox1985', 'wp-x']);
  });
});

describe('a note that cites an unknown work', () => {
  it('is refused with file, field and a suggestion', async () => {
    const { readContent } = await import('../../src/content-source/read.ts');
    const { validateContent } = await import('../../src/lib/content/validate.ts');
    const { formatProblem } = await import('../../src/lib/content/problems.ts');
    const { join } = await import('node:path');
    const { FIXTURES } = await import('../helpers/fixtures.ts');
    const raw = readContent(join(FIXTURES, 'base'));
    const event = raw.events[0];
    event.text = event.text.replace(/^---\n/, '---\ndispute: "One author gives 17,405 [@nobody1999, p. 3]."\n');
    const messages = validateContent(raw, { minSources: 1 }).problems.map(formatProblem);
    // The file as it is found: this fixture is read from tests/fixtures, so "base/bibliography.yaml".
    expect(messages.some((m) => m.includes(`${event.path}: dispute: "nobody1999" is not a key in base/bibliography.yaml (cited in the note)`))).toBe(true);
  });
});
