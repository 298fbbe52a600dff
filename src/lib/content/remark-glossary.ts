import type { Root } from 'mdast';
import { findFirstUses, type GlossaryEntry } from './glossary.ts';
import { replaceText } from '../markdown/replace-text.ts';

// Terms are not linked inside links, code, headings or notes: a heading stays plain, a link
// inside a link is invalid, and a footnote is not where a reader first meets a word.
const SKIP = new Set(['code', 'inlineCode', 'link', 'linkReference', 'html', 'definition', 'footnoteDefinition', 'heading']);

/**
 * A remark plugin that links the first use of each glossary term in a text to its entry,
 * `href(id)` giving the address (e.g. "/glossary/#kwantung-army"); the link's title carries the
 * short explanation for readers with a mouse, and the glossary page has it for everyone.
 */
export function remarkGlossary(options: { glossary: GlossaryEntry[] | (() => GlossaryEntry[]); href: (id: string) => string }) {
  return (tree: Root) => {
    // A function is called per text, so the glossary is read only once the content is validated.
    const glossary = typeof options.glossary === 'function' ? options.glossary() : options.glossary;
    if (!glossary.length) return;
    const used = new Set<string>();
    replaceText(tree, SKIP, (value) => {
      const matches = findFirstUses(value, glossary, used);
      if (!matches.length) return undefined;
      const nodes: unknown[] = [];
      let cursor = 0;
      for (const { start, end, entry } of matches) {
        if (start > cursor) nodes.push({ type: 'text', value: value.slice(cursor, start) });
        nodes.push({
          type: 'link',
          url: options.href(entry.id),
          title: entry.definition,
          data: { hProperties: { className: ['term'] } },
          children: [{ type: 'text', value: value.slice(start, end) }],
        });
        cursor = end;
      }
      if (cursor < value.length) nodes.push({ type: 'text', value: value.slice(cursor) });
      return nodes;
    });
  };
}
