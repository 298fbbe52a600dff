// <copy-text>: adds a "Copy" button to a piece of text the reader may want to paste elsewhere
// (a formatted reference, a permalink). Without JavaScript, or without the Clipboard API, the
// text stays as it is and can be selected by hand; the button exists only where it works.

/** Copies the text of its `[data-copy]` child (or its own text) when the reader asks. */
class CopyText extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('.copy-text__button') || !navigator.clipboard?.writeText) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-text__button';
    button.textContent = 'Copy';
    if (this.dataset.label) button.setAttribute('aria-label', `Copy ${this.dataset.label}`);
    const status = document.createElement('span');
    status.className = 'copy-text__status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      const source = this.querySelector<HTMLElement>('[data-copy]') ?? this;
      const text = (source.innerText || source.textContent || '').replace(/\s+/g, ' ').trim();
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = 'Copied';
      } catch {
        status.textContent = 'Could not copy: select the text and copy it by hand';
      }
      window.setTimeout(() => { status.textContent = ''; }, 4000);
    });
    this.append(button, status);
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
