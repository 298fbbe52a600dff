// Reading-level figures for event texts: sentences, words, syllables and the Flesch–Kincaid
// grade. The readers are secondary-school pupils, so the site measures what it asks of them.
import { syllable } from 'syllable';

/** Abbreviations that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'p', 'pp', 'art', 'arts', 'doc', 'docs', 'no', 'nos', 'vol', 'vols', 'ch', 'ed', 'eds', 'fig', 'cf',
  'e.g', 'i.e', 'etc', 'c', 'ca', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'capt', 'adm', 'maj',
  'u.s', 'u.k', 'u.s.s.r', 'jr', 'sr', 'vs', 'approx', 'km', 'o.s', 'n.s', 'op', 'cit', 'ibid',
]);

/** Markdown prose as plain text: no citations, footnote marks, links' targets, markup or HTML. */
export function plainProse(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\[@[^\]]*\]/g, '')
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_]{1,3}([^*_\n]+)[*_]{1,3}/g, '$1')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Words of a sentence: runs of letters or digits (hyphenated words count once). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Splits plain prose into sentences at `.`, `!` or `?` followed by a space and a capital,
 * a digit or a quotation mark — but not after an abbreviation ("p. 45") or an initial ("A. B. Smith").
 * Paragraph breaks and list items always end a sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const block of text.split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/)) {
    const flat = block.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    let start = 0;
    const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
    for (const match of flat.matchAll(boundary)) {
      const before = flat.slice(start, match.index + 1);
      const lastWord = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
      sentences.push(flat.slice(start, match.index + match[0].length).trim());
      start = match.index + match[0].length;
    }
    const rest = flat.slice(start).trim();
    if (rest) sentences.push(rest);
  }
  return sentences.filter((sentence) => wordsOf(sentence).length > 0);
}

/** Syllables of a word, by wooorm's `syllable` (English rules and exceptions); a number counts as one. */
export function countSyllables(word: string): number {
  return /^\p{N}+$/u.test(word) ? 1 : Math.max(1, syllable(word));
}

/** The reading figures of one text. */
export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch–Kincaid grade level: 0.39 × words/sentence + 11.8 × syllables/word − 15.59. */
  grade: number;
  /** Words in the longest sentence. */
  longest: number;
  /** The sentences over a given length, for the report. */
  longSentences: string[];
}

/** Flesch–Kincaid figures of plain prose; `limit` marks the sentences that are too long. */
export function readability(text: string, limit = 35): Readability {
  const sentences = splitSentences(text);
  let words = 0;
  let syllables = 0;
  let longest = 0;
  const longSentences: string[] = [];
  for (const sentence of sentences) {
    const list = wordsOf(sentence);
    words += list.length;
    syllables += list.reduce((sum, word) => sum + countSyllables(word), 0);
    longest = Math.max(longest, list.length);
    if (list.length > limit) longSentences.push(sentence);
  }
  const grade = sentences.length && words ? 0.39 * (words / sentences.length) + 11.8 * (syllables / words) - 15.59 : 0;
  return { sentences: sentences.length, words, syllables, grade, longest, longSentences };
}

/** The middle value of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
