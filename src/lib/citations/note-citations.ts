import type { BibliographyItem } from '../schemas/people-places.ts';
import { escapeMarkup } from '../escape.ts';
import { formatShortNote } from './short-note.ts';
import { findCitations } from './syntax.ts';

/**
 * A front-matter note (date note, dispute, provenance) as HTML: its text escaped, and each
 * citation `[@coox1985, p. 914]` turned into a short reference in brackets that links to the
 * page's bibliography, "(Beard, <cite>SPQR</cite>, 914)". Notes are short asides beside the
 * text, so they cite inline rather than with numbered footnotes.
 */
export function formatNoteHtml(text: string, bibliography: Map<string, BibliographyItem>): string {
  let html = '';
  let at = 0;
  for (const match of findCitations(text)) {
    html += escapeMarkup(text.slice(at, match.start)).replace(/\s+$/, '');
    html += ` <span class="note-cite">(${formatShortNote(match.items, bibliography).replace(/\.$/, '')})</span>`;
    at = match.end;
  }
  return html + escapeMarkup(text.slice(at));
}

/** The bibliography keys cited in some texts, in order of first citation. */
export function citedKeysOf(...texts: (string | undefined)[]): string[] {
  return [...new Set(texts.flatMap((text) => (text ? findCitations(text).flatMap((match) => match.items.map((item) => item.key)) : [])))];
}
