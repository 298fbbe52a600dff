// Focus in the timeline: one tab stop (the active event's mark, else the first mark), moved as
// the view is redrawn, and focus that follows the active event once its mark is drawn.

/** Whether the reader asked for less motion: views then change at once. */
export const prefersReducedMotion = () => globalThis.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The timeline's roving tab stop. */
export class RovingFocus {
  #tabStop: SVGAElement | null = null;
  /** Focus is asked for the active event's mark, which may be drawn only as the view moves. */
  #pending = false;
  #inside = false;

  readonly #svg: SVGSVGElement;
  readonly #activeSlug: () => string | undefined;

  constructor(svg: SVGSVGElement, activeSlug: () => string | undefined) {
    this.#svg = svg;
    this.#activeSlug = activeSlug;
    svg.addEventListener('focusin', () => { this.#inside = true; });
    svg.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next && !svg.contains(next)) this.#inside = false;
    });
  }

  /** The mark that holds the tab stop: the active event's, or the first mark or cluster. */
  target(): SVGAElement | null {
    const slug = this.#activeSlug();
    const active = slug ? this.#svg.querySelector<SVGAElement>(`.tl-mark[data-key="${CSS.escape(slug)}"]`) : null;
    return active ?? this.#svg.querySelector<SVGAElement>('.tl-mark, .tl-cluster');
  }

  /** Moves the tab stop after a redraw, and focus with it where it is due. */
  update(): void {
    // A focused mark that is redrawn away (into a cluster, out of view) must not drop focus on the page.
    const hadFocus = this.#inside && (document.activeElement === document.body || document.activeElement === null);
    const target = this.target();
    // Marks are drawn with tabindex -1: only the old and the new tab stop change.
    if (this.#tabStop !== target) {
      this.#tabStop?.setAttribute('tabindex', '-1');
      this.#tabStop = target;
    }
    target?.setAttribute('tabindex', '0');
    this.#svg.setAttribute('tabindex', target ? '-1' : '0');
    const slug = this.#activeSlug();
    const arrived = this.#pending && target !== null && (!slug || target.dataset.key === slug);
    if (arrived || hadFocus) {
      (target ?? this.#svg).focus({ preventScroll: true });
      if (arrived) this.#pending = false;
    }
  }

  /** Asks for focus on the active event's mark, now or as soon as it is drawn. */
  request(scrollIntoView: boolean): void {
    this.#pending = true;
    this.update();
    if (scrollIntoView) this.reveal();
  }

  /** Scrolls the active event's mark into the middle of the page (the vertical timeline scrolls with it). */
  reveal(): void {
    if (!this.#activeSlug()) return;
    requestAnimationFrame(() => this.target()?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' }));
  }
}
