/** What a key press asks the slide show to do. */
export type DeckCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'blackout'
  | 'overview'
  | 'escape'
  | 'goto'
  | 'help'
  | 'notes'
  | 'theme';

/** The parts of a keyboard event that decide the command. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * The keys of the slide show, as reveal.js and presentation clickers have taught teachers:
 * clickers send PageDown/PageUp (some also "." or "b" for a black screen).
 */
export const DECK_KEYS: Readonly<Record<string, DeckCommand>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  b: 'blackout',
  '.': 'blackout',
  o: 'overview',
  Escape: 'escape',
  g: 'goto',
  '?': 'help',
  s: 'notes',
  t: 'theme',
};

/** The command for a key press, or null when the key is not the slide show's. */
export function commandForKey(press: KeyPress): DeckCommand | null {
  // Browser and system shortcuts (Ctrl+F, Alt+←, ⌘R) stay with the browser.
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === ' ' && press.shiftKey) return 'previous';
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return DECK_KEYS[key] ?? null;
}

/** The keys listed in the help, grouped by what they do (the words the help shows). */
export const KEY_HELP: readonly { keys: string[]; action: string }[] = [
  { keys: ['→', '↓', 'Space', 'Page Down'], action: 'Next slide' },
  { keys: ['←', '↑', 'Page Up', 'Backspace'], action: 'Previous slide' },
  { keys: ['Home', 'End'], action: 'First or last slide' },
  { keys: ['G', 'then a number'], action: 'Go to that slide (Enter if the number could go on)' },
  { keys: ['O', 'Esc'], action: 'Overview of all slides' },
  { keys: ['F'], action: 'Full screen on or off' },
  { keys: ['B', '.'], action: 'Black screen; any key brings the slide back' },
  { keys: ['S'], action: 'Teacher notes in a second window' },
  { keys: ['T'], action: 'Light or dark projection theme' },
  { keys: ['?'], action: 'This list of keys' },
];
