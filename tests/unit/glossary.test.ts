import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { findFirstUses, parseGlossary, type GlossaryEntry } from '../../src/lib/content/glossary.ts';
import { remarkGlossary } from '../../src/lib/content/remark-glossary.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';
import { join } from 'node:path';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { ROOT } from '../helpers/fixtures.ts';

const readGlossary = () => validateContent(readContent(join(ROOT, 'content'))).content.glossary;

const glossary: GlossaryEntry[] = [
  { id: 'kwantung-army', term: 'Kwantung Army', aliases: [], definition: 'Japan’s army in Manchuria, from 1919 a separate command.' },
  { id: 'kwantung-leased-territory', term: 'Kwantung Leased Territory', aliases: ['Kwantung lease'], definition: 'The tip of the Liaodong Peninsula, leased by Japan.' },
  { id: 'ratification', term: 'ratification', aliases: ['ratified'], definition: 'The formal approval of a signed treaty.' },
];

describe('first uses of glossary terms', () => {
  it('finds each term once, the longest form first, as whole words only', () => {
    const used = new Set<string>();
    const text = 'The Kwantung Army guarded the Kwantung lease. The Kwantung Army grew. It was ratified; unratified drafts were not.';
    const found = findFirstUses(text, glossary, used).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['Kwantung Army', 'Kwantung lease', 'ratified']);
    expect(findFirstUses('The Kwantung Army again.', glossary, used)).toEqual([]);
  });
  it('links only the first use in a text, not in headings or existing links', async () => {
    const html = String(await unified()
      .use(remarkParse)
      .use(remarkGlossary, { glossary, href: (id: string) => `/glossary/#${id}` })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process('## The Kwantung Army\n\nSee [the Kwantung Army](/x/). The Kwantung Army moved. The Kwantung Army stayed.'));
    expect(html).toContain('<h2>The Kwantung Army</h2>');
    expect(html).toContain('<a href="/x/">the Kwantung Army</a>');
    expect(html.match(/class="term"/g)).toHaveLength(1);
    expect(html).toContain('<a href="/glossary/#kwantung-army" title="Japan’s army in Manchuria, from 1919 a separate command." class="term">Kwantung Army</a> moved.');
  });
});

describe('content/glossary.yaml', () => {
  it('refuses a bad entry with file, entry and field', () => {
    const problems: Problem[] = [];
    parseGlossary({ path: 'content/glossary.yaml', text: '- id: Bad Id\n  term: X\n  definition: short\n' }, problems);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringContaining('content/glossary.yaml: item 1: id: must be lowercase kebab-case'),
      expect.stringContaining('content/glossary.yaml: item 1: definition:'),
    ]);
  });
  it('of this site parses whole and explains the terms a pupil meets most', () => {
    const terms = readGlossary();
    expect(terms.length).toBeGreaterThanOrEqual(30);
    for (const id of ['kwantung-army', 'manchukuo', 'manchuria', 'south-manchuria-railway', 'bolsheviks', 'julian-calendar']) expect(terms.map((t) => t.id)).toContain(id);
  });
});
