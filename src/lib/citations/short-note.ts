import type { BibliographyItem } from '../schemas/people-places.ts';
import type { CitationItem } from './syntax.ts';
import { escapeMarkup } from '../escape.ts';

type Name = { family?: string; given?: string; literal?: string };

function creators(item: BibliographyItem): string | undefined {
  const names = ((item.author ?? item.editor) as Name[] | undefined) ?? [];
  const families = names.map((n) => n.family ?? n.literal).filter(Boolean) as string[];
  if (!families.length) return undefined;
  if (families.length === 1) return families[0];
  if (families.length === 2) return `${families[0]} and ${families[1]}`;
  return `${families[0]} et al.`;
}

const CONTAINED = new Set(['chapter', 'article-journal', 'article-newspaper', 'article-magazine', 'entry-encyclopedia', 'webpage', 'paper-conference', 'document']);

/**
 * Chicago's short form of a note ("Beard, *SPQR*, 45."): the bibliography carries the
 * full reference, so each footnote needs only enough to find it there.
 */
export function formatShortNote(items: CitationItem[], bibliography: Map<string, BibliographyItem>): string {
  const parts = items.map(({ key, locator }) => {
    const item = bibliography.get(key);
    if (!item) return escapeMarkup(`@${key}`);
    const shortTitle = String(item['title-short'] ?? item.title).split(/:\s/)[0];
    const title = CONTAINED.has(item.type) ? `“${escapeMarkup(shortTitle)}”` : `<cite>${escapeMarkup(shortTitle)}</cite>`;
    const who = creators(item);
    const container = !who && item['container-title'] ? `, ${escapeMarkup(String(item['container-title']))}` : '';
    const page = locator ? `, ${escapeMarkup(locator.replace(/^pp?\.\s*/, ''))}` : '';
    const anchor = `<a href="#ref-${escapeMarkup(key)}">${who ? `${escapeMarkup(who)}, ` : ''}${title}${container}</a>`;
    return `${anchor}${page}`;
  });
  return `${parts.join('; ')}.`;
}
