// What a search result shows under its title: a sentence to read, not a list of names.
// Pagefind finds a page by every name it carries (the hidden search terms, the lists of
// names in other scripts, the bibliography), and its own excerpt is the densest window of
// matches, which for "Zhukov" is that list of names. The pages give such parts a lower
// Pagefind weight (NAMES_WEIGHT); here the excerpt is the sentence of the running text
// (weight 1) that holds the most matches, or, when the words matched only names, the page's
// own summary sentence.

/** The Pagefind weight of the parts of a page that are names or lists, not sentences. */
export const NAMES_WEIGHT = 0.5;
/** The Pagefind weight of running text (Pagefind's default for anything but headings). */
export const TEXT_WEIGHT = 1;
/** The longest excerpt, in words; a longer sentence is cut around its matches. */
export const MAX_EXCERPT_WORDS = 36;

/** One matched word of a page, as Pagefind reports it: its index among the page's words and the weight of where it stands. */
export interface WordMatch {
  location: number;
  weight: number;
}

/** A piece of an excerpt: plain text, or a matched word to mark. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** What kind of page a result is, from its `kind` metadata. */
export type ResultKind = 'Event' | 'Person' | 'Place';

/** The kinds a result can have; anything else is shown without a label. */
export const RESULT_KINDS: readonly ResultKind[] = ['Event', 'Person', 'Place'];

/** A page's kind from its metadata, or undefined when it names none the site knows. */
export function resultKind(meta: string | undefined): ResultKind | undefined {
  return RESULT_KINDS.find((kind) => kind === meta);
}

/**
 * The words of a page's text as Pagefind numbers them: split at zero-width spaces when
 * Pagefind segmented the text with them, else at white space.
 */
export function pageWords(content: string): string[] {
  return content.includes('\u200B') ? content.split('\u200B') : content.split(/[^\S\uFEFF]+/);
}

// A word that ends a sentence: a full stop, question or exclamation mark, then any closing quotes or brackets.
const SENTENCE_END = /[.!?…。][’”"')\]]*$/;

/**
 * The excerpt of a result: the sentence of the running text with the most matches (the
 * first such), its matched words marked and cut to MAX_EXCERPT_WORDS around them, or null
 * when no match lies in running text (then the caller shows the page's summary).
 */
export function sentenceExcerpt(words: readonly string[], matches: readonly WordMatch[]): ExcerptPart[] | null {
  const inText = [...new Set(matches.filter((m) => m.weight === TEXT_WEIGHT && m.location < words.length).map((m) => m.location))].sort((a, b) => a - b);
  if (!inText.length) return null;

  // Sentence boundaries around each matched word; keep the sentence with the most matches.
  const sentenceOf = (at: number): [number, number] => {
    let start = at;
    while (start > 0 && !SENTENCE_END.test(words[start - 1]!)) start -= 1;
    let end = at;
    while (end < words.length - 1 && !SENTENCE_END.test(words[end]!)) end += 1;
    return [start, end];
  };
  let best: { start: number; end: number; hits: number[] } | undefined;
  for (const at of inText) {
    const [start, end] = sentenceOf(at);
    if (best && best.start === start) continue;
    const hits = inText.filter((l) => l >= start && l <= end);
    if (!best || hits.length > best.hits.length) best = { start, end, hits };
  }
  let { start, end } = best!;
  const { hits } = best!;

  // Too long: a window of MAX_EXCERPT_WORDS that starts a little before the first match.
  if (end - start + 1 > MAX_EXCERPT_WORDS) {
    const from = Math.max(start, Math.min(hits[0]! - Math.floor(MAX_EXCERPT_WORDS / 4), end - MAX_EXCERPT_WORDS + 1));
    start = from;
    end = from + MAX_EXCERPT_WORDS - 1;
  }
  const cutBefore = start > sentenceOf(start)[0];
  const cutAfter = !SENTENCE_END.test(words[end]!);

  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (cutBefore) push('… ', false);
  for (let i = start; i <= end; i++) {
    if (i > start) push(' ', false);
    push(words[i]!, hits.includes(i));
  }
  if (cutAfter) push(' …', false);
  return parts;
}
