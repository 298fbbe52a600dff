/** What the 404 page knows about each event, to match against a broken address. */
export interface SuggestCandidate {
  slug: string;
  title: string;
  /** Extra words: other names and romanisations. */
  keywords?: string;
}

/** Words that say nothing about which event was meant. */
const STOP_WORDS = new Set([
  'the', 'and', 'of', 'in', 'on', 'at', 'to', 'for', 'a', 'an', 'by', 'with', 'from', 'its', 'is',
  'events', 'event', 'people', 'places', 'themes', 'tags', 'timeline', 'index', 'html', 'www', 'http', 'https',
]);

/** Lowercase ASCII words of a text: "Kōmoto's 1928-plot" → ["komoto", "s", "1928", "plot"]. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The words of a missing page's path worth matching: no base path, section names or stop words. */
export function wordsOfPath(pathname: string, base = '/'): string[] {
  let path = pathname;
  try { path = decodeURIComponent(pathname); } catch { /* keep it encoded */ }
  if (path.startsWith(base)) path = path.slice(base.length);
  return [...new Set(words(path).filter((word) => !STOP_WORDS.has(word) && (word.length > 2 || /^\d+$/.test(word))))];
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** How well one query word matches one candidate word: exact 3, prefix or one typo 2, else 0. */
function wordScore(query: string, word: string): number {
  if (query === word) return 3;
  if (/^\d+$/.test(query) || /^\d+$/.test(word)) return 0; // years match exactly or not at all
  if (query.length >= 4 && (word.startsWith(query) || query.startsWith(word)) && word.length >= 4) return 2;
  if (query.length >= 5 && editDistanceAtMostOne(query, word)) return 2;
  return 0;
}

/**
 * The events whose slug, title or other names best match the words of a missing address,
 * best first, at most `limit`; each query word counts once, by its best match.
 */
export function suggestEvents<T extends SuggestCandidate>(query: readonly string[], candidates: readonly T[], limit = 5): T[] {
  if (!query.length) return [];
  const scored = candidates.map((candidate, index) => {
    const vocabulary = new Set([...words(candidate.slug), ...words(candidate.title), ...words(candidate.keywords ?? '')]);
    let score = 0;
    for (const q of query) {
      let best = 0;
      for (const word of vocabulary) best = Math.max(best, wordScore(q, word));
      score += best;
    }
    return { candidate, index, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.candidate);
}
