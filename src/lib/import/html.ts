import TurndownService from 'turndown';

let markdownService: TurndownService | undefined;
let textService: TurndownService | undefined;

/** TimelineJS HTML (headline, text, caption, credit) as Markdown; scripts, styles and frames are dropped. */
export function htmlToMarkdown(html: string): string {
  markdownService ??= (() => {
    const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**' });
    service.remove(['script', 'style', 'iframe', 'object', 'embed', 'noscript']);
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
    service.remove(['script', 'style', 'iframe', 'object', 'embed', 'noscript']);
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
