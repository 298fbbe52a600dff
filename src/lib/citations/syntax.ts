/** One cited work with an optional locator, e.g. `@coox1985, p. 45`. */
export interface CitationItem {
  key: string;
  /** "p. 45", "pp. 12–14", "ch. 3"; absent when the whole work is cited. */
  locator?: string;
}

/** A bracketed citation found in text, e.g. `[@paine2003, p. 266; @nish1985]`. */
export interface CitationMatch {
  start: number;
  end: number;
  items: CitationItem[];
}

const KEY = '[A-Za-z0-9][\\w.:-]*?';
const ITEM = `@(${KEY})(?:,\\s*([^;\\]]*?))?`;
const GROUP = new RegExp(`\\[(\\s*@${KEY}(?:,[^;\\]]*)?(?:;\\s*@${KEY}(?:,[^;\\]]*)?)*)\\]`, 'g');
const SINGLE = new RegExp(`^\\s*${ITEM}\\s*$`);

/** Finds pandoc-style citations `[@key, locator; @key2]` in a run of text. */
export function findCitations(text: string): CitationMatch[] {
  const matches: CitationMatch[] = [];
  for (const match of text.matchAll(GROUP)) {
    const items: CitationItem[] = [];
    for (const part of match[1].split(';')) {
      const item = SINGLE.exec(part);
      if (!item) break;
      const locator = item[2]?.trim();
      items.push(locator ? { key: item[1], locator } : { key: item[1] });
    }
    if (items.length) matches.push({ start: match.index, end: match.index + match[0].length, items });
  }
  return matches;
}
