// The URL holds what the reader sees: read once per navigation, written as the view changes.
import { parseView, serializeView, type TimeWindow, type ViewState } from '../../lib/timeline/view-state.ts';
import type { TimelineData } from '../../lib/timeline/timeline-data.ts';

/** How a view change is recorded: a new history entry, a replaced one, or none (back/forward, resizes). */
export type History = 'push' | 'replace' | 'none';

/** Gestures replace the history entry at most this often. */
const URL_DELAY_MS = 250;

/** Reads the view in the page's URL, with notices for whatever in it could not be used. */
export function readUrl(data: TimelineData, windowForEvent: (slug: string) => TimeWindow): ReturnType<typeof parseView> {
  return parseView(new URLSearchParams(location.search), {
    slugs: new Set(data.items.map((item) => item.slug)),
    lanes: data.lanes.map((lane) => lane.id),
    tags: new Set(data.items.flatMap((item) => item.tags)),
    places: new Map(Object.entries(data.places)),
    defaultWindow: data.defaultWindow,
    windowForEvent,
  });
}

/** Writes views into the URL: a push at once, replacements once the gesture pauses. */
export class UrlWriter {
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `selection` gives the event and filters at the moment of writing (a replacement is written late). */
  readonly #selection: () => Omit<ViewState, 'window'>;

  constructor(selection: () => Omit<ViewState, 'window'>) {
    this.#selection = selection;
  }

  /** Records the window, as `history` asks. */
  write(window: TimeWindow, history: History): void {
    if (history === 'none') return;
    clearTimeout(this.#timer);
    const write = () => {
      const url = `${location.pathname}?${serializeView({ window, ...this.#selection() })}${location.hash}`;
      if (url === `${location.pathname}${location.search}${location.hash}`) return;
      if (history === 'push') globalThis.history.pushState(null, '', url);
      else globalThis.history.replaceState(null, '', url);
    };
    if (history === 'push') write();
    else this.#timer = globalThis.setTimeout(write, URL_DELAY_MS);
  }
}
