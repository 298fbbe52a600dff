// The period the site is about, named once: the title, the timeline's first view and the
// classroom decks all give it from here, so it reads the same everywhere.
import { formatYear } from '../lib/dates/format.ts';

/** The main period, in whole years (UTC, historical). */
export const PERIOD = { from: 1895, to: 1948 } as const;

/** The period as every page writes it: "1895–1948". */
export const PERIOD_TEXT = `${formatYear(PERIOD.from)}–${formatYear(PERIOD.to)}`;
