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

/** Bibliography entries as HTML, one per item, keyed by CSL id, formatted by citeproc. */
export function formatBibliographyEntries(items: BibliographyItem[], style: StyleName = 'chicago'): Map<string, string> {
  if (!items.length) return new Map();
  const cite = new Cite(items);
  const entries = cite.format('bibliography', { format: 'html', template: STYLES[style], lang: 'en-US', asEntryArray: true }) as unknown as [string, string][];
  return new Map(entries.map(([id, html]) => [id, html.trim()]));
}

/** One item's bibliography entry as plain text, in the given style. */
export function formatReferenceText(item: BibliographyItem, style: StyleName): string {
  return String(new Cite([item]).format('bibliography', { format: 'text', template: STYLES[style], lang: 'en-US' })).trim();
}

/** One item exported as BibTeX, RIS or CSL-JSON, the formats reference managers import. */
export function exportReference(item: BibliographyItem, format: 'bibtex' | 'ris' | 'csl-json'): string {
  const cite = new Cite([item]);
  if (format === 'csl-json') return JSON.stringify(cite.data, null, 2);
  return String(cite.format(format === 'bibtex' ? 'bibtex' : 'ris', { format: 'text' }));
}
