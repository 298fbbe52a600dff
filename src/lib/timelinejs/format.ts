// The parts of TimelineJS3's JSON format that this site reads and writes
// (https://timeline.knightlab.com/docs/json-format.html).

/** A TimelineJS date: numbers or numeric strings; year -44 means 44 BCE (TimelineJS shows "44 BCE"). */
export interface TimelineJsDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
}

/** Headline and text, both HTML. */
export interface TimelineJsText {
  headline?: string;
  text?: string;
}

/** A picture, video or other media item, shown by URL. */
export interface TimelineJsMedia {
  url?: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
  alt?: string;
  title?: string;
  link?: string;
}

/** One slide: an event on the timeline. */
export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: TimelineJsText;
  media?: TimelineJsMedia;
  group?: string;
  display_date?: string;
  unique_id?: string;
  background?: unknown;
  autolink?: boolean;
  /**
   * This site's extension, ignored by TimelineJS: the date as EDTF, which keeps what
   * TimelineJS cannot say (circa, uncertain, seasons, open ends) so that an export
   * imported back gives the same dates.
   */
  edtf?: string;
}

/** A span of time shaded on the timeline. */
export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text?: TimelineJsText;
}

/** A whole TimelineJS3 timeline. */
export interface TimelineJsTimeline {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras?: TimelineJsEra[];
  scale?: 'human' | 'cosmological';
}

/** TimelineJS's year for an astronomical year: 1939 → 1939, 0 (1 BCE) → -1, -43 (44 BCE) → -44. */
export function toTimelineJsYear(astronomical: number): number {
  return astronomical > 0 ? astronomical : astronomical - 1;
}

/** The astronomical year of a TimelineJS year (-44 → -43); null for year 0, which TimelineJS shows as "0". */
export function fromTimelineJsYear(year: number): number | null {
  if (year === 0) return null;
  return year > 0 ? year : year + 1;
}
