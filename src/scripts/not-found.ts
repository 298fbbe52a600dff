// <not-found>: on the 404 page, suggests the events whose slug, title or other names match the
// words of the address that was not found. The candidates are in the page (a hidden list), so
// this works on any static host, at /404.html and under a sub-path.
import { suggestEvents, wordsOfPath } from '../lib/search/suggest.ts';

class NotFound extends HTMLElement {
  connectedCallback(): void {
    const candidates = [...this.querySelectorAll<HTMLLIElement>('[data-candidates] > li')].map((item) => ({
      slug: item.dataset.slug ?? '',
      title: item.querySelector('a')?.textContent ?? '',
      keywords: item.dataset.keywords ?? '',
      item,
    }));
    const query = wordsOfPath(location.pathname, this.dataset.base ?? '/');
    const matches = suggestEvents(query, candidates, 5);
    if (!matches.length) return;
    const list = this.querySelector('[data-suggestion-list]');
    list?.replaceChildren(...matches.map((match) => match.item.cloneNode(true)));
    this.querySelector<HTMLElement>('[data-suggestions]')?.removeAttribute('hidden');
  }
}

customElements.define('not-found', NotFound);
