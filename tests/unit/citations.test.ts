import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { findCitations } from '../../src/lib/citations/syntax.ts';
import { remarkCitations } from '../../src/lib/citations/remark-citations.ts';
import { formatShortNote } from '../../src/lib/citations/short-note.ts';
import type { BibliographyItem } from '../../src/lib/schemas/people-places.ts';

const bibliography = new Map<string, BibliographyItem>([
  ['coox1985', { id: 'coox1985', type: 'book', title: 'Nomonhan: Japan Against Russia, 1939', author: [{ family: 'Coox', given: 'Alvin D.' }] }],
  ['wp-unit-731', { id: 'wp-unit-731', type: 'entry-encyclopedia', title: 'Unit 731', 'container-title': 'Wikipedia' }],
  ['nish2002', { id: 'nish2002', type: 'report', title: 'Anglo-Japanese Alliance', author: [{ family: 'Nish' }, { family: 'Steeds' }, { family: 'Hotta-Lister' }] }],
]);

async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCitations, { formatNote: (items) => formatShortNote(items, bibliography) })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(markdown);
  return String(file);
}

describe('findCitations', () => {
  it('finds single and grouped citations with locators', () => {
    expect(findCitations('War began [@coox1985, p. 45]; see [@wp-unit-731; @nish2002, pp. 1–3].').map((m) => m.items)).toEqual([
      [{ key: 'coox1985', locator: 'p. 45' }],
      [{ key: 'wp-unit-731' }, { key: 'nish2002', locator: 'pp. 1–3' }],
    ]);
  });
  it('ignores links, footnote marks and e-mail-like text', () => {
    expect(findCitations('[a link](https://x.org) [^1] name@example.org [not @a citation]')).toEqual([]);
  });
});

describe('remarkCitations', () => {
  it('numbers one footnote per citation in reading order, linked both ways', async () => {
    const html = await render('First claim [@coox1985, p. 45]. Second claim [@wp-unit-731]. Third [@coox1985, p. 50].');
    const refs = [...html.matchAll(/<a href="#user-content-fn-cite-(\d)" id="user-content-fnref-cite-\1"/g)].map((m) => m[1]);
    expect(refs).toEqual(['1', '2', '3']);
    expect(html).toContain('<li id="user-content-fn-cite-1">');
    expect(html).toContain('href="#user-content-fnref-cite-3"');
    expect(html).toContain('<a href="#ref-coox1985">Coox, <cite>Nomonhan</cite></a>, 45.');
    expect(html).toContain('<a href="#ref-wp-unit-731">“Unit 731”, Wikipedia</a>.');
    expect(html).toContain('Coox, <cite>Nomonhan</cite></a>, 50.');
  });
  it('leaves citations in code alone', async () => {
    const html = await render('Write `[@coox1985]` to cite.');
    expect(html).toContain('<code>[@coox1985]</code>');
    expect(html).not.toContain('data-footnote-ref');
  });
  it('puts several works in one note, and names three authors as et al.', async () => {
    const html = await render('Claim [@coox1985; @nish2002, p. 7].');
    expect(html).toContain('Coox, <cite>Nomonhan</cite></a>; <a href="#ref-nish2002">Nish et al., <cite>Anglo-Japanese Alliance</cite></a>, 7.');
  });
});
