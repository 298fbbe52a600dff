// A lesson path's plan, as the slides, notes, handout and the list of lessons show it: its
// ages and minutes in words, when each slide starts, and the works its entries rest on.
import type { AgeRange } from '../schemas/path.ts';

/** "ages 14–16", or "age 15" for one age. */
export function formatAges(age: AgeRange): string {
  return age.from === age.to ? `age ${age.from}` : `ages ${age.from}–${age.to}`;
}

/** An aim as it reads after "By the end, pupils can": the authored "Pupils can " dropped. */
export function aimAfterLead(aim: string): string {
  return aim.replace(/^pupils can\s+/i, '');
}

/** "45 minutes", "1 minute", "1 hour 30 minutes". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const m = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;
  if (!hours) return m(rest);
  return `${hours} hour${hours === 1 ? '' : 's'}${rest ? ` ${m(rest)}` : ''}`;
}

/** One slide of the plan: its minutes and the minute of the lesson it starts at. */
export interface PlannedSlide {
  minutes: number;
  startsAt: number;
}

/**
 * The timing of a lesson's slides: the title slide gets what the steps and the closing leave
 * of the duration (at least 0), then each step, then the closing slide.
 */
export function planLesson(duration: number, steps: readonly { minutes: number }[], closingMinutes: number): PlannedSlide[] {
  const planned = steps.reduce((sum, step) => sum + step.minutes, 0) + closingMinutes;
  const slides = [Math.max(0, duration - planned), ...steps.map((step) => step.minutes), closingMinutes];
  let at = 0;
  return slides.map((minutes) => {
    const slide = { minutes, startsAt: at };
    at += minutes;
    return slide;
  });
}

/** A clock reading of minutes into the lesson: 0:00, 0:05, 1:10. */
export function formatLessonClock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A work the lesson's entries cite, and how many of the lesson's steps cite it. */
export interface LessonSource {
  key: string;
  steps: number;
}

/**
 * The works a lesson rests on: every source of its steps' entries, the ones most steps cite
 * first, then in the order the lesson first meets them.
 */
export function lessonSources(steps: readonly { sources: readonly string[] }[]): LessonSource[] {
  const counts = new Map<string, number>();
  for (const step of steps) for (const key of new Set(step.sources)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const first = [...counts.keys()];
  return [...counts].map(([key, n]) => ({ key, steps: n })).sort((a, b) => b.steps - a.steps || first.indexOf(a.key) - first.indexOf(b.key));
}

/** The parts of a CSL item a short reference needs. */
export interface ShortReferenceInput {
  title: string;
  author?: readonly { family?: string; literal?: string }[];
  editor?: readonly { family?: string; literal?: string }[];
  issued?: { 'date-parts'?: readonly (readonly (number | string)[])[]; literal?: string };
  'container-title'?: string;
  type?: string;
  URL?: string;
}

/** Whether an item is a Wikipedia article: a finding aid, never shown as a lesson's source. */
export function isWikipedia(item: ShortReferenceInput): boolean {
  return item['container-title'] === 'Wikipedia' || /(^|\.)wikipedia\.org\//.test(item.URL ?? '');
}

/** Kinds of work a historian would name first: studies rather than documents or reference entries. */
const STUDY_TYPES = new Set(['book', 'article-journal', 'article', 'chapter', 'thesis', 'report']);

/** 2 for a study by a named person, 1 for another signed work, 0 for the rest (documents, unsigned entries). */
function sourceRank(item: ShortReferenceInput): number {
  const person = item.author?.some((a) => a.family) ?? false;
  if (person && STUDY_TYPES.has(item.type ?? '')) return 2;
  return item.author?.length && item.type !== 'entry-encyclopedia' ? 1 : 0;
}

/**
 * The sources to show on a lesson's closing slide: Wikipedia left out (a finding aid), then
 * studies by named historians before other signed works, and those before documents and
 * reference entries, each group in the order of lessonSources.
 */
export function mainSources<T extends ShortReferenceInput>(sources: readonly LessonSource[], items: ReadonlyMap<string, T>): (LessonSource & { item: T })[] {
  return sources
    .flatMap((source) => {
      const item = items.get(source.key);
      return item && !isWikipedia(item) ? [{ ...source, item }] : [];
    })
    .sort((a, b) => sourceRank(b.item) - sourceRank(a.item));
}

/** Longest title in a short reference before it is cut at a word: two lines of a slide's column. */
const SHORT_TITLE_MAX = 48;

/**
 * A reference short enough for a slide: "Beard, SPQR (2015)" or "Hobsbawm, The
 * Age of Extremes (1994)". The title stops at its colon (the subtitle) and very long titles are cut at a word.
 */
export function shortReference(item: ShortReferenceInput): string {
  const people = item.author?.length ? item.author : item.editor ?? [];
  const names = people.map((p) => p.family ?? p.literal ?? '').filter(Boolean);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' and ');
  let title = item.title.split(/:\s/)[0].trim();
  if (title.length > SHORT_TITLE_MAX) title = `${title.slice(0, SHORT_TITLE_MAX).replace(/\s+\S*$/, '')}…`;
  const year = item.issued?.['date-parts']?.[0]?.[0] ?? item.issued?.literal;
  // An unsigned article is known by where it appeared: “Rome”, Encyclopædia Britannica.
  const where = !who && item['container-title'] ? `“${title}”, ${item['container-title']}` : title;
  return `${who ? `${who}, ` : ''}${where}${year ? ` (${year})` : ''}`;
}
