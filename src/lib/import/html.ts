import TurndownService from 'turndown';
import { STRIPPED_ELEMENTS } from '../content/html-policy.ts';

let markdownService: TurndownService | undefined;
let textService: TurndownService | undefined;

/**
 * TimelineJS HTML (headline, text, caption, credit) as Markdown. The elements that the site's
 * HTML policy strips with their content (scripts, styles, frames) are dropped here; links and
 * images are kept, so that scripts/import.ts can refuse an entry whose link or image the policy
 * refuses, as check:content would (src/lib/content/html-policy.ts is the one list).
 */
export function htmlToMarkdown(html: string): string {
  markdownService ??= (() => {
    const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**' });
    service.remove((node) => STRIPPED_ELEMENTS.includes(node.nodeName.toLowerCase()));
    return service;
  })();
  return markdownService.turndown(html).trim();
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'BR', 'TR', 'SECTION', 'ARTICLE']);

/** The plain text of some HTML, entities decoded, blocks separated by blank lines, nothing escaped. */
export function htmlToText(html: string): string {
  textService ??= (() => {
    const service = new TurndownService();
    service.escape = (text: string) => text;
    service.remove((node) => STRIPPED_ELEMENTS.includes(node.nodeName.toLowerCase()));
    service.addRule('plain', {
      filter: () => true,
      replacement: (content, node) => (BLOCKS.has(node.nodeName) ? `\n\n${content}\n\n` : content),
    });
    return service;
  })();
  return textService
    .turndown(html)
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The plain text of some HTML on one line: for titles, labels and dates. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s*\n+\s*/g, ' ');
}
