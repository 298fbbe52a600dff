import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import chicago from './styles/chicago-note-bibliography.csl?raw';
import mla from './styles/modern-language-association.csl?raw';
import apa from './styles/apa.csl?raw';
import type { BibliographyItem } from '../schemas/people-places.ts';

/** The citation styles the site offers, by their CSL names. */
export const STYLES = {
  chicago: 'chicago-note-bibliography',
  mla: 'modern-language-association',
  apa: 'apa',
} as const;

export type StyleName = keyof typeof STYLES;

const registered = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void; has(name: string): boolean } };
for (const [name, xml] of [[STYLES.chicago, chicago], [STYLES.mla, mla], [STYLES.apa, apa]] as const) {
  if (!registered.styles.has(name)) registered.styles.add(name, xml);
}

const formattedLists = new Map<string, Map<string, string>>();

/**
 * Bibliography entries as HTML, one per item, keyed by CSL id, formatted by citeproc. An entry
 * can depend on its neighbours (Chicago replaces a repeated author with "———"), so what is kept
 * for reuse is a whole list: many pages cite the same sources, and citeproc is a build's
 * slowest step.
 */
export function formatBibliographyEntries(items: BibliographyItem[], style: StyleName = 'chicago'): Map<string, string> {
  if (!items.length) return new Map();
  const key = `${style}\u0000${JSON.stringify(items)}`;
  const cached = formattedLists.get(key);
  if (cached) return new Map(cached);
  const cite = new Cite(items);
  const entries = cite.format('bibliography', { format: 'html', template: STYLES[style], lang: 'en-US', asEntryArray: true }) as unknown as [string, string][];
  const formatted = new Map(entries.map(([id, html]) => [id, html.trim()]));
  formattedLists.set(key, formatted);
  return new Map(formatted);
}

/** One item's bibliography entry as plain text, in the given style. */
export function formatReferenceText(item: BibliographyItem, style: StyleName): string {
  return String(new Cite([item]).format('bibliography', { format: 'text', template: STYLES[style], lang: 'en-US' })).trim();
}

/** The formats reference managers import. */
export type ExportFormat = 'bibtex' | 'ris' | 'csl-json';

/**
 * One item exported as BibTeX, RIS or CSL-JSON, the formats reference managers import.
 * RIS is written from citation-js's tag mapping without its 70-character line wrapping, which
 * would split URLs and titles (RIS readers join continuation lines with a space). BibTeX keys
 * are the item's id with hyphens made underscores (citation-js refuses hyphens in keys).
 */
export function exportReference(item: BibliographyItem, format: ExportFormat): string {
  if (format === 'csl-json') return `${JSON.stringify([item], null, 2)}\n`;
  const keyed = { ...item, 'citation-key': item.id.replace(/[^A-Za-z0-9_:.]/g, '_') };
  const cite = new Cite([keyed]);
  if (format === 'bibtex') return String(cite.format('bibtex', { format: 'text' }));
  const [record] = cite.format('ris', { format: 'object' }) as unknown as Record<string, string | string[]>[];
  // The mixed RIS spec drops the container of web pages: keep the site's name as T2.
  if (item['container-title'] && !record.T2) record.T2 = String(item['container-title']);
  delete record.ID; // truncated to 20 characters by the spec, and not needed to import
  const lines = [`TY  - ${record.TY}`];
  for (const [tag, value] of Object.entries(record)) {
    if (tag === 'TY') continue;
    for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(v).trim().replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}
