import { formatHistoricalDate } from '../dates/format.ts';
import { parseHistoricalDate, type HistoricalDate } from '../dates/historical-date.ts';
import type { LaneData, TagData } from '../schemas/people-places.ts';
import { MAX_SUMMARY_LENGTH } from '../schemas/event.ts';
import { SLUG_PATTERN } from '../schemas/fields.ts';
import { fromTimelineJsYear, type TimelineJsDate, type TimelineJsEra, type TimelineJsSlide, type TimelineJsTimeline } from '../timelinejs/format.ts';
import { htmlToLine, htmlToMarkdown, htmlToText } from './html.ts';

/** What the conversion needs to know about the content already there. */
export interface ImportOptions {
  /** The lanes of content/lanes.yaml. */
  lanes: readonly LaneData[];
  /** Slugs of the event files that exist already. */
  existingSlugs: ReadonlySet<string>;
  /** Overwrite existing event files (otherwise such items are reported and left alone). */
  force?: boolean;
  /** The bibliography key every imported entry cites: the TimelineJS file itself. */
  sourceKey: string;
  /** Title of that source, quoted in each entry. */
  sourceTitle: string;
  /** Lane for slides without a group (default "imported"). */
  defaultLane?: string;
  /** Tag each event with the eras it starts in (default true); a new site (--replace) draws its eras as bands instead. */
  eraTags?: boolean;
  /** How the report names an era (from 0): "row 3" for a spreadsheet; default "era 1". */
  eraName?: (index: number) => string;
}

/** One slide turned into an event file. */
export interface ConvertedEntry {
  /** Position of the slide in the file's "events" list, from 1. */
  item: number;
  slug: string;
  title: string;
  edtf: string;
  lane: string;
  /** Its tags (the eras it starts in). */
  tags: string[];
  /** The whole file: front matter and body. */
  markdown: string;
  /** Things dropped or changed on the way, for the report. */
  notes: string[];
}

/** A slide that could not be converted, and why. */
export interface SkippedItem {
  item: number;
  label: string;
  reason: string;
}

/** What a TimelineJS file becomes. */
export interface ImportResult {
  entries: ConvertedEntry[];
  skipped: SkippedItem[];
  /** Lanes to add to content/lanes.yaml for groups that match none. */
  newLanes: LaneData[];
  /** The eras as tags for content/tags.yaml (the caller adds those that are used and not listed yet). */
  eraTags: TagData[];
  /** The eras as era bands for content/site.yaml: id, label and EDTF start and end. */
  eraBands: { id: string; label: string; start: string; end: string }[];
  /** Notes about the file as a whole (title slide, eras). */
  notes: string[];
}

/** The file is not a TimelineJS3 timeline at all. */
export class NotATimelineError extends Error {
  override name = 'NotATimelineError';
}

const MAX_SLUG_LENGTH = 60;

/** ASCII kebab-case of a text: "Battle of Mukden (1905)" → "battle-of-mukden-1905". */
export function slugify(text: string): string {
  const slug = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '');
}

type DatePart = 'year' | 'month' | 'day';

/** Reads one numeric part of a TimelineJS date, or says why it cannot. */
function datePart(date: TimelineJsDate, part: DatePart, field: string): { value?: number; problem?: string } {
  const raw = date[part];
  if (raw === undefined || raw === null || raw === '') return {};
  const text = String(raw).trim();
  if (!/^[+-]?\d+$/.test(text)) return { problem: `${field}.${part} "${String(raw)}" is not a whole number` };
  return { value: Number(text) };
}

/** One TimelineJS date as an EDTF point ("1928-06-04", "-0043"), or the reason it is not a date. */
export function timelineJsDateToEdtf(date: TimelineJsDate | undefined, field: string): { ok: true; edtf: string; hadTime: boolean } | { ok: false; reason: string } {
  if (!date || typeof date !== 'object') return { ok: false, reason: `${field} is missing` };
  const year = datePart(date, 'year', field);
  const month = datePart(date, 'month', field);
  const day = datePart(date, 'day', field);
  const problem = year.problem ?? month.problem ?? day.problem;
  if (problem) return { ok: false, reason: problem };
  if (year.value === undefined) return { ok: false, reason: `${field} has no year` };
  const astronomical = fromTimelineJsYear(year.value);
  if (astronomical === null) return { ok: false, reason: `${field}.year 0 is not a year (TimelineJS shows it as "0"); write -1 for 1 BCE or 1 for 1 CE` };
  if (day.value !== undefined && month.value === undefined) return { ok: false, reason: `${field} has a day but no month` };
  if (month.value !== undefined && (month.value < 1 || month.value > 12)) return { ok: false, reason: `${field}.month ${month.value} does not exist` };
  let edtf: string;
  if (Math.abs(year.value) > 9999) {
    // EDTF writes a year beyond four digits as Y and the number ("Y-13800000000", the Big
    // Bang). At that scale the figure is what the author wrote: the one-year shift between
    // TimelineJS's BCE years and astronomical years is far below the precision of such a date.
    if (month.value !== undefined) return { ok: false, reason: `${field} gives a month in the year ${year.value}; a year beyond four digits is given as a year only` };
    return { ok: true, edtf: `Y${year.value}`, hadTime: false };
  }
  const sign = astronomical < 0 ? '-' : '';
  edtf = `${sign}${String(Math.abs(astronomical)).padStart(4, '0')}`;
  if (month.value !== undefined) edtf += `-${String(month.value).padStart(2, '0')}`;
  if (day.value !== undefined) edtf += `-${String(day.value).padStart(2, '0')}`;
  const hadTime = ['hour', 'minute', 'second', 'millisecond'].some((part) => {
    const value = date[part as keyof TimelineJsDate];
    return value !== undefined && value !== null && value !== '';
  });
  return { ok: true, edtf, hadTime };
}

const CIRCA = /^\s*(?:c\.|ca\.|circa|about|around)\s*/i;
const CIRCA_END = /[–—-]\s*(?:c\.|ca\.|circa|about|around)\s*\S/i;

/** The date of a slide as EDTF (from this site's "edtf" extension, or its TimelineJS dates), or why not. */
export function slideDate(slide: TimelineJsSlide): { ok: true; date: HistoricalDate; notes: string[] } | { ok: false; reason: string } {
  const notes: string[] = [];
  let edtf: string;
  if (typeof slide.edtf === 'string') {
    edtf = slide.edtf;
  } else {
    const start = timelineJsDateToEdtf(slide.start_date, 'start_date');
    if (!start.ok) return start;
    let text = start.edtf;
    let hadTime = start.hadTime;
    const display = slide.display_date ?? slide.start_date?.display_date ?? '';
    // A year beyond four digits ("Y-13800000000") is approximate by nature and takes no "~".
    if (CIRCA.test(display) && !text.startsWith('Y')) text += '~';
    if (slide.end_date && typeof slide.end_date === 'object' && Object.keys(slide.end_date).length) {
      const end = timelineJsDateToEdtf(slide.end_date, 'end_date');
      if (!end.ok) return end;
      hadTime ||= end.hadTime;
      text = `${text}/${end.edtf}${CIRCA_END.test(display) && !end.edtf.startsWith('Y') ? '~' : ''}`;
    }
    if (hadTime) notes.push('the time of day was dropped: this site dates events to the day');
    edtf = text;
  }
  const parsed = parseHistoricalDate(edtf);
  if (!parsed.ok) return { ok: false, reason: `the date ${parsed.reason}` };
  return { ok: true, date: parsed.value, notes };
}

/** A summary of at most 240 characters: the first paragraph, cut at a word with "…". */
export function summarise(text: string, fallback: string): string {
  const first = text.split(/\n{2,}/)[0]?.trim() || fallback;
  if (first.length <= MAX_SUMMARY_LENGTH) return first;
  const cut = first.slice(0, MAX_SUMMARY_LENGTH - 1).replace(/\s+\S*$/, '');
  return `${cut}…`;
}

function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url.trim());
}

/** The media of a slide as a Markdown paragraph (a link, never an embed: the site loads nothing from elsewhere). */
function mediaParagraph(slide: TimelineJsSlide, notes: string[]): string | null {
  const media = slide.media;
  if (!media || typeof media !== 'object' || !media.url) return null;
  if (!isHttpUrl(media.url)) {
    notes.push(`the media was left out: "${media.url.slice(0, 60)}" is not a web address`);
    return null;
  }
  const caption = media.caption ? htmlToMarkdown(media.caption) : '';
  const label = htmlToLine(media.title ?? '') || htmlToLine(media.caption ?? '') || media.url.trim();
  const credit = media.credit ? htmlToMarkdown(media.credit) : '';
  const parts = [`Media: [${label.replace(/[[\]]/g, '')}](${media.url.trim()})`];
  if (caption && htmlToLine(media.caption ?? '') !== label) parts.push(caption);
  if (credit) parts.push(`Credit: ${credit}`);
  return parts.join('. ').replace(/\.\./g, '.') + (/[.!?]$/.test(parts.at(-1)!) ? '' : '.');
}

/** The eras a date starts in, as tags. */
function eraTags(date: HistoricalDate, eras: readonly { tag: string; start: number; end: number }[]): string[] {
  return eras.filter((era) => date.earliest >= era.start && date.earliest <= era.end).map((era) => era.tag);
}

function parseEras(eras: unknown, notes: string[], asTags: boolean, eraName: (index: number) => string): { tag: string; name: string; start: number; end: number; startEdtf: string; endEdtf: string }[] {
  if (!Array.isArray(eras)) return [];
  const parsed = (eras as TimelineJsEra[]).flatMap((era, index) => {
    const name = htmlToLine(era?.text?.headline ?? '');
    const start = timelineJsDateToEdtf(era?.start_date, 'start_date');
    const end = timelineJsDateToEdtf(era?.end_date, 'end_date');
    const tag = slugify(name);
    if (!tag) {
      notes.push(`${eraName(index)} was left out: it has no headline`);
      return [];
    }
    if (!start.ok || !end.ok) {
      notes.push(`${eraName(index)} "${name}" was left out: ${!start.ok ? start.reason : !end.ok ? end.reason : ''}`);
      return [];
    }
    const range = parseHistoricalDate(`${start.edtf}/${end.edtf}`);
    if (!range.ok) {
      notes.push(`${eraName(index)} "${name}" was left out: its dates ${range.reason}`);
      return [];
    }
    return [{ tag, name, start: range.value.earliest, end: range.value.latest, startEdtf: start.edtf, endEdtf: end.edtf }];
  });
  if (parsed.length) {
    notes.push(asTags
      ? `${parsed.length} era${parsed.length === 1 ? '' : 's'} became tags on the events that start in them: ${parsed.map((e) => e.tag).join(', ')}`
      : `${parsed.length} era${parsed.length === 1 ? '' : 's'} became era bands behind the timeline: ${parsed.map((e) => e.name).join(', ')}`);
  }
  return parsed;
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** Front matter and body of one imported event file. */
function eventFile(fields: { title: string; summary: string; date: string; displayDate?: string; lane: string; tags: string[]; sourceKey: string }, body: string): string {
  const lines = [
    '---',
    `title: ${yamlString(fields.title)}`,
    `summary: ${yamlString(fields.summary)}`,
    `date: ${yamlString(fields.date)}`,
    ...(fields.displayDate ? [`displayDate: ${yamlString(fields.displayDate)}`] : []),
    `lane: ${fields.lane}`,
    `tags: [${fields.tags.join(', ')}]`,
    `sources: [${fields.sourceKey}]`,
    '---',
    '',
    body.trim(),
    '',
  ];
  return lines.join('\n');
}

/**
 * Converts a TimelineJS3 timeline (the JSON of its examples and of its spreadsheet export)
 * into this site's event files: dates (BCE and display_date included), headline and text from
 * HTML to Markdown, media as a credited link, groups as lanes, eras as tags. Every slide that
 * cannot be converted is listed with the reason; the rest are converted.
 */
export function convertTimelineJs(input: unknown, options: ImportOptions): ImportResult {
  if (!input || typeof input !== 'object' || !Array.isArray((input as TimelineJsTimeline).events)) {
    throw new NotATimelineError('this is not a TimelineJS3 timeline: it has no "events" list');
  }
  const timeline = input as TimelineJsTimeline;
  const notes: string[] = [];
  if (timeline.title) notes.push('the title slide is not an event: its headline names the source that every entry cites');
  const asTags = options.eraTags ?? true;
  const eras = parseEras(timeline.eras, notes, asTags, options.eraName ?? ((index) => `era ${index + 1}`));

  const lanes = [...options.lanes];
  const newLanes: LaneData[] = [];
  const laneFor = (group: string | undefined): string => {
    const label = group ? htmlToLine(group) : '';
    if (!label) {
      const id = options.defaultLane ?? 'imported';
      if (!lanes.some((l) => l.id === id)) {
        const lane = { id, label: 'Imported from TimelineJS' };
        lanes.push(lane);
        newLanes.push(lane);
      }
      return id;
    }
    const id = slugify(label) || `group-${lanes.length + 1}`;
    const found = lanes.find((l) => l.id === id || l.label.toLowerCase() === label.toLowerCase());
    if (found) return found.id;
    const lane = { id, label };
    lanes.push(lane);
    newLanes.push(lane);
    return id;
  };

  const entries: ConvertedEntry[] = [];
  const skipped: SkippedItem[] = [];
  const taken = new Set<string>();
  timeline.events.forEach((raw, index) => {
    const item = index + 1;
    const slide = (raw && typeof raw === 'object' ? raw : {}) as TimelineJsSlide;
    const headline = htmlToLine(slide.text?.headline ?? '');
    const dated = slideDate(slide);
    if (!dated.ok) {
      skipped.push({ item, label: headline ? `"${headline}"` : '(no headline)', reason: dated.reason });
      return;
    }
    const { date } = dated;
    const itemNotes = [...dated.notes];
    const display = slide.display_date ?? slide.start_date?.display_date;
    const displayDate = display ? htmlToLine(display) : '';
    const html = slide.text?.text ?? '';
    const text = htmlToText(html);
    // TimelineJS allows a slide without a headline; here every event needs a title.
    const untitled = headline ? null : titleWithoutHeadline(text, htmlToLine(slide.media?.caption ?? ''), displayDate || formatHistoricalDate(date));
    const title = untitled?.title ?? headline;
    if (untitled) itemNotes.push(`it had no headline: its title comes from its ${untitled.from}`);

    const id = typeof slide.unique_id === 'string' && SLUG_PATTERN.test(slide.unique_id) ? slide.unique_id : '';
    let slug = id;
    if (!slug) {
      const year = (date.start ?? date.end)!.year;
      const yearWords = year > 0 ? String(year) : `${1 - year}-bce`;
      const base = slugify(title) || 'event';
      slug = base.endsWith(yearWords) ? base : `${base}-${yearWords}`;
    }
    const unique = slug;
    for (let n = 2; taken.has(slug); n++) slug = `${unique}-${n}`;
    if (options.existingSlugs.has(slug) && !options.force) {
      skipped.push({ item, label: `"${title}"`, reason: `content/events/${slug}.md already exists; run again with --force to overwrite it` });
      return;
    }
    taken.add(slug);

    const paragraphs = [htmlToMarkdown(html)].filter(Boolean);
    const media = mediaParagraph(slide, itemNotes);
    if (media) paragraphs.push(media);
    paragraphs.push(`Imported from the TimelineJS timeline “${options.sourceTitle}” [@${options.sourceKey}].`);

    const lane = laneFor(slide.group);
    const tags = asTags ? eraTags(date, eras) : [];
    entries.push({
      item,
      slug,
      title,
      edtf: date.edtf,
      lane,
      tags,
      notes: itemNotes,
      markdown: eventFile({ title, summary: summarise(text, title), date: date.edtf, ...(displayDate ? { displayDate } : {}), lane, tags, sourceKey: options.sourceKey }, paragraphs.join('\n\n')),
    });
  });
  const eraTagList = eras.map((era) => ({ id: era.tag, label: era.name, description: `Imported from the TimelineJS era "${era.name}".` }));
  const eraBands = eras.map((era) => ({ id: era.tag, label: era.name, start: era.startEdtf, end: era.endEdtf }));
  return { entries, skipped, newLanes, eraTags: eraTagList, eraBands, notes };
}

/** Longest title made from an event's text, in characters. */
const MAX_MADE_TITLE = 80;

/**
 * A title for a slide without a headline: the first sentence of its text (cut at a word), else
 * its media caption, else its date as shown; and which of them it came from, for the report.
 */
export function titleWithoutHeadline(text: string, caption: string, dateText: string): { title: string; from: 'text' | 'media caption' | 'date' } {
  const cut = (line: string) => (line.length <= MAX_MADE_TITLE ? line : `${line.slice(0, MAX_MADE_TITLE - 1).replace(/\s+\S*$/, '')}…`);
  const sentence = text.split(/\n+/)[0]?.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text.split(/\n+/)[0] ?? '';
  const first = sentence.replace(/[.]$/, '').trim();
  if (first) return { title: cut(first), from: 'text' };
  if (caption) return { title: cut(caption), from: 'media caption' };
  return { title: dateText, from: 'date' };
}
