import type { Root, FootnoteDefinition } from 'mdast';
import { replaceText } from '../markdown/replace-text.ts';
import { findCitations, type CitationItem } from './syntax.ts';

/** Turns the items of one citation group into the HTML of its footnote. */
export type NoteFormatter = (items: CitationItem[]) => string;

const SKIP = new Set(['code', 'inlineCode', 'link', 'linkReference', 'html', 'definition', 'footnoteDefinition']);

/**
 * A remark plugin that turns pandoc-style citations `[@key, p. 45]` into numbered footnotes,
 * one per citation in reading order (as in Chicago notes), each note formatted by `formatNote`.
 * remark-rehype then renders them as GFM footnotes, linked both ways.
 */
export function remarkCitations(options: { formatNote: NoteFormatter }) {
  return (tree: Root) => {
    const definitions: FootnoteDefinition[] = [];
    replaceText(tree, SKIP, (value) => {
      const matches = findCitations(value);
      if (!matches.length) return undefined;
      const nodes: unknown[] = [];
      let cursor = 0;
      for (const match of matches) {
        // A citation hugs the word before it: "1931 [@coox1985]" renders as "1931¹".
        const before = value.slice(cursor, match.start).replace(/\s+$/, '');
        if (before) nodes.push({ type: 'text', value: before });
        const identifier = `cite-${definitions.length + 1}`;
        nodes.push({ type: 'footnoteReference', identifier, label: identifier });
        definitions.push({
          type: 'footnoteDefinition',
          identifier,
          label: identifier,
          children: [{ type: 'paragraph', children: [{ type: 'html', value: options.formatNote(match.items) }] }],
        });
        cursor = match.end;
      }
      const rest = value.slice(cursor);
      if (rest) nodes.push({ type: 'text', value: rest });
      return nodes;
    });
    tree.children.push(...definitions);
  };
}
