/** How many key points a slide shows at most. */
export const MAX_KEY_POINTS = 4;

/**
 * A slide's key points: the event's own (front matter `keyPoints`), or else its summary cut
 * into sentences (then clauses), at most four.
 */
export function keyPointsOf(event: { keyPoints?: readonly string[]; summary: string }): string[] {
  if (event.keyPoints?.length) return event.keyPoints.slice(0, MAX_KEY_POINTS);
  const summary = event.summary.trim();
  // A sentence ends after a word of two or more small letters or digits ("c. 1920" and "U.S." do not end one).
  let parts = summary.split(/(?<=[\p{Ll}\p{N}]{2}[)"”’]?[.!?][)"”’]?)\s+(?=["“‘(]?\p{Lu})/u);
  if (parts.length < 2) parts = summary.split(/;\s+/);
  const points = parts.map((part) => part.trim()).filter(Boolean).map((part) => part.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  return points.slice(0, MAX_KEY_POINTS);
}

/** The closing slide's address: `?slide=questions` (no event slug can be mistaken for it). */
export const CLOSING_SLIDE = 'questions';

/**
 * The slide a page address shows: 0 for the title slide, 1 + the index of the event named
 * by `?event=`, or the closing slide after the events (`?slide=questions`, when the deck has
 * one). An unknown event shows the title slide.
 */
export function slideIndexFromSearch(search: string, slugs: readonly string[], closing = false): number {
  const params = new URLSearchParams(search);
  if (closing && params.get('slide') === CLOSING_SLIDE) return slugs.length + 1;
  const slug = params.get('event');
  if (!slug) return 0;
  const index = slugs.indexOf(slug);
  return index === -1 ? 0 : index + 1;
}

/** The query string of a slide's address ('' for the title slide). */
export function searchForSlide(index: number, slugs: readonly string[], closing = false): string {
  if (closing && index === slugs.length + 1) return `?slide=${CLOSING_SLIDE}`;
  return index <= 0 || index > slugs.length ? '' : `?event=${encodeURIComponent(slugs[index - 1])}`;
}

/** A slide index kept inside a deck of `count` slides. */
export function clampSlide(index: number, count: number): number {
  return Math.max(0, Math.min(count - 1, index));
}

/**
 * "G, then a number": adds a typed digit. Goes at once when no further digit could name a
 * slide (in a deck of 14, "3" goes but "1" waits for "1x" or Enter); returns the slide index
 * (0-based) to go to, or null to wait.
 */
export function typeGotoDigit(digits: string, digit: string, count: number): { digits: string; go: number | null } {
  const next = `${digits}${digit}`.replace(/^0+/, '');
  if (!next) return { digits: '', go: null };
  const number = Number(next);
  if (number > count) return { digits: '', go: count - 1 };
  if (number * 10 > count) return { digits: '', go: number - 1 };
  return { digits: next, go: null };
}

/** "G, then a number, then Enter": the slide index for the digits typed, or null. */
export function resolveGoto(digits: string, count: number): number | null {
  const number = Number(digits);
  if (!digits || !Number.isInteger(number) || number < 1) return null;
  return Math.min(number, count) - 1;
}
