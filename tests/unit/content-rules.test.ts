import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from '../../src/content-source/read.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { SITE_RULES } from '../helpers/site-rules.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { copiedRuns, shingles } from '../../src/lib/content/copy-check.ts';
import { ROOT } from '../helpers/fixtures.ts';

// The site's own content: the editorial rules and the provenance rules, checked on every run.
const { problems, content } = validateContent(readContent(join(ROOT, 'content')), SITE_RULES);
const RUN = 8;
const DOCUMENTS = resolve(ROOT, process.env.SOURCE_DOCUMENTS ?? '../shared/sources/documents');

describe('the content of the site', () => {
  it('passes every check of the build (sources, references, lengths, dates)', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });
  it('has the 50 events of the fact sheet and more, each with at least two distinct sources cited in its text', () => {
    expect(content.events.length).toBeGreaterThanOrEqual(50);
    for (const event of content.events) expect(new Set(event.citedKeys).size, event.slug).toBeGreaterThanOrEqual(2);
  });
  it('keeps every summary within 240 characters and every text within 200–500 words', () => {
    for (const event of content.events) {
      expect(event.data.summary.length, event.slug).toBeLessThanOrEqual(240);
      expect(event.wordCount, event.slug).toBeGreaterThanOrEqual(200);
      expect(event.wordCount, event.slug).toBeLessThanOrEqual(500);
    }
  });
  it('has at least 30 people and 25 places, every one of them used by an event', () => {
    expect(content.people.size).toBeGreaterThanOrEqual(30);
    expect(content.places.size).toBeGreaterThanOrEqual(25);
    const used = new Set(content.events.flatMap((e) => [...e.data.people, ...e.data.places]));
    const unused = [...content.people.keys(), ...content.places.keys()].filter((slug) => !used.has(slug));
    expect(unused).toEqual([]);
  });
  it('gives claims of the FSB release a provenance note, and sensitive entries a content note', () => {
    for (const event of content.events) {
      const text = `${event.body} ${event.data.summary}`;
      if (/\bFSB\b/.test(text) && event.data.sources.some((key) => /fsb|tass|ria|rt20/.test(key))) expect(event.data.provenance, event.slug).toBeTruthy();
    }
    for (const slug of ['unit-731-origins-1932-1936', 'nikolayevsk-incident-1920', 'counterintelligence-dangerous-elements-plan-1941-1944', 'khabarovsk-war-crimes-trial-1949']) {
      expect(content.events.find((e) => e.slug === slug)?.data.contentNote, slug).toBeTruthy();
    }
  });
});

describe('relations form chains a reader can follow', () => {
  const neighbours = new Map<string, Set<string>>();
  for (const event of content.events) {
    for (const { event: other } of event.data.related) {
      neighbours.set(event.slug, (neighbours.get(event.slug) ?? new Set()).add(other));
      neighbours.set(other, (neighbours.get(other) ?? new Set()).add(event.slug));
    }
  }
  const path = (from: string, to: string): string[] | null => {
    const previous = new Map<string, string>([[from, '']]);
    const queue = [from];
    while (queue.length) {
      const slug = queue.shift()!;
      if (slug === to) break;
      for (const next of neighbours.get(slug) ?? []) if (!previous.has(next)) { previous.set(next, slug); queue.push(next); }
    }
    if (!previous.has(to)) return null;
    const chain = [to];
    while (chain[0] !== from) chain.unshift(previous.get(chain[0])!);
    return chain;
  };
  it.each([
    ['siberia-intervention-planning-1917-1918', 'siberian-withdrawal-1922'],
    ['huanggutun-incident-1928', 'soviet-invasion-of-manchuria-1945'],
    ['treaty-of-shimonoseki-1895', 'treaty-of-portsmouth-1905'],
  ])('from %s to %s', (from, to) => {
    expect(path(from, to)).not.toBeNull();
  });
  it('every event is related to at least one other', () => {
    expect(content.events.filter((e) => !neighbours.has(e.slug)).map((e) => e.slug)).toEqual([]);
  });
});

describe.skipIf(!existsSync(DOCUMENTS))(`no entry copies ${RUN} or more consecutive words from the source documents`, () => {
  const documents = existsSync(DOCUMENTS) ? readdirSync(DOCUMENTS).map((name) => ({ name, text: readFileSync(join(DOCUMENTS, name), 'utf8') })) : [];
  const index = shingles(documents, RUN);
  it('the documents are there to compare with', () => expect(index.size).toBeGreaterThan(500));
  it('the check finds a copied run when there is one', () => {
    const sample = documents[0].text.split(/\s+/).slice(40, 60).join(' ');
    expect(copiedRuns(`Our own words. ${sample} More of ours.`, index, RUN)[0]?.words.split(' ').length).toBeGreaterThanOrEqual(RUN);
  });
  for (const event of content.events) {
    it(event.slug, () => {
      const text = [event.data.title, event.data.summary, event.body, event.data.dateNote, event.data.dispute, event.data.provenance, event.data.contentNote, ...(event.data.keyPoints ?? [])].filter(Boolean).join('\n');
      const runs = copiedRuns(text, index, RUN).map((run) => `${event.path} copies ${run.words.split(' ').length} words from ${run.document}: “${run.words}”`);
      expect(runs).toEqual([]);
    });
  }
});

describe('the scholarship standard (npm run report:scholarship prints these figures)', async () => {
  const { siteScholarship, SCHOLARSHIP_TARGETS: T } = await import('../../src/lib/content/scholarship.ts');
  const figures = siteScholarship(content.events, content.bibliography, content.paths);
  it(`has at least ${T.minEvents} events`, () => expect(figures.events).toBeGreaterThanOrEqual(T.minEvents));
  it('rests on Wikipedia for at most a tenth of its citations, and never for a claim alone', () => {
    expect(figures.wikipediaShare).toBeLessThanOrEqual(T.maxWikipediaShare);
    expect(figures.perEvent.filter((e) => e.wikipediaOnlyGroups > 0).map((e) => e.slug)).toEqual([]);
  });
  it(`gives a locator (page, document, article) in at least ${T.minLocators} citations`, () => expect(figures.locators).toBeGreaterThanOrEqual(T.minLocators));
  it('reads at a median grade of 10 or less, with no sentence over 35 words', () => {
    expect(figures.medianGrade).toBeLessThanOrEqual(T.maxMedianGrade);
    expect(figures.perEvent.flatMap((e) => e.reading.longSentences.map((s) => `${e.slug}: ${s}`))).toEqual([]);
  });
  it('names Wikipedia in its prose at most three times', () => expect(figures.wikipediaMentions).toBeLessThanOrEqual(T.maxWikipediaMentions));
  it('has a bibliography in which every entry is complete and cited', () => expect(figures.bibliography.map((p) => `${p.id} ${p.problem}`)).toEqual([]));
});
