import type { Root, PhrasingContent, Text } from 'mdast';
import { findFirstUses, type GlossaryEntry } from './glossary.ts';

type Parent = { children: unknown[]; type: string };

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
    const walk = (node: Parent) => {
      if (SKIP.has(node.type) || !Array.isArray(node.children)) return;
      const next: unknown[] = [];
      for (const child of node.children as (PhrasingContent & Partial<Parent>)[]) {
        if (child.type !== 'text') {
          walk(child as unknown as Parent);
          next.push(child);
          continue;
        }
        const value = (child as Text).value;
        const matches = findFirstUses(value, glossary, used);
        if (!matches.length) {
          next.push(child);
          continue;
        }
        let cursor = 0;
        for (const { start, end, entry } of matches) {
          if (start > cursor) next.push({ type: 'text', value: value.slice(cursor, start) });
          next.push({
            type: 'link',
            url: options.href(entry.id),
            title: entry.definition,
            data: { hProperties: { className: ['term'] } },
            children: [{ type: 'text', value: value.slice(start, end) }],
          });
          cursor = end;
        }
        if (cursor < value.length) next.push({ type: 'text', value: value.slice(cursor) });
      }
      node.children = next;
    };
    walk(tree as unknown as Parent);
  };
}
