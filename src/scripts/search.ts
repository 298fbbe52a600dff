// <site-search>: full-text search with Pagefind's own API, from the site's /pagefind/ bundle
// (built at build time; nothing is requested from another origin). Reads and writes ?q= so a
// search can be linked to; results update as the reader types. Each result says what it is
// (event, person or place) and shows a sentence (src/lib/search/excerpt.ts). Everything the
// reader typed or the index holds is written as text, never parsed as HTML.
import { pageWords, resultKind, sentenceExcerpt, type ExcerptPart, type WordMatch } from '../lib/search/excerpt.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's text; raw_content keeps Pagefind's word breaks (and escapes "<" and ">"). */
  content: string;
  raw_content?: string;
  weighted_locations: WordMatch[];
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: Record<string, unknown>, delay?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 30;

/** The words Pagefind numbers its matches by, as the page has them. */
function wordsOf(result: PagefindResultData): string[] {
  if (result.raw_content === undefined) return pageWords(result.content);
  return pageWords(result.raw_content).map((word) => word.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

/** Appends excerpt parts as text and <mark> elements. */
function appendParts(target: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const part of parts) {
    if (!part.mark) { target.append(part.text); continue; }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    target.append(mark);
  }
}

/** Appends Pagefind's excerpt (HTML with <mark>) as text and <mark> elements only. */
function appendExcerpt(target: HTMLElement, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) target.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else target.append(node.textContent ?? '');
  }
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #latest = 0;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const input = this.querySelector<HTMLInputElement>('[data-search-input]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!form || !input || !status || !list) return;
    this.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');

    const run = async (query: string, delay: number) => {
      const ticket = ++this.#latest;
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
      if (!query.trim()) {
        list.replaceChildren();
        list.hidden = true;
        status.textContent = '';
        return;
      }
      try {
        const pagefind = await this.#load();
        const search = await pagefind.debouncedSearch(query, {}, delay);
        if (!search || ticket !== this.#latest) return; // a newer search superseded this one
        const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
        if (ticket !== this.#latest) return;
        this.#render(list, data);
        const count = search.results.length;
        status.textContent = count
          ? `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${count > MAX_RESULTS ? `; the first ${MAX_RESULTS} are shown` : ''}.`
          : `Nothing found for “${query}”. Try another spelling or name, or browse the chronology of events.`;
      } catch {
        status.textContent = 'Search could not be loaded. The chronology of events lists everything in order.';
        this.querySelector<HTMLElement>('[data-search-nojs]')?.removeAttribute('hidden');
      }
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void run(input.value, 0);
    });
    input.addEventListener('input', () => void run(input.value, 250));
    const initial = new URLSearchParams(location.search).get('q') ?? '';
    input.value = initial;
    if (initial) void run(initial, 0);
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ this.dataset.pagefind!)) as Pagefind;
      await pagefind.options({ baseUrl: this.dataset.base ?? '/', excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  #render(list: HTMLOListElement, results: PagefindResultData[]): void {
    list.replaceChildren(...results.map((result) => {
      const item = document.createElement('li');
      item.className = 'search-result';
      const heading = document.createElement('h2');
      heading.className = 'search-result__title';
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      heading.append(link);
      item.append(heading);
      const kind = resultKind(result.meta.kind);
      if (kind || result.meta.date) {
        const meta = document.createElement('p');
        meta.className = 'meta search-result__meta';
        if (kind) {
          const label = document.createElement('span');
          label.className = `search-result__kind search-result__kind--${kind.toLowerCase()}`;
          label.textContent = kind;
          meta.append(label);
        }
        if (kind && result.meta.date) meta.append(' · ');
        if (result.meta.date) meta.append(result.meta.date);
        item.append(meta);
      }
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      // The sentence of the text that holds the match; else the page's summary; else Pagefind's own.
      const sentence = sentenceExcerpt(wordsOf(result), result.weighted_locations ?? []);
      if (sentence) appendParts(excerpt, sentence);
      else if (result.meta.summary) excerpt.textContent = result.meta.summary;
      else appendExcerpt(excerpt, result.excerpt);
      item.append(excerpt);
      return item;
    }));
    list.hidden = results.length === 0;
  }
}

customElements.define('site-search', SiteSearch);
