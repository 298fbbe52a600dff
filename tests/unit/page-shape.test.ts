import { describe, expect, it } from 'vitest';
import { pageShape, pagesOfEachShape } from '../helpers/page-shape.ts';

// Which pages the axe tests run on: one of each shape (tests/e2e/quality.spec.ts).
const page = (main: string) => `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><main>${main}</main></body></html>`;
const person = (name: string, events: string[], extra = '') => page(`<h1 id="p-${name}">${name}</h1>${extra}<section aria-labelledby="h"><h2 id="h">Events</h2><ol>${events.map((lane) => `<li class="lane-${lane}"><a href="/events/${name}-${lane}/">An event</a></li>`).join('')}</ol></section>`);

describe('the shape of a page', () => {
  it('leaves out words, ids and addresses, and how many items a list has', () => {
    expect(pageShape(person('araki', ['1', '2', '1']))).toBe(pageShape(person('kolchak', ['2', '1'])));
  });

  it('keeps what decides an axe rule', () => {
    const base = pageShape(person('araki', ['1']));
    expect(pageShape(person('araki', ['3']))).not.toBe(base); // another lane's colours
    expect(pageShape(person('araki', ['1'], '<img src="a.webp" alt="">'))).not.toBe(pageShape(person('araki', ['1'], '<img src="a.webp" alt="A portrait">')));
    expect(pageShape(person('araki', ['1'], '<p lang="ja">荒木</p>'))).not.toBe(pageShape(person('araki', ['1'], '<p lang="xx-bad">荒木</p>')));
    expect(pageShape(person('araki', ['1'], '<a href="/x/"></a>'))).not.toBe(pageShape(person('araki', ['1'], '<a href="/x/">words</a>')));
    expect(pageShape(person('araki', ['1'], '<h3>Skipped a level</h3>'))).not.toBe(base);
    // A reference to an element that is not there (aria-labelledby="nowhere") is not alike.
    expect(pageShape(page('<section aria-labelledby="nowhere"><h2 id="h">x</h2></section>'))).not.toBe(pageShape(page('<section aria-labelledby="h"><h2 id="h">x</h2></section>')));
  });

  it('groups pages by shape, the first of each standing for the rest', () => {
    const groups = pagesOfEachShape([
      { path: 'people/araki/', html: person('araki', ['1']) },
      { path: 'people/kolchak/', html: person('kolchak', ['1', '1']) },
      { path: 'people/semyonov/', html: person('semyonov', ['2']) },
    ]);
    expect(groups).toEqual([{ path: 'people/araki/', alike: ['people/kolchak/'] }, { path: 'people/semyonov/', alike: [] }]);
  });
});
