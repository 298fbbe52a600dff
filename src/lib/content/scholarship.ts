// The figures a historian and a teacher judge the content by: what the citations rest on, how
// many give a locator, how hard the texts are to read, and whether the bibliography is whole.
// Pure: it takes validated content and returns numbers; scripts/report-scholarship.ts prints them.
import { findCitations, type CitationMatch } from '../citations/syntax.ts';
import type { BibliographyItem } from '../schemas/people-places.ts';
import type { EventEntry, PathEntry } from './validate.ts';
import { median, plainProse, readability, splitSentences, wordsOf, type Readability } from './readability.ts';

/** The targets of the scholarship standard (issue 13); the report marks each figure against them. */
export const SCHOLARSHIP_TARGETS = {
  minEvents: 65,
  maxWikipediaShare: 0.1,
  maxWikipediaOnlyGroups: 0,
  minLocators: 120,
  maxMedianGrade: 10,
  maxSentenceWords: 35,
  maxWikipediaMentions: 3,
} as const;

/** Front-matter notes that may carry citations, in the order a page shows them. */
export const CITED_NOTES = ['dateNote', 'dispute', 'provenance'] as const;

/** Whether a bibliography item is a Wikipedia article. */
export function isWikipedia(item: BibliographyItem | undefined): boolean {
  if (!item) return false;
  return /wikipedia/i.test(String(item['container-title'] ?? '')) || /wikipedia\.org/i.test(String(item.URL ?? ''));
}

/** Every citation group of an event: those of its text and those of its front-matter notes. */
export function citationGroups(event: EventEntry): CitationMatch[] {
  const notes = CITED_NOTES.map((field) => event.data[field]).filter((text): text is string => Boolean(text));
  return [event.body, ...notes].flatMap((text) => findCitations(text));
}

/** The text a pupil reads for an event: its summary and its body, as plain prose. */
export function readerText(event: EventEntry): string {
  return `${event.data.summary}\n\n${plainProse(event.body)}`;
}

/** One event's figures. */
export interface EventScholarship {
  slug: string;
  citations: number;
  wikipedia: number;
  wikipediaOnlyGroups: number;
  locators: number;
  reading: Readability;
  /** How often the prose names Wikipedia (summary, body and notes). */
  wikipediaMentions: number;
}

/** The figures of one event. */
export function eventScholarship(event: EventEntry, bibliography: Map<string, BibliographyItem>): EventScholarship {
  const groups = citationGroups(event);
  const items = groups.flatMap((group) => group.items);
  const notes = CITED_NOTES.map((field) => event.data[field] ?? '').join('\n');
  const prose = `${event.data.title}\n${event.data.summary}\n${event.body}\n${notes}\n${(event.data.keyPoints ?? []).join('\n')}`.replace(/\[@[^\]]*\]/g, '');
  return {
    slug: event.slug,
    citations: items.length,
    wikipedia: items.filter((item) => isWikipedia(bibliography.get(item.key))).length,
    wikipediaOnlyGroups: groups.filter((group) => group.items.every((item) => isWikipedia(bibliography.get(item.key)))).length,
    locators: items.filter((item) => item.locator).length,
    reading: readability(readerText(event), SCHOLARSHIP_TARGETS.maxSentenceWords),
    wikipediaMentions: (prose.match(/wikipedia/gi) ?? []).length,
  };
}

/** A problem with a bibliography entry: what is missing or wrong. */
export interface BibliographyProblem {
  id: string;
  problem: string;
}

const PLACEHOLDER_TITLE = /^(?:document|doc\.?)\s*\d+$|^untitled$|^(?:tass|ria|rt)\b.*(?:report|article|item)$/i;

/**
 * Whether each entry is complete (a real title, a date or access date, someone responsible:
 * author, editor or publisher, and a URL for anything read online) and cited somewhere.
 */
export function bibliographyProblems(
  bibliography: Map<string, BibliographyItem>,
  events: EventEntry[],
  paths: PathEntry[] = [],
): BibliographyProblem[] {
  const cited = new Set<string>();
  for (const event of events) {
    for (const key of event.data.sources) cited.add(key);
    for (const group of citationGroups(event)) for (const item of group.items) cited.add(item.key);
  }
  for (const path of paths) for (const match of findCitations(path.body)) for (const item of match.items) cited.add(item.key);
  const problems: BibliographyProblem[] = [];
  for (const [id, item] of bibliography) {
    const title = String(item.title ?? '').trim();
    if (!title || PLACEHOLDER_TITLE.test(title)) problems.push({ id, problem: `has a placeholder title "${title}"` });
    if (/…$|\.\.\.$/.test(title)) problems.push({ id, problem: `has a truncated title "${title}"` });
    if (!item.issued && !item.accessed) problems.push({ id, problem: 'has neither a date of publication nor an access date' });
    if (!item.author && !item.editor && !item.publisher && !item['container-title']) problems.push({ id, problem: 'names no author, editor, publisher or container' });
    if (!cited.has(id)) problems.push({ id, problem: 'is cited by no event or lesson path' });
  }
  return problems;
}

/** The whole site's figures. */
export interface SiteScholarship {
  events: number;
  citations: number;
  wikipedia: number;
  wikipediaShare: number;
  wikipediaOnlyGroups: number;
  locators: number;
  medianGrade: number;
  medianSentence: number;
  longestSentence: number;
  sentencesOverLimit: number;
  wikipediaMentions: number;
  bibliography: BibliographyProblem[];
  perEvent: EventScholarship[];
}

/** The figures of the whole site. */
export function siteScholarship(events: EventEntry[], bibliography: Map<string, BibliographyItem>, paths: PathEntry[] = []): SiteScholarship {
  const perEvent = events.map((event) => eventScholarship(event, bibliography));
  const sum = (pick: (e: EventScholarship) => number) => perEvent.reduce((total, e) => total + pick(e), 0);
  const citations = sum((e) => e.citations);
  const wikipedia = sum((e) => e.wikipedia);
  const sentenceLengths = events.flatMap((event) => splitSentences(readerText(event)).map((sentence) => wordsOf(sentence).length));
  return {
    events: events.length,
    citations,
    wikipedia,
    wikipediaShare: citations ? wikipedia / citations : 0,
    wikipediaOnlyGroups: sum((e) => e.wikipediaOnlyGroups),
    locators: sum((e) => e.locators),
    medianGrade: median(perEvent.map((e) => e.reading.grade)),
    medianSentence: median(sentenceLengths),
    longestSentence: Math.max(0, ...perEvent.map((e) => e.reading.longest)),
    sentencesOverLimit: sum((e) => e.reading.longSentences.length),
    wikipediaMentions: sum((e) => e.wikipediaMentions),
    bibliography: bibliographyProblems(bibliography, events, paths),
    perEvent,
  };
}
